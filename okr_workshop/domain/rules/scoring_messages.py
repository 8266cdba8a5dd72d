"""The words of :mod:`okr_workshop.domain.scoring`'s findings, handed to the catalogue
(which collects ``MESSAGES`` from the rules package only)."""

from okr_workshop.domain.scoring import MESSAGES as MESSAGES  # noqa: F401
