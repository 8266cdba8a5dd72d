"""The room kit's data (issue 15) in the library and in exchange files: vote rounds with
each participant's dots, the run sheet, the session's date; stored, read back, edited one
entity at a time, migrated from an older library, optional in a file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.error_messages import import_sentence
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import Objective, RotiVote, Step, Team, Workshop
from okr_workshop.domain.next_cycle import NextCycle, next_cycle_copy
from okr_workshop.domain.room import AgendaItem, DotVote, VoteMode, VoteRound
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import EditRefused
from okr_workshop.storage.exchange import (
    ExchangeError,
    document_to_workshop,
    dumps_workshop,
    parse_workshop_bytes,
    workshop_to_document,
)
from okr_workshop.storage.exchange_format import FIELDS
from okr_workshop.storage.migrations import MIGRATION_SET
from okr_workshop.storage.repository import Repository
from tests.storage.exchange_fixtures import full_document, full_workshop, uid

ROOM_FIELDS = {"session_on", "session_starts_at", "agenda", "vote_rounds"}


def test_every_room_field_is_stored_and_read_back(repository: Repository) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    back = repository.load_workshop(workshop.id)
    assert back == replace(workshop, updated_at=back.updated_at, created_at=back.created_at)
    assert (back.session_on, back.session_starts_at) == (date(2027, 1, 12), "09:00")
    assert [(a.step, a.title, a.spent_seconds) for a in back.agenda] == [
        (Step.VISION, "", 742), (None, "Pause café ☕", 0),
        (Step.FOCUS, "Focus « dot voting »", 0)]
    secret, tally = back.vote_rounds
    assert secret.mode is VoteMode.SECRET and secret.revealed
    assert [(v.objective_id, v.dots, v.participant_id) for v in secret.votes] == [
        (uid(20), 2, uid(1)), (uid(21), 1, uid(1)), (uid(20), 2, uid(2))]
    assert tally.mode is VoteMode.TALLY and tally.votes[0].participant_id is None


def test_rounds_dots_and_lines_are_added_edited_moved_and_deleted_one_by_one(
    repository: Repository,
) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    sales = workshop.teams[0]
    third = VoteRound(team_id=sales.id, mode=VoteMode.SECRET, dots_per_person=5,
                      max_per_objective=5)
    repository.add(workshop.id, third, None, 0)
    dot = DotVote(objective_id=uid(21), dots=4, participant_id=uid(2))
    repository.add(workshop.id, dot, third.id)
    repository.update(replace(workshop.vote_rounds[0], revealed=False))
    repository.update(replace(workshop.vote_rounds[0].votes[1], dots=0))
    repository.move(DotVote, workshop.vote_rounds[0].votes[2].id, 0)
    repository.add(workshop.id, AgendaItem(title="Déjeuner 🍽 <i>", planned_minutes=60), None, 1)
    repository.update(replace(workshop.agenda[0], spent_seconds=601, planned_minutes=12))
    repository.delete(AgendaItem, workshop.agenda[1].id)

    back = repository.load_workshop(workshop.id)
    assert [r.id for r in back.vote_rounds] == [third.id, uid(110), uid(120)]
    assert [r.position for r in back.vote_rounds] == [0, 1, 2]
    assert back.vote_rounds[0].votes == (dot,)
    assert not back.vote_rounds[1].revealed
    assert [(v.id, v.dots) for v in back.vote_rounds[1].votes] == [
        (uid(113), 2), (uid(111), 2), (uid(112), 0)]
    assert [(a.title, a.planned_minutes, a.spent_seconds) for a in back.agenda] == [
        ("", 12, 601), ("Déjeuner 🍽 <i>", 60, 0), ("Focus « dot voting »", 15, 0)]
    assert [a.position for a in back.agenda] == [0, 1, 2]

    repository.delete(VoteRound, uid(110))  # a round goes with its dots
    back = repository.load_workshop(workshop.id)
    assert [r.id for r in back.vote_rounds] == [third.id, uid(120)]
    assert [r.position for r in back.vote_rounds] == [0, 1]
    assert integrity_problems(back) == []


def test_a_deleted_objective_takes_its_dots_from_every_round(repository: Repository) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    repository.delete(Objective, uid(20))
    back = repository.load_workshop(workshop.id)
    assert [[v.id for v in r.votes] for r in back.vote_rounds] == [[uid(112)], [uid(122)]]
    assert integrity_problems(back) == []


def test_a_deleted_team_takes_its_rounds_and_a_participant_leaves_anonymous_dots(
    repository: Repository,
) -> None:
    workshop = full_workshop()
    data_round = VoteRound(team_id=uid(11), votes=(
        DotVote(objective_id=uid(22), dots=1, participant_id=uid(2)),))
    workshop = replace(workshop, vote_rounds=(*workshop.vote_rounds,
                                              replace(data_round, position=2)))
    repository.add_workshop(workshop)
    repository.delete(Team, uid(10))
    back = repository.load_workshop(workshop.id)
    assert [(r.id, r.position) for r in back.vote_rounds] == [(data_round.id, 0)]
    repository.delete(type(workshop.participants[1]), uid(2))
    back = repository.load_workshop(workshop.id)
    assert back.vote_rounds[0].votes[0].participant_id is None
    assert back.vote_rounds[0].votes[0].dots == 1  # still counted
    assert integrity_problems(back) == []


def test_a_dot_on_an_objective_of_another_workshop_is_refused(repository: Repository) -> None:
    workshop, other = full_workshop(), renew_ids(full_workshop())
    repository.add_workshop(workshop)
    repository.add_workshop(other)
    stray = DotVote(objective_id=next(other.objectives()).id, dots=1)
    with pytest.raises(EditRefused, match="not in this workshop"):
        repository.add(workshop.id, stray, uid(110))
    assert repository.load_workshop(workshop.id).vote_rounds == workshop.vote_rounds


def test_a_library_before_the_room_kit_gains_it_and_keeps_its_data(tmp_path: Path) -> None:
    from okr_workshop.storage.migrations import (
        m001_initial_schema,
        m002_key_result_relative_change,
        m003_steering,
    )

    path = tmp_path / "avant-la-salle.okrlib"
    before = Migrations(MIGRATION_SET)
    for step in (m001_initial_schema, m002_key_result_relative_change, m003_steering):
        before()(step)
    old = Database(path)
    before.apply(old)
    stamp = "'2026-01-01T00:00:00+00:00'"
    old.execute(
        "INSERT INTO workshops (id, title, language, rule_max_objectives_per_team, "
        "rule_max_key_results_per_objective, rule_strict, current_step, created_at, "
        f"updated_at) VALUES ('{uid(1)}', 'Séance « d’avant »', 'fr', 3, 2, 0, 'focus', "
        f"{stamp}, {stamp})"
    )
    old.execute(
        "INSERT INTO roti_votes (id, workshop_id, position, score, occasion, created_at, "
        f"updated_at) VALUES ('{uid(2)}', '{uid(1)}', 0, 4, 'workshop', {stamp}, {stamp})"
    )
    old.conn.commit()
    old.close()
    database = open_library(path)
    try:
        repository = Repository(database)
        workshop = repository.load_workshop(uid(1))
        assert workshop.title == "Séance « d’avant »" and workshop.roti_votes[0].score == 4
        assert (workshop.vote_rounds, workshop.agenda) == ((), ())
        assert (workshop.session_on, workshop.session_starts_at) == (None, "")
        # and the new tables take data at once
        team = Team(name="Ventes")
        repository.add(workshop.id, team)
        repository.add(workshop.id, VoteRound(team_id=team.id))
        repository.save_workshop_header(replace(workshop, session_on=date(2027, 1, 12),
                                                session_starts_at="13:30"))
        back = repository.load_workshop(uid(1))
        assert len(back.vote_rounds) == 1 and back.session_starts_at == "13:30"
    finally:
        close_library(database)


def test_a_workshop_without_room_data_writes_none_of_it() -> None:
    team = Team(name="Ventes")
    workshop = Workshop(title="Simple", teams=(replace(team, objectives=(
        Objective(team_id=team.id, title="Vendre"),)),))
    written = workshop_to_document(workshop)["workshop"]
    assert not ROOM_FIELDS & set(written)
    assert document_to_workshop(workshop_to_document(workshop)) == workshop


def test_steering_data_alone_does_not_write_the_room_fields() -> None:
    # The release that brought Steering refuses fields it does not know: a workshop with
    # ROTI votes but no run sheet must still open there.
    workshop = Workshop(title="Bilan", roti_votes=(RotiVote(score=4),))
    written = workshop_to_document(workshop)["workshop"]
    assert "roti_votes" in written and not ROOM_FIELDS & set(written)
    room_only = Workshop(title="Séance", session_starts_at="09:00")
    written = workshop_to_document(room_only)["workshop"]
    assert ROOM_FIELDS <= set(written) and "roti_votes" not in written
    assert document_to_workshop(workshop_to_document(room_only)) == room_only


def test_messy_room_data_goes_through_a_file_unchanged() -> None:
    workshop = full_workshop()
    messy = replace(
        workshop,
        session_starts_at="23:59",
        agenda=(
            AgendaItem(step=Step.KEY_RESULTS, title="  ", planned_minutes=0),
            AgendaItem(title="<b>Pause</b> & « café » 🥐 — 2ᵉ étage", planned_minutes=1440,
                       spent_seconds=7 * 24 * 3600, position=1),
        ),
        vote_rounds=(
            *workshop.vote_rounds,
            VoteRound(team_id=uid(11), mode=VoteMode.TALLY, votes=(), position=2),
            VoteRound(team_id=uid(11), dots_per_person=1, max_per_objective=1, votes=(
                DotVote(objective_id=uid(20), dots=10_000),  # moved to another team since
            ), position=3),
        ),
    )
    text = dumps_workshop(messy)
    assert parse_workshop_bytes(text.encode("utf-8")) == messy
    assert dumps_workshop(parse_workshop_bytes(text.encode("utf-8"))) == text
    assert "<b>Pause</b> & « café » 🥐" in json.loads(text)["workshop"]["agenda"][1]["title"]


def test_a_budget_broken_in_a_file_is_refused_in_both_languages() -> None:
    document = full_document()
    document["workshop"]["vote_rounds"][0]["max_per_objective"] = 4  # 3 dots per person
    with pytest.raises(ExchangeError) as caught:
        document_to_workshop(document)
    error = caught.value
    assert (error.path, error.code) == ("workshop.vote_rounds[0].max_per_objective",
                                        "above_budget")
    assert import_sentence(error.path, error.code, error.params, "fr") == (
        "Ce fichier ne peut pas être importé\u00a0: le champ «\u00a0tour de vote 1 › "
        "gommettes au plus sur un objectif\u00a0» ne peut pas dépasser le nombre de "
        "gommettes de chaque personne.")
    assert "dots each person has" in import_sentence(error.path, error.code, {}, "en")


def test_an_untitled_break_is_refused_with_words_of_its_own() -> None:
    with pytest.raises(InvalidValue) as caught:
        AgendaItem(title=" ")
    assert caught.value.code == "break_untitled"
    document = full_document()
    document["workshop"]["agenda"][1]["title"] = ""
    with pytest.raises(ExchangeError) as refused:
        document_to_workshop(document)
    assert "ligne du déroulé 2" in refused.value.sentence("fr")


@pytest.mark.parametrize(("where", "field", "kind"), [
    ("round", "team_id", "team"),
    ("dot", "objective_id", "objective"),
    ("dot", "participant_id", "participant"),
])
def test_a_dangling_room_link_is_an_integrity_problem(where: str, field: str,
                                                      kind: str) -> None:
    workshop = full_workshop()
    nowhere = uid(0xDEAD)
    first = workshop.vote_rounds[0]
    if where == "round":
        broken = replace(first, **{field: nowhere})
        path = "vote_rounds[0].team_id"
    else:
        broken = replace(first, votes=(replace(first.votes[0], **{field: nowhere}),))
        path = f"vote_rounds[0].votes[0].{field}"
    problems = integrity_problems(replace(workshop, vote_rounds=(broken,)))
    assert [(p.path, p.code, p.params) for p in problems] == [(path, "dangling",
                                                              {"kind": kind})]


def test_a_duplicate_id_inside_a_round_is_found() -> None:
    workshop = full_workshop()
    first = workshop.vote_rounds[0]
    twice = replace(first, votes=(first.votes[0], replace(first.votes[1], id=first.votes[0].id)))
    (problem,) = integrity_problems(replace(workshop, vote_rounds=(twice,)))
    assert (problem.path, problem.code) == ("vote_rounds[0].votes[1].id", "duplicate_id")


def test_a_copy_for_a_new_workshop_follows_every_room_link() -> None:
    workshop = full_workshop()
    copy = renew_ids(workshop)
    assert integrity_problems(copy) == []
    assert copy.agenda == tuple(replace(a, id=c.id) for a, c in zip(
        workshop.agenda, copy.agenda, strict=True))
    assert not {a.id for a in copy.agenda} & {a.id for a in workshop.agenda}
    sales = copy.teams[0]
    assert [r.team_id for r in copy.vote_rounds] == [sales.id, sales.id]
    votes = copy.vote_rounds[0].votes
    assert [v.objective_id for v in votes] == [sales.objectives[i].id for i in (0, 1, 0)]
    assert [v.participant_id for v in votes] == [copy.participants[i].id for i in (0, 0, 1)]
    assert [v.dots for v in votes] == [2, 1, 2]


def test_the_next_cycle_keeps_the_run_sheet_as_a_plan_and_no_vote() -> None:
    workshop = full_workshop()
    choice = NextCycle(title="T2", objective_ids=frozenset({uid(20), uid(22)}))
    copy = next_cycle_copy(workshop, choice)
    assert copy.vote_rounds == ()
    assert [(a.step, a.title, a.planned_minutes, a.spent_seconds) for a in copy.agenda] == [
        (a.step, a.title, a.planned_minutes, 0) for a in workshop.agenda]
    assert copy.session_on is None and copy.session_starts_at == "09:00"
    assert integrity_problems(copy) == []


def test_every_field_of_the_room_kinds_is_documented() -> None:
    page = (Path(__file__).parents[2] / "docs" / "exchange-format.md").read_text("utf-8")
    missing = [f"{kind}.{name}" for kind in ("vote_round", "dot_vote", "agenda_item")
               for name in FIELDS[kind] if f"| `{name}` |" not in page]
    assert missing == []
