"""The coverage matrix: teams down, strategic objectives across, each cell the number of the
team's kept objectives that serve that strategic objective. A strategic objective no team
serves, and kept objectives serving none, stand out in the row under the header.

A row is a team, or with many teams a department (the team rows then go to the
appendix). A reportlab Table whose cells are Paragraphs (the PowerPoint export makes it a
native table). It splits between rows, so a long list of teams continues on the next slide with
the header and the totals repeated, never cutting a team in two. Strategic objectives are
numbered as on the strategy slide; a long title is shortened in the header to three lines
(it is whole on the strategy slide and in the notes).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Table, TableStyle

from okr_workshop.domain.coverage import Coverage
from okr_workshop.export import theme
from okr_workshop.export.fonts import REGULAR
from okr_workshop.export.markup import bold, coloured, para_markup, rich
from okr_workshop.export.pictures.text import ELLIPSIS

TEAM_COLUMN = 250.0
HEADER_LINES = 3
NAME_LINES = 4  # a 300-character name is cut; a name with some markup-like text is whole


@dataclass(frozen=True)
class MatrixRow:
    """A team (or a department): its name, the muted lines under it, its kept objectives."""

    name: str
    details: tuple[str, ...]
    objectives: frozenset[str]  # ids
PAD = 6.0


@dataclass(frozen=True)
class MatrixWords:
    outside: str  # header of the column of kept objectives serving no strategic objective
    teams: str  # the totals row: "Teams serving it"
    none: str  # a strategic objective no team serves: "No team yet"
    nothing_kept: str  # a team that kept no objective


def shortened(text: str, style: ParagraphStyle, width: float, lines: int) -> str:
    """``text`` cut to ``lines`` lines at ``width`` with "…" (measured as a Paragraph
    breaks it; the full text is said elsewhere)."""
    flat = " ".join(text.split())
    broken = simpleSplit(flat, style.fontName, style.fontSize, width)
    if len(broken) <= lines:
        return flat
    kept = " ".join(broken[:lines])
    while kept and simpleSplit(kept + ELLIPSIS, style.fontName, style.fontSize,
                               width).__len__() > lines:
        kept = kept[:-1]
    return kept.rstrip(" ,;:—-") + ELLIPSIS


def coverage_matrix(coverage: Coverage, matrix_rows: list[MatrixRow], styles: dict,
                    width: float, words: MatrixWords) -> Table:
    branches = coverage.branches
    outside_ids = {o.id for o in coverage.unaligned}
    with_outside = bool(outside_ids)
    columns = len(branches) + int(with_outside)
    cell_width = (width - TEAM_COLUMN) / max(columns, 1)
    head_style, cell_style = styles["label"], styles["body"]
    centred = ParagraphStyle("matrix_cell", parent=cell_style, alignment=1, spaceBefore=0)
    centred_bold = ParagraphStyle("matrix_bold", parent=styles["label"], alignment=1)
    meta = ParagraphStyle("matrix_meta", parent=styles["meta"], spaceBefore=0)

    header = [para_markup("", head_style)]
    for number, branch in enumerate(branches, start=1):
        title = shortened(branch.strategic.title, head_style, cell_width - 2 * PAD,
                          HEADER_LINES)
        header.append(para_markup(bold(coloured(str(number), theme.ACCENT_HEX)) + " "
                                  + bold(rich(title)), head_style))
    if with_outside:
        header.append(para_markup(bold(rich(words.outside)), head_style))

    totals = [para_markup(rich(words.teams), meta)]
    for branch in branches:
        served = len({o.team_id for o in branch.objectives})
        totals.append(para_markup(bold(coloured(str(served), theme.TEXT_HEX)) if served
                                  else bold(coloured(rich(words.none), theme.WHITE_HEX)),
                                  centred_bold))
    if with_outside:
        loose = len({o.team_id for o in coverage.unaligned})
        totals.append(para_markup(bold(str(loose)), centred_bold))

    rows = [header, totals]
    commands: list[tuple] = [
        # Cells are Paragraphs; the table itself still sets a font (Helvetica, never
        # embedded, by default): the deck's own.
        ("FONT", (0, 0), (-1, -1), REGULAR, head_style.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, theme.TEXT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.75, theme.MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    for column, branch in enumerate(branches, start=1):
        if not branch.is_served:  # the gap, in red, on every slide of the matrix
            commands.append(("BACKGROUND", (column, 1), (column, 1), theme.MISSING))
    name_width = TEAM_COLUMN - 2 * PAD
    for matrix_row in matrix_rows:
        # A long name is shortened here (whole on its own slides): a row stays short
        # enough for several on a slide.
        # The details follow the name on its line ("Sales · Retail"): a row per line
        # saved is a team more per slide.
        details = [shortened(d, cell_style, name_width, 1) for d in matrix_row.details]
        if not matrix_row.objectives:
            details.append(words.nothing_kept)
        markup = bold(rich(shortened(matrix_row.name, styles["label"], name_width,
                                     NAME_LINES)))
        if details:
            markup += coloured(rich(" · " + " · ".join(details)), theme.MUTED_HEX)
        row = [para_markup(markup, cell_style)]
        index = len(rows)
        for column, branch in enumerate(branches, start=1):
            count = sum(o.id in matrix_row.objectives for o in branch.objectives)
            row.append(_count_cell(count, centred))
            if count:
                commands.append(("BACKGROUND", (column, index), (column, index), theme.ACCENT))
        if with_outside:
            count = len(matrix_row.objectives & outside_ids)
            row.append(_count_cell(count, centred))
            if count:
                column = len(branches) + 1
                commands.append(("BACKGROUND", (column, index), (column, index), theme.RISK))
        rows.append(row)
    table = Table(rows, colWidths=[TEAM_COLUMN] + [cell_width] * columns, repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _count_cell(count: int, style: ParagraphStyle):
    """A filled cell holds the count in white; an empty one holds nothing (blank reads as
    "no", and a column of zeros would hide the few that matter)."""
    return para_markup(bold(coloured(str(count), theme.WHITE_HEX)) if count else "", style)
