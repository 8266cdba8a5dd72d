"""The step timer as a pure state machine: every transition takes the clock's reading
(monotonic seconds) as an argument, so tests drive it with a fake clock and no sleeps.

One timer follows the step on screen. Each step counts from the time already spent on it
(coming back to Vision after Focus goes on where Vision stopped), against the minutes the
run sheet plans for it plus any minutes the coach added (+1, +5) during this session. A
switch of step banks the time spent on the step left; a paused timer stays paused on the
next step, a running one keeps running.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from okr_workshop.domain.enums import Step
from okr_workshop.domain.timer_reading import TimerReading

# A step's clock is never given more than this (a whole day), nor less than nothing.
MAX_PLANNED_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Banked:
    """The time spent on ``step`` so far, to record with the workshop."""

    step: Step
    spent_seconds: int


@dataclass(frozen=True)
class StepTimer:
    """The timer's state. ``counted`` holds the seconds counted before ``since`` (the
    clock's reading when it last started; None while paused)."""

    step: Step
    planned_seconds: int = 0
    counted: float = 0.0
    since: float | None = None
    # Minutes added by the coach this session, per step (the run sheet's plan stays as it is).
    added: dict[Step, int] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        return self.since is not None

    def elapsed(self, now: float) -> int:
        """Whole seconds spent on the current step (a clock set back counts as no time)."""
        extra = max(0.0, now - self.since) if self.since is not None else 0.0
        return int(self.counted + extra)

    def allowed_seconds(self) -> int:
        """The plan plus the minutes added to this step."""
        total = self.planned_seconds + self.added.get(self.step, 0)
        return max(0, min(total, MAX_PLANNED_SECONDS))

    def reading(self, now: float) -> TimerReading:
        return TimerReading(self.step, self.allowed_seconds(), self.elapsed(now), self.running)

    def banked(self, now: float) -> Banked:
        return Banked(self.step, self.elapsed(now))

    # Transitions ---------------------------------------------------------------------

    def start(self, now: float) -> StepTimer:
        return self if self.running else replace(self, since=now)

    def pause(self, now: float) -> StepTimer:
        if not self.running:
            return self
        return replace(self, counted=self.counted + max(0.0, now - self.since), since=None)

    def toggle(self, now: float) -> StepTimer:
        return self.pause(now) if self.running else self.start(now)

    def add_minutes(self, minutes: int, now: float) -> StepTimer:
        """More time (or less, ``minutes`` negative). In overtime, "+5" means five more
        minutes from now, as the room hears it: the clock shows 05:00, not +01:30 minus 5."""
        elapsed = self.elapsed(now)
        allowed = self.allowed_seconds()
        base = elapsed if minutes > 0 and elapsed >= allowed else allowed
        target = max(0, min(base + 60 * minutes, MAX_PLANNED_SECONDS))
        added = dict(self.added)
        added[self.step] = target - self.planned_seconds
        return replace(self, added=added)

    def reset(self, now: float) -> StepTimer:
        """The current step's clock back to its plan, paused: what was counted on it and the
        minutes added are forgotten."""
        added = {step: minutes for step, minutes in self.added.items() if step != self.step}
        return replace(self, counted=0.0, since=None, added=added)

    def plan(self, planned_seconds: int) -> StepTimer:
        """The run sheet changed the current step's plan."""
        return replace(self, planned_seconds=max(0, min(planned_seconds, MAX_PLANNED_SECONDS)))

    def switch(
        self, step: Step, planned_seconds: int, spent_seconds: int, now: float
    ) -> tuple[StepTimer, Banked]:
        """Follow the screen to ``step`` (planned and already spent there: from the run
        sheet). Returns the new state and the time to bank for the step left. Running or
        paused, the timer stays so."""
        banked = self.banked(now)
        state = replace(
            self,
            step=step,
            planned_seconds=max(0, min(planned_seconds, MAX_PLANNED_SECONDS)),
            counted=float(max(0, spent_seconds)),
            since=now if self.running else None,
        )
        return state, banked
