"""Whole workshops: round trip, the library list and its search, header edits, deletion."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from okr_workshop.domain.model import CommonRule, Language, Step, Team, Workshop
from okr_workshop.storage import tables
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import EditRefused, LibraryError, WorkshopNotFound
from okr_workshop.storage.repository import Repository, WorkshopSummary
from tests.storage.library_builders import LONG_AGO, count_rows, rich_workshop
from tests.strategies import workshops

CHILD_TABLES = (
    "participants",
    "strategic_objectives",
    "teams",
    "objectives",
    "key_results",
    "check_ins",
    "dependencies",
    "rituals",
    "feedback",
    "checklist_ticks",
)


def _normalised(workshop: Workshop) -> Workshop:
    """``workshop`` with every position equal to its list index, as the library returns it."""

    def renumber(items: tuple) -> tuple:
        result = []
        for index, item in enumerate(items):
            changes = {}
            if hasattr(item, "position"):
                changes["position"] = index
            for name in ("objectives", "key_results", "check_ins"):
                if hasattr(item, name):
                    changes[name] = renumber(getattr(item, name))
            result.append(dataclasses.replace(item, **changes))
        return tuple(result)

    return dataclasses.replace(
        workshop,
        **{name: renumber(getattr(workshop, name)) for name, _ in tables.WORKSHOP_CHILDREN},
    )


# --- Round trip ---


def test_round_trip_keeps_everything(repository: Repository):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    loaded = repository.load_workshop(workshop.id)
    assert loaded == _normalised(workshop)
    # The spots where a lazy mapping loses something, checked by name too.
    key_result = loaded.teams[0].objectives[0].key_results[1]
    assert key_result.baseline is None and key_result.target is None and key_result.due is None
    assert loaded.teams[0].objectives[0].key_results[0].check_ins[1].value == -0.5
    assert loaded.cycle_end == date(2027, 3, 31)
    assert loaded.rule == CommonRule(
        max_objectives_per_team=2, max_key_results_per_objective=3, strict=True
    )
    assert loaded.vision == "Être la référence 🌟\nsur deux lignes"
    assert loaded.updated_at == workshop.updated_at
    assert loaded.updated_at.utcoffset() == UTC.utcoffset(None)


def test_positions_are_numbered_from_zero_in_list_order(repository: Repository):
    workshop = rich_workshop()
    teams = tuple(dataclasses.replace(t, position=7 - i) for i, t in enumerate(workshop.teams))
    shuffled = dataclasses.replace(workshop, teams=teams)
    repository.add_workshop(shuffled)
    loaded = repository.load_workshop(workshop.id)
    assert [team.id for team in loaded.teams] == [team.id for team in workshop.teams]
    assert [team.position for team in loaded.teams] == list(range(len(workshop.teams)))
    assert [o.position for o in loaded.teams[1].objectives] == [0, 1, 2]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(workshop=workshops())
def test_round_trip_of_any_valid_workshop(repository: Repository, workshop: Workshop):
    repository.add_workshop(workshop)
    try:
        assert repository.load_workshop(workshop.id) == _normalised(workshop)
    finally:
        repository.delete_workshop(workshop.id)


def test_unknown_workshop_is_a_sentence(repository: Repository):
    with pytest.raises(WorkshopNotFound) as caught:
        repository.load_workshop("4f1a3c5e-0000-4000-8000-000000000000")
    assert "library.sqlite3" in str(caught.value)
    assert "4f1a3c5e" in caught.value.message("fr")
    for action in (repository.delete_workshop, lambda i: repository.save_workshop_header(
            dataclasses.replace(rich_workshop(), id=i))):
        with pytest.raises(WorkshopNotFound):
            action("4f1a3c5e-0000-4000-8000-000000000000")


# --- add_workshop is all or nothing ---


def test_a_workshop_reusing_an_id_already_in_the_library_leaves_nothing(
    repository: Repository, library_file: Path
):
    first = rich_workshop("Premier")
    repository.add_workshop(first)
    clash = rich_workshop("Second")
    # Its teams come after its participants and strategic objectives in the insert order.
    stolen = dataclasses.replace(
        clash.teams[1],
        id=first.teams[1].id,
        objectives=tuple(
            dataclasses.replace(o, team_id=first.teams[1].id) for o in clash.teams[1].objectives
        ),
    )
    clash = dataclasses.replace(clash, teams=(clash.teams[0], stolen), dependencies=())
    clash = dataclasses.replace(
        clash,
        participants=tuple(dataclasses.replace(p, team_id=None) for p in clash.participants),
    )
    with pytest.raises(EditRefused) as caught:
        repository.add_workshop(clash)
    assert caught.value.code == "duplicate_id"
    assert [s.id for s in repository.list_workshops()] == [first.id]
    for table in CHILD_TABLES:
        assert count_rows(library_file, table, "workshop_id = ?", (clash.id,)) == 0
    assert repository.load_workshop(first.id) == _normalised(first)


def test_a_failure_midway_rolls_everything_back(
    repository: Repository, library_file: Path, monkeypatch: pytest.MonkeyPatch
):
    workshop = rich_workshop()
    real = tables.entity_row
    seen = []

    def failing_row(table, entity, *args):
        seen.append(table.name)
        if table.name == "check_ins":
            raise OSError("disk full")
        return real(table, entity, *args)

    monkeypatch.setattr(tables, "entity_row", failing_row)
    with pytest.raises(OSError):
        repository.add_workshop(workshop)
    monkeypatch.undo()
    assert "teams" in seen
    assert repository.list_workshops() == []
    for table in CHILD_TABLES:
        assert count_rows(library_file, table) == 0
    assert not repository.db.conn.in_transaction
    # And the library still works.
    repository.add_workshop(workshop)
    assert repository.load_workshop(workshop.id) == _normalised(workshop)


def test_a_workshop_with_broken_links_is_refused(repository: Repository):
    workshop = rich_workshop()
    stray = Team(name="Ailleurs").id
    teams = (dataclasses.replace(workshop.teams[0], ambassador_id=stray), *workshop.teams[1:])
    broken = dataclasses.replace(workshop, teams=teams)
    with pytest.raises(EditRefused) as caught:
        repository.add_workshop(broken)
    assert caught.value.code == "invalid_workshop"
    assert "team 1 › ambassador: no participant has this id" in str(caught.value)
    assert "équipe 1 › ambassadeur\u00a0: aucun participant" in caught.value.message("fr")
    assert repository.list_workshops() == []


def test_the_same_workshop_twice_is_refused(repository: Repository):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    with pytest.raises(EditRefused) as caught:
        repository.add_workshop(workshop)
    assert caught.value.code == "duplicate_id"
    assert len(repository.list_workshops()) == 1


# --- The library list ---


def test_summaries_count_and_describe(repository: Repository):
    workshop = rich_workshop(teams=3)
    repository.add_workshop(workshop)
    (summary,) = repository.list_workshops()
    assert summary == WorkshopSummary(
        id=workshop.id,
        title=workshop.title,
        organisation="Société Générale des Œuvres",
        cycle_label="T1 2027",
        language=Language.FRENCH,
        current_step=Step.KEY_RESULTS,
        created_at=LONG_AGO,
        updated_at=workshop.updated_at,
        team_count=3,
        objective_count=9,
        key_result_count=6,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.title = "x"  # type: ignore[misc]


def test_newest_change_first(repository: Repository):
    stamps = [datetime(2024, 1, day, tzinfo=UTC) for day in (3, 1, 2)]
    for number, stamp in enumerate(stamps):
        repository.add_workshop(
            dataclasses.replace(rich_workshop(f"W{number}"), updated_at=stamp)
        )
    assert [s.title for s in repository.list_workshops()] == ["W0", "W2", "W1"]
    oldest = repository.list_workshops()[-1]
    repository.save_workshop_header(repository.load_workshop(oldest.id))
    assert repository.list_workshops()[0].id == oldest.id


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", ["École des Mines", "ÉCOLE normale", "Acme"]),
        ("ecole", ["École des Mines", "ÉCOLE normale"]),
        ("ÉCOLE", ["École des Mines", "ÉCOLE normale"]),
        ("  mines  ", ["École des Mines"]),
        ("coeur", ["Acme"]),  # organisation "Cœur de métier": the ligature folds too
        ("t3 2027", ["Acme"]),  # every word must match, in any field
        ("ecole 2027", ["ÉCOLE normale"]),
        ("d'oeuvre", ["ÉCOLE normale"]),  # typographic apostrophe in the title
        ("zzz", []),
        ("%", []),  # no LIKE wildcard leaks through
    ],
)
def test_search_ignores_case_and_accents(repository: Repository, search: str, expected: list):
    for day, (title, organisation, cycle) in enumerate(
        [
            ("Acme", "Cœur de métier", "T3 2027"),
            ("ÉCOLE normale", "Main d’œuvre", "T1 2027"),
            ("École des Mines", "", "S2 2026"),
        ],
        start=1,
    ):
        repository.add_workshop(
            Workshop(
                title=title,
                organisation=organisation,
                cycle_label=cycle,
                updated_at=datetime(2025, 1, day, tzinfo=UTC),
            )
        )
    assert [s.title for s in repository.list_workshops(search)] == expected


def test_search_follows_header_edits(repository: Repository):
    workshop = Workshop(title="Ancien titre")
    repository.add_workshop(workshop)
    repository.save_workshop_header(dataclasses.replace(workshop, title="Séminaire Été"))
    assert [s.title for s in repository.list_workshops("seminaire ete")] == ["Séminaire Été"]
    assert repository.list_workshops("ancien") == []


# --- Header and deletion ---


def test_header_saves_own_fields_only(repository: Repository):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    edited = dataclasses.replace(
        workshop,
        title="Nouveau titre ✨",
        organisation="Autre",
        cycle_label="T2 2027",
        cycle_start=date(2027, 4, 1),
        cycle_end=None,
        language=Language.ENGLISH,
        facilitator="Sam",
        rule=CommonRule(max_objectives_per_team=5, max_key_results_per_objective=4, strict=False),
        vision="",
        current_step=Step.STEERING,
        teams=(),  # ignored: children are not the header's business
    )
    repository.save_workshop_header(edited)
    loaded = repository.load_workshop(workshop.id)
    assert loaded.updated_at > workshop.updated_at
    assert loaded.created_at == workshop.created_at
    assert loaded == dataclasses.replace(
        _normalised(workshop),
        **{
            name: getattr(edited, name)
            for name in ("title", "organisation", "cycle_label", "cycle_start", "cycle_end",
                         "language", "facilitator", "rule", "vision", "current_step")
        },
        updated_at=loaded.updated_at,
    )


def test_update_of_a_workshop_saves_its_header(repository: Repository):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    repository.update(dataclasses.replace(workshop, title="Par update"))
    assert repository.load_workshop(workshop.id).title == "Par update"


def test_deleting_a_workshop_deletes_all_its_rows_only(repository: Repository, library_file: Path):
    kept, gone = rich_workshop("Gardé"), rich_workshop("Supprimé")
    repository.add_workshop(kept)
    repository.add_workshop(gone)
    repository.delete_workshop(gone.id)
    assert [s.id for s in repository.list_workshops()] == [kept.id]
    for table in CHILD_TABLES:
        assert count_rows(library_file, table, "workshop_id = ?", (gone.id,)) == 0
        assert count_rows(library_file, table, "workshop_id = ?", (kept.id,)) > 0
    assert repository.load_workshop(kept.id) == _normalised(kept)


def test_deleting_through_delete_with_the_workshop_type(repository: Repository):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    repository.delete(Workshop, workshop.id)
    assert repository.list_workshops() == []


def test_data_survives_closing_and_reopening(library_file: Path):
    workshop = rich_workshop()
    db = open_library(library_file)
    Repository(db).add_workshop(workshop)
    close_library(db)
    db = open_library(library_file)
    try:
        assert Repository(db).load_workshop(workshop.id) == _normalised(workshop)
    finally:
        close_library(db)


def test_a_hand_edited_bad_value_is_reported_as_a_sentence(
    repository: Repository, library_file: Path
):
    workshop = rich_workshop()
    repository.add_workshop(workshop)
    conn = sqlite3.connect(library_file)
    conn.execute("UPDATE check_ins SET confidence = 42")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError) as caught:
        repository.load_workshop(workshop.id)
    assert caught.value.code == "workshop_damaged"
    assert "confidence" in str(caught.value)
