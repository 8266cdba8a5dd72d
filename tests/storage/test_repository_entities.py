"""Edits inside a workshop, for every entity type: add at an index, update, delete, move,
reorder; each committed at once and bumping ``updated_at``."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    ChecklistTick,
    Commitment,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id
from okr_workshop.storage.errors import EditRefused, EntityNotFound, WorkshopNotFound
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import column, count_rows, rich_workshop

UNKNOWN = "0d5e0f3a-1111-4222-8333-444455556666"
CHILD_FIELDS = ("objectives", "key_results", "check_ins")


@dataclass(frozen=True)
class Case:
    kind: type
    table: str
    # The parent the tests work under (None: the workshop itself).
    parent: Callable[[Workshop], str | None]
    siblings: Callable[[Workshop], tuple]
    make: Callable[[Workshop], Any]  # a new entity (with nested children where it has any)
    edit: Callable[[Workshop, Any], Any]  # the entity with its own fields changed


def _team(w: Workshop) -> Team:
    return w.teams[0]


def _objective(w: Workshop) -> Objective:
    return w.teams[0].objectives[0]


def _key_result(w: Workshop) -> KeyResult:
    return w.teams[0].objectives[0].key_results[0]


def _new_key_result() -> KeyResult:
    return KeyResult(
        text="Nouveau KR — 0 incident",
        baseline=3.0,
        target=0.0,
        direction=Direction.AT_MOST,
        due=date(2027, 6, 30),
        check_ins=(CheckIn(on=date(2027, 2, 1), value=2.0, confidence=6, comment="🙂"),),
    )


def _new_team(w: Workshop) -> Team:
    team_id = new_id()
    objective = Objective(team_id=team_id, title="Objectif d’équipe", key_results=(
        _new_key_result(),))
    return Team(id=team_id, name="Nouvelle équipe", department="Juridique", objectives=(objective,))


_MADE = itertools.count()


def _new_dependency(workshop: Workshop) -> Dependency:
    """Another dependency each call: the library records one per pair of objectives."""
    taken = {(d.from_objective_id, d.to_objective_id) for d in workshop.dependencies}
    ids = [o.id for o in workshop.objectives()]
    free = [(a, b) for a in ids for b in ids if a != b and (a, b) not in taken]
    source, target = free[next(_MADE) % len(free)]
    return Dependency(from_objective_id=source, to_objective_id=target, note="Nouvelle")


CASES = [
    Case(
        Participant,
        "participants",
        lambda w: None,
        lambda w: w.participants,
        lambda w: Participant(name="Nouvelle personne 👋", role="Ambassadrice"),
        lambda w, e: dataclasses.replace(e, name="Renommée", role="Coach", team_id=w.teams[1].id),
    ),
    Case(
        StrategicObjective,
        "strategic_objectives",
        lambda w: None,
        lambda w: w.strategic_objectives,
        lambda w: StrategicObjective(title="Réduire l’empreinte carbone", why="Planète 🌱"),
        lambda w, e: dataclasses.replace(e, title="Nouveau titre", why=""),
    ),
    Case(
        Team,
        "teams",
        lambda w: None,
        lambda w: w.teams,
        _new_team,
        lambda w, e: dataclasses.replace(
            e, name="Équipe renommée", department="Achats", ambassador_id=w.participants[2].id
        ),
    ),
    Case(
        Objective,
        "objectives",
        lambda w: _team(w).id,
        lambda w: _team(w).objectives,
        lambda w: Objective(
            team_id=_team(w).id, title="Nouvel objectif", key_results=(_new_key_result(),)
        ),
        lambda w, e: dataclasses.replace(
            e,
            title="Objectif revu",
            status=ObjectiveStatus.PARKED,
            votes=9,
            strategic_objective_id=w.strategic_objectives[1].id,
            author_id=None,
            commitment=Commitment.ASPIRATIONAL,
        ),
    ),
    Case(
        KeyResult,
        "key_results",
        lambda w: _objective(w).id,
        lambda w: _objective(w).key_results,
        lambda w: _new_key_result(),
        lambda w, e: dataclasses.replace(
            e, text="KR revu", baseline=1.5, target=None, direction=None, due=date(2028, 1, 1)
        ),
    ),
    Case(
        CheckIn,
        "check_ins",
        lambda w: _key_result(w).id,
        lambda w: _key_result(w).check_ins,
        lambda w: CheckIn(on=date(2027, 3, 1), value=55.5, confidence=9, comment="Presque !"),
        lambda w, e: dataclasses.replace(e, value=0.0, confidence=1, comment="Révisé"),
    ),
    Case(
        Dependency,
        "dependencies",
        lambda w: None,
        lambda w: w.dependencies,
        lambda w: _new_dependency(w),
        lambda w, e: dataclasses.replace(e, to_objective_id=w.teams[1].objectives[0].id,
                                         note="Changée"),
    ),
    Case(
        Ritual,
        "rituals",
        lambda w: None,
        lambda w: w.rituals,
        lambda w: Ritual(kind=RitualKind.RETROSPECTIVE, cadence=Cadence.MONTHLY),
        lambda w, e: dataclasses.replace(e, kind=RitualKind.OTHER, cadence=Cadence.ONCE, note="!"),
    ),
    Case(
        Feedback,
        "feedback",
        lambda w: None,
        lambda w: w.feedback,
        lambda w: Feedback(kind=FeedbackKind.TO_IMPROVE, text="Moins de slides 🙏"),
        lambda w, e: dataclasses.replace(e, kind=FeedbackKind.IDEA, text="Autre", author="Léa"),
    ),
    Case(
        ChecklistTick,
        "checklist_ticks",
        lambda w: None,
        lambda w: w.checklist,
        lambda w: ChecklistTick(item="steering.rituals"),
        lambda w, e: dataclasses.replace(e, item="vision.presented"),
    ),
]
IDS = [case.kind.__name__ for case in CASES]


@pytest.fixture
def workshop(repository: Repository) -> Workshop:
    original = rich_workshop()
    repository.add_workshop(original)
    return repository.load_workshop(original.id)


def _ids(items: tuple) -> list[str]:
    return [item.id for item in items]


def _reload(repository: Repository, workshop: Workshop) -> Workshop:
    return repository.load_workshop(workshop.id)


def _placed(entity: Any, position: int) -> Any:
    """``entity`` as the library returns it at ``position`` (children renumbered too)."""
    changes: dict[str, Any] = {}
    if hasattr(entity, "position"):
        changes["position"] = position
    for name in CHILD_FIELDS:
        if hasattr(entity, name):
            changes[name] = tuple(_placed(c, i) for i, c in enumerate(getattr(entity, name)))
    return dataclasses.replace(entity, **changes)


def _assert_positions(items: tuple) -> None:
    if items and hasattr(items[0], "position"):
        assert [item.position for item in items] == list(range(len(items)))


# --- add ---


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_add_appends_inserts_at_an_index_and_keeps_children(
    repository: Repository, workshop: Workshop, case: Case
):
    before = _ids(case.siblings(workshop))
    first, second, third, fourth = (case.make(workshop) for _ in range(4))
    parent = case.parent(workshop)
    repository.add(workshop.id, first, parent)  # appended
    repository.add(workshop.id, second, parent, 0)  # at the top
    repository.add(workshop.id, third, parent, 1)  # after it
    repository.add(workshop.id, fourth, parent, 999)  # past the end: last
    loaded = case.siblings(_reload(repository, workshop))
    assert _ids(loaded) == [second.id, third.id, *before, first.id, fourth.id]
    _assert_positions(loaded)
    assert loaded[1] == _placed(third, 1)  # nested children came along, in order
    assert loaded[-2] == _placed(first, len(before) + 2)


@pytest.mark.parametrize("case", [c for c in CASES if c.kind in (Objective, KeyResult, CheckIn)],
                         ids=lambda c: c.kind.__name__)
def test_add_under_an_unknown_parent_is_refused(
    repository: Repository, workshop: Workshop, case: Case
):
    entity = case.make(workshop)
    if case.kind is Objective:
        entity = dataclasses.replace(entity, team_id=UNKNOWN)
    with pytest.raises(EntityNotFound) as caught:
        repository.add(workshop.id, entity, UNKNOWN)
    assert caught.value.entity_id == UNKNOWN
    assert UNKNOWN in str(caught.value)
    assert _reload(repository, workshop) == workshop


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_add_to_an_unknown_workshop_is_refused(
    repository: Repository, workshop: Workshop, case: Case
):
    with pytest.raises((WorkshopNotFound, EntityNotFound)):
        repository.add(UNKNOWN, case.make(workshop), case.parent(workshop))
    assert _reload(repository, workshop) == workshop


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_add_with_an_id_already_used_changes_nothing(
    repository: Repository, workshop: Workshop, case: Case
):
    existing = case.siblings(workshop)[-1]
    clone = dataclasses.replace(case.make(workshop), id=existing.id)
    if isinstance(clone, Team):
        clone = dataclasses.replace(clone, objectives=())  # they would name the new id
    with pytest.raises(EditRefused) as caught:
        repository.add(workshop.id, clone, case.parent(workshop), 0)
    assert caught.value.code == "duplicate_id"
    # The siblings shifted to make room were put back too.
    assert _reload(repository, workshop) == workshop


# --- update ---


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_update_saves_own_fields_not_children_nor_place(
    repository: Repository, workshop: Workshop, case: Case, library_file: Path
):
    target = case.siblings(workshop)[1]
    edited = case.edit(workshop, target)
    assert edited != target
    sent = edited
    if hasattr(sent, "position"):
        sent = dataclasses.replace(sent, position=0)  # ignored: update never moves
    for name in CHILD_FIELDS:
        if hasattr(sent, name):
            sent = dataclasses.replace(sent, **{name: ()})  # ignored: children stay
    created = column(library_file, case.table, "created_at", target.id)
    repository.update(sent)
    loaded = _reload(repository, workshop)
    assert case.siblings(loaded)[1] == edited
    assert _ids(case.siblings(loaded)) == _ids(case.siblings(workshop))
    assert str(column(library_file, case.table, "updated_at", target.id)) > str(created)
    assert loaded.updated_at > workshop.updated_at


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_update_of_an_unknown_id_is_a_sentence(
    repository: Repository, workshop: Workshop, case: Case
):
    with pytest.raises(EntityNotFound) as caught:
        repository.update(case.make(workshop))
    assert "library.sqlite3" in str(caught.value)
    assert caught.value.message("fr").endswith("».")


# --- delete ---


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_delete_closes_the_gap(repository: Repository, workshop: Workshop, case: Case):
    siblings = _ids(case.siblings(workshop))
    repository.delete(case.kind, siblings[0])
    loaded = case.siblings(_reload(repository, workshop))
    assert _ids(loaded) == siblings[1:]
    _assert_positions(loaded)
    # Positions are contiguous again: inserting at 1 lands between the survivors.
    extra = case.make(workshop)
    if len(siblings) >= 3:
        repository.add(workshop.id, extra, case.parent(workshop), 1)
        assert _ids(case.siblings(_reload(repository, workshop))) == [
            siblings[1], extra.id, *siblings[2:]
        ]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_delete_of_an_unknown_id_is_refused(repository: Repository, workshop: Workshop, case):
    with pytest.raises(EntityNotFound):
        repository.delete(case.kind, UNKNOWN)
    assert _reload(repository, workshop) == workshop


# --- move and reorder ---


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_move(repository: Repository, workshop: Workshop, case: Case):
    ids = _ids(case.siblings(workshop))
    repository.move(case.kind, ids[0], len(ids) - 1)
    assert _ids(case.siblings(_reload(repository, workshop))) == [*ids[1:], ids[0]]
    repository.move(case.kind, ids[0], 0)
    assert _ids(case.siblings(_reload(repository, workshop))) == ids
    repository.move(case.kind, ids[0], 50)  # past the end: last
    loaded = case.siblings(_reload(repository, workshop))
    assert _ids(loaded) == [*ids[1:], ids[0]]
    _assert_positions(loaded)
    with pytest.raises(EntityNotFound):
        repository.move(case.kind, UNKNOWN, 0)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_reorder(repository: Repository, workshop: Workshop, case: Case):
    scope = case.parent(workshop) or workshop.id
    ids = _ids(case.siblings(workshop))
    repository.reorder(case.kind, scope, list(reversed(ids)))
    loaded = case.siblings(_reload(repository, workshop))
    assert _ids(loaded) == list(reversed(ids))
    _assert_positions(loaded)
    with pytest.raises(ValueError):
        repository.reorder(case.kind, scope, ids[:1])  # not every sibling
    with pytest.raises(ValueError):
        repository.reorder(case.kind, scope, [ids[0], *ids])  # twice
    with pytest.raises(EntityNotFound):
        repository.reorder(case.kind, scope, [*ids, UNKNOWN])
    assert _ids(case.siblings(_reload(repository, workshop))) == list(reversed(ids))


# --- every edit is committed and bumps the workshop ---


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_edit_is_committed_and_bumps_the_workshop(
    repository: Repository, workshop: Workshop, case: Case, library_file: Path
):
    ids = _ids(case.siblings(workshop))
    new = case.make(workshop)
    edits = [
        lambda: repository.add(workshop.id, new, case.parent(workshop)),
        lambda: repository.update(case.edit(workshop, case.siblings(workshop)[0])),
        lambda: repository.move(case.kind, ids[0], 1),
        lambda: repository.reorder(case.kind, case.parent(workshop) or workshop.id,
                                   [new.id, *ids]),
        lambda: repository.delete(case.kind, new.id),
    ]
    stamp = str(column(library_file, "workshops", "updated_at", workshop.id))
    for edit in edits:
        edit()
        assert not repository.db.conn.in_transaction
        # Read by another connection: the edit is on disk, not pending.
        now = str(column(library_file, "workshops", "updated_at", workshop.id))
        assert now > stamp
        stamp = now
    assert count_rows(library_file, case.table, "id = ?", (new.id,)) == 0
