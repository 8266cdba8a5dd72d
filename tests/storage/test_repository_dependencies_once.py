"""Issue 16, point 16: the library records a dependency once. The same objective needing
the same other one, added again or made so by an edit, is refused; nothing changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Dependency, Language
from okr_workshop.storage.errors import EditRefused
from okr_workshop.storage.repository import Repository


def test_the_same_dependency_is_recorded_once(repository: Repository) -> None:
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    first = workshop.dependencies[0]
    for _ in range(3):
        with pytest.raises(EditRefused) as caught:
            repository.add(workshop.id, Dependency(from_objective_id=first.from_objective_id,
                                                   to_objective_id=first.to_objective_id,
                                                   note="encore"))
        assert caught.value.code == "duplicate_dependency"
    assert "already recorded" in str(caught.value)
    assert repository.load_workshop(workshop.id).dependencies == workshop.dependencies


def test_an_edit_cannot_make_two_dependencies_the_same(repository: Repository) -> None:
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    first, second = workshop.dependencies[:2]
    with pytest.raises(EditRefused):
        repository.update(replace(second, from_objective_id=first.from_objective_id,
                                  to_objective_id=first.to_objective_id))
    repository.update(replace(first, note="une autre note"))  # its own pair: fine
    stored = repository.load_workshop(workshop.id).dependencies
    assert stored[1] == second and stored[0].note == "une autre note"
