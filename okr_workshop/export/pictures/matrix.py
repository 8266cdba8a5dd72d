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

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

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


def fitted(build: Callable[[str], str], text: str, style: ParagraphStyle, width: float,
           lines: int) -> str:
    """``text`` (spaces evened), or its longest beginning with "…", such that the
    paragraph of ``build(it)`` breaks into at most ``lines`` lines at ``width`` (the full
    text is said elsewhere)."""
    # Measured as the paragraph is drawn (bold, the number before a title, a word wider
    # than the cell that reportlab breaks letter by letter), not estimated.
    flat = " ".join(text.split())
    most = lines * style.leading + 0.1

    def fits(candidate: str) -> bool:
        return para_markup(build(candidate), style).wrap(width, 1e6)[1] <= most

    if fits(flat):
        return flat
    low, high = 0, len(flat)  # the longest beginning that fits with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if fits(flat[:middle].rstrip() + ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    cut = flat[:low]
    word = cut.rsplit(" ", 1)[0] if " " in cut else ""
    if len(word) > low // 2:  # end on a whole word unless that loses half the text
        cut = word
    return cut.rstrip(" ,;:—-") + ELLIPSIS


def _row_height(cells: list[Paragraph], widths: list[float]) -> float:
    return max(c.wrap(w - 2 * PAD, 1e6)[1] for c, w in zip(cells, widths, strict=True)) \
        + 2 * PAD


def coverage_matrix(coverage: Coverage, matrix_rows: list[MatrixRow], styles: dict,
                    width: float, words: MatrixWords, height: float | None = None) -> Table:
    """The matrix at ``width``; ``height``, the least room a slide of it has: the header,
    the totals and any one row then fit it together (the table splits between rows with
    the first two repeated, so it fits every slide), titles and names shortened to do so."""
    branches = coverage.branches
    outside_ids = {o.id for o in coverage.unaligned}
    with_outside = bool(outside_ids)
    columns = len(branches) + int(with_outside)
    cell_width = (width - TEAM_COLUMN) / max(columns, 1)
    widths = [TEAM_COLUMN] + [cell_width] * columns
    head_style, cell_style = styles["label"], styles["body"]
    centred = ParagraphStyle("matrix_cell", parent=cell_style, alignment=1, spaceBefore=0)
    centred_bold = ParagraphStyle("matrix_bold", parent=styles["label"], alignment=1)
    meta = ParagraphStyle("matrix_meta", parent=styles["meta"], spaceBefore=0)

    totals = [para_markup(rich(words.teams), meta)]
    for branch in branches:
        served = len({o.team_id for o in branch.objectives})
        totals.append(para_markup(bold(coloured(str(served), theme.TEXT_HEX)) if served
                                  else bold(coloured(rich(words.none), theme.WHITE_HEX)),
                                  centred_bold))
    if with_outside:
        loose = len({o.team_id for o in coverage.unaligned})
        totals.append(para_markup(bold(str(loose)), centred_bold))
    # A row of one line: the least a team's row takes.
    least_row = cell_style.leading + 2 * PAD
    header_lines = HEADER_LINES
    while True:  # fewer lines of titles when the header would leave no room for a row
        header = _header(coverage, words, head_style, cell_width, header_lines)
        used = _row_height(header, widths) + _row_height(totals, widths)
        if height is None or header_lines == 1 or used + least_row <= height:
            break
        header_lines -= 1
    name_lines = NAME_LINES
    if height is not None:
        name_lines = max(1, min(NAME_LINES, int((height - used - 2 * PAD + 0.1)
                                                / cell_style.leading)))

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
    for matrix_row in matrix_rows:
        row = [_name_cell(matrix_row, words, styles, name_lines)]
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
    table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _header(coverage: Coverage, words: MatrixWords, style: ParagraphStyle,
            cell_width: float, lines: int) -> list[Paragraph]:
    """Each strategic objective's number and title, the title shortened to ``lines``
    lines (it is whole on the strategy slide and in the notes)."""
    header = [para_markup("", style)]
    for number, branch in enumerate(coverage.branches, start=1):
        prefix = bold(coloured(str(number), theme.ACCENT_HEX)) + " "

        def markup(title: str, prefix: str = prefix) -> str:
            return prefix + bold(rich(title))

        title = fitted(markup, branch.strategic.title, style, cell_width - 2 * PAD, lines)
        header.append(para_markup(markup(title), style))
    if coverage.unaligned:
        outside = fitted(_bold, words.outside, style, cell_width - 2 * PAD, lines)
        header.append(para_markup(_bold(outside), style))
    return header


def _bold(text: str) -> str:
    return bold(rich(text))


def _name_cell(matrix_row: MatrixRow, words: MatrixWords, styles: dict,
               lines: int) -> Paragraph:
    """The team's (or department's) name in bold, its details after it in grey on the
    same line ("Sales · Retail": a line saved is a team more per slide), in ``lines``
    lines at most. The name comes first: shortened only when it alone would take more (it
    is whole on its own slides); the details take what room is left, shortened, or go
    when there is none (they are on the team slides)."""
    style, width = styles["body"], TEAM_COLUMN - 2 * PAD
    name = fitted(_bold, matrix_row.name, style, width, lines)
    details = [" ".join(d.split()) for d in matrix_row.details]
    if not matrix_row.objectives:
        details.append(words.nothing_kept)
    if not details:
        return para_markup(_bold(name), style)

    def markup(text: str) -> str:
        return _bold(name) + coloured(rich(" · " + text), theme.MUTED_HEX)

    shown = fitted(markup, " · ".join(details), style, width, lines)
    cell = para_markup(markup(shown), style)
    if cell.wrap(width, 1e6)[1] > lines * style.leading + 0.1:
        return para_markup(_bold(name), style)
    return cell


def _count_cell(count: int, style: ParagraphStyle):
    """A filled cell holds the count in white; an empty one holds nothing (blank reads as
    "no", and a column of zeros would hide the few that matter)."""
    return para_markup(bold(coloured(str(count), theme.WHITE_HEX)) if count else "", style)
