"""After every edit, undo and redo the session's workshop is the one the library holds,
without reading it back, and the change set names what changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import (
    Action,
    CheckIn,
    ClosingOutcome,
    Dependency,
    Feedback,
    FeedbackKind,
    FeedbackOccasion,
    KeyResult,
    Language,
    Objective,
    PaceStatus,
    Participant,
    RotiVote,
    Team,
    Workshop,
)
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository


@pytest.fixture
def session(tmp_path: Path) -> WorkshopSession:
    repository = Repository(open_library(tmp_path / "library.sqlite3"))
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    return WorkshopSession(repository, workshop.id)


def on_disk(session: WorkshopSession) -> Workshop:
    return session.repository.load_workshop(session.workshop.id)


def edits(session: WorkshopSession):
    """Every kind of edit, each reading the workshop as it is when it runs."""
    w = lambda: session.workshop  # noqa: E731
    yield lambda: session.update_workshop("Titre", title="Atelier « 🌷 » <b>x</b>")
    yield lambda: session.add("Équipe", Team(name="Équipe ∅"), None, 1)
    yield lambda: session.add("Objectif", Objective(
        team_id=w().teams[1].id, title="Objectif imbriqué", author_id=w().participants[0].id,
        key_results=(KeyResult(text="KR 1", check_ins=()), KeyResult(text="KR 2"))))
    yield lambda: session.update("Cible", w().teams[0].objectives[0].key_results[0], target=99.5)
    yield lambda: session.move("Déplacer", w().teams[0].objectives[-1], 0)
    yield lambda: session.update("Équipe", w().teams[0].objectives[0], team_id=w().teams[2].id)
    yield lambda: session.add("Dépendance", Dependency(
        from_objective_id=w().teams[2].objectives[-1].id,
        to_objective_id=w().teams[3].objectives[0].id), None, 0)
    yield lambda: session.add("Point", CheckIn(on=date(2027, 1, 15), value=3.0, confidence=5),
        w().teams[3].objectives[0].key_results[0].id)
    # Steering: links to a participant and to a feedback note, then both deleted.
    yield lambda: session.add("Point signé", CheckIn(
        on=date(2027, 1, 22), value=4.0, confidence=0, next_step="Relancer",
        author_id=w().participants[0].id), w().teams[3].objectives[0].key_results[0].id)
    yield lambda: session.add("Retour", Feedback(kind=FeedbackKind.BLOCKED, text="Données",
                                                 occasion=FeedbackOccasion.REVIEW))
    yield lambda: session.add("ROTI", RotiVote(score=5, participant_id=w().participants[0].id))
    yield lambda: session.add("Action", Action(
        text="Ouvrir l’accès", owner_id=w().participants[0].id, due=date(2027, 2, 1),
        feedback_id=w().feedback[-1].id))
    yield lambda: session.update("Fait", w().actions[-1], done=True)
    yield lambda: session.update("Clôture", w().teams[0].objectives[0],
                                 outcome=ClosingOutcome.CARRIED, learnings="Plus court")
    yield lambda: session.update("Statut", w().teams[0].objectives[0].key_results[0],
                                 status_override=PaceStatus.OFF_TRACK, grade=0.4)
    yield lambda: session.delete("Retour", w().feedback[-1])
    yield lambda: session.delete("Participant", w().participants[0])
    yield lambda: session.delete("Stratégique", w().strategic_objectives[0])
    yield lambda: session.delete("Équipe", w().teams[2])
    yield lambda: session.update_many("Deux", [
        (w().teams[0], {"name": "Renommée"}), (w().teams[1], {"department": "RH"})])
    yield lambda: session.add("Participant", Participant(name="Zoé", team_id=w().teams[0].id))


def test_the_workshop_in_memory_is_the_one_on_disk_after_every_step(session):
    done = 0
    for edit in edits(session):
        edit()
        done += 1
        assert session.workshop == on_disk(session), done
    for step in range(done):
        session.undo()
        assert session.workshop == on_disk(session), f"undo {step}"
    for step in range(done):
        session.redo()
        assert session.workshop == on_disk(session), f"redo {step}"


def test_an_edit_does_not_read_the_whole_workshop_back(session, monkeypatch):
    def refused(_workshop_id):
        raise AssertionError("the whole workshop was read back")

    monkeypatch.setattr(session.repository, "load_workshop", refused)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    session.update("Cible", kr, target=42.0)
    session.undo()
    session.redo()
    assert session.workshop.teams[0].objectives[0].key_results[0].target == 42.0


def test_a_target_edit_names_its_key_result_and_nothing_else(session):
    heard = []
    session.subscribe_changes(heard.append)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    session.update("Cible", kr, target=42.0)
    (changes,) = heard
    assert changes.ids == {(KeyResult, kr.id)}
    assert changes.only_fields_of(KeyResult) and not changes.touches(Team, Workshop)


def test_deleting_a_team_names_what_went_with_it(session):
    heard = []
    session.subscribe_changes(heard.append)
    team = session.workshop.teams[0]
    session.delete("Équipe", team)
    changes = heard[-1]
    assert changes.reshaped and (Team, team.id) in changes.ids
    assert {(KeyResult, k.id) for o in team.objectives for k in o.key_results} <= changes.ids
    session.undo()
    assert heard[-1].ids == changes.ids


def test_workshop_fields_are_named(session):
    heard = []
    session.subscribe_changes(heard.append)
    session.update_workshop("Vision", vision="Nouvelle vision")
    assert heard[-1].workshop_fields == {"vision"} and heard[-1].touches(Workshop)
