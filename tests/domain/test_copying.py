"""renew_ids: a copy that shares no id with the original and says the same things."""

from __future__ import annotations

import dataclasses
import itertools
import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import (
    Dependency,
    Objective,
    Participant,
    StrategicObjective,
    Team,
    Workshop,
)
from tests.strategies import workshops

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2031, 3, 4, 5, 6, 7, tzinfo=UTC)


def all_ids(value: object) -> list[str]:
    """Every ``id`` field anywhere in the tree (not the links)."""
    found: list[str] = []
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name == "id":
                found.append(item)
            else:
                found.extend(all_ids(item))
    elif isinstance(value, tuple):
        for item in value:
            found.extend(all_ids(item))
    return found


def canonical(value: object, names: dict[str, str]) -> object:
    """The tree with ids and links renamed by order of appearance and timestamps
    removed: two workshops that say the same thing give equal results. Written without
    renew_ids, so a bug in it cannot hide here."""
    if dataclasses.is_dataclass(value):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name in ("created_at", "updated_at"):
                continue
            if (f.name == "id" or f.name.endswith("_id")) and item is not None:
                out[f.name] = names.setdefault(item, f"#{len(names)}")
            else:
                out[f.name] = canonical(item, names)
        return (type(value).__name__, out)
    if isinstance(value, tuple):
        return tuple(canonical(item, names) for item in value)
    return value


def canonical_of(workshop: Workshop) -> object:
    names: dict[str, str] = {}
    # Name every entity first, in tree order, so links get the same names in both copies.
    for entity_id in all_ids(workshop):
        names.setdefault(entity_id, f"#{len(names)}")
    return canonical(workshop, names)


@SETTINGS
@given(workshops())
def test_renewed_copy_shares_no_id_and_stays_consistent(workshop: Workshop) -> None:
    copy = renew_ids(workshop, now=NOW)

    old, new = all_ids(workshop), all_ids(copy)
    assert len(new) == len(old)
    assert len(set(new)) == len(new)
    assert not set(new) & set(old)
    assert integrity_problems(copy) == []
    assert copy.created_at == copy.updated_at == NOW


@SETTINGS
@given(workshops())
def test_renewed_copy_says_the_same_thing(workshop: Workshop) -> None:
    assert canonical_of(renew_ids(workshop, now=NOW)) == canonical_of(workshop)


def test_links_follow_their_entity() -> None:
    alice = Participant(name="Alice")
    vision = StrategicObjective(title="Conquérir l'Europe")
    team_id = str(uuid.uuid4())
    first = Objective(team_id=team_id, title="Ouvrir Lyon", strategic_objective_id=vision.id,
                      author_id=alice.id)
    second = Objective(team_id=team_id, title="Recruter", author_id=alice.id)
    team = Team(id=team_id, name="Ventes", ambassador_id=alice.id, objectives=(first, second))
    workshop = Workshop(
        title="Atelier",
        participants=(dataclasses.replace(alice, team_id=team_id),),
        strategic_objectives=(vision,),
        teams=(team,),
        dependencies=(Dependency(from_objective_id=first.id, to_objective_id=second.id),),
    )

    copy = renew_ids(workshop)

    [new_alice] = copy.participants
    [new_team] = copy.teams
    new_first, new_second = new_team.objectives
    assert new_alice.team_id == new_team.id != team.id
    assert new_team.ambassador_id == new_alice.id
    assert new_first.team_id == new_second.team_id == new_team.id
    assert new_first.strategic_objective_id == copy.strategic_objectives[0].id != vision.id
    assert new_first.author_id == new_second.author_id == new_alice.id
    [dependency] = copy.dependencies
    assert (dependency.from_objective_id, dependency.to_objective_id) == (
        new_first.id,
        new_second.id,
    )
    assert copy.id != workshop.id


def test_predictable_ids_on_request() -> None:
    counter = itertools.count()
    workshop = Workshop(title="Atelier", teams=(Team(name="Ventes"),))

    copy = renew_ids(workshop, make_id=lambda: str(uuid.UUID(int=next(counter))))

    assert copy.teams[0].id == str(uuid.UUID(int=0))
    assert copy.id == str(uuid.UUID(int=1))


def test_inconsistent_workshop_is_refused() -> None:
    dangling = Participant(name="Bob", team_id=str(uuid.uuid4()))
    with pytest.raises(ValueError, match=r"participants\[0\]\.team_id"):
        renew_ids(Workshop(title="Atelier", participants=(dangling,)))
