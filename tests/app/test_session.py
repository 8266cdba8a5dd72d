"""Every edit is saved at once, and undo/redo move the library back and forth with it."""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import (
    KeyResult,
    Objective,
    ObjectiveStatus,
    Step,
    Team,
)
from tests.app.on_disk import reopened


def test_an_edit_is_on_disk_at_once_and_undo_takes_it_back(session, library):
    team = session.workshop.teams[0]
    session.update("Rename team", team, name="Équipe « Web »")
    assert reopened(library, session.workshop.id).teams[0].name == "Équipe « Web »"

    assert session.undo() == "Rename team"
    assert reopened(library, session.workshop.id).teams[0].name == team.name
    assert session.workshop.teams[0].name == team.name

    assert session.redo() == "Rename team"
    assert reopened(library, session.workshop.id).teams[0].name == "Équipe « Web »"


def test_deleting_a_team_is_undone_whole(session, library):
    before = session.workshop
    team = before.teams[0]
    linked = [
        d
        for d in before.dependencies
        if d.from_objective_id in {o.id for o in team.objectives}
        or d.to_objective_id in {o.id for o in team.objectives}
    ]
    members = [p for p in before.participants if p.team_id == team.id]
    assert team.objectives and members

    session.delete("Delete team", team)
    after = reopened(library, before.id)
    assert team.id not in {t.id for t in after.teams}
    assert all(p.team_id != team.id for p in after.participants)
    assert len(after.dependencies) == len(before.dependencies) - len(linked)

    session.undo()
    restored = reopened(library, before.id)
    # Objectives, key results, check-ins, dependencies and team members all come back.
    assert restored.teams == before.teams
    assert restored.participants == before.participants
    assert restored.dependencies == before.dependencies


def test_deleting_a_strategic_objective_relinks_objectives_on_undo(session, library):
    strategic = session.workshop.strategic_objectives[0]
    aligned = [
        o.id for o in session.workshop.objectives() if o.strategic_objective_id == strategic.id
    ]
    assert aligned
    session.delete("Delete strategic objective", strategic)
    assert all(o.strategic_objective_id != strategic.id for o in session.workshop.objectives())
    session.undo()
    again = [
        o.id
        for o in reopened(library, session.workshop.id).objectives()
        if o.strategic_objective_id == strategic.id
    ]
    assert sorted(again) == sorted(aligned)


def test_add_move_and_undo(session):
    team = Team(name="Juridique", department="Legal")
    session.add("Add team", team, index=0)
    assert session.workshop.teams[0].name == "Juridique"
    session.move("Move team", session.workshop.teams[0], 2)
    assert [t.name for t in session.workshop.teams].index("Juridique") == 2
    session.undo()
    assert session.workshop.teams[0].name == "Juridique"
    session.undo()
    assert "Juridique" not in [t.name for t in session.workshop.teams]
    assert session.undo_label is None and session.undo() is None
    assert session.redo() == "Add team"
    assert session.workshop.teams[0].name == "Juridique"


def test_a_new_edit_clears_redo(session):
    team = session.workshop.teams[0]
    session.update("Rename", team, name="A")
    session.undo()
    assert session.redo_label == "Rename"
    session.update("Rename again", team, name="B")
    assert session.redo_label is None and session.redo() is None


def test_update_many_undoes_as_one_step(session, library):
    team = session.workshop.teams[0]
    candidates = team.objectives[:2]
    session.update_many("Park", [(o, {"status": ObjectiveStatus.PARKED}) for o in candidates])
    assert all(o.status == ObjectiveStatus.PARKED for o in session.workshop.teams[0].objectives[:2])
    session.undo()
    assert [o.status for o in reopened(library, session.workshop.id).teams[0].objectives[:2]] == [
        o.status for o in candidates
    ]


def test_adding_a_key_result_under_an_objective(session):
    objective = next(session.workshop.objectives())
    count = len(objective.key_results)
    session.add("Add KR", KeyResult(text="Passer de 10 à 20 clients"), objective.id)
    assert len(session.workshop.objective(objective.id).key_results) == count + 1
    session.undo()
    assert len(session.workshop.objective(objective.id).key_results) == count


def test_an_invalid_edit_changes_nothing(session, library):
    team = session.workshop.teams[0]
    with pytest.raises(ValueError):
        session.update("Rename", team, name="   ")
    assert session.undo_label is None
    assert reopened(library, session.workshop.id).teams[0].name == team.name


def test_listeners_hear_every_change(session):
    seen = []
    session.subscribe(lambda workshop: seen.append(workshop.title))
    session.update_workshop("Title", title="Atelier renommé")
    session.undo()
    assert seen == ["Atelier renommé", session.workshop.title]


def test_the_workshop_reopens_on_its_step_without_an_undo_entry(session, library):
    session.go_to_step(Step.FOCUS)
    assert reopened(library, session.workshop.id).current_step == Step.FOCUS
    assert session.undo_label is None


def test_objective_created_in_a_team(session):
    team = session.workshop.teams[1]
    session.add("Add", Objective(team_id=team.id, title="Simplifier la paie"), team.id)
    assert session.workshop.teams[1].objectives[-1].title == "Simplifier la paie"
