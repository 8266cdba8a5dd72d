"""Dot voting: budgets, ballots, totals, turnout, the ranking's cut and the ties across it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.domain.model import (
    CommonRule,
    Objective,
    ObjectiveStatus,
    Participant,
    Team,
    Workshop,
)
from okr_workshop.domain.room import DotVote, VoteMode, VoteRound
from okr_workshop.domain.values import new_id
from okr_workshop.domain.voting import (
    ALREADY_VOTED,
    BUDGET_OUT_OF_RANGE,
    CAP_ABOVE_BUDGET,
    NEGATIVE_DOTS,
    NOT_SECRET,
    OVER_BUDGET,
    OVER_CAP,
    ROUND_REVEALED,
    UNKNOWN_OBJECTIVE,
    Problem,
    ballot_of,
    ballot_problems,
    ballot_rows,
    budget_problems,
    can_add,
    can_remove,
    cast_problems,
    electorate,
    focus_ranking,
    latest_revealed,
    next_round,
    on_the_ballot,
    open_round,
    places_left,
    rank,
    remaining,
    reveal_changes,
    round_number,
    tally_row,
    team_rounds,
    totals,
    turnout,
    voters,
)

A, B, C, GONE, P1, P2, P3, T, U, NOBODY, REMOVED = (new_id() for _ in range(11))


def objectives(team_id: str, count: int, **fields) -> list[Objective]:
    return [Objective(team_id=team_id, title=f"Objectif n°{i + 1} « <b>éclat</b> » 🚀",
                      position=i, **fields) for i in range(count)]


def secret(team_id: str = T, votes=(), **fields) -> VoteRound:
    return VoteRound(team_id=team_id, mode=VoteMode.SECRET, votes=tuple(votes), **fields)


def ballot(participant: str, dots: dict[str, int]) -> list[DotVote]:
    return [DotVote(objective_id=o, dots=d, participant_id=participant) for o, d in dots.items()]


# Budgets --------------------------------------------------------------------------------


def test_the_default_budget_is_three_dots_at_most_two_on_one():
    round_ = next_round(Workshop(title="x"), T, VoteMode.SECRET)
    assert (round_.dots_per_person, round_.max_per_objective) == (3, 2)
    assert budget_problems(3, 2) == []


def test_a_budget_says_why_it_is_refused():
    assert budget_problems(2, 3) == [Problem(CAP_ABOVE_BUDGET, {"cap": 3, "budget": 2})]
    assert [p.code for p in budget_problems(0, 1)] == [BUDGET_OUT_OF_RANGE]
    assert budget_problems(1, 1) == []


# Ballots --------------------------------------------------------------------------------


def test_dots_stop_at_the_budget_and_at_the_cap_on_one_objective():
    round_ = secret(dots_per_person=3, max_per_objective=2)
    chosen: dict[str, int] = {}
    assert can_add(round_, chosen, A) and not can_remove(chosen, A)
    chosen[A] = 2
    assert not can_add(round_, chosen, A)  # the cap
    assert can_add(round_, chosen, B) and remaining(round_, chosen) == 1
    chosen[B] = 1
    assert not can_add(round_, chosen, C)  # the budget
    assert remaining(round_, chosen) == 0


def test_a_ballot_names_every_problem_with_codes_and_values():
    round_ = secret(dots_per_person=3, max_per_objective=2)
    problems = ballot_problems(round_, {A: 3, B: -1, GONE: 1}, [A, B])
    assert Problem(OVER_CAP, {"objective_id": A, "dots": 3, "cap": 2}) in problems
    assert Problem(NEGATIVE_DOTS, {"objective_id": B}) in problems
    assert Problem(UNKNOWN_OBJECTIVE, {"objective_id": GONE}) in problems
    assert Problem(OVER_BUDGET, {"spent": 4, "budget": 3}) in problems
    assert ballot_problems(round_, {}, [A]) == []  # spending nothing is allowed


def test_casting_twice_needs_a_recast_and_a_closed_or_tally_round_refuses():
    round_ = secret(votes=ballot(P1, {A: 1}))
    assert cast_problems(round_, P1, {A: 2}, [A]) == [
        Problem(ALREADY_VOTED, {"participant_id": P1})]
    assert cast_problems(round_, P1, {A: 2}, [A], recast=True) == []
    assert cast_problems(replace(round_, revealed=True), P2, {}, [A]) == [
        Problem(ROUND_REVEALED)]
    tally = VoteRound(team_id=T, mode=VoteMode.TALLY)
    assert cast_problems(tally, P2, {}, [A]) == [Problem(NOT_SECRET)]


def test_a_blank_ballot_is_stored_as_one_zero_row_so_its_voter_has_voted():
    round_ = secret()
    added, changed = ballot_rows(round_, P1, {}, A)
    assert [(v.objective_id, v.dots, v.participant_id) for v in added] == [(A, 0, P1)]
    assert changed == []
    round_ = replace(round_, votes=tuple(added))
    assert voters(round_) == {P1} and totals(round_) == {A: 0}


def test_a_recast_adds_new_rows_and_zeroes_the_ones_dropped_never_deleting():
    first = ballot(P1, {A: 2, B: 1})
    round_ = secret(votes=first)
    added, changed = ballot_rows(round_, P1, {B: 2, C: 1}, A)
    assert [(v.objective_id, v.dots) for v in added] == [(C, 1)]
    assert {v.objective_id: dots for v, dots in changed} == {A: 0, B: 2}
    assert ballot_of(round_, P1) == {A: 2, B: 1}


# Totals and turnout ------------------------------------------------------------------------


def test_totals_sum_the_ballots_and_leave_out_deleted_objectives():
    round_ = secret(votes=[*ballot(P1, {A: 2, B: 1}), *ballot(P2, {A: 1, GONE: 2}),
                           DotVote(objective_id=B, dots=1)])  # a removed voter's dots
    assert totals(round_) == {A: 3, B: 2, GONE: 2}
    assert totals(round_, [A, B, C]) == {A: 3, B: 2, C: 0}


def test_a_tally_is_the_coachs_count_only():
    round_ = VoteRound(team_id=T, mode=VoteMode.TALLY, votes=(
        DotVote(objective_id=A, dots=250), DotVote(objective_id=B, dots=0)))
    assert totals(round_, [A, B]) == {A: 250, B: 0}
    assert tally_row(round_, A).dots == 250 and tally_row(round_, C) is None


def test_no_votes_at_all():
    round_ = secret()
    assert totals(round_, [A]) == {A: 0} and voters(round_) == frozenset()


def test_turnout_counts_the_team_and_any_guest_but_not_a_removed_participant():
    team = Team(name="Équipe", id=T)
    people = [Participant(name=f"Pers {i}", team_id=team.id) for i in range(6)]
    guest = Participant(name="Invitée", team_id=None)
    workshop = Workshop(title="x", teams=(team,), participants=(*people, guest))
    round_ = secret(team.id, votes=[*ballot(people[0].id, {A: 1}), *ballot(guest.id, {A: 1}),
                                    *ballot(REMOVED, {A: 3})])  # someone since removed
    assert turnout(workshop, round_) == (2, 7)
    listed = electorate(workshop, round_)
    assert listed[:6] == tuple(people) and listed[-1] == guest


# Rounds ---------------------------------------------------------------------------------------


def test_rounds_are_numbered_per_team_and_the_latest_revealed_one_is_found():
    one = VoteRound(team_id=T, revealed=True, position=0)
    other = VoteRound(team_id=U, revealed=True, position=1)
    two = VoteRound(team_id=T, revealed=True, position=2)
    three = VoteRound(team_id=T, position=3)
    workshop = Workshop(title="x", vote_rounds=(three, other, two, one))
    assert team_rounds(workshop, T) == (one, two, three)
    assert [round_number(workshop, r) for r in (one, two, three, other)] == [1, 2, 3, 1]
    assert latest_revealed(workshop, T) == two
    assert open_round(workshop, T) == three and open_round(workshop, U) is None
    assert latest_revealed(workshop, NOBODY) is None
    assert next_round(workshop, T, VoteMode.TALLY).position == 4


# Ranking and the cut ------------------------------------------------------------------------------


def test_the_cut_keeps_the_rule_and_a_tie_across_it_is_flagged():
    a, b, c, d, e = objectives(T, 5)
    ranking = rank([a, b, c, d, e], {a.id: 5, b.id: 3, c.id: 3, d.id: 3, e.id: 1}, cut=2)
    assert ranking.order == (a, b, c, d, e)  # equal totals keep the team's order
    assert ranking.above_cut() == (a, b)
    assert ranking.tied == {b.id, c.id, d.id}


def test_a_tie_inside_the_cut_or_below_it_is_no_tie_at_the_cut():
    a, b, c, d = objectives(T, 4)
    assert rank([a, b, c, d], {a.id: 4, b.id: 4, c.id: 1, d.id: 1}, cut=2).tied == set()


def test_all_tied_and_nobody_voted():
    objs = objectives(T, 5)
    assert rank(objs, {o.id: 2 for o in objs}, cut=3).tied == {o.id for o in objs}
    nothing = rank(objs, {}, cut=3)
    assert nothing.tied == set() and not nothing.any_votes
    assert nothing.order == tuple(objs)


def test_fewer_candidates_than_the_rule_has_no_cut_to_straddle():
    objs = objectives(T, 2)
    ranking = rank(objs, {o.id: 1 for o in objs}, cut=3)
    assert ranking.tied == set() and ranking.below_cut() == ()


def test_more_than_forty_candidates():
    objs = objectives(T, 45)
    counted = {o.id: (i * 7) % 5 for i, o in enumerate(objs)}
    ranking = rank(objs, counted, cut=3)
    assert len(ranking.order) == 45
    totals_in_order = [counted[o.id] for o in ranking.order]
    assert totals_in_order == sorted(totals_in_order, reverse=True)
    assert ranking.tied == {o.id for o in objs if counted[o.id] == 4}


def test_a_reveal_writes_the_totals_into_the_votes_of_the_objectives_on_the_ballot():
    team_id = T
    a, b, c = objectives(team_id, 3)
    parked = Objective(team_id=team_id, title="Au parking", status=ObjectiveStatus.PARKED,
                       votes=9)
    kept = Objective(team_id=team_id, title="Retenu", status=ObjectiveStatus.KEPT, votes=4)
    b = replace(b, votes=2)
    team = Team(name="Équipe", id=team_id, objectives=(a, kept, b, c, parked))
    assert on_the_ballot(team) == (a, b, c)
    round_ = secret(team_id, votes=[*ballot(P1, {a.id: 2}), *ballot(P2, {b.id: 2}),
                                    *ballot(P3, {parked.id: 1, kept.id: 1})])
    changes = reveal_changes(team, round_)
    # b already has 2, c stays 0; the decided ones are not on the ballot: left alone.
    assert [(o.id, n) for o, n in changes] == [(a.id, 2)]


@pytest.mark.parametrize("mode", list(VoteMode))
def test_a_participant_removed_after_voting_leaves_the_totals_alone(mode):
    round_ = secret(votes=[DotVote(objective_id=A, dots=2)])
    if mode is VoteMode.SECRET:
        assert totals(round_) == {A: 2} and voters(round_) == frozenset()
    else:
        assert totals(replace(round_, mode=mode)) == {A: 2}


def test_the_focus_ranking_cuts_at_the_places_the_rule_leaves_once_some_are_kept():
    a, b, c, d = objectives(T, 4)
    kept = replace(a, status=ObjectiveStatus.KEPT)
    team = Team(name="Équipe", id=T, objectives=(kept, b, c, d))
    counted = {a.id: 9, b.id: 3, c.id: 2, d.id: 2}
    ranking = focus_ranking(team, CommonRule(max_objectives_per_team=3), counted)
    assert ranking.order == (b, c, d) and ranking.cut == 2
    assert ranking.tied == {c.id, d.id}
    full = replace(team, objectives=(kept, replace(b, status=ObjectiveStatus.KEPT), c, d))
    assert places_left(full, CommonRule(max_objectives_per_team=2)) == 0
    assert focus_ranking(full, CommonRule(max_objectives_per_team=2), counted).tied == set()
