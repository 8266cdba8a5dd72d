"""What the step timer shows at one moment, on the console and on the audience view alike.

The timer's state machine (``domain/step_timer.py``) produces readings; the two views only
draw them, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from okr_workshop.domain.enums import Step

# The last minutes turn the clock amber: time to wrap up, not yet over.
AMBER_SECONDS = 2 * 60


class Urgency(StrEnum):
    CALM = "calm"
    AMBER = "amber"  # the last minutes
    OVER = "over"  # at zero and beyond: red, counting the overtime


@dataclass(frozen=True)
class TimerReading:
    step: Step
    planned_seconds: int
    elapsed_seconds: int
    running: bool

    @property
    def remaining_seconds(self) -> int:
        """Negative in overtime."""
        return self.planned_seconds - self.elapsed_seconds

    @property
    def urgency(self) -> Urgency:
        remaining = self.remaining_seconds
        if remaining <= 0:
            return Urgency.OVER
        if remaining <= min(AMBER_SECONDS, self.planned_seconds // 4 or AMBER_SECONDS):
            return Urgency.AMBER
        return Urgency.CALM

    @property
    def clock_text(self) -> str:
        """"12:05" counting down, "+01:30" of overtime; hours only when there are some."""
        remaining = self.remaining_seconds
        seconds = abs(remaining)
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
        return f"+{text}" if remaining < 0 else text
