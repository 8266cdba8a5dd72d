"""One chart of a key result, as data: what the window and the deck both draw.

:func:`kr_chart` turns a key result, its check-ins and the cycle into numbers and dates
only — no drawing — so the two renderers (QPainter in ``ui/widgets/kr_chart.py``, reportlab
graphics in ``export/charts.py``) cannot disagree on what the chart says. They lay it out
with the same :mod:`.chart_scene`.

Decisions worth knowing:

* **Time** runs from the cycle start (else the first check-in) to the due date or the cycle
  end (else 13 weeks on), widened to hold every check-in and the whole cycle.
* **Gaps**: a slot is one period of the check-in ritual (a week by default, a month for a
  monthly check-in) from the chart's start. Two check-ins more than one slot apart are not
  joined: a missed check-in shows as a gap, not a line through.
* **The expected line** is pace's (:func:`~.pace.expected_value` on :func:`~.pace.line_span`):
  baseline on the first day to the aimed target on the last. A threshold ("at most 2") has
  no line, only its level; a milestone neither.
* **Values** keep their sign: the axis holds every value, the baseline, the target and the
  line, and zero whenever the values touch or cross it. Ticks are "nice" (1, 2, 2.5, 5 × 10ⁿ),
  so zero is always a tick when it is in range.
* **Falling targets** (decrease, at most) keep a numeric axis, low at the bottom; the chart
  says "lower is better" rather than turning the axis upside down.
* **Confidence** (0–10) is a second series on its own fixed axis, with the same gaps.
* A **milestone** is a step from "not yet" (0) to "done" (1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from okr_workshop.domain.enums import Direction
from okr_workshop.domain.model import KeyResult, Workshop
from okr_workshop.domain.steering.cycle import CYCLE_WEEKS, way
from okr_workshop.domain.steering.due import check_in_period
from okr_workshop.domain.steering.pace import THRESHOLDS, expected_value, line_span

CONFIDENCE_TICKS = (0.0, 2.0, 4.0, 6.0, 8.0, 10.0)
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
TICK_COUNT = 5  # about this many ticks on the value axis: readable from the back row
# The axis never reaches past this (a value stored before the import and window limits, up
# to 1.8E308, would make its span infinite): such a value is drawn at the edge.
EDGE = 1e300


@dataclass(frozen=True)
class Point:
    on: date
    value: float


@dataclass(frozen=True)
class Axis:
    """A numeric axis: ``low`` at the bottom, ``high`` at the top, ticks in between."""

    low: float
    high: float
    ticks: tuple[float, ...]

    def share(self, value: float) -> float:
        """Where ``value`` sits, 0.0 at the bottom to 1.0 at the top (a value beyond
        :data:`EDGE` at the edge)."""
        return (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)


@dataclass(frozen=True)
class KrChart:
    """Everything a key result's chart shows. ``start``/``end`` is None when nothing dates
    the chart (no cycle dates and no check-in): the renderers then say "no check-in yet"."""

    start: date | None
    end: date | None
    weeks: tuple[date, ...]  # the week slots' first days, for the grid and the labels
    values: Axis
    runs: tuple[tuple[Point, ...], ...]  # joined check-ins; a gap between two runs
    confidence: tuple[tuple[Point, ...], ...]  # same runs, confidence 0–10
    expected: tuple[Point, Point] | None
    baseline: float | None
    target: float | None  # the aimed target
    unit: str
    lower_is_better: bool
    threshold: bool  # a level to hold all along (at least / at most): no expected line
    milestone: bool  # values 0 (not yet) / 1 (done), drawn as steps
    confidence_axis: Axis = Axis(0.0, 10.0, CONFIDENCE_TICKS)

    @property
    def empty(self) -> bool:
        return not self.runs

    def day_share(self, on: date) -> float:
        """Where ``on`` sits on the time axis, 0.0 at the start to 1.0 at the end."""
        if self.start is None or self.end is None or self.end <= self.start:
            return 0.0
        return (on - self.start).days / (self.end - self.start).days


def kr_chart(workshop: Workshop, kr: KeyResult) -> KrChart:
    check_ins = sorted(kr.check_ins, key=lambda c: c.on)
    span = _time_span(workshop, kr)
    lower = way(kr) in (Direction.DECREASE, Direction.AT_MOST)
    threshold = not kr.milestone and kr.direction in THRESHOLDS
    aimed = None if kr.milestone else kr.aimed_target()
    baseline = None if kr.milestone else kr.baseline
    expected = None
    line = line_span(workshop, kr)
    if line is not None and not threshold and not kr.milestone:
        first, last = (expected_value(workshop, kr, day) for day in line)
        if first is not None and last is not None:
            expected = (Point(line[0], first), Point(line[1], last))
    if kr.milestone:
        values = [1.0 if c.value >= 0.5 else 0.0 for c in check_ins]
        axis = Axis(0.0, 1.0, (0.0, 1.0))
    else:
        values = [c.value for c in check_ins]
        levels = values + [v for v in (baseline, aimed) if v is not None]
        if expected is not None:
            levels += [expected[0].value, expected[1].value]
        axis = nice_axis(levels)
    points = [Point(c.on, v) for c, v in zip(check_ins, values, strict=True)]
    period = check_in_period(workshop)
    confidences = [Point(c.on, float(c.confidence)) for c in check_ins]
    start = span[0] if span else None
    return KrChart(
        start=start, end=span[1] if span else None,
        weeks=_weeks(span) if span else (),
        values=axis, runs=_runs(points, start, period),
        confidence=_runs(confidences, start, period),
        expected=expected, baseline=baseline, target=aimed, unit=kr.unit,
        lower_is_better=lower, threshold=threshold, milestone=kr.milestone,
    )


def _time_span(workshop: Workshop, kr: KeyResult) -> tuple[date, date] | None:
    days = [c.on for c in kr.check_ins]
    line = line_span(workshop, kr)
    if line is None:
        if kr.due is None:
            return None  # no cycle start, no check-in: nothing dates the chart
        line = (kr.due - timedelta(weeks=CYCLE_WEEKS, days=-1), kr.due)
    known = [*line, *days, *(d for d in (workshop.cycle_start, workshop.cycle_end) if d)]
    start, end = min(known), max(known)
    if end <= start:
        end = start + timedelta(days=7)  # a single day: one week of room
    return start, end


def _weeks(span: tuple[date, date]) -> tuple[date, ...]:
    start, end = span
    count = (end - start).days // 7 + 1
    return tuple(start + timedelta(weeks=n) for n in range(count))


def _runs(points: list[Point], start: date | None, period: int
          ) -> tuple[tuple[Point, ...], ...]:
    """Points cut where a whole slot of ``period`` days has no check-in."""
    if not points or start is None:
        return ()
    runs: list[list[Point]] = [[points[0]]]
    for point in points[1:]:
        previous = runs[-1][-1]
        if _slot(point.on, start, period) - _slot(previous.on, start, period) > 1:
            runs.append([])
        runs[-1].append(point)
    return tuple(tuple(run) for run in runs)


def _slot(on: date, start: date, period: int) -> int:
    return (on - start).days // period


def nice_axis(levels: list[float], count: int = TICK_COUNT) -> Axis:
    """An axis holding every level, with round ticks; zero kept in when the levels touch
    or cross it, or when they all sit close above (or below) it."""
    if not levels:
        return Axis(0.0, 1.0, (0.0, 0.5, 1.0))
    low = max(-EDGE, min(EDGE, min(levels)))
    high = max(-EDGE, min(EDGE, max(levels)))
    if low >= 0 and low <= 0.25 * high:
        low = 0.0
    elif high <= 0 and high >= 0.25 * low:
        high = 0.0
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
        if low < 0 <= min(levels):
            low = 0.0
    step = nice_step((high - low) / (count - 1))
    first = math.floor(low / step + 1e-9) * step
    last = math.ceil(high / step - 1e-9) * step
    digits = max(0, -math.floor(math.log10(step)) + 1)
    ticks = tuple(round(first + n * step, digits) + 0.0
                  for n in range(round((last - first) / step) + 1))
    return Axis(ticks[0], ticks[-1], ticks)


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at least ``raw``."""
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in _NICE_STEPS if m * magnitude >= raw * (1 - 1e-9))
