"""Exporting the restitution deck and the team posters: one use case for the window and the
command line (DESIGN.md section 3). The PDF itself is built by okr_workshop/export.

The deck's language is chosen here, independently of the window's: by default the
workshop's own language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from okr_workshop.app.errors import AppError
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export import (
    ALL_SECTIONS,
    APPENDIX,
    SECTIONS,
    Cancelled,
    Progress,
    Section,
    build_deck,
    has_content,
    write_deck,
    write_posters,
)

__all__ = [
    "ALL_SECTIONS",
    "APPENDIX",
    "SECTIONS",
    "Cancelled",
    "Progress",
    "Section",
    "available_sections",
    "deck_language",
    "export_deck",
    "export_posters",
    "export_pptx",
    "export_handout",
    "check_pptx_template",
    "preview_deck",
    "suggested_deck_name",
    "suggested_pptx_name",
]

# Characters no file system accepts in a name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def deck_language(workshop: Workshop, language: Language | str | None = None) -> Language:
    """The language asked for, else the workshop's."""
    return Language(language) if language else Language(workshop.language)


def available_sections(workshop: Workshop) -> tuple[Section, ...]:
    """The sections this workshop has something for (the window enables their boxes)."""
    return tuple(section for section in SECTIONS if has_content(workshop, section.key))


def export_deck(workshop: Workshop, path: Path | str, language: Language | str | None = None,
                sections: Iterable[str] = ALL_SECTIONS,
                progress: Progress | None = None, *, appendix: bool = False) -> Path:
    """Write the deck to ``path`` atomically: the story, then (``appendix`` True) the
    appendix of the coach's diagnostics; by default the main deck only, as in the window
    and the command line. Raises :class:`Cancelled` when ``progress``
    returns False (nothing written), OSError when the disk refuses (the target untouched)."""
    return write_deck(workshop, path, deck_language(workshop, language), tuple(sections),
                      progress, appendix=appendix)


def preview_deck(workshop: Workshop, language: Language | str | None = None,
                 sections: Iterable[str] = ALL_SECTIONS,
                 progress: Progress | None = None, *, appendix: bool = False) -> bytes:
    """The deck's PDF in memory, for the window's preview: the pages :func:`export_deck`
    would write. Raises :class:`Cancelled` when ``progress`` returns False."""
    return build_deck(workshop, deck_language(workshop, language), tuple(sections), progress,
                      appendix=appendix)


def export_pptx(workshop: Workshop, path: Path | str, language: Language | str | None = None,
                sections: Iterable[str] = ALL_SECTIONS, template: Path | str | None = None,
                progress: Progress | None = None, *, appendix: bool = False) -> Path:
    """Write the deck as an editable PowerPoint (.pptx) to ``path`` atomically, on the
    company ``template`` (.pptx or .potx) when given. Raises :class:`AppError` for a
    template that cannot be used and :class:`Cancelled` like :func:`export_deck`; in every
    such case nothing is written."""
    from okr_workshop.export.deck import plan_deck
    from okr_workshop.export.pptx import TemplateError, write_pptx

    if template is not None:
        check_pptx_template(template)  # before the work: a wrong file is said at once
    plan = plan_deck(workshop, deck_language(workshop, language), tuple(sections), progress,
                     appendix=appendix)
    try:
        return write_pptx(plan, path, template, progress)
    except TemplateError as error:
        raise AppError(f"pptx_template_{error.code}", name=error.path.name) from error


def export_handout(workshop: Workshop, path: Path | str,
                   language: Language | str | None = None,
                   sections: Iterable[str] = ALL_SECTIONS,
                   progress: Progress | None = None, *, appendix: bool = False) -> Path:
    """Write the deck's PDF with its speaker notes: after each chapter that has notes, a
    page with its title and notes. Atomic and cancellable like :func:`export_deck`."""
    from okr_workshop.export.deck import draw_deck, plan_deck
    from okr_workshop.export.handout import with_notes
    from okr_workshop.files import write_atomic

    plan = plan_deck(workshop, deck_language(workshop, language), tuple(sections), progress,
                     appendix=appendix)
    return write_atomic(path, draw_deck(with_notes(plan), progress))


def check_pptx_template(template: Path | str) -> None:
    """Raise :class:`AppError` (a sentence to show) or OSError when ``template`` is no
    PowerPoint template the export can use."""
    from okr_workshop.export.pptx import TemplateError, check_template

    try:
        check_template(template)
    except TemplateError as error:
        raise AppError(f"pptx_template_{error.code}", name=error.path.name) from error


def export_posters(workshop: Workshop, folder: Path | str,
                   language: Language | str | None = None,
                   progress: Progress | None = None, paper: str = "a4") -> list[Path]:
    """Write one poster per team into ``folder`` (created if needed), on ``paper``
    ("a4" or "a3"), every team in the same type size."""
    return write_posters(workshop, folder, deck_language(workshop, language), progress,
                         paper)


def suggested_deck_name(workshop: Workshop) -> str:
    """A file name to propose in a save dialog: the workshop's title, made safe."""
    name = " ".join(_UNSAFE.sub(" ", workshop.title).split()).strip(" .")[:120].strip(" .")
    return f"{name or 'OKR'}.pdf"


def suggested_pptx_name(workshop: Workshop) -> str:
    """The same name as the PDF's, for the PowerPoint file."""
    return suggested_deck_name(workshop)[: -len(".pdf")] + ".pptx"
