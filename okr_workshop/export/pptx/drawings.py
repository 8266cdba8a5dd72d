"""A reportlab ``Drawing`` (a chart, a matrix, a timeline, a diagram) as native shapes:
rectangles, ovals, lines, freeforms and text boxes a person can select and edit.

Groups may move, scale or rotate what they hold: every point goes through the same affine
matrix reportlab's renderer uses. Curves become short straight segments (PowerPoint's
freeforms here have lines only); a shape kind the deck does not use raises.
"""

from __future__ import annotations

import math

from reportlab.graphics import shapes as rl

from okr_workshop.export.fonts import REGULAR, typed
from okr_workshop.export.pptx import xml
from okr_workshop.export.pptx.place import Place, hex_of
from okr_workshop.export.pptx.recorder import Text, UnsupportedContent
from okr_workshop.export.pptx.shapes import add_text, line_of, text_box

Matrix = tuple[float, float, float, float, float, float]
_CURVE_STEPS = 12


def _times(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _upright(m: Matrix) -> bool:
    return abs(m[1]) < 1e-9 and abs(m[2]) < 1e-9


def _scale(m: Matrix) -> float:
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def add_drawing(sink: xml.Sink, drawing: rl.Drawing, x: float, y: float,
                place: Place) -> None:
    """The drawing's shapes, grouped: the chart moves and resizes as one."""
    start = _times((1, 0, 0, 1, x, y), tuple(drawing.transform))
    members = xml.Members(sink)
    for node in drawing.contents:
        _node(members, node, start, place)
    if members.parts:
        box = place.box(x, y, drawing.width, drawing.height)
        sink.add(xml.group(sink.new_id(), box, "".join(members.parts)))


def _node(shapes, node, m: Matrix, place: Place) -> None:
    if isinstance(node, rl.Group):
        inner = _times(m, tuple(node.transform))
        for child in node.contents:
            _node(shapes, child, inner, place)
    elif isinstance(node, rl.Rect):
        _rect(shapes, node, m, place)
    elif isinstance(node, rl.Circle | rl.Ellipse):
        _oval(shapes, node, m, place)
    elif isinstance(node, rl.Line):
        _line(shapes, node, m, place)
    elif isinstance(node, rl.Polygon):  # before PolyLine: not a subclass, but be explicit
        _freeform(shapes, [_pairs(node.points)], [True], node, m, place)
    elif isinstance(node, rl.PolyLine):
        _freeform(shapes, [_pairs(node.points)], [False], node, m, place)
    elif isinstance(node, rl.Path):
        contours, closed = _contours(node)
        _freeform(shapes, contours, closed, node, m, place)
    elif isinstance(node, rl.String):
        _string(shapes, node, m, place)
    else:
        raise UnsupportedContent(
            f"the PowerPoint export does not know the drawing shape {type(node).__name__}: "
            "use Rect, Line, PolyLine, Polygon, Circle, String, Path or Group")


def _pairs(flat) -> list[tuple[float, float]]:
    return list(zip(flat[::2], flat[1::2], strict=True))


def _colours(node) -> tuple[str | None, str | None, float]:
    fill = hex_of(getattr(node, "fillColor", None))
    stroke = hex_of(getattr(node, "strokeColor", None))
    return fill, stroke, getattr(node, "strokeWidth", 1) or 0


def _line_of(node, m: Matrix, place: Place) -> str:
    _, stroke, width = _colours(node)
    dashes = getattr(node, "strokeDashArray", None)
    if dashes and isinstance(dashes, list | tuple) and len(dashes) == 2 \
            and isinstance(dashes[1], list | tuple):
        dashes = dashes[1]  # reportlab's (phase, [on, off, …]) form
    return line_of(stroke, width * _scale(m), place,
                   [d * _scale(m) for d in dashes] if dashes else None)


def _rect(shapes, node: rl.Rect, m: Matrix, place: Place) -> None:
    corners = [(node.x, node.y), (node.x + node.width, node.y),
               (node.x + node.width, node.y + node.height), (node.x, node.y + node.height)]
    if not _upright(m):
        _freeform(shapes, [corners], [True], node, m, place)
        return
    (x1, y1), (x2, y2) = _apply(m, *corners[0]), _apply(m, *corners[2])
    left, bottom, width, height = min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)
    radius = max(node.rx or 0, node.ry or 0) * _scale(m)
    adjust = min(radius / min(width, height), 0.5) if radius and min(width, height) else None
    shapes.add(xml.auto_shape(shapes.new_id(), "roundRect" if adjust else "rect",
                              place.box(left, bottom, width, height), _colours(node)[0],
                              _line_of(node, m, place), adjust))


def _oval(shapes, node, m: Matrix, place: Place) -> None:
    rx = node.r if isinstance(node, rl.Circle) else node.rx
    ry = node.r if isinstance(node, rl.Circle) else node.ry
    if not _upright(m):
        steps = [2 * math.pi * i / 48 for i in range(48)]
        points = [(node.cx + rx * math.cos(t), node.cy + ry * math.sin(t)) for t in steps]
        _freeform(shapes, [points], [True], node, m, place)
        return
    (x1, y1), (x2, y2) = _apply(m, node.cx - rx, node.cy - ry), _apply(m, node.cx + rx,
                                                                       node.cy + ry)
    box = min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)
    shapes.add(xml.auto_shape(shapes.new_id(), "ellipse", place.box(*box), _colours(node)[0],
                              _line_of(node, m, place)))


def _line(shapes, node: rl.Line, m: Matrix, place: Place) -> None:
    begin = place.point(*_apply(m, node.x1, node.y1))
    end = place.point(*_apply(m, node.x2, node.y2))
    shapes.add(xml.connector(shapes.new_id(), begin, end, _line_of(node, m, place)))


def _contours(path: rl.Path) -> tuple[list[list[tuple[float, float]]], list[bool]]:
    """A path's sub-paths as point lists (curves flattened) and whether each is closed."""
    contours: list[list[tuple[float, float]]] = []
    closed: list[bool] = []
    points = _pairs(path.points)
    index = 0
    for operator in path.operators:
        if operator == rl._MOVETO:
            contours.append([points[index]])
            closed.append(False)
            index += 1
        elif operator == rl._LINETO:
            contours[-1].append(points[index])
            index += 1
        elif operator == rl._CURVETO:
            start = contours[-1][-1]
            c1, c2, end = points[index:index + 3]
            contours[-1] += [_bezier(start, c1, c2, end, i / _CURVE_STEPS)
                             for i in range(1, _CURVE_STEPS + 1)]
            index += 3
        elif operator == rl._CLOSEPATH:
            closed[-1] = True
    return contours, closed


def _bezier(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1])


def _freeform(shapes, contours, closed, node, m: Matrix, place: Place) -> None:
    contours = [[place.point(*_apply(m, x, y)) for x, y in c] for c in contours if len(c) > 1]
    if not contours:
        return
    fill = _colours(node)[0] if any(closed) else None
    shapes.add(xml.freeform(shapes.new_id(), contours, closed[:len(contours)], fill,
                            _line_of(node, m, place)))


def _string(shapes, node: rl.String, m: Matrix, place: Place) -> None:
    size = node.fontSize * _scale(m)
    anchor = {"start": "start", "middle": "middle", "end": "end"}.get(node.textAnchor,
                                                                       "start")
    x, y = _apply(m, node.x, node.y)
    item = Text(typed(node.text), x, y, node.fontName or REGULAR, size, node.fillColor, anchor,
                "content")
    angle = math.degrees(math.atan2(m[1], m[0]))
    if abs(angle) < 0.01:
        add_text(shapes, item, place)
        return
    # Rotated: the unrotated box turned about its centre, which the matrix carries along.
    left, bottom, width, height = text_box(item)
    dx, dy = left + width / 2 - x, bottom + height / 2 - y
    turn = math.radians(angle)
    cx = x + dx * math.cos(turn) - dy * math.sin(turn)
    cy = y + dx * math.sin(turn) + dy * math.cos(turn)
    item.x, item.y = item.x + cx - (left + width / 2), item.y + cy - (bottom + height / 2)
    add_text(shapes, item, place, rotation=-angle % 360)
