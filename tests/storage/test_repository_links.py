"""What a deletion takes with it, what it unlinks, and links that must stay inside a workshop."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from okr_workshop.domain.model import (
    CheckIn,
    Dependency,
    KeyResult,
    Objective,
    Participant,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.storage.errors import EditRefused, EntityNotFound
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import count_rows, rich_workshop


@pytest.fixture
def workshop(repository: Repository) -> Workshop:
    original = rich_workshop(teams=3)
    repository.add_workshop(original)
    return repository.load_workshop(original.id)


def _subtree_ids(team: Team) -> dict[str, list[str]]:
    objectives = list(team.objectives)
    key_results = [k for o in objectives for k in o.key_results]
    return {
        "objectives": [o.id for o in objectives],
        "key_results": [k.id for k in key_results],
        "check_ins": [c.id for k in key_results for c in k.check_ins],
    }


def test_deleting_a_team_deletes_its_subtree_and_dependencies(
    repository: Repository, workshop: Workshop, library_file: Path
):
    team = workshop.teams[0]
    subtree = _subtree_ids(team)
    assert all(subtree.values())
    repository.delete(Team, team.id)
    for table, ids in subtree.items():
        for row_id in ids:
            assert count_rows(library_file, table, "id = ?", (row_id,)) == 0
    loaded = repository.load_workshop(workshop.id)
    assert [t.id for t in loaded.teams] == [t.id for t in workshop.teams[1:]]
    # Both dependencies touched team 0's first objective: both gone.
    assert loaded.dependencies == ()
    # Bob was in team 0: he stays, without a team.
    bob = loaded.participant(workshop.participants[1].id)
    assert bob is not None and bob.team_id is None
    # The other teams are untouched.
    assert loaded.teams == tuple(
        dataclasses.replace(t, position=i) for i, t in enumerate(workshop.teams[1:])
    )


def test_deleting_an_objective_deletes_key_results_check_ins_and_renumbers_dependencies(
    repository: Repository, workshop: Workshop, library_file: Path
):
    objectives = [o for t in workshop.teams for o in t.objectives]
    keep = Dependency(from_objective_id=objectives[1].id, to_objective_id=objectives[2].id)
    repository.add(workshop.id, keep)  # position 2, after the two touching objective 0
    doomed = workshop.teams[0].objectives[0]
    repository.delete(Objective, doomed.id)
    for key_result in doomed.key_results:
        assert count_rows(library_file, "key_results", "id = ?", (key_result.id,)) == 0
        assert count_rows(library_file, "check_ins", "key_result_id = ?", (key_result.id,)) == 0
    loaded = repository.load_workshop(workshop.id)
    assert loaded.dependencies == (keep,)
    # The surviving dependency moved up to position 0: a new one at index 0 goes before it.
    first = Dependency(from_objective_id=objectives[2].id, to_objective_id=objectives[1].id)
    repository.add(workshop.id, first, None, 0)
    assert repository.load_workshop(workshop.id).dependencies == (first, keep)


def test_deleting_a_key_result_deletes_its_check_ins(
    repository: Repository, workshop: Workshop, library_file: Path
):
    key_result = workshop.teams[1].objectives[0].key_results[0]
    assert key_result.check_ins
    repository.delete(KeyResult, key_result.id)
    assert count_rows(library_file, "check_ins", "key_result_id = ?", (key_result.id,)) == 0
    assert count_rows(library_file, "check_ins", "workshop_id = ?", (workshop.id,)) == 4


def test_deleting_a_participant_clears_ambassador_and_author(
    repository: Repository, workshop: Workshop
):
    anne = workshop.participants[0]
    assert workshop.teams[0].ambassador_id == anne.id
    assert any(o.author_id == anne.id for o in workshop.objectives())
    repository.delete(Participant, anne.id)
    loaded = repository.load_workshop(workshop.id)
    assert loaded.teams[0].ambassador_id is None
    assert all(o.author_id != anne.id for o in loaded.objectives())
    assert len(list(loaded.objectives())) == len(list(workshop.objectives()))


def test_deleting_a_strategic_objective_clears_alignment(
    repository: Repository, workshop: Workshop
):
    growth = workshop.strategic_objectives[0]
    aligned = [o.id for o in workshop.objectives() if o.strategic_objective_id == growth.id]
    assert aligned
    repository.delete(StrategicObjective, growth.id)
    loaded = repository.load_workshop(workshop.id)
    assert all(loaded.objective(i).strategic_objective_id is None for i in aligned)


def test_undoing_a_deletion_is_adding_the_captured_subtree_back(
    repository: Repository, workshop: Workshop
):
    """What the application's undo does: the subtree at its old index, the dependencies
    that went with it, and the links that were cleared."""
    team = workshop.teams[0]
    lost = list(enumerate(workshop.dependencies))
    unlinked = [p for p in workshop.participants if p.team_id == team.id]
    repository.delete(Team, team.id)
    repository.add(workshop.id, team, None, 0)
    for index, dependency in lost:
        repository.add(workshop.id, dependency, None, index)
    for participant in unlinked:
        repository.update(participant)
    restored = repository.load_workshop(workshop.id)
    assert dataclasses.replace(restored, updated_at=workshop.updated_at) == workshop


def test_moving_an_objective_to_another_team_through_update(
    repository: Repository, workshop: Workshop
):
    source, target = workshop.teams[0], workshop.teams[1]
    moving = source.objectives[0]
    repository.update(dataclasses.replace(moving, team_id=target.id, title="Déplacé"))
    loaded = repository.load_workshop(workshop.id)
    assert [o.id for o in loaded.teams[0].objectives] == [o.id for o in source.objectives[1:]]
    assert [o.position for o in loaded.teams[0].objectives] == [0, 1]
    moved = loaded.teams[1].objectives[-1]
    assert (moved.id, moved.team_id, moved.title, moved.position) == (
        moving.id, target.id, "Déplacé", 3
    )
    assert moved.key_results == moving.key_results


def test_links_to_another_workshop_are_refused(repository: Repository, workshop: Workshop):
    other = rich_workshop("Autre atelier")
    repository.add_workshop(other)
    foreign_team = other.teams[0].id
    with pytest.raises(EditRefused) as caught:
        repository.add(workshop.id, Participant(name="Intruse", team_id=foreign_team))
    assert caught.value.code == "broken_reference"
    with pytest.raises(EditRefused):
        repository.update(dataclasses.replace(workshop.teams[0],
                                              ambassador_id=other.participants[0].id))
    with pytest.raises(EntityNotFound):
        repository.add(workshop.id, KeyResult(text="KR"), other.teams[0].objectives[0].id)
    with pytest.raises(EntityNotFound):
        repository.update(dataclasses.replace(workshop.teams[0].objectives[0],
                                              team_id=foreign_team))
    assert repository.load_workshop(workshop.id) == workshop


def test_links_to_nothing_are_refused(repository: Repository, workshop: Workshop):
    ghost = Participant(name="Fantôme").id
    team = Team(name="Nouvelle", ambassador_id=ghost)
    with pytest.raises(EditRefused) as caught:
        repository.add(workshop.id, team)
    assert "library.sqlite3" in str(caught.value)
    assert repository.load_workshop(workshop.id) == workshop


def test_parent_ids_must_make_sense(repository: Repository, workshop: Workshop):
    objective = workshop.teams[0].objectives[0]
    with pytest.raises(ValueError):
        repository.add(workshop.id, Participant(name="X"), workshop.teams[0].id)
    with pytest.raises(ValueError):
        repository.add(workshop.id, Objective(team_id=workshop.teams[0].id, title="X"),
                       workshop.teams[1].id)
    with pytest.raises(ValueError):
        repository.add(workshop.id, KeyResult(text="X"))
    with pytest.raises(ValueError):
        repository.add(workshop.id, CheckIn(on=objective.key_results[0].check_ins[0].on,
                                            value=1, confidence=1), None)
    with pytest.raises(ValueError):
        repository.add(workshop.id, Participant(name="X"), None, -1)
    with pytest.raises(ValueError):
        repository.move(Participant, workshop.participants[0].id, -1)
    with pytest.raises(TypeError):
        repository.add(workshop.id, object())
    assert repository.load_workshop(workshop.id) == workshop


def test_an_objective_defaults_to_its_own_team(repository: Repository, workshop: Workshop):
    team = workshop.teams[2]
    objective = Objective(team_id=team.id, title="Sans parent_id")
    repository.add(workshop.id, objective)
    assert repository.load_workshop(workshop.id).teams[2].objectives[-1].id == objective.id
