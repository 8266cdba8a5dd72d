"""A key result's chart laid out once, as plain shapes both renderers copy.

:func:`chart_scene` places a :class:`~.chart_geometry.KrChart` in a box of ``width`` × ``height``
(origin top left, y down, units = the renderer's: pixels or points) as strokes, marks,
labels and boxes. ``ui/widgets/kr_chart.py`` paints them with QPainter and
``export/charts.py`` with reportlab graphics, so the window and the deck look the same.

Made for a projector: thick lines, large labels, the Okabe–Ito palette (safe for the
common colour blindnesses), and nothing said by colour alone — every series has its own
line pattern and mark, and its name in the legend and at its end.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from okr_workshop.domain.steering.chart_geometry import Axis, KrChart, Point

# Okabe–Ito: told apart with deuteranopia, protanopia and tritanopia.
VALUES = "#0072B2"  # blue
TARGET = "#009E73"  # bluish green
CONFIDENCE = "#D55E00"  # vermillion
EXPECTED = "#4B5563"  # grey: a reference, not a measure
BASELINE = "#6B7280"
GRID = "#D9DEE5"
TEXT = "#1F2937"
MUTED = "#4B5563"

# A status is never colour alone: each has its symbol and its word beside the colour.
STATUS_COLOURS = {"on_track": "#009E73", "at_risk": "#E69F00", "off_track": "#D55E00",
                  "none": "#8A929E"}
STATUS_SYMBOLS = {"on_track": "✓", "at_risk": "!", "off_track": "✗", "none": "–"}

CHAR_WIDTH = 0.58  # average advance of a character, in font sizes (layout only)


@dataclass(frozen=True)
class Stroke:
    """A line through ``points``; with ``pairs``, separate segments (point 0–1, 2–3…), as
    one shape: the grid is drawn in one go."""

    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    dash: tuple[float, ...] = ()
    pairs: bool = False


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    shape: str  # "circle" | "square"
    colour: str
    size: float


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the text's baseline
    text: str
    size: float
    colour: str = TEXT
    anchor: str = "start"  # "start" | "middle" | "end"
    bold: bool = False


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    colour: str


Shape = Stroke | Mark | Label | Box


@dataclass(frozen=True)
class ChartWords:
    """The chart's words in the renderer's language, and how it writes numbers and days."""

    values: str
    expected: str
    target: str
    baseline: str
    confidence: str
    lower_is_better: str
    higher_is_better: str
    done: str
    not_yet: str
    no_check_in: str
    number: Callable[[float, str], str]  # (value, unit) → "1 200 €"
    day: Callable[[date], str]  # a short day: "3 Mar"


@dataclass
class Scene:
    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [s.text for s in self.shapes if isinstance(s, Label)]


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def chart_scene(chart: KrChart, words: ChartWords, width: float, height: float,
                size: float = 14.0) -> Scene:
    """The chart in ``width`` × ``height`` with text of ``size``; lines scale with it."""
    scene = Scene(width, height)
    k = size / 14.0
    legend_bottom = _legend(scene, chart, words, size, k)
    if chart.empty or chart.start is None:
        scene.shapes.append(Label(width / 2, (legend_bottom + height) / 2, words.no_check_in,
                                  size * 1.1, MUTED, "middle"))
        return scene
    ticks = _value_tick_texts(chart, words)
    left = max(text_width(t, size) for t in ticks) + 12 * k
    right = width - (text_width("10", size) + 14 * k)
    top, bottom = legend_bottom + 10 * k, height - size * 1.9
    plot = _Plot(left, top, right, bottom, chart)
    _grid(scene, plot, chart, ticks, words, size, k)
    _references(scene, plot, chart, words, size, k)
    _series(scene, plot, chart.confidence, chart.confidence_axis, CONFIDENCE, 2.5 * k,
            "square", 9 * k, (), steps=False)
    _series(scene, plot, chart.runs, chart.values, VALUES, 4.5 * k, "circle", 11 * k, (),
            steps=chart.milestone)
    last = chart.runs[-1][-1]
    x, y = plot.x(last.on), plot.y(last.value, chart.values)
    text = (words.done if last.value else words.not_yet) if chart.milestone else \
        words.number(last.value, chart.unit)
    anchor = "end" if x > (left + right) / 2 else "start"
    shift = -10 * k if anchor == "end" else 10 * k
    above = y - 12 * k if y - 12 * k - size > top else y + size + 10 * k
    big = size * 1.15
    wide = text_width(text, big) + 8 * k
    # On a white box: the latest value stays readable over the grid and the other series.
    scene.shapes.append(Box(x + shift - (wide - 4 * k if anchor == "end" else 4 * k),
                            above - big, wide, big * 1.3, "#FFFFFF"))
    scene.shapes.append(Label(x + shift, above, text, big, VALUES, anchor, True))
    return scene


@dataclass(frozen=True)
class _Plot:
    left: float
    top: float
    right: float
    bottom: float
    chart: KrChart

    def x(self, on: date) -> float:
        return self.left + (self.right - self.left) * self.chart.day_share(on)

    def y(self, value: float, axis: Axis) -> float:
        return self.bottom - (self.bottom - self.top) * axis.share(value)


def _legend(scene: Scene, chart: KrChart, words: ChartWords, size: float, k: float) -> float:
    """The legend along the top, wrapped to the width; returns where it ends."""
    entries: list[tuple[str, str, tuple[float, ...], str | None]] = [
        (words.values, VALUES, (), "circle")]
    if chart.expected is not None:
        entries.append((words.expected, EXPECTED, (10 * k, 6 * k), None))
    if chart.target is not None:
        target = f"{words.target} {words.number(chart.target, chart.unit)}"
        entries.append((target, TARGET, (16 * k, 5 * k, 3 * k, 5 * k), None))
    if chart.baseline is not None and not chart.threshold:
        baseline = f"{words.baseline} {words.number(chart.baseline, chart.unit)}"
        entries.append((baseline, BASELINE, (3 * k, 5 * k), None))
    entries.append((words.confidence, CONFIDENCE, (), "square"))
    if not chart.milestone and chart.target is not None:
        way = words.lower_is_better if chart.lower_is_better else words.higher_is_better
        entries.append(("↓ " + way if chart.lower_is_better else "↑ " + way, "", (), None))
    x, line = 0.0, size * 1.2
    for text, colour, dash, mark in entries:
        swatch = 34 * k if colour else 0.0
        needed = swatch + text_width(text, size) + 22 * k
        if x and x + needed > scene.width:
            x, line = 0.0, line + size * 1.6
        middle = line - size * 0.35
        if colour:
            scene.shapes.append(Stroke(((x, middle), (x + 28 * k, middle)), colour, 3.5 * k,
                                       dash))
        if mark:
            scene.shapes.append(Mark(x + 14 * k, middle, mark, colour, 9 * k))
        # The way to read the chart is bold: it is what the room must not miss.
        scene.shapes.append(Label(x + swatch, line, text, size, TEXT, "start", not colour))
        x += needed
    return line + size * 0.4


def _value_tick_texts(chart: KrChart, words: ChartWords) -> list[str]:
    if chart.milestone:
        return [words.not_yet, words.done]
    return [words.number(t, "") for t in chart.values.ticks]


def _spaced(heights: list[float], size: float) -> set[int]:
    """The indexes of the axis numbers to write: the first and the last, and between them
    those at least a line of text away from the last one written and from the end."""
    if len(heights) <= 2:
        return set(range(len(heights)))
    kept, last = {0}, heights[0]
    for index in range(1, len(heights) - 1):
        if abs(heights[index] - last) >= size and abs(heights[-1] - heights[index]) >= size:
            kept.add(index)
            last = heights[index]
    if abs(heights[-1] - heights[0]) >= size:
        kept.add(len(heights) - 1)
    return kept


def _grid(scene: Scene, plot: _Plot, chart: KrChart, ticks: list[str], words: ChartWords,
          size: float, k: float) -> None:
    shapes = scene.shapes
    grid: list[tuple[float, float]] = []
    zero: list[tuple[float, float]] = []
    # On a short chart (a window at scale 1.5) the numbers of an axis would pile up
    # (« 3 2,5 2 1,5 »): a number too close to the last one written is left out, its grid
    # line kept; the axis says where it starts and, given a line of room, where it ends.
    labelled = _spaced([plot.y(tick, chart.values) for tick in chart.values.ticks], size)
    for index, (tick, text) in enumerate(zip(chart.values.ticks, ticks, strict=True)):
        y = plot.y(tick, chart.values)
        # Zero inside the axis is a darker line: negatives read as below it.
        (zero if tick == 0 and chart.values.low < 0 else grid).extend(
            [(plot.left, y), (plot.right, y)])
        if index in labelled:
            shapes.append(Label(plot.left - 8 * k, y + size * 0.35, text, size, TEXT, "end"))
    confidence_ticks = (0.0, 5.0, 10.0)
    heights = [plot.y(tick, chart.confidence_axis) for tick in confidence_ticks]
    for index in sorted(_spaced(heights, size)):
        shapes.append(Label(plot.right + 8 * k, heights[index] + size * 0.35,
                            words.number(confidence_ticks[index], ""), size, CONFIDENCE))
    # As many day labels as fit side by side with a gap, on whole weeks.
    days = [words.day(week) for week in chart.weeks]
    room = max(text_width(day, size) for day in days) + 16 * k
    week_width = (plot.right - plot.left) / max(len(chart.weeks), 1)
    every = max(1, math.ceil(room / max(week_width, 1.0)))
    for index, week in enumerate(chart.weeks):
        x = plot.x(week)
        grid.extend([(x, plot.top), (x, plot.bottom)])
        if index % every == 0 and x < plot.right - room / 2:
            shapes.append(Label(x, plot.bottom + size * 1.4, days[index], size, MUTED,
                                "middle"))
    shapes.insert(0, Stroke(tuple(grid), GRID, 1.0 * k, pairs=True))
    if zero:
        shapes.append(Stroke(tuple(zero), MUTED, 2.0 * k))
    shapes.append(Stroke(((plot.left, plot.bottom), (plot.right, plot.bottom)), MUTED, 1.5 * k))
    shapes.append(Stroke(((plot.left, plot.top), (plot.left, plot.bottom)), MUTED, 1.5 * k))


def _references(scene: Scene, plot: _Plot, chart: KrChart, words: ChartWords, size: float,
                k: float) -> None:
    shapes = scene.shapes
    if chart.baseline is not None and not chart.threshold:
        y = plot.y(chart.baseline, chart.values)
        shapes.append(Stroke(((plot.left, y), (plot.right, y)), BASELINE, 2.5 * k,
                             (3 * k, 5 * k)))
    if chart.target is not None:
        y = plot.y(chart.target, chart.values)
        shapes.append(Stroke(((plot.left, y), (plot.right, y)), TARGET, 3 * k,
                             (16 * k, 5 * k, 3 * k, 5 * k)))
    if chart.expected is not None:
        first, last = chart.expected
        shapes.append(Stroke(((plot.x(first.on), plot.y(first.value, chart.values)),
                              (plot.x(last.on), plot.y(last.value, chart.values))),
                             EXPECTED, 3 * k, (10 * k, 6 * k)))


def _series(scene: Scene, plot: _Plot, runs: tuple[tuple[Point, ...], ...], axis: Axis,
            colour: str, width: float, shape: str, mark: float, dash: tuple[float, ...],
            steps: bool) -> None:
    for run in runs:
        points: list[tuple[float, float]] = []
        for point in run:
            x, y = plot.x(point.on), plot.y(point.value, axis)
            if steps and points:
                points.append((x, points[-1][1]))  # a milestone holds until it changes
            points.append((x, y))
        if len(points) > 1:
            scene.shapes.append(Stroke(tuple(points), colour, width, dash))
        for point in run:
            scene.shapes.append(Mark(plot.x(point.on), plot.y(point.value, axis), shape,
                                     colour, mark))
