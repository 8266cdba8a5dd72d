"""What every slide builder reads: the workshop, the deck's language, and what the rules
say about it (computed once per export)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import Language, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import MistakeHealth, health_check
from okr_workshop.export import chrome, theme
from okr_workshop.export.labels import label
from okr_workshop.export.layout import Item
from okr_workshop.export.markup import para
from okr_workshop.export.sections import BY_KEY, MAIN


@dataclass
class Chapter:
    """One slide's worth of content before pagination: it becomes one or more pages.

    ``title``, ``kicker`` and ``subtitle`` are plain text (user text allowed). ``outline``
    lists the bookmarks (title, level) that point at its first page. ``cover`` marks the
    cover, drawn by its own function rather than as a titled slide. ``part`` is MAIN (the
    story told to employees) or APPENDIX (the coach's diagnostics, never mixed into the
    story). ``notes`` are the speaker notes (plain text, paragraphs split by "\n"): what
    the coach says on this slide, and the details that do not fit it.
    """

    section: str
    title: str
    items: list[Item] = field(default_factory=list)
    kicker: str = ""
    subtitle: str = ""
    outline: tuple[tuple[str, int], ...] = ()
    cover: bool = False
    part: str = MAIN
    notes: str = ""


@dataclass
class DeckContext:
    workshop: Workshop
    language: Language
    geometry: theme.Geometry = theme.SLIDE_GEOMETRY
    scale: float = 1.0
    # False: the main deck only, so builders skip the appendix's chapters (charts of every
    # key result, every team's row) instead of building what will not be shown.
    appendix: bool = True

    def t(self, code: str, **params: Any) -> str:
        return label(code, self.language, **params)

    @property
    def styles(self) -> dict[str, ParagraphStyle]:
        return theme.styles(self.scale)

    def p(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        return para(text, self.styles[style], bullet)

    @property
    def width(self) -> float:
        return self.geometry.content_width

    def least_room(self, kicker: str, title: str, subtitle: str = "") -> float:
        """The height every slide of a chapter has at least: under the band of its longest
        title, numbered as a continued chapter's ("… (99/99)"), for content that must be
        sized to fit a slide before the chapter is cut into pages."""
        numbered = self.t("deck.page_of_chapter", title=title, page=99, total=99)
        band = chrome.make_band(kicker, numbered, subtitle, self.geometry, self.scale)
        return chrome.content_height(band, self.geometry)

    @cached_property
    def findings(self) -> list[Finding]:
        return check_workshop(self.workshop)

    @cached_property
    def health(self) -> tuple[MistakeHealth, ...]:
        return health_check(self.workshop, self.findings)

    @cached_property
    def team_names(self) -> dict[str, str]:
        return {team.id: team.name for team in self.workshop.teams}

    @cached_property
    def as_of(self) -> date | None:
        """The deck's "today" (it never reads the clock): see :func:`as_of`."""
        return as_of(self.workshop)

    def kept(self, team: Team) -> tuple[Objective, ...]:
        return sorted_by_position(team.objectives_with(ObjectiveStatus.KEPT))


def as_of(workshop: Workshop) -> date | None:
    """The date of the workshop's latest check-in (None: no check-in, so no status)."""
    return max((c.on for kr in workshop.key_results() for c in kr.check_ins), default=None)


def sorted_by_position(items):
    """Entities in their position order, ties kept in stored order."""
    return tuple(sorted(items, key=lambda item: item.position))


def section_chapter(ctx: DeckContext, key: str, items: list[Item]) -> Chapter:
    """A slide titled with its section's name, the section's line under it."""
    section = BY_KEY[key]
    name = section.name(ctx.language)
    return Chapter(key, name, items, subtitle=section.description(ctx.language),
                   outline=((name, 0),), part=section.part)
