"""Opening slides: cover, agenda, vision, strategic objectives with their why."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import Span
from okr_workshop.export.context import (
    Chapter,
    DeckContext,
    section_chapter,
    sorted_by_position,
)
from okr_workshop.export.flowables import Badge, Columns, Rule, Stack
from okr_workshop.export.labels import day
from okr_workshop.export.layout import Group
from okr_workshop.export.sections import BY_KEY, MAIN, Section


def cycle_line(ctx: DeckContext) -> str:
    """"T1 2027 · du 1er janv. 2027 au 31 mars 2027" (either part may be missing)."""
    workshop = ctx.workshop
    parts = [workshop.cycle_label.strip()]
    if workshop.cycle_start or workshop.cycle_end:
        parts.append(format(Span(workshop.cycle_start, workshop.cycle_end), ctx.language.value))
    return " · ".join(p for p in parts if p)


def cover_lines(ctx: DeckContext) -> list[tuple[str, str]]:
    """The cover's text, (text, style) from top to bottom; drawn by chrome.draw_cover."""
    workshop = ctx.workshop
    lines = [
        (ctx.t("deck.cover.kicker"), "cover_kicker"),
        (workshop.title, "cover_title"),
        (workshop.organisation, "cover_line"),
        (cycle_line(ctx), "cover_line"),
        (day(workshop.updated_at.date(), ctx.language), "cover_line"),
    ]
    if workshop.facilitator.strip():
        lines.append((ctx.t("deck.cover.facilitator", name=workshop.facilitator), "cover_line"))
    return [(text, style) for text, style in lines if text.strip()]


def cover(ctx: DeckContext) -> list[Chapter]:
    name = BY_KEY["cover"].name(ctx.language)
    notes = ctx.t("deck.notes.cover", title=ctx.workshop.title.strip(),
                  cycle=cycle_line(ctx) or "—")
    return [Chapter("cover", ctx.workshop.title, cover=True, outline=((name, 0),),
                    notes=notes)]


def agenda(ctx: DeckContext, sections: tuple[Section, ...]) -> list[Chapter]:
    """The story's sections that follow, two per row, numbered: the appendix is not part
    of the talk, so it is not announced."""
    shown = [s for s in sections
             if s.part == MAIN and s.key not in ("cover", "summary", "agenda")]
    entries = [
        Columns(
            [Badge(str(number), size=30, top=0),
             Stack([ctx.p(section.name(ctx.language), "label"),
                    ctx.p(section.description(ctx.language), "meta")])],
            [30, None], gap=14,
        )
        for number, section in enumerate(shown, start=1)
    ]
    items = []
    for first in range(0, len(entries), 2):
        pair = entries[first:first + 2]
        if len(pair) == 1:
            pair.append(Stack([]))
        items.append(Columns(pair, [None, None], gap=40, space_before=22))
    chapter = section_chapter(ctx, "agenda", items)
    names = "; ".join(section.name(ctx.language) for section in shown)
    chapter.notes = ctx.t("deck.notes.agenda", sections=names or "—")
    return [chapter]


def vision(ctx: DeckContext) -> list[Chapter]:
    text = ctx.workshop.vision.strip()
    if not text:
        items = [ctx.p(ctx.t("deck.vision.none"), "meta")]
    else:
        items = [Columns([Rule(6), ctx.p(text, "lead")], [6, None], gap=26)]
    chapter = section_chapter(ctx, "vision", items)
    chapter.notes = ctx.t("deck.notes.vision" if text else "deck.notes.no_vision")
    return [chapter]


def strategy(ctx: DeckContext) -> list[Chapter]:
    strategic = sorted_by_position(ctx.workshop.strategic_objectives)
    if not strategic:
        chapter = section_chapter(ctx, "strategy", [ctx.p(ctx.t("deck.strategy.none"), "meta")])
        chapter.notes = ctx.t("deck.notes.strategy", count=0)
        return [chapter]
    items = []
    for number, objective in enumerate(strategic, start=1):
        text = [ctx.p(objective.title, "heading")]
        if objective.why.strip():
            text.append(ctx.p(objective.why, "body"))
        # Whole on one slide when it fits one: a title at the foot of a slide with its why
        # on the next reads as two objectives.
        items.append(Group([Columns([Badge(str(number), size=30, top=0), Stack(text)],
                                    [30, None], gap=18, space_before=20)]))
    chapter = section_chapter(ctx, "strategy", items)
    chapter.notes = ctx.t("deck.notes.strategy", count=len(strategic))
    return [chapter]

