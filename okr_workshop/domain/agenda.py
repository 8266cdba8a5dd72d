"""The run sheet: the workshop's session line by line (steps and breaks), with the minutes
planned for each, when each line starts by the clock and the real time spent per step.

A workshop with no run sheet of its own follows the default one (:func:`default_agenda`);
the first edit, or the first time the step timer records time, stores it. Steering comes
after the workshop (the weekly check-ins, over the cycle): it is not on a session's default
run sheet, and the timer does not count it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.room import AgendaItem

# The minutes each step of the session gets unless the coach plans otherwise (issue 15).
DEFAULT_MINUTES: dict[Step, int] = {
    Step.SETUP: 10,
    Step.VISION: 10,
    Step.CONTRIBUTIONS: 20,
    Step.FOCUS: 15,
    Step.KEY_RESULTS: 30,
    Step.REVIEW: 15,
    Step.RESTITUTION: 10,
}
SESSION_STEPS: tuple[Step, ...] = tuple(DEFAULT_MINUTES)
DAY_MINUTES = 24 * 60


def default_agenda() -> tuple[AgendaItem, ...]:
    return tuple(
        AgendaItem(step=step, planned_minutes=minutes, position=index)
        for index, (step, minutes) in enumerate(DEFAULT_MINUTES.items())
    )


def run_sheet_items(workshop: Workshop) -> tuple[AgendaItem, ...]:
    """The workshop's run sheet in order; the default one when it has none of its own."""
    if not workshop.agenda:
        return default_agenda()
    return tuple(sorted(workshop.agenda, key=lambda item: item.position))


def item_for(items: tuple[AgendaItem, ...], step: Step) -> AgendaItem | None:
    """The line of ``step`` (the first, should a sheet hold two)."""
    return next((item for item in items if item.step == step), None)


def minutes_from_clock(text: str) -> int | None:
    """"09:30" → 570; "" (no start time) → None."""
    if not text:
        return None
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes)


_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$")


def clock_from_text(text: str) -> str | None:
    """A start time as people type it ("9:30", "09.30", "9h30", "9h", "14") as "HH:MM";
    "" for none; None when it is not a time of day."""
    if not text.strip():
        return ""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


@dataclass(frozen=True)
class ClockTime:
    """A time of day on the run sheet; ``days`` after the session's day (a session that
    runs past midnight ends "00:15", one day on)."""

    text: str
    days: int = 0


def clock_time(minutes: int) -> ClockTime:
    days, rest = divmod(minutes, DAY_MINUTES)
    hours, minutes = divmod(rest, 60)
    return ClockTime(f"{hours:02d}:{minutes:02d}", days)


def duration_text(seconds: int) -> str:
    """Time spent as on a stopwatch: "12:05", "1:02:05"."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


@dataclass(frozen=True)
class Line:
    item: AgendaItem
    starts: ClockTime | None  # None: the session has no start time
    ends: ClockTime | None

    @property
    def is_break(self) -> bool:
        return self.item.step is None


@dataclass(frozen=True)
class RunSheet:
    lines: tuple[Line, ...]
    starts: ClockTime | None
    ends: ClockTime | None
    planned_minutes: int  # steps and breaks
    break_minutes: int
    spent_seconds: int  # recorded by the step timer, steps only

    @property
    def has_spent(self) -> bool:
        return self.spent_seconds > 0


def run_sheet(workshop: Workshop) -> RunSheet:
    """Each line with its planned clock times (from ``session_starts_at``), the totals."""
    items = run_sheet_items(workshop)
    start = minutes_from_clock(workshop.session_starts_at)
    lines: list[Line] = []
    at = start
    for item in items:
        if at is None:
            lines.append(Line(item, None, None))
            continue
        lines.append(Line(item, clock_time(at), clock_time(at + item.planned_minutes)))
        at += item.planned_minutes
    return RunSheet(
        lines=tuple(lines),
        starts=None if start is None else clock_time(start),
        ends=None if at is None else clock_time(at),
        planned_minutes=sum(item.planned_minutes for item in items),
        break_minutes=sum(item.planned_minutes for item in items if item.step is None),
        spent_seconds=sum(item.spent_seconds for item in items if item.step is not None),
    )


@dataclass(frozen=True)
class StepTime:
    """Planned against real for one step, for the deck's appendix."""

    step: Step
    planned_minutes: int
    spent_seconds: int

    @property
    def over_seconds(self) -> int:
        """Negative when the step took less than planned."""
        return self.spent_seconds - 60 * self.planned_minutes


def time_per_step(workshop: Workshop) -> tuple[StepTime, ...]:
    """The steps of the stored run sheet with their planned and recorded time; empty when
    the timer never recorded any (nothing to show)."""
    items = run_sheet_items(workshop)
    if not any(item.spent_seconds for item in items if item.step is not None):
        return ()
    planned: dict[Step, int] = {}
    spent: dict[Step, int] = {}
    for item in items:
        if item.step is not None:
            planned[item.step] = planned.get(item.step, 0) + item.planned_minutes
            spent[item.step] = spent.get(item.step, 0) + item.spent_seconds
    return tuple(StepTime(step, planned[step], spent[step]) for step in planned)
