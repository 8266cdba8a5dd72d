"""Closing slides: progress (once check-ins exist) and feedback (the cycle ahead is in
slides_ahead.py)."""

from __future__ import annotations

from okr_workshop.domain.model import FeedbackKind
from okr_workshop.domain.rules.wording import NBSP
from okr_workshop.domain.scoring import objective_score
from okr_workshop.export.charts import kr_drawing
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Columns, ProgressBar, Stack
from okr_workshop.export.labels import percent
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import coloured, para_markup, rich
from okr_workshop.export.theme import MUTED_HEX

SCORE_COLUMN = 170.0
CHART_HEIGHT = 300.0  # with its title, two charts fill a slide
CHART_GAP = 32.0


def team_score(ctx: DeckContext, team) -> float | None:
    """Mean score of the team's kept objectives that can be scored; None when none can."""
    scores = [objective_score(o) for o in ctx.kept(team)]
    scored = [value for value in scores if value is not None]
    return sum(scored) / len(scored) if scored else None


def progress_slides(ctx: DeckContext) -> list[Chapter]:
    """Each team at a glance (the mean score of its kept objectives), two teams per row;
    the team slides show every key result's own bar."""
    cells = []
    for team in ctx.workshop.teams:
        if not ctx.kept(team):
            continue
        value = team_score(ctx, team)
        if value is None:
            gauge = ctx.p(ctx.t("deck.progress.not_scored"), "meta")
        else:
            gauge = ProgressBar(value, percent(value, ctx.language), SCORE_COLUMN)
        cells.append(Columns([ctx.p(team.name, "body"), gauge], [None, SCORE_COLUMN],
                             gap=16))
    rows: list[Item] = []
    for first in range(0, len(cells), 2):
        pair = cells[first:first + 2] + ([Stack([])] if first + 1 == len(cells) else [])
        rows.append(Columns(pair, [None, None], gap=48, space_before=12))
    return [section_chapter(ctx, "progress", rows), *chart_chapters(ctx)]


def chart_chapters(ctx: DeckContext) -> list[Chapter]:
    """Each team's checked-in key results over time, two charts a row, drawn from the
    window's chart definition (export/charts.py) so the slide shows what the room saw."""
    chapters = []
    width = (ctx.geometry.content_width - CHART_GAP) / 2
    for team in ctx.workshop.teams:
        charted = [kr for objective in ctx.kept(team) for kr in sorted_by_position(
            objective.key_results) if kr.check_ins]
        cells = [Stack([ctx.p(kr.text, "label"),
                        kr_drawing(ctx.workshop, kr, ctx.language, width, CHART_HEIGHT)])
                 for kr in charted]
        rows: list[Item] = []
        for first in range(0, len(cells), 2):
            pair = cells[first:first + 2] + ([Stack([])] if first + 1 == len(cells) else [])
            # A row moves to the next page whole: a title never ends a page without its
            # chart (a chart cannot split, its title's Stack could).
            rows.append(Group([Columns(pair, [None, None], gap=CHART_GAP, space_before=10)]))
        if rows:
            chapters.append(Chapter("progress", ctx.t("deck.chart.heading"), rows,
                                    kicker=team.name))
    return chapters


def feedback(ctx: DeckContext) -> list[Chapter]:
    items: list[Item] = []
    entries = sorted_by_position(ctx.workshop.feedback)
    for kind in FeedbackKind:
        quotes = []
        for entry in (e for e in entries if e.kind == kind):
            markup = rich(ctx.t("deck.feedback.quote", text=entry.text.strip()))
            author = " ".join(entry.author.split())
            if author:
                if len(author) <= 40:  # a name: kept on one line with its dash
                    author = author.replace(" ", NBSP)
                markup += " " + coloured(rich("—" + NBSP + author), MUTED_HEX)
            quotes.append(para_markup(markup, ctx.styles["quote"]))
        if quotes:
            heading = ctx.p(ctx.t(f"deck.feedback.{kind.value}"), "subheading")
            items += [Group([heading, quotes[0]]), *quotes[1:]]
    chapter = section_chapter(ctx, "feedback", items)
    chapter.notes = ctx.t("deck.notes.feedback")
    return [chapter]
