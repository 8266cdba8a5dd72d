"""The Steering data (issue 13) in the library and in exchange files: stored, read back,
edited one entity at a time, migrated from an older library, optional in a file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import (
    Action,
    CheckIn,
    FeedbackOccasion,
    KeyResult,
    Objective,
    RotiVote,
    Team,
    Workshop,
)
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.exchange import document_to_workshop, workshop_to_document
from okr_workshop.storage.migrations import MIGRATION_SET
from okr_workshop.storage.repository import Repository
from tests.storage.exchange_fixtures import full_workshop


def test_every_steering_field_is_stored_and_read_back(repository: Repository) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    back = repository.load_workshop(workshop.id)
    assert back == replace(workshop, updated_at=back.updated_at, created_at=back.created_at)
    kr = next(back.key_results())
    assert (kr.status_override, kr.status_reason, kr.grade) == (
        "at_risk", "Le fournisseur a deux semaines de retard", 0.7)
    assert kr.check_ins[1].next_step == "Relancer le fournisseur"
    assert back.rituals[0].starts_at == "09:30" and back.rituals[0].time_zone == "Europe/Paris"
    assert back.roti_votes[0].score == 4 and back.actions[0].due == date(2027, 1, 31)


def test_votes_and_actions_are_added_edited_and_deleted_one_by_one(
    repository: Repository,
) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    anonymous = RotiVote(score=2, occasion=FeedbackOccasion.REVIEW)
    repository.add(workshop.id, anonymous)
    action = workshop.actions[0]
    repository.update(replace(action, done=True, text="Partager « les chiffres » 📊"))
    back = repository.load_workshop(workshop.id)
    assert [v.score for v in back.roti_votes] == [4, 2]
    assert back.roti_votes[1].participant_id is None
    assert back.actions[0].done and back.actions[0].text == "Partager « les chiffres » 📊"
    repository.delete(Action, action.id)
    assert repository.load_workshop(workshop.id).actions == ()


def test_deleting_a_participant_unlinks_what_pointed_at_them(repository: Repository) -> None:
    workshop = full_workshop()
    repository.add_workshop(workshop)
    claire = workshop.participants[0]
    repository.delete(type(claire), claire.id)
    back = repository.load_workshop(workshop.id)
    assert back.roti_votes[0].participant_id is None  # the vote stays, anonymous
    assert all(c.author_id is None for c in back.key_results().__next__().check_ins)
    assert integrity_problems(back) == []


def test_a_library_before_steering_gains_it_and_keeps_its_data(tmp_path: Path) -> None:
    from okr_workshop.storage.migrations import (
        m001_initial_schema,
        m002_key_result_relative_change,
    )

    path = tmp_path / "old.okrlib"
    before = Migrations(MIGRATION_SET)
    before()(m001_initial_schema)
    before()(m002_key_result_relative_change)
    old = Database(path)
    before.apply(old)
    old.execute(
        "INSERT INTO workshops (id, title, language, rule_max_objectives_per_team, "
        "rule_max_key_results_per_objective, rule_strict, current_step, created_at, "
        "updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Ancien', 'fr', 3, 2, "
        "0, 'setup', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
    )
    old.execute(
        "INSERT INTO rituals (id, workshop_id, position, kind, cadence, note, created_at, "
        "updated_at) VALUES ('00000000-0000-4000-8000-000000000002', "
        "'00000000-0000-4000-8000-000000000001', 0, 'check_in', 'weekly', 'Lundi', "
        "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
    )
    old.conn.commit()
    old.close()
    database = open_library(path)
    try:
        workshop = Repository(database).load_workshop("00000000-0000-4000-8000-000000000001")
        ritual = workshop.rituals[0]
        assert (ritual.note, ritual.starts_on, ritual.duration_minutes) == ("Lundi", None, 30)
        assert workshop.roti_votes == () and workshop.actions == ()
    finally:
        close_library(database)


def test_a_file_without_steering_fields_writes_none_of_them() -> None:
    team = Team(name="Ventes")
    kr = KeyResult(text="Passer de 10 à 20 clients", check_ins=(
        CheckIn(on=date(2027, 1, 4), value=12, confidence=0),))
    objective = Objective(team_id=team.id, title="Vendre", key_results=(kr,))
    workshop = Workshop(title="Simple", teams=(replace(team, objectives=(objective,)),))
    document = workshop_to_document(workshop)
    written = document["workshop"]
    assert "roti_votes" not in written and "actions" not in written
    kr_doc = written["teams"][0]["objectives"][0]["key_results"][0]
    assert not {"milestone", "grade", "status_override", "status_reason"} & set(kr_doc)
    assert not {"next_step", "author_id"} & set(kr_doc["check_ins"][0])
    assert "outcome" not in written["teams"][0]["objectives"][0]
    assert document_to_workshop(document) == workshop


def test_a_copy_for_a_new_workshop_follows_every_steering_link() -> None:
    workshop = full_workshop()
    copy = renew_ids(workshop)
    assert integrity_problems(copy) == []
    ids = {p.id for p in copy.participants}
    assert copy.roti_votes[0].participant_id in ids
    assert copy.actions[0].owner_id in ids
    assert copy.actions[0].feedback_id == copy.feedback[0].id != workshop.feedback[0].id
    author = next(copy.key_results()).check_ins[1].author_id
    assert author in ids and author != workshop.participants[0].id


@pytest.mark.parametrize(("field", "value"), [("participant_id", "owner"), ("feedback_id", "x")])
def test_a_dangling_steering_link_is_an_integrity_problem(field: str, value: str) -> None:
    workshop = full_workshop()
    if field == "participant_id":
        broken = replace(workshop, roti_votes=(RotiVote(
            score=3, participant_id="00000000-0000-4000-8000-00000000dead"),))
    else:
        broken = replace(workshop, actions=(Action(
            text="x", feedback_id="00000000-0000-4000-8000-00000000dead"),))
    assert [p.code for p in integrity_problems(broken)] == ["dangling"]


def test_every_field_added_to_version_1_is_documented() -> None:
    from okr_workshop.storage.exchange_format import OPTIONAL

    page = (Path(__file__).parents[2] / "docs" / "exchange-format.md").read_text("utf-8")
    missing = [name for fields in OPTIONAL.values() for name in fields
               if f"`{name}`" not in page]
    assert missing == []
