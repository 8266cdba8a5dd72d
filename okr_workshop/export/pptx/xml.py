"""Shapes written as DrawingML text and parsed once per slide.

python-pptx's object API looks every element up by XPath as it sets each property: a
40-team deck (180 slides, 240 charts, 12,000 shapes) took 18 s through it. Writing the same
elements as text takes a fraction of that (issue 14: the PPTX in under 2 s). What is
written here is what python-pptx itself writes for a text box, an autoshape, a connector
and a freeform; tables and the title placeholder still go through python-pptx (there are
few), with their paragraphs from :func:`paragraph`.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import qn

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_DECLARE = f'xmlns:a="{A}" xmlns:p="{P}"'
# Characters XML 1.0 cannot hold (the deck's text has none left, but never risk a file
# PowerPoint must repair).
_INVALID = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def text(value: str) -> str:
    return escape(value.translate(_INVALID))


def attr(value: str) -> str:
    return quoteattr(value.translate(_INVALID))


def solid(hex_colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{hex_colour}"/></a:solidFill>'


# Where the deck's fonts are not installed, PowerPoint picks the closest it has by these
# (a plain sans of the same proportions), not whatever its default is.
_PANOSE = {"Noto Sans": "020B0502040504020204", "DejaVu Sans": "020B0603030804020204"}


def run_properties(size: float, bold: bool, colour: str | None, family: str,
                   tag: str = "a:rPr") -> str:
    fill = solid(colour) if colour else ""
    face = attr(family)
    panose = f' panose="{_PANOSE[family]}" pitchFamily="34" charset="0"' \
        if family in _PANOSE else ""
    return (f'<{tag} sz="{round(size * 100)}" b="{int(bold)}" dirty="0">{fill}'
            f"<a:latin typeface={face}{panose}/><a:cs typeface={face}{panose}/></{tag}>")


def run(value: str, properties: str) -> str:
    return f"<a:r>{properties}<a:t>{text(value)}</a:t></a:r>"


def line_break(properties: str) -> str:
    return f"<a:br>{properties}</a:br>"


def body(anchor: str = "t", wrap: bool = True, insets: tuple[int, ...] = (0, 0, 0, 0)) -> str:
    left, top, right, bottom = insets
    return (f'<p:txBody><a:bodyPr wrap="{"square" if wrap else "none"}" lIns="{left}" '
            f'tIns="{top}" rIns="{right}" bIns="{bottom}" anchor="{anchor}" rtlCol="0">'
            f"{_FIT if wrap else '<a:noAutofit/>'}</a:bodyPr><a:lstStyle/>")


# A box is sized from the PDF's own measure in Noto Sans; where that font is missing a wider
# stand-in (DejaVu Sans in LibreOffice) can need an extra line: "shrink text on overflow"
# keeps it inside its box instead of over the next one.
_FIT = "<a:normAutofit/>"


def _frame(left: int, top: int, width: int, height: int, flips: str = "") -> str:
    return (f"<a:xfrm{flips}><a:off x=\"{left}\" y=\"{top}\"/>"
            f'<a:ext cx="{width}" cy="{height}"/></a:xfrm>')


def outline(hex_colour: str | None, width: int, dashes=None) -> str:
    """A shape's line: ``width`` in EMU; none without a colour; ``dashes``: reportlab's
    dash array (on, off, … in points, any unit as long as ``width`` shares it: see
    :func:`dash_pattern`)."""
    if not hex_colour or width <= 0:
        return "<a:ln><a:noFill/></a:ln>"
    return f'<a:ln w="{width}">{solid(hex_colour)}{dashes or ""}</a:ln>'


def dash_pattern(dashes, width: float) -> str:
    """reportlab's dash array (points) for a line ``width`` points wide, as PowerPoint's
    custom dash (lengths in thousandths of a percent of the line's width)."""
    values = [float(v) for v in (dashes if isinstance(dashes, list | tuple) else [dashes])]
    if len(values) % 2:
        values *= 2
    if not values or width <= 0:
        return ""
    pairs = "".join(f'<a:ds d="{max(round(on / width * 100000), 1)}" '
                    f'sp="{max(round(off / width * 100000), 1)}"/>'
                    for on, off in zip(values[::2], values[1::2], strict=True))
    return f"<a:custDash>{pairs}</a:custDash>"


def text_box(shape_id: int, box: tuple[int, int, int, int], paragraphs: str,
             anchor: str = "t", wrap: bool = True, rotation: float = 0.0) -> str:
    turn = f' rot="{round(rotation * 60000)}"' if rotation else ""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="TextBox {shape_id}"/>'
            '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{_frame(*box, turn)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"<a:noFill/></p:spPr>{body(anchor, wrap)}{paragraphs}</p:txBody></p:sp>")


def auto_shape(shape_id: int, kind: str, box: tuple[int, int, int, int], fill: str | None,
               line: str, adjust: float | None = None, paragraphs: str = "") -> str:
    """``kind``: "rect", "roundRect", "ellipse"; ``adjust``: the rounded corner (0–0.5)."""
    guide = f'<a:gd name="adj" fmla="val {round(adjust * 100000)}"/>' if adjust is not None \
        else ""
    filled = solid(fill) if fill else "<a:noFill/>"
    inner = (f'{body("ctr", False)}{paragraphs}</p:txBody>' if paragraphs
             else "")
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Shape {shape_id}"/>'
            "<p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            f'<p:spPr>{_frame(*box)}<a:prstGeom prst="{kind}"><a:avLst>{guide}</a:avLst>'
            f"</a:prstGeom>{filled}{line}</p:spPr>{inner}</p:sp>")


def connector(shape_id: int, begin: tuple[int, int], end: tuple[int, int], line: str) -> str:
    (x1, y1), (x2, y2) = begin, end
    flips = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
    box = (min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    return (f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="Line {shape_id}"/>'
            "<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>"
            f'<p:spPr>{_frame(*box, flips)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
            f"{line}</p:spPr></p:cxnSp>")


def freeform(shape_id: int, contours: list[list[tuple[int, int]]], closed: list[bool],
             fill: str | None, line: str) -> str:
    """Straight-line contours, points in slide EMU."""
    xs = [x for contour in contours for x, _ in contour]
    ys = [y for contour in contours for _, y in contour]
    left, top = min(xs), min(ys)
    width, height = max(max(xs) - left, 1), max(max(ys) - top, 1)
    paths = []
    for contour, shut in zip(contours, closed, strict=True):
        (fx, fy), rest = contour[0], contour[1:]
        steps = "".join(f'<a:lnTo><a:pt x="{x - left}" y="{y - top}"/></a:lnTo>'
                        for x, y in rest)
        paths.append(f'<a:path w="{width}" h="{height}"><a:moveTo><a:pt x="{fx - left}" '
                     f'y="{fy - top}"/></a:moveTo>{steps}{"<a:close/>" if shut else ""}'
                     "</a:path>")
    filled = solid(fill) if fill else "<a:noFill/>"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="Freeform {shape_id}"/>'
            "<p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            f"<p:spPr>{_frame(left, top, width, height)}<a:custGeom><a:avLst/><a:gdLst/>"
            '<a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/>'
            f"<a:pathLst>{''.join(paths)}</a:pathLst></a:custGeom>{filled}{line}</p:spPr>"
            "</p:sp>")


def group(shape_id: int, box: tuple[int, int, int, int], members: str) -> str:
    """Shapes kept together (a chart): one selection, moved as one; child coordinates are
    the slide's (the group's child frame equals its frame)."""
    left, top, width, height = box
    frame = (f'<a:xfrm><a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/>'
             f'<a:chOff x="{left}" y="{top}"/><a:chExt cx="{width}" cy="{height}"/></a:xfrm>')
    return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name="Group {shape_id}"/>'
            f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>{frame}</p:grpSpPr>"
            f"{members}</p:grpSp>")


class Sink:
    """The slide's new shapes as text, in drawing order, parsed once by :meth:`flush`
    (before python-pptx adds anything itself, so the stacking order stays the PDF's)."""

    def __init__(self, slide) -> None:
        self.tree_shapes = slide.shapes
        self.tree = slide.shapes._spTree
        self._next = self.tree.max_shape_id + 1
        self._pending: list[str] = []

    def new_id(self) -> int:
        self._next += 1
        return self._next - 1

    def add(self, xml: str) -> None:
        self._pending.append(xml)

    def flush(self) -> None:
        if not self._pending:
            return
        parsed = parse_xml(f"<p:spTree {_DECLARE}>{''.join(self._pending)}</p:spTree>")
        self._pending.clear()
        end = self.tree.find(qn("p:extLst"))
        for child in list(parsed):
            if end is None:
                self.tree.append(child)
            else:
                end.addprevious(child)
        self._next = self.tree.max_shape_id + 1


class Members:
    """Shapes to be grouped: ids from the slide's sink, text kept apart until grouped."""

    def __init__(self, sink: Sink) -> None:
        self.new_id = sink.new_id
        self.parts: list[str] = []

    def add(self, xml: str) -> None:
        self.parts.append(xml)


def paragraphs_into(frame_element, paragraphs: str) -> None:
    """Replace the paragraphs of a text body (a placeholder's, a table cell's)."""
    for old in frame_element.findall(qn("a:p")):
        frame_element.remove(old)
    parsed = parse_xml(f"<p:txBody {_DECLARE}>{paragraphs}</p:txBody>")
    for child in list(parsed):
        frame_element.append(child)
