"""What the room kit records with a workshop (issue 15): dot-voting rounds with each
participant's dots, and the run sheet (planned minutes per step, breaks, the real time spent).

Frozen dataclasses with the same invariants as :mod:`okr_workshop.domain.model`, which holds
them in the :class:`~okr_workshop.domain.model.Workshop`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from okr_workshop.domain.enums import Step
from okr_workshop.domain.values import (
    InvalidValue,
    check_bool,
    check_choice,
    check_id,
    check_int_range,
    check_optional_choice,
    check_optional_id,
    check_position,
    check_text,
    new_id,
)

# A tally typed from the wall can be large (a 200-person all-hands); a ballot's dots are
# bounded by the round's own limits.
MAX_TALLY = 10_000
MAX_DOTS_PER_PERSON = 20
# A week of work on one step is more than any workshop; beyond that the clock was wrong.
MAX_SPENT_SECONDS = 7 * 24 * 3600
MAX_PLANNED_MINUTES = 24 * 60


class VoteMode(StrEnum):
    """How a round is cast: dots stuck on the wall and counted by the coach (*tally*), or
    the laptop passed round, each participant spending their dots unseen (*secret*)."""

    TALLY = "tally"
    SECRET = "secret"


@dataclass(frozen=True, kw_only=True)
class DotVote:
    """Dots on one objective in one round: a participant's (secret ballot) or the count
    the coach typed (tally: ``participant_id`` None). A participant removed later leaves
    their dots counted, anonymously."""

    objective_id: str
    dots: int
    participant_id: str | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_id("objective_id", self.objective_id)
        check_int_range("dots", self.dots, 0, MAX_TALLY)
        check_optional_id("participant_id", self.participant_id)


@dataclass(frozen=True, kw_only=True)
class VoteRound:
    """One round of dot voting on a team's candidates. Rounds are kept: a re-vote is a new
    round, and the first one stays readable. ``revealed`` is when the room may see it."""

    team_id: str
    mode: VoteMode = VoteMode.SECRET
    dots_per_person: int = 3
    max_per_objective: int = 2
    revealed: bool = False
    votes: tuple[DotVote, ...] = ()
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        check_id("team_id", self.team_id)
        object.__setattr__(self, "mode", check_choice("mode", self.mode, VoteMode))
        check_int_range("dots_per_person", self.dots_per_person, 1, MAX_DOTS_PER_PERSON)
        check_int_range("max_per_objective", self.max_per_objective, 1, MAX_DOTS_PER_PERSON)
        if self.max_per_objective > self.dots_per_person:
            raise InvalidValue("max_per_objective", "above_budget")
        object.__setattr__(self, "revealed", check_bool("revealed", self.revealed))
        object.__setattr__(self, "votes", tuple(self.votes))
        check_position("position", self.position)


@dataclass(frozen=True, kw_only=True)
class AgendaItem:
    """One line of the run sheet: a step of the workshop (``step``) or a break, lunch, an
    ice-breaker (``step`` None, named by ``title``), with the minutes planned for it and the
    real time the step timer recorded."""

    step: Step | None = None
    title: str = ""
    planned_minutes: int = 0
    spent_seconds: int = 0
    position: int = 0
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_id("id", self.id)
        object.__setattr__(self, "step", check_optional_choice("step", self.step, Step))
        check_text("title", self.title, max_length=200)
        if self.step is None and not self.title.strip():
            raise InvalidValue("title", "break_untitled")
        check_int_range("planned_minutes", self.planned_minutes, 0, MAX_PLANNED_MINUTES)
        check_int_range("spent_seconds", self.spent_seconds, 0, MAX_SPENT_SECONDS)
        check_position("position", self.position)
