"""The library as the window and the command line open it: one writer, a backup at open and
then every 30 minutes after changes, damaged files set aside, a tidy close."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.app.library_file import (
    LibraryMovedAside,
    library_backups,
    open_library_file,
    restore_library,
)
from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.storage.backups import backup_folder
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import LibraryLocked, NotALibrary
from okr_workshop.storage.lock import acquire_lock, lock_path
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _library_with_samples(library: Path) -> None:
    opened = open_library_file(library, now=NOON)
    add_samples(opened.repository)
    opened.close(NOON + timedelta(minutes=1))


# --- Writers and readers ---


def test_a_writer_holds_the_lock_and_is_backed_up_at_open(library: Path):
    _library_with_samples(library)
    opened = open_library_file(library, now=NOON + timedelta(days=1))
    try:
        assert opened.writer and lock_path(library).exists()
        assert opened.last_backup is not None
        # At open now: the same bytes as the one taken at the last close, so no new file.
        assert [info.workshop_count for info in library_backups(library)] == [2, 0]
        assert opened.last_backup == library_backups(library)[0].path
        with pytest.raises(LibraryLocked):
            open_library_file(library)
        # A reader is welcome meanwhile (listing, exporting from the command line).
        reader = open_library_file(library, writer=False)
        assert len(reader.repository.list_workshops()) == 2
        reader.close()
        assert lock_path(library).exists(), "a reader never touches the writer's lock"
    finally:
        opened.close()
    assert not lock_path(library).exists()
    assert not library.with_name(library.name + "-wal").exists() or (
        library.with_name(library.name + "-wal").stat().st_size == 0
    )
    opened.close()  # twice is harmless


def test_backups_while_editing_only_after_changes_and_thirty_minutes_apart(library: Path):
    opened = open_library_file(library, now=NOON)
    try:
        assert opened.tick(NOON + timedelta(hours=2)) is None, "no change yet"
        add_samples(opened.repository, (Language.FRENCH,))
        assert opened.tick(NOON + timedelta(minutes=10)) is None, "too soon"
        taken = opened.tick(NOON + timedelta(minutes=30))
        assert taken is not None and workshop_titles(taken) == {"Atelier OKR — T1 2027"}
        assert opened.tick(NOON + timedelta(minutes=61)) is None, "no change since"
    finally:
        opened.close(NOON + timedelta(minutes=62))
    assert [info.workshop_count for info in library_backups(library)] == [1, 0]


def test_close_takes_a_backup_when_something_changed(library: Path):
    opened = open_library_file(library, now=NOON)
    opened.close(NOON + timedelta(minutes=5))
    assert len(library_backups(library)) == 1, "nothing changed since the one at open"
    opened = open_library_file(library, now=NOON + timedelta(minutes=6))
    add_samples(opened.repository, (Language.FRENCH,))
    opened.close(NOON + timedelta(minutes=7))
    assert [info.workshop_count for info in library_backups(library)] == [1, 0]


def test_a_failed_backup_at_open_is_a_warning_not_a_refusal(library: Path):
    backup_folder(library).parent.mkdir(parents=True, exist_ok=True)
    backup_folder(library).write_text("a file where the backups folder should be")
    with open_library_file(library) as opened:
        assert [warning.code for warning in opened.warnings] == ["backup_failed"]
        add_samples(opened.repository, (Language.FRENCH,))
    assert len(workshop_titles(library)) == 1


def test_a_reader_takes_no_backup_and_no_lock(library: Path):
    _library_with_samples(library)
    before = library_backups(library)
    with open_library_file(library, writer=False) as reader:
        assert not reader.writer
        assert not lock_path(library).exists()
        assert reader.tick(NOON + timedelta(days=3)) is None
    assert library_backups(library) == before


# --- Damaged libraries ---


def _garbage(data: bytes) -> bytes:
    return bytes(range(256)) * (len(data) // 256 + 1)


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 3]


def _bit_flipped(data: bytes) -> bytes:
    """One bit flipped where SQLite's check sees it: the type byte of the second page.

    (A flip inside a text value cannot be detected by any check; the backups cover it.)
    """
    flipped = bytearray(data)
    flipped[4096] ^= 0x80
    return bytes(flipped)


@pytest.mark.parametrize("damage", [_garbage, _truncated, _bit_flipped])
def test_a_damaged_library_is_set_aside_untouched_and_the_backup_restores(library: Path, damage):
    _library_with_samples(library)
    damaged = damage(library.read_bytes())
    library.write_bytes(damaged)

    with pytest.raises(LibraryMovedAside) as caught:
        open_library_file(library)
    aside = caught.value.aside
    assert aside.read_bytes() == damaged, "never written to"
    assert not library.exists()
    assert not lock_path(library).exists()
    assert str(aside) in str(caught.value) and str(library) in str(caught.value)
    assert "endommagée" in caught.value.message("fr")

    result = restore_library(library)
    assert result.backup.workshop_count == 2
    assert result.aside is None
    assert aside.read_bytes() == damaged, "the damaged file is kept"
    with open_library_file(library) as opened:
        assert len(opened.repository.list_workshops()) == 2


def test_a_reader_sets_a_damaged_library_aside_too(library: Path):
    _library_with_samples(library)
    library.write_bytes(b"garbage" * 500)
    with pytest.raises(LibraryMovedAside):
        open_library_file(library, writer=False)
    assert not library.exists()


def test_a_damaged_library_in_use_elsewhere_is_left_where_it_is(library: Path):
    _library_with_samples(library)
    library.write_bytes(b"garbage" * 500)
    with acquire_lock(library):
        with pytest.raises(NotALibrary):
            open_library_file(library, writer=False)
    assert library.read_bytes() == b"garbage" * 500


@pytest.mark.parametrize("code", ["other_application", "too_new"])
def test_someone_elses_or_a_newer_file_is_not_moved(library: Path, code: str):
    conn = sqlite3.connect(library)
    if code == "other_application":
        conn.execute("CREATE TABLE moz_places (url TEXT)")
    else:
        conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, "
                     "migration_set TEXT, name TEXT, applied_at TEXT)")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('okr_workshop', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = library.read_bytes()
    with pytest.raises(NotALibrary) as caught:
        open_library_file(library)
    assert caught.value.code == code
    assert library.read_bytes() == before
    assert not lock_path(library).exists()


def test_restoring_is_refused_while_the_library_is_open(library: Path):
    _library_with_samples(library)
    with open_library_file(library) as opened:
        with pytest.raises(LibraryLocked):
            restore_library(library)
        assert len(opened.repository.list_workshops()) == 2


def test_restore_keeps_the_current_library_aside(library: Path):
    _library_with_samples(library)
    with open_library_file(library, now=NOON + timedelta(hours=1)) as opened:
        opened.repository.delete_workshop(opened.repository.list_workshops()[0].id)
    current = open_library(library)
    remaining = len(Repository(current).list_workshops())
    close_library(current)
    assert remaining == 1
    both = next(info for info in library_backups(library) if info.workshop_count == 2)
    result = restore_library(library, both.path.name)
    assert result.aside is not None and "replaced" in result.aside.name
    assert len(workshop_titles(result.aside)) == 1
    assert len(workshop_titles(library)) == 2
