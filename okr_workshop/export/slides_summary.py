"""The one-page summary after the cover: the vision (short), the strategic objectives, and
what the company commits to this cycle, in numbers (tiles)."""

from __future__ import annotations

from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Badge, Columns, Tile
from okr_workshop.export.layout import Group, Item

VISION_CHARACTERS = 220  # the summary quotes the vision; its own slide gives it whole
TITLE_CHARACTERS = 110
STRATEGIC_SHOWN = 4  # more would push the tiles off the page


def shorten(text: str, limit: int) -> str:
    """The text on one line, cut at a word before ``limit`` characters with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def commitments(ctx: DeckContext) -> dict[str, int]:
    """What the company commits to this cycle: teams with a kept objective, kept
    objectives, their key results, people who took part."""
    workshop: Workshop = ctx.workshop
    kept = [objective for team in workshop.teams for objective in ctx.kept(team)]
    return {
        "teams": sum(bool(ctx.kept(team)) for team in workshop.teams),
        "objectives": len(kept),
        "key_results": sum(len(objective.key_results) for objective in kept),
        "people": len(workshop.participants),
    }


def tile_code(ctx: DeckContext, key: str, count: int) -> str:
    """A tile's words for ``count``: French says "0 équipe engagée", "1 équipe engagée",
    English "0 teams committed", "1 team committed"."""
    one = count < 2 if ctx.language == Language.FRENCH else count == 1
    return f"deck.summary.{key}.one" if one else f"deck.summary.{key}"


def summary(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    items: list[Item] = []
    vision = workshop.vision.strip()
    if vision:
        items.append(Group([ctx.p(ctx.t("deck.summary.vision"), "subheading"),
                            ctx.p(shorten(vision, VISION_CHARACTERS), "body")]))
    strategic = sorted_by_position(workshop.strategic_objectives)
    if strategic:
        lines = [Columns([Badge(str(number), size=24, top=0),
                          ctx.p(shorten(objective.title, TITLE_CHARACTERS), "body")],
                         [24, None], gap=12, space_before=6)
                 for number, objective in enumerate(strategic[:STRATEGIC_SHOWN], start=1)]
        if len(strategic) > STRATEGIC_SHOWN:
            lines.append(ctx.p(ctx.t("deck.summary.more",
                                     count=len(strategic) - STRATEGIC_SHOWN), "meta"))
        items.append(Group([ctx.p(ctx.t("deck.summary.strategy"), "subheading"), *lines]))
    counts = commitments(ctx)
    tiles = [Tile(str(value), ctx.p(ctx.t(tile_code(ctx, key, value)), "tile_label"))
             for key, value in counts.items()]
    items.append(Columns(tiles, [None] * len(tiles), gap=20, space_before=24))
    chapter = section_chapter(ctx, "summary", items)
    notes = [ctx.t("deck.notes.summary", **counts)]
    if vision and shorten(vision, VISION_CHARACTERS) != " ".join(vision.split()):
        notes.append(vision)  # the whole vision, for the coach who reads it aloud
    notes += [f"{number}. {objective.title.strip()}"
              for number, objective in enumerate(strategic, start=1)]
    chapter.notes = "\n".join(notes)
    return [chapter]


__all__ = ["commitments", "shorten", "summary", "tile_code"]
