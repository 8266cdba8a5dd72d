"""The deck's pages as images, for the window's preview: the window reaches the renderer
(:mod:`okr_workshop.export.preview`, PDFium) through here, as DESIGN.md section 3 asks.

Imported only when the Restitution page builds its preview, so PDFium is not loaded at
start-up.
"""

from __future__ import annotations

from okr_workshop.export.preview import PageImage, page_count, render_page, render_pages

__all__ = ["PageImage", "page_count", "render_page", "render_pages"]
