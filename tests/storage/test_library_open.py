"""Opening the library: new files, settings, and files that must never be written to."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from okr_workshop.storage.connection import (
    LibraryError,
    NotALibrary,
    close_library,
    open_library,
)
from okr_workshop.storage.errors import LibraryUnavailable
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop


def _folder_listing(path: Path) -> list[str]:
    return sorted(os.listdir(path.parent))


def _make_library(path: Path) -> str:
    db = open_library(path)
    workshop = rich_workshop()
    Repository(db).add_workshop(workshop)
    close_library(db)
    return workshop.id


def _assert_refused(path: Path, code: str) -> NotALibrary:
    before = path.read_bytes()
    listing = _folder_listing(path)
    with pytest.raises(NotALibrary) as caught:
        open_library(path)
    assert caught.value.code == code
    assert path.read_bytes() == before, "a refused file must be left byte for byte"
    assert _folder_listing(path) == listing, "no -wal/-shm left beside a refused file"
    assert path.name in str(caught.value)
    assert isinstance(caught.value, LibraryError)
    return caught.value


# --- New libraries ---


def test_missing_file_and_folders_become_a_library(tmp_path: Path):
    path = tmp_path / "deep" / "er" / "library.sqlite3"
    db = open_library(path)
    try:
        assert path.is_file()
        assert "workshops" in db.utils.table_names()
        assert Repository(db).list_workshops() == []
    finally:
        close_library(db)


def test_empty_file_becomes_a_library(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    db = open_library(path)
    try:
        assert "key_results" in db.utils.table_names()
    finally:
        close_library(db)
    assert path.stat().st_size > 0


def test_empty_sqlite_database_becomes_a_library(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
    sqlite3.connect(path).execute("VACUUM").connection.close()
    db = open_library(path)
    try:
        assert "teams" in db.utils.table_names()
    finally:
        close_library(db)


def test_connection_settings(library_file: Path):
    db = open_library(library_file)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        # No transaction left open by opening or migrating, and none opened implicitly.
        assert not db.conn.in_transaction
        assert db.conn.isolation_level is None
        db.execute("SELECT count(*) FROM workshops").fetchone()
        assert not db.conn.in_transaction
    finally:
        close_library(db)


def test_reopening_keeps_the_data_and_close_folds_the_wal(library_file: Path):
    workshop_id = _make_library(library_file)
    wal = library_file.with_name(library_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    db = open_library(library_file)
    try:
        assert Repository(db).load_workshop(workshop_id).id == workshop_id
    finally:
        close_library(db)
    # Readable with a plain connection after close: everything is in the main file.
    conn = sqlite3.connect(f"{library_file.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM workshops").fetchone()[0] == 1
    conn.close()


def test_parent_that_is_a_file_gives_a_sentence(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LibraryUnavailable) as caught:
        open_library(blocker / "library.sqlite3")
    assert "library.sqlite3" in str(caught.value)


# --- Files that are not libraries are never written to ---


def test_garbage_bytes_are_refused(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(os.urandom(3000))
    _assert_refused(path, "not_sqlite")


def test_text_file_is_refused(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    path.write_text("Ceci n’est pas une base de données.\n", encoding="utf-8")
    _assert_refused(path, "not_sqlite")


def test_a_folder_is_refused(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    path.mkdir()
    with pytest.raises(NotALibrary):
        open_library(path)
    assert list(path.iterdir()) == []


@pytest.mark.parametrize("keep", [16, 100, 4096, 8192, -4096])
def test_truncated_library_is_refused(tmp_path: Path, keep: int):
    source = tmp_path / "full.sqlite3"
    _make_library(source)
    data = source.read_bytes()
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(data[:keep])
    assert len(path.read_bytes()) < len(data)
    _assert_refused(path, "damaged")


def test_library_with_a_damaged_page_is_refused(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    _make_library(path)
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the header of every page after the first: no b-tree page parses.
    for start in range(page, len(data), page):
        data[start : start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    error = _assert_refused(path, "damaged")
    assert "endommagé" in error.message("fr")


def test_another_applications_database_is_refused(tmp_path: Path):
    path = tmp_path / "firefox-places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    _assert_refused(path, "other_application")


def test_another_applications_wal_database_is_refused_without_side_files(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    _assert_refused(path, "other_application")


def test_another_sqlite_utils_migration_set_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT,"
        " name TEXT, applied_at TEXT)"
    )
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('someone_else', 'm001', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    _assert_refused(path, "other_application")


def test_library_from_a_newer_version_is_refused(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    _make_library(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('okr_workshop', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    error = _assert_refused(path, "too_new")
    assert "plus récente" in error.message("fr")


def test_library_failing_quick_check_is_refused(tmp_path: Path):
    """A file SQLite opens fine, but whose content breaks a constraint: quick_check says so."""
    path = tmp_path / "library.sqlite3"
    _make_library(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    relax = "replace(sql, 'title TEXT NOT NULL,', 'title TEXT,')"
    conn.execute(f"UPDATE sqlite_master SET sql = {relax} WHERE name = 'workshops'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE workshops SET title = NULL")
    conn.execute("PRAGMA writable_schema = ON")
    restore = "replace(sql, 'title TEXT,', 'title TEXT NOT NULL,')"
    conn.execute(f"UPDATE sqlite_master SET sql = {restore} WHERE name = 'workshops'")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    check.close()
    _assert_refused(path, "damaged")
