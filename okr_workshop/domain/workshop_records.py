"""What the workshop records beside its tree of teams, objectives and key results: the links
between teams' objectives, the rituals of the cycle, feedback, ROTI votes, the actions
decided and the good practices ticked (mistakes 3, 4 and 5 of the source).

Frozen dataclasses with the same invariants as :mod:`okr_workshop.domain.model`, which holds
them in the :class:`~okr_workshop.domain.model.Workshop` and re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from okr_workshop.domain.enums import Cadence, FeedbackKind, FeedbackOccasion, RitualKind
from okr_workshop.domain.values import (
    InvalidValue,
    check_bool,
    check_choice,
    check_clock_time,
    check_id,
    check_int_range,
    check_optional_date,
    check_optional_id,
    check_position,
    check_text,
    check_time_zone,
    check_title,
    new_id,
)


@dataclass(frozen=True, kw_only=True)
class Dependency:
    """One team's objective needs another team's objective (mistake 5: cross-team)."""

    from_objective_id: str
    to_objective_id: str
    note: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_id("from_objective_id", self.from_objective_id)
        check_id("to_objective_id", self.to_objective_id)
        if self.from_objective_id == self.to_objective_id:
            raise InvalidValue("to_objective_id", "same_objective")
        check_text("note", self.note)


@dataclass(frozen=True, kw_only=True)
class Ritual:
    """A recurring meeting of the cycle. ``note`` is its agenda. It starts on ``starts_on``
    at ``starts_at`` (HH:MM, wall-clock time in ``time_zone``; "" is the laptop's zone) and
    repeats at ``cadence`` until the cycle ends. Its id is the calendar event's stable UID,
    so exporting again updates the events instead of duplicating them."""

    kind: RitualKind
    cadence: Cadence
    note: str = ""
    starts_on: date | None = None
    starts_at: str = ""
    time_zone: str = ""
    duration_minutes: int = 30
    place: str = ""
    attendees: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        object.__setattr__(self, "kind", check_choice("kind", self.kind, RitualKind))
        object.__setattr__(self, "cadence", check_choice("cadence", self.cadence, Cadence))
        check_text("note", self.note)
        check_optional_date("starts_on", self.starts_on)
        check_clock_time("starts_at", self.starts_at)
        check_time_zone("time_zone", self.time_zone)
        check_int_range("duration_minutes", self.duration_minutes, 5, 24 * 60)
        check_text("place", self.place, max_length=500)
        check_text("attendees", self.attendees, max_length=2_000)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class Feedback:
    """A retrospective note; ``author`` may stay empty (anonymous)."""

    kind: FeedbackKind
    text: str
    author: str = ""
    occasion: FeedbackOccasion = FeedbackOccasion.WORKSHOP
    on: date | None = None
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        object.__setattr__(self, "kind", check_choice("kind", self.kind, FeedbackKind))
        check_title("text", self.text, max_length=5_000)
        check_text("author", self.author)
        object.__setattr__(
            self, "occasion", check_choice("occasion", self.occasion, FeedbackOccasion)
        )
        check_optional_date("on", self.on)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class RotiVote:
    """Return on time invested, 1 (wasted) to 5 (well worth it), at the end of a session.
    ``participant_id`` None is an anonymous vote."""

    score: int
    participant_id: str | None = None
    occasion: FeedbackOccasion = FeedbackOccasion.WORKSHOP
    on: date | None = None
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_int_range("score", self.score, 1, 5)
        check_optional_id("participant_id", self.participant_id)
        object.__setattr__(
            self, "occasion", check_choice("occasion", self.occasion, FeedbackOccasion)
        )
        check_optional_date("on", self.on)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class Action:
    """Something decided (at a retrospective, a review, a closing) with an owner and a due
    date; ``feedback_id`` is the note it came from, when there is one."""

    text: str
    owner_id: str | None = None  # a participant
    due: date | None = None
    done: bool = False
    feedback_id: str | None = None
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("text", self.text, max_length=2_000)
        check_optional_id("owner_id", self.owner_id)
        check_optional_date("due", self.due)
        object.__setattr__(self, "done", check_bool("done", self.done))
        check_optional_id("feedback_id", self.feedback_id)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class ChecklistTick:
    """A facilitator tip ticked off (the source's "bonnes pratiques"), by its stable code."""

    item: str
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("item", self.item, max_length=100)
