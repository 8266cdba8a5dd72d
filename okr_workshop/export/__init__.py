"""Outputs built from domain objects (the PDF deck). Never imports Qt."""
