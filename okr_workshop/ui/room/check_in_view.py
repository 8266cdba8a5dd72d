"""What the check-in round puts up for the room while the coach types: the key result being
checked in, the new value, confidence and comment as typed (not saved yet), where it stands
in the round, and the fist-to-five spread when the room is voting its confidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from okr_workshop.domain.fist_to_five import FistToFive


@dataclass(frozen=True)
class CheckInRoundView:
    key_result_id: str
    value_text: str  # the new value as the room should read it ("38", "Done"); "" if none
    confidence: int | None  # 0–10; None while what is typed is not a confidence yet
    comment: str = ""
    position: int = 1  # 1-based place of the key result in the round
    order: tuple[str, ...] = ()  # the round's key results, in the round's order
    saved: bool = False  # already checked in on the round's day
    vote: FistToFive | None = None  # the room's hands, while the coach counts them
    value: float | None = None  # the new value as a number, when what is typed is one
    on: date | None = None  # the round's day: the chart shows the new value there
