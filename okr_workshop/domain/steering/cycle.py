"""The cycle's span and a key result's way, as the steering modules read them.

A workshop's cycle dates may be missing (a workshop typed in a hurry, an old library): the
steering code then assumes the usual 13-week cycle, so every function answers something
sensible instead of refusing.
"""

from __future__ import annotations

from datetime import date, timedelta

from okr_workshop.domain.model import Direction, KeyResult, Workshop

CYCLE_WEEKS = 13  # a quarter, the usual OKR cycle (Koan's 13-week graph)


def next_monday(day: date) -> date:
    """``day`` if it is a Monday, else the Monday after it."""
    return day + timedelta(days=-day.weekday() % 7)


def cycle_span(workshop: Workshop, today: date) -> tuple[date, date]:
    """(first day, last day) of the cycle; a missing start is the Monday on or after
    ``today`` (or 13 weeks before a known end), a missing end 13 weeks after the start."""
    start, end = workshop.cycle_start, workshop.cycle_end
    if start is None:
        start = next_monday(today)
        if end is not None and start > end:
            start = end - timedelta(weeks=CYCLE_WEEKS) + timedelta(days=1)
    if end is None:
        end = start + timedelta(weeks=CYCLE_WEEKS) - timedelta(days=1)
    return start, end


def way(key_result: KeyResult) -> Direction | None:
    """The direction, else the one the numbers say (target above the baseline: increase);
    None when nothing says which way is better."""
    if key_result.direction is not None:
        return key_result.direction
    aimed = key_result.aimed_target()
    if aimed is None or key_result.baseline is None or aimed == key_result.baseline:
        return None
    return Direction.INCREASE if aimed > key_result.baseline else Direction.DECREASE


def reached(value: float, aimed: float, direction: Direction) -> bool:
    """Whether ``value`` is on the right side of ``aimed`` (a threshold held, a target met)."""
    if direction in (Direction.INCREASE, Direction.AT_LEAST):
        return value >= aimed
    return value <= aimed


def milestone_done(value: float) -> bool:
    """A milestone's check-in holds 1.0 (done) or 0.0 (not yet); read anything ≥ 0.5 as done."""
    return value >= 0.5
