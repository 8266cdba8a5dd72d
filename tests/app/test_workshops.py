"""Library use cases on a real library file: create, rename, duplicate, delete and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.workshops import (
    LibraryHistory,
    delete_workshop,
    duplicate_for_next_cycle,
    export_file_name,
    new_workshop,
    new_workshop_from_sample,
    rename_workshop,
    restore_workshop,
    suggest_next_cycle_dates,
    suggest_next_cycle_title,
)
from okr_workshop.domain.model import Language, ObjectiveStatus, Step
from okr_workshop.domain.next_cycle import NextCycle
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.errors import WorkshopNotFound
from okr_workshop.storage.repository import Repository


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def repository(path: Path) -> Repository:
    return Repository(open_library(path))


def reopened(path: Path) -> Repository:
    """A second connection: what is on disk, not what one connection remembers."""
    return Repository(open_library(path))


def test_new_workshop_is_blank_and_saved(repository, path):
    workshop = new_workshop(
        repository, "  Atelier « Cap 2027 » 🚀 ", Language.FRENCH, "École Vauban", "T1 2027"
    )
    stored = reopened(path).load_workshop(workshop.id)
    assert stored.title == "Atelier « Cap 2027 » 🚀"
    assert (stored.organisation, stored.cycle_label) == ("École Vauban", "T1 2027")
    assert stored.language is Language.FRENCH
    assert stored.teams == () and stored.strategic_objectives == ()
    assert stored.current_step is Step.SETUP


def test_new_workshop_needs_a_title(repository, path):
    with pytest.raises(InvalidValue):
        new_workshop(repository, "   ", Language.ENGLISH)
    assert reopened(path).list_workshops() == []


def test_new_workshop_from_a_sample_takes_the_given_header(repository, path):
    workshop = new_workshop_from_sample(
        repository, Language.ENGLISH, "Fellside rehearsal", cycle_label="Q3 2027"
    )
    stored = reopened(path).load_workshop(workshop.id)
    assert stored.title == "Fellside rehearsal"
    assert stored.cycle_label == "Q3 2027"
    assert stored.organisation  # kept from the sample
    assert stored.teams and stored.language is Language.ENGLISH


def test_rename_saves_the_title_and_returns_the_old_one(repository, path):
    workshop = new_workshop(repository, "Old", Language.ENGLISH)
    before = rename_workshop(repository, workshop.id, " Séminaire d’été ")
    assert before.title == "Old"
    assert reopened(path).load_workshop(workshop.id).title == "Séminaire d’été"
    with pytest.raises(InvalidValue):
        rename_workshop(repository, workshop.id, "")
    assert reopened(path).load_workshop(workshop.id).title == "Séminaire d’été"


def test_duplicate_for_next_cycle_carries_what_was_chosen(repository, path):
    (original,) = add_samples(repository, (Language.FRENCH,))
    team = original.teams[0]
    kept = [o for o in team.objectives if o.status is ObjectiveStatus.KEPT]
    chosen = kept[0]
    kr = chosen.key_results[0]
    assert kr.check_ins, "the sample's first key result has check-ins to leave behind"
    choice = NextCycle(
        title="Atelier OKR — T2 2027",
        cycle_label="T2 2027",
        cycle_start=date(2027, 4, 1),
        cycle_end=date(2027, 6, 30),
        objective_ids=frozenset({chosen.id}),
        key_result_ids=frozenset({kr.id}),
    )
    copy = duplicate_for_next_cycle(repository, original.id, choice)
    stored = reopened(path).load_workshop(copy.id)
    assert stored.id != original.id
    assert (stored.title, stored.cycle_label) == ("Atelier OKR — T2 2027", "T2 2027")
    assert [o.title for o in stored.objectives()] == [chosen.title]
    assert [k.text for k in stored.key_results()] == [kr.text]
    assert all(k.check_ins == () for k in stored.key_results())
    assert len(stored.teams) == len(original.teams)
    # The original is untouched.
    assert reopened(path).load_workshop(original.id) == repository.load_workshop(original.id)
    assert len(reopened(path).list_workshops()) == 2


def test_delete_then_restore_gives_back_the_same_workshop(repository, path):
    (original,) = add_samples(repository, (Language.ENGLISH,))
    stored_before = repository.load_workshop(original.id)
    deleted = delete_workshop(repository, original.id)
    assert deleted == stored_before
    assert reopened(path).list_workshops() == []
    restore_workshop(repository, deleted)
    assert reopened(path).load_workshop(original.id) == stored_before


def test_deleting_an_unknown_workshop_is_an_error(repository):
    with pytest.raises(WorkshopNotFound):
        delete_workshop(repository, "8c9fd1a1-0000-4000-8000-000000000000")


def test_history_undoes_and_redoes_deletions_and_renames(repository, path):
    first = new_workshop(repository, "Premier", Language.FRENCH)
    second = new_workshop(repository, "Second", Language.FRENCH)
    history = LibraryHistory(repository)
    assert history.undo_label is None and history.undo() is None

    history.rename("rename workshop", first.id, "Premier atelier")
    history.delete("delete workshop", second.id)
    assert history.undo_label == "delete workshop"
    assert [s.id for s in reopened(path).list_workshops()] == [first.id]

    assert history.undo() == second.id
    assert reopened(path).load_workshop(second.id).title == "Second"
    assert history.undo() == first.id
    assert reopened(path).load_workshop(first.id).title == "Premier"
    assert history.undo_label is None and history.redo_label == "rename workshop"

    assert history.redo() == first.id
    assert history.redo() == second.id
    assert reopened(path).load_workshop(first.id).title == "Premier atelier"
    assert [s.id for s in reopened(path).list_workshops()] == [first.id]
    assert history.redo() is None

    # A new step forgets what could be redone.
    history.undo()
    history.rename("rename workshop", first.id, "Encore")
    assert history.redo_label is None


def test_a_step_that_cannot_be_undone_any_more_is_dropped(repository):
    workshop = new_workshop(repository, "Here", Language.ENGLISH)
    history = LibraryHistory(repository)
    history.rename("rename workshop", workshop.id, "There")
    repository.delete_workshop(workshop.id)  # deleted elsewhere (the command line)
    with pytest.raises(WorkshopNotFound):
        history.undo()
    assert history.undo_label is None and history.redo_label is None


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Whole months: a quarter is followed by a quarter, a month by a month.
        (date(2027, 1, 1), date(2027, 3, 31), (date(2027, 4, 1), date(2027, 6, 30))),
        (date(2027, 10, 1), date(2027, 12, 31), (date(2028, 1, 1), date(2028, 3, 31))),
        (date(2028, 1, 1), date(2028, 1, 31), (date(2028, 2, 1), date(2028, 2, 29))),
        (date(2027, 7, 1), date(2027, 12, 31), (date(2028, 1, 1), date(2028, 6, 30))),
        # Anything else (here 12 weeks): as many days.
        (date(2027, 1, 4), date(2027, 3, 28), (date(2027, 3, 29), date(2027, 6, 20))),
        (date(2027, 1, 1), date(2027, 1, 1), (date(2027, 1, 2), date(2027, 1, 2))),
        (None, date(2027, 3, 31), (None, None)),
        (date(2027, 1, 1), None, (None, None)),
    ],
)
def test_next_cycle_dates_follow_and_last_as_long(start, end, expected):
    assert suggest_next_cycle_dates(start, end) == expected


def test_next_cycle_title_follows_the_cycle_when_it_names_it():
    assert suggest_next_cycle_title("Atelier OKR — T1 2027", "T1 2027", "T2 2027") == (
        "Atelier OKR — T2 2027"
    )
    assert suggest_next_cycle_title("Offsite", "T1 2027", "T2 2027") == "Offsite"
    assert suggest_next_cycle_title("Offsite spring", "", "") == "Offsite spring"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Atelier OKR — École T1 2027", "atelier-okr-ecole-t1-2027.okrw"),
        ("Fellside Outdoor: Q2/2027", "fellside-outdoor-q2-2027.okrw"),
        ("« Cœur » 🚀", "coeur.okrw"),
        ("🚀🚀", "workshop.okrw"),
        ("x" * 300, "x" * 80 + ".okrw"),
    ],
)
def test_export_file_name_is_portable(title, expected):
    assert export_file_name(title) == expected
