"""The blank check-in grid at the foot of a team's poster: one row per key result, one
column per week of the cycle, filled in by hand at the weekly ritual (the source's
"rappeler les OKR": the poster on the wall is where the numbers are read out).

A reportlab Table of Paragraphs (so the PowerPoint export can make it a native table),
drawn ink-light: thin grey rules, no shading. A long cycle gives several grids of at most
as many weeks as fit the page's width at a width a hand can write in.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from okr_workshop.domain.model import KeyResult, Team, Workshop
from okr_workshop.export import theme
from okr_workshop.export.context import DeckContext, sorted_by_position
from okr_workshop.export.fonts import REGULAR
from okr_workshop.export.labels import day
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import para

DEFAULT_WEEKS = 13  # a quarter: the usual cycle, when the workshop has no dates
MOST_WEEKS = 53
WEEK_COLUMN = 26.0  # points on A4: about a centimetre, room for "42 / 7" by hand
ROW_PAD = 7.0  # above and below a key result's name: a row a pen can write in
ROOMY_ROW_PAD = 14.0  # the same on a page of its own: room to write larger
LABEL_SHARE = 0.25  # of the width at least, for the key results' names


def cycle_weeks(workshop: Workshop) -> list[date | None]:
    """The first day of each week of the cycle (None for every week without dates)."""
    start, end = workshop.cycle_start, workshop.cycle_end
    if start is None or end is None or end < start:
        return [None] * DEFAULT_WEEKS
    count = min((end - start).days // 7 + 1, MOST_WEEKS)
    return [start + timedelta(weeks=week) for week in range(count)]


def grid_key_results(ctx: DeckContext, team: Team) -> list[tuple[str, KeyResult]]:
    """("1.2", key result) for each kept key result, numbered as objective.key result."""
    rows = []
    for number, objective in enumerate(ctx.kept(team), start=1):
        for index, kr in enumerate(sorted_by_position(objective.key_results), start=1):
            rows.append((f"{number}.{index}", kr))
    return rows


def grid_items(ctx: DeckContext, team: Team, own_page: bool = False,
               roomy: bool = False) -> list[Item]:
    """The grid's heading (under the OKRs; on a page of its own the title says it), how
    to fill it in, and its table(s), kept together; ``roomy``: taller rows."""
    rows = grid_key_results(ctx, team)
    lines = [] if own_page else [ctx.p(ctx.t("deck.grid.title"), "subheading")]
    if not rows:
        return [Group([*lines, ctx.p(ctx.t("deck.grid.none"), "meta")])]
    weeks = cycle_weeks(ctx.workshop)
    lines.append(ctx.p(ctx.t("deck.grid.how"), "meta"))
    if weeks[0] is not None:
        lines.append(ctx.p(ctx.t("deck.grid.span", start=day(weeks[0], ctx.language),
                                 end=day(weeks[-1], ctx.language)), "meta"))
    head = _head_style(ctx)
    width = ctx.width
    # A column a hand can write in, and wide enough for its number ("13").
    column = max(WEEK_COLUMN * ctx.geometry.width / theme.POSTER[0],
                 stringWidth(str(len(weeks)), head.fontName, head.fontSize) + 10)
    per_table = max(1, int(width * (1 - LABEL_SHARE) // column))
    label_width = width - column * min(per_table, len(weeks))
    pad = (ROOMY_ROW_PAD if roomy else ROW_PAD) * ctx.scale
    tables = [grid_table(ctx, rows, range(first, min(first + per_table, len(weeks))),
                         label_width, column, pad)
              for first in range(0, len(weeks), per_table)]
    for table in tables:
        table.spaceBefore = 8 * ctx.scale
    return [Group([*lines, tables[0]]), *tables[1:]]


def _head_style(ctx: DeckContext):
    meta = ctx.styles["meta"]
    return ctx.styles["label"].clone("grid_head", fontSize=meta.fontSize,
                                     leading=meta.leading, alignment=1)


def grid_table(ctx: DeckContext, rows: list[tuple[str, KeyResult]], weeks: range,
               label_width: float, week_width: float, pad: float) -> Table:
    """One header row (the key results' column, then the weeks' numbers), one row per
    key result named "1.2  metric" (the sentence when no metric is set), empty cells."""
    cell = ctx.styles["meta"].clone("grid_cell", textColor=theme.TEXT, spaceBefore=0)
    head = _head_style(ctx)
    data = [[ctx.p(ctx.t("deck.grid.key_result"), "meta")] +
            [para(str(week + 1), head) for week in weeks]]
    for number, kr in rows:
        name = kr.metric.strip() or kr.text
        data.append([para(f"{number}  {name}", cell)] + [para("", cell) for _ in weeks])
    table = Table(data, colWidths=[label_width] + [week_width] * len(weeks), repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        # The cells are paragraphs; the table's own font would be Helvetica, not embedded.
        ("FONT", (0, 0), (-1, -1), REGULAR, cell.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.6, theme.BAR_EDGE),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, theme.TEXT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table

