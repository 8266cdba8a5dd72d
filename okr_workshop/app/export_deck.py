"""Exporting the restitution deck and the team posters: one use case for the window and the
command line (DESIGN.md section 3). The PDF itself is built by okr_workshop/export.

The deck's language is chosen here, independently of the window's: by default the
workshop's own language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export import (
    ALL_SECTIONS,
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
    "SECTIONS",
    "Cancelled",
    "Progress",
    "Section",
    "available_sections",
    "deck_language",
    "export_deck",
    "export_posters",
    "preview_deck",
    "suggested_deck_name",
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
                progress: Progress | None = None) -> Path:
    """Write the deck to ``path`` atomically. Raises :class:`Cancelled` when ``progress``
    returns False (nothing written), OSError when the disk refuses (the target untouched)."""
    return write_deck(workshop, path, deck_language(workshop, language), tuple(sections),
                      progress)


def preview_deck(workshop: Workshop, language: Language | str | None = None,
                 sections: Iterable[str] = ALL_SECTIONS,
                 progress: Progress | None = None) -> bytes:
    """The deck's PDF in memory, for the window's preview: the pages :func:`export_deck`
    would write. Raises :class:`Cancelled` when ``progress`` returns False."""
    return build_deck(workshop, deck_language(workshop, language), tuple(sections), progress)


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
