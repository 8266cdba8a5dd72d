"""Issue 16, point 1: a record damaged on disk is reported for its workshop alone, never a
crash, never read as data (checksums kept by every edit, checked on open)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database as UtilsDatabase
from sqlite_utils.migrations import Migrations

from okr_workshop.domain.model import CheckIn, Language, Team
from okr_workshop.storage import checksums
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.migrations import MIGRATION_SET, m001_initial_schema
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import behind_our_back, rich_workshop


def _two_workshops(repository: Repository):
    first = rich_workshop("Atelier « <b>gras</b> » — École 🚀")
    second = rich_workshop("Second atelier, intact")
    repository.add_workshop(first)
    repository.add_workshop(second)
    return first, second


def test_an_undecodable_title_spoils_only_its_own_workshop(
    repository: Repository, library_file: Path
):
    first, second = _two_workshops(repository)
    # Invalid UTF-8 (a lone 0xFF) where the title was: what a flipped bit can leave.
    behind_our_back(
        library_file, "UPDATE workshops SET title = CAST(x'41ff42' AS TEXT) WHERE id = ?",
        (first.id,))
    listed = {summary.id: summary for summary in repository.list_workshops()}
    assert listed[first.id].damaged and "A" in listed[first.id].title
    assert not listed[second.id].damaged
    assert listed[second.id].title == "Second atelier, intact"
    with pytest.raises(LibraryError) as caught:
        repository.load_workshop(first.id)
    assert caught.value.code == "workshop_damaged"
    for language in (Language.ENGLISH, Language.FRENCH):
        said = caught.value.message(language)
        assert first.id in said and "title" in said and "\n" not in said
    assert repository.load_workshop(second.id).title == "Second atelier, intact"


def test_an_undecodable_field_deep_in_a_workshop_is_named(
    repository: Repository, library_file: Path
):
    first, _second = _two_workshops(repository)
    behind_our_back(library_file, "UPDATE key_results SET owner = CAST(x'c328' AS TEXT) "
         "WHERE workshop_id = ?", (first.id,))
    with pytest.raises(LibraryError) as caught:
        repository.load_workshop(first.id)
    assert "“owner”" in str(caught.value)
    assert "le champ «\u00a0" in caught.value.message("fr")


def test_a_quiet_change_on_disk_reads_as_damaged_not_as_data(
    repository: Repository, library_file: Path
):
    first, second = _two_workshops(repository)
    behind_our_back(
        library_file, "UPDATE key_results SET target = target + 1 WHERE workshop_id = ?",
        (first.id,))
    with pytest.raises(LibraryError) as caught:
        repository.load_workshop(first.id)
    assert "changed on disk" in str(caught.value)
    assert repository.load_workshop(second.id) == repository.load_workshop(second.id)
    assert checksums.damaged_workshops(repository.db.conn) == [first.id]


def test_a_deleted_row_is_noticed_too(repository: Repository, library_file: Path):
    first, _second = _two_workshops(repository)
    behind_our_back(library_file, "PRAGMA foreign_keys = OFF")
    behind_our_back(library_file, "DELETE FROM check_ins WHERE id = (SELECT min(id) FROM check_ins "
         "WHERE workshop_id = ?)", (first.id,))
    with pytest.raises(LibraryError):
        repository.load_workshop(first.id)


def test_every_kind_of_edit_keeps_the_checksum(repository: Repository, library_file: Path):
    first, second = _two_workshops(repository)
    team = first.teams[0]
    repository.update(replace(team, name="Équipe renommée ✨"))
    key_result = team.objectives[0].key_results[0]
    with repository.transaction():
        repository.add(first.id, CheckIn(on=date(2027, 2, 1), value=3, confidence=7,
                                         comment="« <i>ok</i> » 🚀"), parent_id=key_result.id)
        repository.move(Team, first.teams[1].id, 0)
    repository.delete(Team, first.teams[1].id)
    repository.delete_workshop(second.id)
    assert checksums.damaged_workshops(repository.db.conn) == []
    assert repository.load_workshop(first.id).teams[0].name == "Équipe renommée ✨"
    conn = sqlite3.connect(library_file)
    try:
        (left,) = conn.execute("SELECT count(*) FROM workshop_checksums").fetchone()
    finally:
        conn.close()
    assert left == 1  # the deleted workshop's checksum went with it


def test_a_failed_edit_leaves_the_checksums_as_they_were(repository: Repository):
    first, _second = _two_workshops(repository)
    before = checksums.stored(repository.db.conn, first.id)
    with pytest.raises(RuntimeError), repository.transaction():
        repository.update(replace(first.teams[0], name="Rolled back"))
        raise RuntimeError("undo me")
    assert checksums.stored(repository.db.conn, first.id) == before
    assert repository.load_workshop(first.id).teams[0].name == first.teams[0].name


def test_an_older_library_gets_checksums_for_the_workshops_it_holds(tmp_path: Path):
    from okr_workshop.storage import migrations

    path = tmp_path / "old.sqlite3"
    before_m005 = Migrations(MIGRATION_SET)
    for step in (m001_initial_schema, migrations.m002_key_result_relative_change,
                 migrations.m003_steering, migrations.m004_room):
        before_m005()(step)
    conn = sqlite3.connect(path, isolation_level=None)
    before_m005.apply(UtilsDatabase(conn))
    workshop = rich_workshop("Atelier d’avant les sommes de contrôle")
    Repository(Database(conn)).add_workshop(workshop)
    conn.close()
    db = open_library(path)
    try:
        repository = Repository(db)
        assert checksums.stored(db.conn, workshop.id) is not None
        assert repository.load_workshop(workshop.id).title == workshop.title
    finally:
        close_library(db)
    behind_our_back(path, "UPDATE workshops SET vision = 'changée' WHERE id = ?", (workshop.id,))
    db = open_library(path)
    try:
        with pytest.raises(LibraryError):
            Repository(db).load_workshop(workshop.id)
    finally:
        close_library(db)


def test_damaged_pages_under_one_workshop_are_its_damage_not_a_crash(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    db = open_library(path)
    workshop = rich_workshop("Atelier aux pages abîmées")
    Repository(db).add_workshop(workshop)
    close_library(db)
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'key_results'")\
        .fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xa5" * page_size  # the table's page, garbage
    path.write_bytes(bytes(data))
    # Opened as the repository would be, past the check at open (a file damaged while open).
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        repository = Repository(Database(raw))
        assert [s.id for s in repository.list_workshops()] == [workshop.id]
        with pytest.raises(LibraryError) as caught:
            repository.load_workshop(workshop.id)
        assert caught.value.code == "workshop_damaged"
        assert "pages" in str(caught.value) and "\n" not in str(caught.value)
    finally:
        raw.close()
