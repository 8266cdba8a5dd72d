"""A Focus round to show on the audience view without running one: for the screenshot script
and the benchmarks (a sample workshop has votes but no round).

``focus_example(workshop, revealed)`` adds a secret round on the team with the most
candidates, cast by that team's participants (each spreading their dots over the candidates
in turn), and returns the workshop, the pointer and the overlay the Focus page would put up:
the ballot in progress, or its result with the totals written to the objectives' votes.
"""

from __future__ import annotations

from dataclasses import replace

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Team, Workshop
from okr_workshop.domain.room import DotVote, VoteMode, VoteRound
from okr_workshop.domain.voting import next_round, on_the_ballot, reveal_changes
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.voting_overlays import BallotInProgress, VoteRevealed


def example_round(workshop: Workshop, team: Team, revealed: bool) -> VoteRound:
    """A secret round of ``team``: its participants but one have spread their dots."""
    candidates = on_the_ballot(team)
    people = [p for p in workshop.participants if p.team_id == team.id]
    round_ = next_round(workshop, team.id, VoteMode.SECRET)
    votes = []
    for turn, person in enumerate(people[: max(1, len(people) - 1)]):  # one still to vote
        ballot: dict[str, int] = {}
        for dot in range(round_.dots_per_person if candidates else 0):
            objective = candidates[(turn + dot // 2) % len(candidates)].id
            if ballot.get(objective, 0) < round_.max_per_objective:
                ballot[objective] = ballot.get(objective, 0) + 1
        votes += [DotVote(objective_id=o, dots=d, participant_id=person.id)
                  for o, d in ballot.items()]
    return replace(round_, votes=tuple(votes), revealed=revealed)


def focus_example(workshop: Workshop, revealed: bool = True) -> tuple[Workshop, Pointer, object]:
    """The workshop with the example round stored on its busiest team, the pointer and the
    overlay (for tests and benchmarks)."""
    if not workshop.teams:
        return workshop, Pointer(Step.FOCUS), None
    team = max(workshop.teams, key=lambda t: len(on_the_ballot(t)))
    round_ = example_round(workshop, team, revealed)
    workshop = replace(workshop, vote_rounds=(*workshop.vote_rounds, round_))
    if not revealed:
        return workshop, Pointer(Step.FOCUS, team.id), BallotInProgress(round_)
    counted = dict((o.id, n) for o, n in reveal_changes(team, round_))
    team = replace(team, objectives=tuple(replace(o, votes=counted.get(o.id, o.votes))
                                          for o in team.objectives))
    workshop = replace(workshop, teams=tuple(team if t.id == team.id else t
                                             for t in workshop.teams))
    return workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_)
