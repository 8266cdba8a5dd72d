"""Recorded canvas primitives (the band, badges, chips, bars, dots, rules, the footer's
rule and strings) as native PowerPoint shapes."""

from __future__ import annotations

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from okr_workshop.export.pptx.place import Place, hex_of
from okr_workshop.export.pptx.recorder import Shape, Text
from okr_workshop.export.pptx.text import Run, set_font

_KINDS = {"rect": MSO_SHAPE.RECTANGLE, "round": MSO_SHAPE.ROUNDED_RECTANGLE,
          "circle": MSO_SHAPE.OVAL}
_ALIGN = {"start": PP_ALIGN.LEFT, "middle": PP_ALIGN.CENTER, "end": PP_ALIGN.RIGHT}


def style_shape(shape, fill: str | None, stroke: str | None, width: float,
                place: Place) -> None:
    if fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
    else:
        shape.fill.background()
    if stroke and width > 0:
        shape.line.color.rgb = _rgb(stroke)
        shape.line.width = Pt(place.size(width))
    else:
        shape.line.fill.background()
    shape.shadow.inherit = False


def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour)


def add_shape(shapes, item: Shape, place: Place):
    if item.kind == "line":
        x1, y1, x2, y2 = item.box
        (bx, by), (ex, ey) = place.point(x1, y1), place.point(x2, y2)
        line = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, bx, by, ex, ey)
        line.line.color.rgb = _rgb(hex_of(item.stroke) or "000000")
        line.line.width = Pt(place.size(item.line_width))
        return line
    shape = shapes.add_shape(_KINDS[item.kind], *map(Emu, place.box(*item.box)))
    if item.kind == "round":
        shortest = min(item.box[2], item.box[3])
        shape.adjustments[0] = min(item.radius / shortest, 0.5) if shortest else 0.0
    style_shape(shape, hex_of(item.fill), hex_of(item.stroke), item.line_width, place)
    return shape


def text_box(item: Text) -> tuple[float, float, float, float]:
    """Where a canvas string sits: (x, bottom, width, height) around its baseline."""
    ascent, descent = getAscentDescent(item.font, item.size)
    width = stringWidth(item.text, item.font, item.size)
    slack = item.size  # a substituted font may be a little wider: room, not a wrap
    left = {"start": item.x, "middle": item.x - width / 2 - slack / 2,
            "end": item.x - width - slack}[item.anchor]
    return left, item.y + descent, width + slack, ascent - descent


def add_text(shapes, item: Text, place: Place, shape=None):
    """A canvas string as a text box; inside ``shape`` (a chip, a badge) when given."""
    run = Run(item.text, item.font, item.size, False, hex_of(item.colour))
    from okr_workshop.export.fonts import BOLD

    run.bold = item.font == BOLD
    if shape is None:
        shape = shapes.add_textbox(*map(Emu, place.box(*text_box(item))))
        anchor = _ALIGN[item.anchor]
    else:
        anchor = PP_ALIGN.CENTER
    frame = shape.text_frame
    frame.word_wrap = False
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = Emu(0)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = anchor
    added = paragraph.add_run()
    added.text = item.text
    set_font(added.font, run, place)
    return shape


def holds(shape: Shape, text: Text) -> bool:
    """A string centred in the filled box drawn just before it (a chip's word, a badge's
    number): one shape with its text, as a person would make it."""
    if shape.kind not in ("rect", "round") or text.anchor != "middle" or shape.fill is None:
        return False
    x, y, width, height = shape.box
    return abs(x + width / 2 - text.x) < 1.0 and y <= text.y <= y + height
