"""Dot voting as undoable edits on disk: a round, ballots (one undo each), a tally, the
reveal writing the totals into the objectives' votes, and the exchange file keeping it all."""

from __future__ import annotations

from okr_workshop.app.dot_voting import cast_ballot, reveal, set_tally, start_round
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import Objective, Participant
from okr_workshop.domain.room import VoteMode
from okr_workshop.domain.voting import (
    ALREADY_VOTED,
    CAP_ABOVE_BUDGET,
    OVER_CAP,
    ROUND_REVEALED,
    on_the_ballot,
    totals,
    voters,
)
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from tests.app.on_disk import reopened


def candidates(session: WorkshopSession, count: int = 4):
    """The sample's first team with ``count`` more candidates (its own are decided)."""
    team = session.workshop.teams[0]
    for i in range(count):
        session.add("add", Objective(team_id=team.id, title=f"Candidat « {i} » <b>gras</b>"),
                    parent_id=team.id)
    return session.workshop.teams[0]


def people(session: WorkshopSession, team_id: str, count: int) -> list[str]:
    for i in range(count):
        session.add("add participant", Participant(name=f"Votant·e n°{i} 🎉", team_id=team_id))
    return [p.id for p in session.workshop.participants if p.team_id == team_id][-count:]


def test_ballots_undo_one_at_a_time_and_the_reveal_writes_the_votes(session, library):
    team = candidates(session)
    voters_ids = people(session, team.id, 3)
    round_ = start_round(session, "start", team.id, VoteMode.SECRET, 3, 2)
    ids = [o.id for o in on_the_ballot(team)]
    assert cast_ballot(session, "cast", round_.id, voters_ids[0], {ids[0]: 2, ids[1]: 1}) == []
    assert cast_ballot(session, "cast", round_.id, voters_ids[1], {}) == []  # blank
    assert [p.code for p in cast_ballot(session, "cast", round_.id, voters_ids[0],
                                        {ids[0]: 1})] == [ALREADY_VOTED]
    assert [p.code for p in cast_ballot(session, "cast", round_.id, voters_ids[2],
                                        {ids[0]: 3})] == [OVER_CAP]
    stored = reopened(library, session.workshop.id).vote_rounds[0]
    assert voters(stored) == {voters_ids[0], voters_ids[1]}
    assert totals(stored, ids)[ids[0]] == 2

    session.undo()  # the blank ballot only
    assert voters(session.workshop.vote_rounds[0]) == {voters_ids[0]}
    session.redo()

    reveal(session, "reveal", round_.id)
    workshop = reopened(library, session.workshop.id)
    assert workshop.vote_rounds[0].revealed
    assert workshop.objective(ids[0]).votes == 2 and workshop.objective(ids[1]).votes == 1
    assert [p.code for p in cast_ballot(session, "cast", round_.id, voters_ids[2], {})] == [
        ROUND_REVEALED]
    session.undo()  # the reveal, votes included
    workshop = reopened(library, session.workshop.id)
    assert not workshop.vote_rounds[0].revealed
    assert workshop.objective(ids[0]).votes == 0  # as before the reveal


def test_a_recast_replaces_the_first_ballot_and_its_undo_puts_it_back(session):
    team = candidates(session)
    (voter,) = people(session, team.id, 1)
    round_ = start_round(session, "start", team.id, VoteMode.SECRET, 3, 2)
    ids = [o.id for o in on_the_ballot(team)]
    cast_ballot(session, "cast", round_.id, voter, {ids[0]: 2})
    assert cast_ballot(session, "cast", round_.id, voter, {ids[1]: 2, ids[2]: 1},
                       recast=True) == []
    assert totals(session.workshop.vote_rounds[0], ids[:3]) == {ids[0]: 0, ids[1]: 2, ids[2]: 1}
    session.undo()
    assert totals(session.workshop.vote_rounds[0], ids[:3]) == {ids[0]: 2, ids[1]: 0, ids[2]: 0}


def test_a_tally_is_typed_one_undo_per_count_and_a_second_round_keeps_the_first(session):
    team = candidates(session)
    ids = [o.id for o in on_the_ballot(team)]
    first = start_round(session, "start", team.id, VoteMode.TALLY, 3, 2)
    set_tally(session, "count", first.id, ids[0], 12)
    set_tally(session, "count", first.id, ids[0], 14)
    set_tally(session, "count", first.id, ids[1], 3)
    session.undo()
    assert totals(session.workshop.vote_rounds[0], ids[:2]) == {ids[0]: 14, ids[1]: 0}
    reveal(session, "reveal", first.id)
    second = start_round(session, "start", team.id, VoteMode.SECRET, 5, 3)
    assert [r.id for r in session.workshop.vote_rounds] == [first.id, second.id]
    assert session.workshop.objective(ids[0]).votes == 14
    assert start_round(session, "start", team.id, VoteMode.SECRET, 2, 3)[0].code == \
        CAP_ABOVE_BUDGET


def test_a_ballot_round_survives_export_and_import(session, tmp_path):
    from okr_workshop.app.exchange_files import export_workshop, import_workshop

    team = candidates(session)
    voters_ids = people(session, team.id, 2)
    round_ = start_round(session, "start", team.id, VoteMode.SECRET, 3, 2)
    ids = [o.id for o in on_the_ballot(team)]
    cast_ballot(session, "cast", round_.id, voters_ids[0], {ids[0]: 2, ids[1]: 1})
    cast_ballot(session, "cast", round_.id, voters_ids[1], {ids[1]: 1})
    reveal(session, "reveal", round_.id)
    path = tmp_path / "atelier.okr.json"
    export_workshop(session.repository, session.workshop.id, path)
    other = Repository(open_library(tmp_path / "other.sqlite3"))
    imported = other.load_workshop(import_workshop(other, path).id)
    (copied,) = imported.vote_rounds
    assert copied.revealed and copied.mode is VoteMode.SECRET
    assert len(voters(copied)) == 2
    # The import gives everything new ids: compare by title and name.
    def by_title(workshop, round_):
        return {workshop.objective(o).title: n for o, n in totals(round_).items()}

    assert by_title(imported, copied) == by_title(session.workshop,
                                                  session.workshop.vote_rounds[0])
    assert {imported.participant(p).name for p in voters(copied)} == {
        session.workshop.participant(p).name for p in voters_ids}
