"""Recorded canvas primitives (the band, badges, chips, bars, dots, rules, the footer's
rule and strings) as native PowerPoint shapes."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from okr_workshop.export.fonts import BOLD
from okr_workshop.export.pptx import xml
from okr_workshop.export.pptx.paragraphs import Run, run_xml
from okr_workshop.export.pptx.place import Place, hex_of
from okr_workshop.export.pptx.recorder import Shape, Text

_KINDS = {"rect": "rect", "round": "roundRect", "circle": "ellipse"}
_ALIGN = {"start": "l", "middle": "ctr", "end": "r"}


def line_of(hex_colour: str | None, width: float, place: Place, dashes=None) -> str:
    """``width`` and ``dashes`` in the page's points."""
    pattern = xml.dash_pattern(dashes, width) if dashes else ""
    return xml.outline(hex_colour, place.length(width), pattern)


def add_shape(sink: xml.Sink, item: Shape, place: Place, text: Text | None = None) -> None:
    """``text``: a string drawn centred in it (a chip's word, a badge's number)."""
    if item.kind == "line":
        x1, y1, x2, y2 = item.box
        sink.add(xml.connector(sink.new_id(), place.point(x1, y1), place.point(x2, y2),
                               line_of(hex_of(item.stroke) or "000000", item.line_width,
                                       place)))
        return
    adjust = None
    if item.kind == "round":
        shortest = min(item.box[2], item.box[3])
        adjust = min(item.radius / shortest, 0.5) if shortest else 0.0
    inside = _paragraph(text, place, "ctr") if text is not None else ""
    sink.add(xml.auto_shape(sink.new_id(), _KINDS[item.kind], place.box(*item.box),
                            hex_of(item.fill), line_of(hex_of(item.stroke), item.line_width,
                                                       place), adjust, inside))


def text_box(item: Text) -> tuple[float, float, float, float]:
    """Where a canvas string sits: (x, bottom, width, height) around its baseline."""
    ascent, descent = getAscentDescent(item.font, item.size)
    width = stringWidth(item.text, item.font, item.size)
    slack = item.size  # a substituted font may be a little wider: room, not a wrap
    left = {"start": item.x, "middle": item.x - width / 2 - slack / 2,
            "end": item.x - width - slack}[item.anchor]
    return left, item.y + descent, width + slack, ascent - descent


def _paragraph(item: Text, place: Place, align: str) -> str:
    run = Run(item.text, item.font, item.size, item.font == BOLD, hex_of(item.colour))
    return f'<a:p><a:pPr algn="{align}"><a:buNone/></a:pPr>{run_xml(run, place)}</a:p>'


def add_text(sink: xml.Sink, item: Text, place: Place, rotation: float = 0.0) -> None:
    """A canvas string as a text box that does not wrap."""
    sink.add(xml.text_box(sink.new_id(), place.box(*text_box(item)),
                          _paragraph(item, place, _ALIGN[item.anchor]), anchor="ctr",
                          wrap=False, rotation=rotation))


def holds(shape: Shape, text: Text) -> bool:
    """A string centred in the filled box drawn just before it: one shape with its text,
    as a person would make it."""
    if shape.kind not in ("rect", "round") or text.anchor != "middle" or shape.fill is None:
        return False
    x, y, width, height = shape.box
    return abs(x + width / 2 - text.x) < 1.0 and y <= text.y <= y + height
