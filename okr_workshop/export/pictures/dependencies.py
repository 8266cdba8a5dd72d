"""The dependencies between teams as a diagram: teams as boxes around an ellipse, an arrow
from the team that depends to the team it depends on, each arrow carrying the numbers of its
dependencies (the legend under the diagram says each one in full).

With many teams in play the boxes are departments instead (an arrow then stands for every
dependency between their teams), so the picture stays legible at 18 pt. A box's name is
shortened to two lines; the legend holds it whole.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect
from reportlab.lib.utils import simpleSplit

from okr_workshop.export import theme
from okr_workshop.export.fonts import BOLD
from okr_workshop.export.pictures.text import (
    ELLIPSIS,
    PICTURE_TEXT,
    add_text,
    fitted,
    new_drawing,
    text_width,
)

MOST_BOXES = 10  # beyond, the boxes are departments
BOX_HEIGHT = 56.0
LEADING = 21.0
ARROW = theme.ACCENT  # 5.5:1 on white
BADGE = 15.0  # radius of a number's disc


@dataclass(frozen=True)
class Node:
    key: str
    name: str


@dataclass(frozen=True)
class Edge:
    source: str  # the node that depends
    target: str  # the node it depends on
    numbers: tuple[int, ...]


def _lines(name: str, width: float) -> list[str]:
    """The name on at most two lines of ``width``, the second shortened with "…"."""
    flat = " ".join(name.split())
    broken = simpleSplit(flat, BOLD, PICTURE_TEXT, width) or [""]
    if len(broken) == 1:
        return [fitted(broken[0], width, bold=True)]
    first = fitted(broken[0], width, bold=True)
    rest = flat[len(broken[0]):].strip() if first == broken[0] else ""
    second = fitted(rest, width, bold=True) if rest else ""
    return [first, second] if second else [first if first.endswith(ELLIPSIS)
                                           else first + ELLIPSIS]


def _positions(count: int, width: float, height: float, box: float
               ) -> list[tuple[float, float]]:
    """Box centres on an ellipse, the first at the top, clockwise."""
    if count == 1:
        return [(width / 2, height / 2)]
    rx, ry = (width - box) / 2, (height - BOX_HEIGHT) / 2
    turn = math.pi / 2 if count == 2 else 0.0  # two boxes side by side, not stacked
    return [(width / 2 + rx * math.sin(2 * math.pi * i / count + turn),
             height / 2 + ry * math.cos(2 * math.pi * i / count + turn))
            for i in range(count)]


def _edge_point(centre: tuple[float, float], towards: tuple[float, float], half_w: float,
                half_h: float) -> tuple[float, float]:
    """Where the line from ``centre`` to ``towards`` leaves the box around ``centre``."""
    dx, dy = towards[0] - centre[0], towards[1] - centre[1]
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return centre[0] + dx * scale, centre[1] + dy * scale


def around(nodes: list[Node], edges: list[Edge]) -> list[Node]:
    """The nodes in an order that puts linked ones side by side on the ellipse (a walk
    through the links, depth first, from the best-linked), so few arrows cross."""
    links: dict[str, list[str]] = {n.key: [] for n in nodes}
    for edge in edges:
        links[edge.source].append(edge.target)
        links[edge.target].append(edge.source)
    by_key = {n.key: n for n in nodes}
    order: list[str] = []
    for start in sorted(links, key=lambda k: -len(links[k])):
        stack = [start]
        while stack:
            key = stack.pop()
            if key in order:
                continue
            order.append(key)
            stack += [k for k in reversed(links[key]) if k not in order]
    return [by_key[k] for k in order]


def dependency_diagram(nodes: list[Node], edges: list[Edge], width: float,
                       height: float) -> Drawing:
    drawing = new_drawing(width, height)
    nodes = around(nodes, edges)
    count = len(nodes)
    box = min(220.0, max(130.0, 2 * math.pi * (width / 2) / max(count, 1) * 0.55))
    if count == 2:
        box = 260.0
    centres = dict(zip((n.key for n in nodes), _positions(count, width, height, box),
                       strict=True))
    pairs = {(e.source, e.target) for e in edges}
    for edge in edges:
        _arrow(drawing, centres[edge.source], centres[edge.target], box,
               (edge.target, edge.source) in pairs, edge.numbers)
    for node in nodes:
        x, y = centres[node.key]
        drawing.add(Rect(x - box / 2, y - BOX_HEIGHT / 2, box, BOX_HEIGHT, rx=8, ry=8,
                         fillColor=theme.WHITE, strokeColor=theme.TEXT, strokeWidth=1.5))
        lines = _lines(node.name, box - 16)
        top = y + (len(lines) - 1) * LEADING / 2 - PICTURE_TEXT * 0.35
        for index, line in enumerate(lines):
            add_text(drawing, x, top - index * LEADING, line, theme.TEXT, bold=True,
                     anchor="middle")
    return drawing


def _arrow(drawing: Drawing, start: tuple[float, float], end: tuple[float, float],
           box: float, both_ways: bool, numbers: tuple[int, ...]) -> None:
    if both_ways:  # two arrows between the same boxes: side by side, not on top
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = math.hypot(dx, dy) or 1.0
        shift = 9.0
        nx, ny = -dy / length * shift, dx / length * shift
        start, end = (start[0] + nx, start[1] + ny), (end[0] + nx, end[1] + ny)
    a = _edge_point(start, end, box / 2, BOX_HEIGHT / 2)
    b = _edge_point(end, start, box / 2 + 2, BOX_HEIGHT / 2 + 2)
    drawing.add(Line(a[0], a[1], b[0], b[1], strokeColor=ARROW, strokeWidth=2.5))
    angle = math.atan2(b[1] - a[1], b[0] - a[0])
    size = 13.0
    left = (b[0] - size * math.cos(angle - 0.4), b[1] - size * math.sin(angle - 0.4))
    right = (b[0] - size * math.cos(angle + 0.4), b[1] - size * math.sin(angle + 0.4))
    drawing.add(Polygon([b[0], b[1], *left, *right], fillColor=ARROW, strokeColor=ARROW,
                        strokeWidth=1))
    label = ", ".join(str(n) for n in numbers) if len(numbers) <= 3 else \
        f"{numbers[0]}–{numbers[-1]}" if list(numbers) == list(range(numbers[0],
                                                                       numbers[-1] + 1)) \
        else f"×{len(numbers)}"
    # Nearer the start than the end: the numbers of two opposite arrows do not meet.
    share = 0.35 if both_ways else 0.5
    mx, my = a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share
    label_width = text_width(label, bold=True)
    if label_width <= BADGE * 1.4:
        drawing.add(Circle(mx, my, BADGE, fillColor=theme.WHITE, strokeColor=ARROW,
                           strokeWidth=2))
    else:
        w = label_width + 14
        drawing.add(Rect(mx - w / 2, my - BADGE, w, 2 * BADGE, rx=BADGE, ry=BADGE,
                         fillColor=theme.WHITE, strokeColor=ARROW, strokeWidth=2))
    add_text(drawing, mx, my - PICTURE_TEXT * 0.35, label, theme.TEXT, bold=True,
             anchor="middle")
