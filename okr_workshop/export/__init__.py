"""Outputs built from domain objects: the restitution deck and the team posters (PDF).

Never imports Qt. The window and the command line call these through
okr_workshop/app/export_deck.py.

The names below are loaded on first use (PEP 562): the window imports
:mod:`okr_workshop.export.formats` at start-up, and reaching it through this package must not
load reportlab before a deck is asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Name → the module of this package that defines it.
_HOMES = {
    "Cancelled": "deck",
    "Progress": "deck",
    "build_deck": "deck",
    "write_deck": "deck",
    "LayoutOverflow": "layout",
    "build_poster": "posters",
    "poster_file_name": "posters",
    "write_posters": "posters",
    "ALL_SECTIONS": "sections",
    "APPENDIX": "sections",
    "SECTIONS": "sections",
    "Section": "sections",
    "has_content": "sections",
}

__all__ = [
    "ALL_SECTIONS",
    "APPENDIX",
    "SECTIONS",
    "Cancelled",
    "LayoutOverflow",
    "Progress",
    "Section",
    "build_deck",
    "build_poster",
    "has_content",
    "poster_file_name",
    "write_deck",
    "write_posters",
]

if TYPE_CHECKING:
    from okr_workshop.export.deck import Cancelled, Progress, build_deck, write_deck
    from okr_workshop.export.layout import LayoutOverflow
    from okr_workshop.export.posters import build_poster, poster_file_name, write_posters
    from okr_workshop.export.sections import (
        ALL_SECTIONS,
        APPENDIX,
        SECTIONS,
        Section,
        has_content,
    )


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
