"""A library made by the first schema version is upgraded only after a verified backup.

The tests stand in a next migration (test-only, never registered in the real set) by
handing ``open_library`` a copy of the real set plus one more step; "version one" below is
the library as today's migrations leave it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from okr_workshop.storage import connection, migrations
from okr_workshop.storage.backups import backup_folder, list_backups
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import LibraryUnavailable
from okr_workshop.storage.migrations import (
    MIGRATION_SET,
    m001_initial_schema,
    m002_key_result_relative_change,
    m003_steering,
    m004_room,
)
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop

PRODUCTION = (m001_initial_schema, m002_key_result_relative_change, m003_steering,
              m004_room)
APPLIED = [step.__name__ for step in PRODUCTION]


def _version_one_library(path: Path) -> str:
    """A library as the first schema version made it, with one workshop in it."""
    first_version = Migrations(MIGRATION_SET)
    for step in PRODUCTION:
        first_version()(step)
    db = Database(sqlite3.connect(path, isolation_level=None))
    db.conn.execute("PRAGMA journal_mode = WAL")
    first_version.apply(db)
    workshop = rich_workshop("Version 1")
    Repository(db).add_workshop(workshop)
    close_library(db)
    return workshop.id


def _with_second_version(monkeypatch: pytest.MonkeyPatch, step) -> Migrations:
    upgraded = Migrations(MIGRATION_SET)
    for production in PRODUCTION:
        upgraded()(production)
    upgraded(name="m999_test_only")(step)
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr(connection, "known_migrations", lambda: (*APPLIED, "m999_test_only"))
    return upgraded


def _add_a_column(db: Database) -> None:
    db.execute("ALTER TABLE workshops ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'")


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    finally:
        conn.close()


def test_upgrading_takes_a_good_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    library = tmp_path / "library.sqlite3"
    workshop_id = _version_one_library(library)
    assert _applied(library) == APPLIED
    _with_second_version(monkeypatch, _add_a_column)

    db = open_library(library)
    try:
        assert "colour" in db.utils["workshops"].columns_dict
        assert Repository(db).load_workshop(workshop_id).title == "Version 1"
    finally:
        close_library(db)

    (backup,) = list_backups(library)
    assert backup.ok and backup.workshop_count == 1
    # The backup is the library as it was before the upgrade.
    assert _applied(backup.path) == APPLIED
    conn = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(workshops)")}
    finally:
        conn.close()
    assert "colour" not in columns
    assert _applied(library) == [*APPLIED, "m999_test_only"]


def test_a_failed_upgrade_leaves_the_library_and_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    library = tmp_path / "library.sqlite3"
    _version_one_library(library)

    def failing(db: Database) -> None:
        _add_a_column(db)
        raise RuntimeError("power cut in the middle of the upgrade")

    _with_second_version(monkeypatch, failing)
    with pytest.raises(RuntimeError):
        open_library(library)
    assert _applied(library) == APPLIED
    (backup,) = list_backups(library)
    assert backup.ok


def test_no_upgrade_without_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    library = tmp_path / "library.sqlite3"
    _version_one_library(library)
    _with_second_version(monkeypatch, _add_a_column)
    backup_folder(library).write_text("a file where the backups folder should be")
    with pytest.raises(LibraryUnavailable) as caught:
        open_library(library)
    assert caught.value.code == "update_not_backed_up"
    assert "before updating it" in str(caught.value)
    assert _applied(library) == APPLIED


def test_a_new_or_up_to_date_library_is_not_backed_up_on_open(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    close_library(open_library(library))  # new: nothing to lose
    close_library(open_library(library))  # up to date: nothing is changed
    assert list_backups(library) == []
