"""Dot voting as undoable edits (issue 15, point 3): start a round, type a tally, cast a
ballot, reveal. Each is one step on the session's undo stack, so Ctrl+Z takes back one
ballot, one typed count or one reveal — never half of one.

What is allowed is the domain's (:mod:`okr_workshop.domain.voting`); a refusal is returned
as its problems (codes), never raised as prose.
"""

from __future__ import annotations

from okr_workshop.app.commands import AddEntity, Batch, Command, EditLabel, UpdateEntity, as_label
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.room import DotVote, VoteMode, VoteRound
from okr_workshop.domain.voting import (
    Problem,
    ballot_rows,
    budget_problems,
    cast_problems,
    next_round,
    on_the_ballot,
    reveal_changes,
    tally_row,
)


def start_round(session: WorkshopSession, label: EditLabel | str, team_id: str, mode: VoteMode,
                dots_per_person: int, max_per_objective: int) -> VoteRound | list[Problem]:
    """Add a new round for ``team_id`` after the others (earlier rounds are kept)."""
    problems = budget_problems(dots_per_person, max_per_objective)
    if problems:
        return problems
    round_ = next_round(session.workshop, team_id, mode, dots_per_person, max_per_objective)
    session.add(label, round_)
    return round_


def _current_round(session: WorkshopSession, round_id: str) -> VoteRound:
    found = next((r for r in session.workshop.vote_rounds if r.id == round_id), None)
    if found is None:
        raise LookupError(f"no vote round {round_id} in this workshop")
    return found


def cast_ballot(session: WorkshopSession, label: EditLabel | str, round_id: str,
                participant_id: str, ballot: dict[str, int],
                recast: bool = False) -> list[Problem]:
    """Store ``participant_id``'s dots (objective id → dots) in one undoable edit; the
    problems when the ballot or the round refuses it (nothing stored then)."""
    round_ = _current_round(session, round_id)
    team = session.workshop.team(round_.team_id)
    ids = [o.id for o in on_the_ballot(team)] if team else []
    problems = cast_problems(round_, participant_id, ballot, ids, recast)
    if problems or not ids:
        return problems
    added, changed = ballot_rows(round_, participant_id, ballot, ids[0])
    label = as_label(label)
    commands: list[Command] = [UpdateEntity(label, vote, _with_dots(vote, dots))
                               for vote, dots in changed]
    commands += [AddEntity(label, session.workshop.id, vote, round_.id) for vote in added]
    if commands:
        session.execute(Batch(label, commands))
    return []


def _with_dots(vote: DotVote, dots: int) -> DotVote:
    return DotVote(objective_id=vote.objective_id, dots=dots,
                   participant_id=vote.participant_id, id=vote.id)


def set_tally(session: WorkshopSession, label: EditLabel | str, round_id: str,
              objective_id: str, dots: int) -> None:
    """The coach's count for one objective in a tally round (one undoable edit)."""
    round_ = _current_round(session, round_id)
    if round_.mode is not VoteMode.TALLY or round_.revealed:
        return
    row = tally_row(round_, objective_id)
    if row is None:
        if dots:
            session.add(label, DotVote(objective_id=objective_id, dots=dots), parent_id=round_.id)
    elif row.dots != dots:
        session.update(label, row, dots=dots)


def reveal(session: WorkshopSession, label: EditLabel | str, round_id: str) -> None:
    """Close the round for the room: ``revealed``, and its totals become the votes of the
    objectives on the ballot, in one undoable edit."""
    round_ = _current_round(session, round_id)
    team = session.workshop.team(round_.team_id)
    if round_.revealed or team is None:
        return
    changes: list = [(round_, {"revealed": True})]
    changes += [(objective, {"votes": votes}) for objective, votes in reveal_changes(team, round_)]
    session.update_many(label, changes)
