"""Outputs built from domain objects: the restitution deck and the team posters (PDF).

Never imports Qt. The window and the command line call these through
okr_workshop/app/export_deck.py.
"""

from okr_workshop.export.deck import Cancelled, Progress, build_deck, write_deck
from okr_workshop.export.layout import LayoutOverflow
from okr_workshop.export.posters import build_poster, poster_file_name, write_posters
from okr_workshop.export.sections import ALL_SECTIONS, SECTIONS, Section, has_content

__all__ = [
    "ALL_SECTIONS",
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
