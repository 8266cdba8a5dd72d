"""The workshop and everything in it (DESIGN.md section 4), as immutable dataclasses.

Entities are frozen: an edit is ``dataclasses.replace(entity, field=value)``, which re-runs
the invariants, and an undo is simply the previous value. A workshop is a tree
(teams → objectives → key results → check-ins); links across the tree (alignment, authors,
dependencies) are ids, checked by :func:`okr_workshop.domain.integrity.integrity_problems`.
The fixed vocabularies (steps, statuses, directions…) are in :mod:`okr_workshop.domain.enums`;
what the workshop records beside its tree (dependencies, rituals, feedback, ROTI votes,
actions, good practices ticked) in :mod:`okr_workshop.domain.workshop_records`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from okr_workshop.domain.enums import (
    SUGGESTED_DEPARTMENTS as SUGGESTED_DEPARTMENTS,  # re-exported: part of the model's words
)

# Re-exported: the vocabularies and records callers have always taken from the model.
from okr_workshop.domain.enums import Cadence as Cadence
from okr_workshop.domain.enums import (
    ClosingOutcome,
    Commitment,
    Direction,
    Language,
    ObjectiveStatus,
    PaceStatus,
    Step,
)
from okr_workshop.domain.enums import FeedbackKind as FeedbackKind
from okr_workshop.domain.enums import FeedbackOccasion as FeedbackOccasion
from okr_workshop.domain.enums import RitualKind as RitualKind
from okr_workshop.domain.room import AgendaItem, VoteRound
from okr_workshop.domain.values import (
    InvalidValue,
    check_bool,
    check_choice,
    check_clock_time,
    check_date,
    check_id,
    check_int_range,
    check_number,
    check_optional_choice,
    check_optional_date,
    check_optional_fraction,
    check_optional_id,
    check_optional_number,
    check_position,
    check_text,
    check_timestamp,
    check_title,
    new_id,
    utc_now,
)
from okr_workshop.domain.workshop_records import (
    Action,
    ChecklistTick,
    Dependency,
    Feedback,
    Ritual,
    RotiVote,
)


@dataclass(frozen=True, kw_only=True)
class CommonRule:
    """The focus rule of mistake 2. Defaults are the source's "2 ou 3 objectifs et 2 KRs"."""

    max_objectives_per_team: int = 3
    max_key_results_per_objective: int = 2
    strict: bool = False  # strict refuses to keep beyond the limit; soft only warns

    def __post_init__(self) -> None:
        check_int_range("max_objectives_per_team", self.max_objectives_per_team, 1, 20)
        check_int_range(
            "max_key_results_per_objective", self.max_key_results_per_objective, 1, 20
        )
        if not isinstance(self.strict, bool):
            raise InvalidValue("strict", "not_bool")


@dataclass(frozen=True, kw_only=True)
class Participant:
    name: str
    role: str = ""
    team_id: str | None = None
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("name", self.name)
        check_text("role", self.role)
        check_optional_id("team_id", self.team_id)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class StrategicObjective:
    title: str
    why: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("title", self.title)
        check_text("why", self.why)
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class CheckIn:
    """One measurement of a key result (append-only history, Steering step).

    For a milestone key result the value is 1.0 (done) or 0.0 (not yet). Confidence runs
    0–10 as in Koan's weekly reflections: 0–3 at risk, 4–7 issues, 8–10 on track.
    """

    on: date
    value: float
    confidence: int
    comment: str = ""  # what changed
    next_step: str = ""
    author_id: str | None = None  # a participant
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_date("on", self.on)
        object.__setattr__(self, "value", check_number("value", self.value))
        check_int_range("confidence", self.confidence, 0, 10)
        check_text("comment", self.comment)
        check_text("next_step", self.next_step)
        check_optional_id("author_id", self.author_id)


@dataclass(frozen=True, kw_only=True)
class KeyResult:
    """A measurable outcome. ``text`` is the sentence as the room said it; the other
    fields are its measurable form (the rules check both).

    A relative change ("Réduire de 20 % les invendus", "Grow revenue by 10%") is not a
    target: it is kept as ``change`` (an amount, always positive; ``direction`` says which
    way), in percent of the baseline when ``change_percent``, else in the key result's unit
    ("Réduire de 2 jours le délai"). The number to reach is only known with the baseline:
    see :meth:`aimed_target`. A target typed in ``target`` always wins over the change.
    """

    text: str
    metric: str = ""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    direction: Direction | None = None
    data_source: str = ""
    owner: str = ""
    due: date | None = None
    position: int = 0
    check_ins: tuple[CheckIn, ...] = ()
    change: float | None = None
    change_percent: bool = True
    # Steering: a milestone is done or not (its check-ins hold 1.0 or 0.0); the status
    # computed from pace can be overridden with a reason; the grade (0.0–1.0) is set at
    # the end of the cycle (None: the proposed grade from the last value stands).
    milestone: bool = False
    status_override: PaceStatus | None = None
    status_reason: str = ""
    grade: float | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("text", self.text)
        change = check_optional_number("change", self.change)
        if change is not None and change <= 0:
            raise InvalidValue("change", "not_positive")
        object.__setattr__(self, "change", change)
        if self.change_percent in (0, 1) and not isinstance(self.change_percent, float):
            object.__setattr__(self, "change_percent", bool(self.change_percent))  # SQLite 0/1
        else:
            raise InvalidValue("change_percent", "not_bool")
        check_text("metric", self.metric)
        object.__setattr__(self, "baseline", check_optional_number("baseline", self.baseline))
        object.__setattr__(self, "target", check_optional_number("target", self.target))
        check_text("unit", self.unit, max_length=40)
        object.__setattr__(
            self, "direction", check_optional_choice("direction", self.direction, Direction)
        )
        check_text("data_source", self.data_source)
        check_text("owner", self.owner)
        check_optional_date("due", self.due)
        check_position("position", self.position)
        object.__setattr__(self, "check_ins", tuple(self.check_ins))
        object.__setattr__(self, "milestone", check_bool("milestone", self.milestone))
        object.__setattr__(self, "status_override", check_optional_choice(
            "status_override", self.status_override, PaceStatus))
        check_text("status_reason", self.status_reason)
        object.__setattr__(self, "grade", check_optional_fraction("grade", self.grade))

    def latest_check_in(self) -> CheckIn | None:
        """The last by date; of two on the same day, the one entered last (a correction)."""
        return max(reversed(self.check_ins), key=lambda c: c.on, default=None)

    @property
    def is_relative(self) -> bool:
        """A relative change and no target typed: the target follows from the baseline."""
        return self.target is None and self.change is not None

    def aimed_target(self) -> float | None:
        """The number to reach: the target, else the relative change applied to the
        baseline ("-20 %" from 1,200 gives 960); None while either is unknown."""
        if self.target is not None or self.change is None or self.baseline is None:
            return self.target
        if self.direction not in (Direction.INCREASE, Direction.DECREASE):
            return None  # "by 20 %" without a way to go says no number
        # A share of the baseline's size: "down 20 %" from a loss of -100 is -120, not -80.
        step = abs(self.baseline) * self.change / 100 if self.change_percent else self.change
        aimed = self.baseline + step if self.direction is Direction.INCREASE else \
            self.baseline - step
        return round(aimed, 9) + 0.0  # 1200 * 0.8 is 960, not 959.9999999999999


@dataclass(frozen=True, kw_only=True)
class Objective:
    """A team's objective: a candidate until the Focus step keeps or parks it."""

    team_id: str
    title: str
    why: str = ""
    strategic_objective_id: str | None = None
    non_alignment_reason: str = ""  # required by the rules when not aligned (mistake 1)
    status: ObjectiveStatus = ObjectiveStatus.CANDIDATE
    votes: int = 0
    author_id: str | None = None
    commitment: Commitment | None = None
    position: int = 0
    key_results: tuple[KeyResult, ...] = ()
    # The closing form at the end of the cycle (Perdoo's): how it ended, what the team
    # learned, what it decided.
    outcome: ClosingOutcome | None = None
    learnings: str = ""
    decisions: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_id("team_id", self.team_id)
        check_title("title", self.title)
        check_text("why", self.why)
        check_optional_id("strategic_objective_id", self.strategic_objective_id)
        check_text("non_alignment_reason", self.non_alignment_reason)
        object.__setattr__(self, "status", check_choice("status", self.status, ObjectiveStatus))
        check_int_range("votes", self.votes, 0, 10_000)
        check_optional_id("author_id", self.author_id)
        object.__setattr__(
            self, "commitment", check_optional_choice("commitment", self.commitment, Commitment)
        )
        check_position("position", self.position)
        object.__setattr__(self, "key_results", tuple(self.key_results))
        object.__setattr__(
            self, "outcome", check_optional_choice("outcome", self.outcome, ClosingOutcome)
        )
        check_text("learnings", self.learnings)
        check_text("decisions", self.decisions)

    @property
    def is_aligned(self) -> bool:
        return self.strategic_objective_id is not None


@dataclass(frozen=True, kw_only=True)
class Team:
    name: str
    department: str = ""
    ambassador_id: str | None = None  # a participant (mistake 4: ambassadors per team)
    position: int = 0
    objectives: tuple[Objective, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("name", self.name)
        check_text("department", self.department, max_length=200)
        check_optional_id("ambassador_id", self.ambassador_id)
        check_position("position", self.position)
        object.__setattr__(self, "objectives", tuple(self.objectives))

    def objectives_with(self, status: ObjectiveStatus) -> tuple[Objective, ...]:
        return tuple(o for o in self.objectives if o.status == status)


@dataclass(frozen=True, kw_only=True)
class Workshop:
    title: str
    organisation: str = ""
    cycle_label: str = ""
    cycle_start: date | None = None
    cycle_end: date | None = None
    language: Language = Language.FRENCH
    facilitator: str = ""
    rule: CommonRule = field(default_factory=CommonRule)
    vision: str = ""
    current_step: Step = Step.SETUP
    participants: tuple[Participant, ...] = ()
    strategic_objectives: tuple[StrategicObjective, ...] = ()
    teams: tuple[Team, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    rituals: tuple[Ritual, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    checklist: tuple[ChecklistTick, ...] = ()
    roti_votes: tuple[RotiVote, ...] = ()
    actions: tuple[Action, ...] = ()
    # The room kit (issue 15): dot-voting rounds, the run sheet and when the session starts.
    vote_rounds: tuple[VoteRound, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    session_on: date | None = None
    session_starts_at: str = ""  # HH:MM, the laptop's time
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_title("title", self.title)
        check_text("organisation", self.organisation, max_length=500)
        check_text("cycle_label", self.cycle_label, max_length=100)
        check_optional_date("cycle_start", self.cycle_start)
        check_optional_date("cycle_end", self.cycle_end)
        if self.cycle_start and self.cycle_end and self.cycle_end < self.cycle_start:
            raise InvalidValue("cycle_end", "end_before_start")
        object.__setattr__(self, "language", check_choice("language", self.language, Language))
        check_text("facilitator", self.facilitator, max_length=500)
        if not isinstance(self.rule, CommonRule):
            raise InvalidValue("rule", "not_rule")
        check_text("vision", self.vision)
        step = check_choice("current_step", self.current_step, Step)
        object.__setattr__(self, "current_step", step)
        check_timestamp("created_at", self.created_at)
        check_timestamp("updated_at", self.updated_at)
        for name in (
            "participants",
            "strategic_objectives",
            "teams",
            "dependencies",
            "rituals",
            "feedback",
            "checklist",
            "roti_votes",
            "actions",
            "vote_rounds",
            "agenda",
        ):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        check_optional_date("session_on", self.session_on)
        check_clock_time("session_starts_at", self.session_starts_at)

    # Read-only navigation used by the rules, the deck and the window.

    def objectives(self) -> Iterator[Objective]:
        for team in self.teams:
            yield from team.objectives

    def key_results(self) -> Iterator[KeyResult]:
        for objective in self.objectives():
            yield from objective.key_results

    def team(self, team_id: str) -> Team | None:
        return next((t for t in self.teams if t.id == team_id), None)

    def objective(self, objective_id: str) -> Objective | None:
        return next((o for o in self.objectives() if o.id == objective_id), None)

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def strategic_objective(self, strategic_id: str) -> StrategicObjective | None:
        return next((s for s in self.strategic_objectives if s.id == strategic_id), None)
