"""Dot voting on a team's objectives (issue 15, point 3): budgets, ballots, totals, who has
voted, the ranking against the common rule's cut and the ties that straddle it.

Pure functions over :class:`~okr_workshop.domain.room.VoteRound`: the Focus page, the
audience view's Focus scene and the tests all ask here, so the console and the room can
never count differently. Problems are codes with parameters, never sentences: each caller
says them in its own language.

A round's dots are :class:`~okr_workshop.domain.room.DotVote` rows: in a *tally* round one
row per objective with the count the coach typed (``participant_id`` None); in a *secret*
round one row per objective a participant put dots on. A blank ballot is one row of zero
dots, so the participant still counts as having voted. A participant removed later leaves
their dots counted, anonymously; dots on an objective deleted later count for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from okr_workshop.domain.model import (
    CommonRule,
    Objective,
    ObjectiveStatus,
    Participant,
    Team,
    Workshop,
)
from okr_workshop.domain.room import MAX_DOTS_PER_PERSON, MAX_TALLY, DotVote, VoteMode, VoteRound

# The usual dot-voting budget: three dots a person, at most two on one objective, so each
# voter has to spread their support over at least two objectives.
DEFAULT_DOTS_PER_PERSON = 3
DEFAULT_MAX_PER_OBJECTIVE = 2

# Problem codes (a ballot or a budget the round refuses).
OVER_BUDGET = "voting.over_budget"  # params: spent, budget
OVER_CAP = "voting.over_cap"  # params: objective_id, dots, cap
NEGATIVE_DOTS = "voting.negative_dots"  # params: objective_id
UNKNOWN_OBJECTIVE = "voting.unknown_objective"  # params: objective_id
CAP_ABOVE_BUDGET = "voting.cap_above_budget"  # params: cap, budget
BUDGET_OUT_OF_RANGE = "voting.budget_out_of_range"  # params: budget, low, high
CAP_OUT_OF_RANGE = "voting.cap_out_of_range"  # params: cap, low, high
ALREADY_VOTED = "voting.already_voted"  # params: participant_id
ROUND_REVEALED = "voting.round_revealed"  # the round is closed: a re-vote is a new round
NOT_SECRET = "voting.not_secret"  # a ballot cast in a tally round
TALLY_OUT_OF_RANGE = "voting.tally_out_of_range"  # params: objective_id, dots, high


@dataclass(frozen=True)
class Problem:
    """Why a ballot or a budget is refused: a stable code and the values its sentence needs."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, str(v)) for k, v in self.params.items()))))


# Budgets ---------------------------------------------------------------------------------


def budget_problems(dots_per_person: int, max_per_objective: int) -> list[Problem]:
    """What is wrong with a round's budget, as the coach sets it (empty: fine)."""
    problems = []
    if not 1 <= dots_per_person <= MAX_DOTS_PER_PERSON:
        problems.append(Problem(BUDGET_OUT_OF_RANGE, {"budget": dots_per_person, "low": 1,
                                                       "high": MAX_DOTS_PER_PERSON}))
    if not 1 <= max_per_objective <= MAX_DOTS_PER_PERSON:
        problems.append(Problem(CAP_OUT_OF_RANGE, {"cap": max_per_objective, "low": 1,
                                                    "high": MAX_DOTS_PER_PERSON}))
    if not problems and max_per_objective > dots_per_person:
        problems.append(Problem(CAP_ABOVE_BUDGET, {"cap": max_per_objective,
                                                    "budget": dots_per_person}))
    return problems


# Ballots ---------------------------------------------------------------------------------


def spent(ballot: Mapping[str, int]) -> int:
    return sum(ballot.values())


def remaining(round_: VoteRound, ballot: Mapping[str, int]) -> int:
    """Dots the voter still has to spend (never below zero)."""
    return max(0, round_.dots_per_person - spent(ballot))


def can_add(round_: VoteRound, ballot: Mapping[str, int], objective_id: str) -> bool:
    """One more dot on ``objective_id`` keeps the ballot within the budget and the cap."""
    return (spent(ballot) < round_.dots_per_person
            and ballot.get(objective_id, 0) < round_.max_per_objective)


def can_remove(ballot: Mapping[str, int], objective_id: str) -> bool:
    return ballot.get(objective_id, 0) > 0


def ballot_problems(round_: VoteRound, ballot: Mapping[str, int],
                    objective_ids: Iterable[str]) -> list[Problem]:
    """What is wrong with ``ballot`` (objective id → dots) in ``round_``, whose objectives
    on the ballot are ``objective_ids``. Spending fewer dots than the budget is allowed."""
    allowed = set(objective_ids)
    problems = []
    for objective_id, dots in ballot.items():
        if objective_id not in allowed:
            problems.append(Problem(UNKNOWN_OBJECTIVE, {"objective_id": objective_id}))
        elif dots < 0:
            problems.append(Problem(NEGATIVE_DOTS, {"objective_id": objective_id}))
        elif dots > round_.max_per_objective:
            problems.append(Problem(OVER_CAP, {"objective_id": objective_id, "dots": dots,
                                               "cap": round_.max_per_objective}))
    total = sum(max(0, d) for d in ballot.values())
    if total > round_.dots_per_person:
        problems.append(Problem(OVER_BUDGET, {"spent": total, "budget": round_.dots_per_person}))
    return problems


def cast_problems(round_: VoteRound, participant_id: str, ballot: Mapping[str, int],
                  objective_ids: Iterable[str], recast: bool = False) -> list[Problem]:
    """Why ``participant_id`` may not cast ``ballot`` now: the round's state first (closed,
    not secret, already voted without a re-cast allowed), then the ballot itself."""
    if round_.revealed:
        return [Problem(ROUND_REVEALED)]
    if round_.mode is not VoteMode.SECRET:
        return [Problem(NOT_SECRET)]
    if not recast and participant_id in voters(round_):
        return [Problem(ALREADY_VOTED, {"participant_id": participant_id})]
    return ballot_problems(round_, ballot, objective_ids)


def ballot_of(round_: VoteRound, participant_id: str) -> dict[str, int]:
    """The dots ``participant_id`` cast in ``round_`` (objective id → dots, zeros left out)."""
    found: dict[str, int] = {}
    for vote in round_.votes:
        if vote.participant_id == participant_id and vote.dots:
            found[vote.objective_id] = found.get(vote.objective_id, 0) + vote.dots
    return found


def ballot_rows(round_: VoteRound, participant_id: str, ballot: Mapping[str, int],
                first_objective_id: str) -> tuple[list[DotVote], list[tuple[DotVote, int]]]:
    """How to store ``ballot`` for ``participant_id``: the rows to add and the existing rows
    whose dots change (a re-cast sets the ones no longer chosen to zero, so nothing is
    deleted and an undo puts back exactly the first ballot). A blank ballot is one row of
    zero dots on ``first_objective_id``: the participant has voted, for nothing."""
    existing = {v.objective_id: v for v in round_.votes if v.participant_id == participant_id}
    wanted = {o: d for o, d in ballot.items() if d > 0}
    if not wanted and not existing:
        wanted = {first_objective_id: 0}
    added = [DotVote(objective_id=o, dots=d, participant_id=participant_id)
             for o, d in wanted.items() if o not in existing]
    changed = [(vote, wanted.get(o, 0)) for o, vote in existing.items()
               if vote.dots != wanted.get(o, 0)]
    return added, changed


def voters(round_: VoteRound) -> frozenset[str]:
    """The participants with a ballot in ``round_`` (removed ones left their dots anonymous)."""
    return frozenset(v.participant_id for v in round_.votes if v.participant_id is not None)


def electorate(workshop: Workshop, round_: VoteRound) -> tuple[Participant, ...]:
    """Who the ballot booth lists: the team's participants first (in their order), then
    everyone else in the workshop (a guest from another team may vote too)."""
    own = [p for p in workshop.participants if p.team_id == round_.team_id]
    others = [p for p in workshop.participants if p.team_id != round_.team_id]
    return (*own, *others)


def turnout(workshop: Workshop, round_: VoteRound) -> tuple[int, int]:
    """(have voted, expected): the expected voters are the team's participants and anyone
    else who did vote, so a guest's ballot never reads "7 of 6"."""
    voted = {p for p in voters(round_) if workshop.participant(p) is not None}
    expected = {p.id for p in workshop.participants if p.team_id == round_.team_id} | voted
    return len(voted), len(expected)


# Totals ----------------------------------------------------------------------------------


def totals(round_: VoteRound, objective_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Dots per objective in ``round_``: the typed counts of a tally, the sum of the ballots
    of a secret round. With ``objective_ids``, exactly those objectives (0 when none), and
    dots on objectives deleted since are left out."""
    counted: dict[str, int] = {} if objective_ids is None else dict.fromkeys(objective_ids, 0)
    for vote in round_.votes:
        if round_.mode is VoteMode.TALLY and vote.participant_id is not None:
            continue  # a tally is the coach's count, never a ballot
        if objective_ids is None or vote.objective_id in counted:
            counted[vote.objective_id] = counted.get(vote.objective_id, 0) + vote.dots
    return {key: min(value, MAX_TALLY) for key, value in counted.items()}


def tally_row(round_: VoteRound, objective_id: str) -> DotVote | None:
    """The coach's count for ``objective_id`` in a tally round, when typed."""
    return next((v for v in round_.votes
                 if v.objective_id == objective_id and v.participant_id is None), None)


# Rounds of a team ------------------------------------------------------------------------


def team_rounds(workshop: Workshop, team_id: str) -> tuple[VoteRound, ...]:
    """The team's rounds, first first ("Round 1, Round 2…")."""
    rounds = [r for r in workshop.vote_rounds if r.team_id == team_id]
    return tuple(sorted(rounds, key=lambda r: r.position))


def round_number(workshop: Workshop, round_: VoteRound) -> int:
    """1 for the team's first round (a round not stored yet counts after those before it)."""
    return 1 + sum(1 for r in team_rounds(workshop, round_.team_id)
                   if r.position < round_.position and r.id != round_.id)


def latest_revealed(workshop: Workshop, team_id: str) -> VoteRound | None:
    return next((r for r in reversed(team_rounds(workshop, team_id)) if r.revealed), None)


def open_round(workshop: Workshop, team_id: str) -> VoteRound | None:
    """The team's latest round when it is still being cast (not revealed)."""
    rounds = team_rounds(workshop, team_id)
    return rounds[-1] if rounds and not rounds[-1].revealed else None


def next_round(workshop: Workshop, team_id: str, mode: VoteMode,
               dots_per_person: int = DEFAULT_DOTS_PER_PERSON,
               max_per_objective: int = DEFAULT_MAX_PER_OBJECTIVE) -> VoteRound:
    """A new round for ``team_id``, after every round of the workshop."""
    return VoteRound(team_id=team_id, mode=mode, dots_per_person=dots_per_person,
                     max_per_objective=max_per_objective,
                     position=len(workshop.vote_rounds))


def on_the_ballot(team: Team) -> tuple[Objective, ...]:
    """The objectives a round votes on: the team's candidates, in the team's order. Kept
    and parked ones are decided; one the room wants to weigh again goes back among the
    candidates first (and the parking lot's, brought back)."""
    return team.objectives_with(ObjectiveStatus.CANDIDATE)


# Ranking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranking:
    """Objectives most dots first (ties in the team's order), the rule's cut after the first
    ``cut`` of them, and ``tied``: the objectives whose equal total straddles the cut — the
    room must decide between them, the count cannot."""

    order: tuple[Objective, ...]
    totals: Mapping[str, int]
    cut: int
    tied: frozenset[str]

    def above_cut(self) -> tuple[Objective, ...]:
        return self.order[: self.cut]

    def below_cut(self) -> tuple[Objective, ...]:
        return self.order[self.cut:]

    @property
    def any_votes(self) -> bool:
        return any(self.totals.get(o.id, 0) for o in self.order)


def rank(objectives: Sequence[Objective], counted: Mapping[str, int], cut: int) -> Ranking:
    """Rank ``objectives`` by ``counted`` (objective id → total; missing counts 0) with the
    cut at ``cut`` (the common rule's ``max_objectives_per_team``). No tie is flagged when
    nobody voted: a row of zeros is no result yet."""
    place = {o.id: i for i, o in enumerate(objectives)}
    known = {o.id: counted.get(o.id, 0) for o in objectives}
    order = tuple(sorted(objectives, key=lambda o: (-known[o.id], place[o.id])))
    tied: frozenset[str] = frozenset()
    if 0 < cut < len(order) and any(known.values()):
        last_in, first_out = known[order[cut - 1].id], known[order[cut].id]
        if last_in == first_out:
            tied = frozenset(o.id for o in order if known[o.id] == last_in)
    return Ranking(order, MappingProxyType(known), cut, tied)


def objective_votes(objectives: Iterable[Objective]) -> dict[str, int]:
    """The objectives' own ``votes`` (what a reveal wrote, or the counter of old)."""
    return {o.id: o.votes for o in objectives}


def reveal_changes(team: Team, round_: VoteRound) -> list[tuple[Objective, int]]:
    """What revealing ``round_`` writes: each objective on the ballot gets the round's total
    as its ``votes`` (so the ranking and "keep within the rule" work from them). Only the
    ones whose votes change."""
    objectives = on_the_ballot(team)
    counted = totals(round_, [o.id for o in objectives])
    return [(o, counted[o.id]) for o in objectives if o.votes != counted[o.id]]


def places_left(team: Team, rule: CommonRule) -> int:
    """How many more objectives the common rule lets the team keep."""
    return max(0, rule.max_objectives_per_team - len(team.objectives_with(ObjectiveStatus.KEPT)))


def focus_ranking(team: Team, rule: CommonRule, counted: Mapping[str, int]) -> Ranking:
    """The team's candidates ranked by ``counted`` with the cut at the places the common
    rule leaves (``max_objectives_per_team`` before anything is kept): the console and the
    audience view flag the same ties. Kept objectives are out of the contest."""
    candidates = team.objectives_with(ObjectiveStatus.CANDIDATE)
    return rank(candidates, counted, places_left(team, rule))
