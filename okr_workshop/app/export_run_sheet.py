"""Printing the run sheet (one A4 page): one use case for the window and the command line.
Its language is chosen here like the deck's: by default the workshop's own."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.app.errors import AppError
from okr_workshop.app.export_deck import deck_language, suggested_deck_name
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export.run_sheet import RunSheetTooLong, build_run_sheet, write_run_sheet

__all__ = ["build_run_sheet_pdf", "export_run_sheet", "suggested_run_sheet_name"]


def export_run_sheet(workshop: Workshop, path: Path | str,
                     language: Language | str | None = None) -> Path:
    """Write the run sheet's PDF to ``path`` atomically. Raises :class:`AppError`
    ``run_sheet_too_long`` when it cannot fit one page (nothing written), OSError when the
    disk refuses (the target untouched)."""
    try:
        return write_run_sheet(workshop, path, deck_language(workshop, language))
    except RunSheetTooLong as error:
        raise AppError("run_sheet_too_long", count=error.lines) from None


def build_run_sheet_pdf(workshop: Workshop, language: Language | str | None = None) -> bytes:
    try:
        return build_run_sheet(workshop, deck_language(workshop, language))
    except RunSheetTooLong as error:
        raise AppError("run_sheet_too_long", count=error.lines) from None


def suggested_run_sheet_name(workshop: Workshop, language: Language | str | None = None) -> str:
    """"<title> — run sheet.pdf" / "<titre> — déroulé.pdf"."""
    word = "déroulé" if deck_language(workshop, language) == Language.FRENCH else "run sheet"
    return suggested_deck_name(workshop)[: -len(".pdf")] + f" — {word}.pdf"
