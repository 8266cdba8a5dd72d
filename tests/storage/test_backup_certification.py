"""Issue 16, points 1 and 10: only a certified file is a backup (full integrity check, ours,
a schema this build reads, every workshop's checksum), and a damaged copy never takes a
backup's name."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from okr_workshop.storage.backups import backup_folder, check_backup, take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import BackupError
from okr_workshop.storage.recovery import restore_backup
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _raw(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _library(path: Path, *titles: str) -> list[str]:
    db = open_library(path)
    try:
        repository = Repository(db)
        ids = []
        for title in titles:
            workshop = rich_workshop(title)
            repository.add_workshop(workshop)
            ids.append(workshop.id)
        return ids
    finally:
        close_library(db)


def test_a_sound_backup_is_certified_and_knows_its_workshops(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    first, second = _library(library, "Atelier « un » 🚀", "Atelier deux")
    info = check_backup(take_backup(library, now=NOON))
    assert info.ok and info.problem is None
    assert info.workshop_count == 2 and set(info.sound) == {first, second}


def test_any_sqlite_file_with_a_workshops_table_is_not_a_backup(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Vrai atelier")
    fake = backup_folder(library) / "library-20300101-000000-000000.sqlite3"
    fake.parent.mkdir()
    _raw(fake, "CREATE TABLE workshops (id TEXT, title TEXT)",
         "INSERT INTO workshops VALUES ('x', 'Faux')")
    info = check_backup(fake)
    assert not info.ok and info.problem == "other_application"
    with pytest.raises(BackupError) as caught:
        restore_backup(library, fake.name)
    assert caught.value.code == "bad_backup"
    assert workshop_titles(library) == {"Vrai atelier"}


def test_a_backup_from_a_newer_version_is_not_a_backup(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Atelier")
    newer = take_backup(library, now=NOON)
    _raw(newer, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
         "VALUES ('okr_workshop', 'm999_future', '2030-01-01')")
    info = check_backup(newer)
    assert not info.ok and info.problem == "too_new"


def test_a_foreign_application_id_is_not_a_backup(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Atelier")
    other = take_backup(library, now=NOON)
    _raw(other, "PRAGMA application_id = 1234")
    assert check_backup(other).problem == "other_application"


def test_a_file_without_a_stamped_name_is_dated_by_the_file_system(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Atelier")
    copy = tmp_path / "copie.sqlite3"
    copy.write_bytes(take_backup(library, now=NOON).read_bytes())
    info = check_backup(copy)
    assert info.ok and info.taken_at.year >= 2026


def test_a_damaged_record_in_a_backup_fails_its_certificate(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    first, second = _library(library, "Atelier abîmé", "Atelier sain")
    backup = take_backup(library, now=NOON)
    _raw(backup, f"UPDATE objectives SET votes = votes + 1 WHERE workshop_id = '{first}'")
    info = check_backup(backup)
    assert not info.ok and info.problem == "workshops"
    assert info.sound == (second,)


def test_a_library_with_a_damaged_workshop_is_not_backed_up(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    first, _second = _library(library, "Atelier abîmé", "Atelier sain")
    take_backup(library, now=NOON)
    before = sorted(os.listdir(backup_folder(library)))
    _raw(library, f"UPDATE key_results SET owner = 'Quelqu’un' WHERE workshop_id = '{first}'")
    with pytest.raises(BackupError) as caught:
        take_backup(library, now=NOON.replace(hour=13))
    assert caught.value.code == "backup_not_sound"
    # Named by its title, as a person knows it, with each language's quotes.
    assert "“Atelier abîmé”" in str(caught.value)
    assert "«\u00a0Atelier abîmé\u00a0»" in caught.value.message("fr")
    assert first not in str(caught.value) and "Atelier sain" not in str(caught.value)
    # Nothing named a backup, nothing temporary left.
    assert sorted(os.listdir(backup_folder(library))) == before


def test_integrity_damage_that_quick_check_misses_fails_the_certificate(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Atelier")
    backup = take_backup(library, now=NOON)
    # An index that disagrees with its table: quick_check passes, integrity_check does not.
    conn = sqlite3.connect(backup)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, '(updated_at)', '(title)')"
                     " WHERE name = 'workshops_updated_at'")
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert check_backup(backup).problem == "integrity"
