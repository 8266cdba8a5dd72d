"""A reportlab ``Table`` as a native PowerPoint table: its columns' widths and rows'
heights, its cells' paragraphs as editable text, backgrounds, lines and spans."""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu
from reportlab.platypus import Paragraph, Table

from okr_workshop.export.pptx import xml
from okr_workshop.export.pptx.paragraphs import Run, paragraph_xml, run_xml
from okr_workshop.export.pptx.place import Place, hex_of
from okr_workshop.export.pptx.recorder import UnsupportedContent

_NO_STYLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"  # "No Style, No Grid"
_VALIGN = {"TOP": MSO_ANCHOR.TOP, "MIDDLE": MSO_ANCHOR.MIDDLE, "BOTTOM": MSO_ANCHOR.BOTTOM}
# Edge → the cell's line element, in the order the schema wants them.
_EDGES = ("lnL", "lnR", "lnT", "lnB")


def add_table(shapes, table: Table, x: float, y: float, place: Place):
    rows, cols = len(table._rowHeights), len(table._colWidths)
    width, height = sum(table._colWidths), sum(table._rowHeights)
    frame = shapes.add_table(rows, cols, *map(Emu, place.box(x, y, width, height)))
    grid = frame.table
    grid.first_row = grid.horz_banding = False
    frame._element.graphic.graphicData.tbl.tblPr.find(qn("a:tableStyleId")).text = _NO_STYLE
    for index, column_width in enumerate(table._colWidths):
        grid.columns[index].width = Emu(place.length(column_width))
    for index, row_height in enumerate(table._rowHeights):
        grid.rows[index].height = Emu(place.length(row_height))
    fills = _backgrounds(table, rows, cols)
    edges = _lines(table, rows, cols)
    for r in range(rows):
        for c in range(cols):
            _cell(grid.cell(r, c), table, r, c, place, fills.get((r, c)), edges.get((r, c), {}))
    for first, last in _spans(table, rows, cols):
        grid.cell(*first).merge(grid.cell(*last))
    return frame


def _cell(cell, table: Table, r: int, c: int, place: Place, fill: str | None,
          edges: dict[str, tuple[float, str]]) -> None:
    style = table._cellStyles[r][c]
    cell.margin_left = Emu(place.length(style.leftPadding))
    cell.margin_right = Emu(place.length(style.rightPadding))
    cell.margin_top = Emu(place.length(style.topPadding))
    cell.margin_bottom = Emu(place.length(style.bottomPadding))
    cell.vertical_anchor = _VALIGN.get(str(style.valign).upper(), MSO_ANCHOR.TOP)
    if fill:
        cell.fill.solid()
        from pptx.dml.color import RGBColor

        cell.fill.fore_color.rgb = RGBColor.from_string(fill)
    else:
        cell.fill.background()
    _borders(cell, edges, place)
    frame = cell.text_frame
    frame.word_wrap = True
    value = table._cellvalues[r][c]
    parts = list(value) if isinstance(value, list | tuple) else [value]
    paragraphs = []
    for part in parts:
        if part is None or part == "":
            continue
        if isinstance(part, Paragraph):
            paragraphs.append(paragraph_xml(part, place))
        elif isinstance(part, str):
            run = Run(part, style.fontname, style.fontsize, False, hex_of(style.color))
            paragraphs.append(f"<a:p>{run_xml(run, place)}</a:p>")
        else:
            raise UnsupportedContent(
                f"the PowerPoint export cannot put a {type(part).__name__} in a table cell: "
                "cells hold paragraphs")
    if paragraphs:
        xml.paragraphs_into(frame._txBody, "".join(paragraphs))


def _span(table: Table, start, stop, rows: int, cols: int):
    (sc, sr), (ec, er) = start, stop
    sc, ec = (v + cols if v < 0 else v for v in (sc, ec))
    sr, er = (v + rows if v < 0 else v for v in (sr, er))
    return range(sr, er + 1), range(sc, ec + 1)


def _backgrounds(table: Table, rows: int, cols: int) -> dict[tuple[int, int], str]:
    fills: dict[tuple[int, int], str] = {}
    for command in table._bkgrndcmds:
        op, start, stop, arg = command[0], command[1], command[2], command[3:]
        row_range, col_range = _span(table, start, stop, rows, cols)
        for r in row_range:
            for c in col_range:
                if op == "BACKGROUND":
                    colour = arg[0]
                elif op == "ROWBACKGROUNDS":
                    colour = arg[0][(r - row_range.start) % len(arg[0])] if arg[0] else None
                elif op == "COLBACKGROUNDS":
                    colour = arg[0][(c - col_range.start) % len(arg[0])] if arg[0] else None
                else:
                    continue
                hexed = hex_of(colour) if not isinstance(colour, str) else _named(colour)
                if hexed:
                    fills[(r, c)] = hexed
    return fills


def _named(colour: str) -> str | None:
    from reportlab.lib.colors import toColor

    return hex_of(toColor(colour))


def _lines(table: Table, rows: int, cols: int) -> dict[tuple[int, int], dict]:
    """Each cell's edges with their (width, colour), from the table's line commands."""
    edges: dict[tuple[int, int], dict] = {}
    for command in table._linecmds:
        op, start, stop, weight, colour = command[:5]
        colour = hex_of(colour) if not isinstance(colour, str) else _named(colour)
        if not colour or not weight:
            continue
        row_range, col_range = _span(table, start, stop, rows, cols)
        wanted = {
            "GRID": ("lnL", "lnR", "lnT", "lnB"), "LINEABOVE": ("lnT",),
            "LINEBELOW": ("lnB",), "LINEBEFORE": ("lnL",), "LINEAFTER": ("lnR",),
        }.get(op)
        for r in row_range:
            for c in col_range:
                if op in ("BOX", "OUTLINE", "INNERGRID"):
                    outer = op != "INNERGRID"
                    sides = [side for side, edge in (
                        ("lnT", r == row_range.start), ("lnB", r == row_range[-1]),
                        ("lnL", c == col_range.start), ("lnR", c == col_range[-1]))
                        if edge == outer]
                else:
                    sides = wanted or ()
                for side in sides:
                    edges.setdefault((r, c), {})[side] = (weight, colour)
    return edges


def _borders(cell, edges: dict[str, tuple[float, str]], place: Place) -> None:
    properties = cell._tc.get_or_add_tcPr()
    for side in _EDGES:
        line = properties.makeelement(qn(f"a:{side}"), {})
        if side in edges:
            weight, colour = edges[side]
            line.set("w", str(place.length(weight)))
            fill = line.makeelement(qn("a:solidFill"), {})
            fill.append(fill.makeelement(qn("a:srgbClr"), {"val": colour}))
            line.append(fill)
        else:
            line.set("w", "0")
            line.append(line.makeelement(qn("a:noFill"), {}))
        # Lines come first in tcPr, before the cell's fill.
        properties.insert(_EDGES.index(side), line)


def _spans(table: Table, rows: int, cols: int):
    for command in getattr(table, "_spanCmds", []):
        row_range, col_range = _span(table, command[1], command[2], rows, cols)
        if len(row_range) * len(col_range) > 1:
            yield (row_range.start, col_range.start), (row_range[-1], col_range[-1])
