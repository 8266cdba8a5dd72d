"""The way back: a damaged file is renamed aside with its log, byte for byte; restoring puts
a checked backup in place and keeps the file it replaces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.storage.backups import backup_folder, list_backups, take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import BackupError
from okr_workshop.storage.recovery import (
    aside_name,
    move_aside,
    newest_good_backup,
    resolve_backup,
    restore_backup,
)
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _library_with_backups(path: Path, titles: list[str]) -> list[Path]:
    """One backup after each added workshop, an hour apart; the library then closed."""
    db = open_library(path)
    taken = []
    for number, title in enumerate(titles):
        Repository(db).add_workshop(rich_workshop(title, teams=1))
        taken.append(take_backup(db, now=NOON + timedelta(hours=number)))
    close_library(db)
    return taken


def test_move_aside_renames_the_file_and_its_log_untouched(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    files = {"": b"main bytes", "-wal": b"log bytes", "-shm": b"index bytes"}
    for suffix, data in files.items():
        library.with_name(library.name + suffix).write_bytes(data)
    aside = move_aside(library, "damaged", now=NOON)
    assert aside.parent == tmp_path
    assert aside.name.startswith("library-damaged-2027012")
    assert aside.suffix == ".sqlite3"
    for suffix, data in files.items():
        assert not library.with_name(library.name + suffix).exists()
        assert aside.with_name(aside.name + suffix).read_bytes() == data


def test_aside_names_never_collide(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    library.write_bytes(b"one")
    first = move_aside(library, "damaged", now=NOON)
    library.write_bytes(b"two")
    second = move_aside(library, "damaged", now=NOON)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")
    assert aside_name(library, "damaged", now=NOON) not in (first, second)


def test_restore_puts_back_the_newest_good_backup_and_keeps_the_current_file(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    taken = _library_with_backups(library, ["Un", "Deux", "Trois"])
    taken[-1].write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # the newest is damaged
    current = library.read_bytes()
    result = restore_backup(library, now=NOON, force=True)  # "Trois" goes: forced
    assert result.backup.path == taken[1]
    assert result.backup.workshop_count == 2
    assert workshop_titles(library) == {"Un", "Deux"}
    assert result.aside is not None and result.aside.read_bytes() == current
    assert "replaced" in result.aside.name
    db = open_library(library)  # a restored library opens and takes edits
    try:
        Repository(db).add_workshop(rich_workshop("Après", teams=1))
    finally:
        close_library(db)
    assert workshop_titles(library) == {"Un", "Deux", "Après"}


def test_restore_a_named_backup(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    taken = _library_with_backups(library, ["Un", "Deux"])
    result = restore_backup(library, taken[0].name, force=True)  # drops "Deux": forced
    assert result.backup.path == taken[0]
    assert workshop_titles(library) == {"Un"}
    # A path works too, and restoring never deletes a backup.
    restore_backup(library, taken[1])
    assert workshop_titles(library) == {"Un", "Deux"}
    assert len(list_backups(library)) == 2


def test_restore_when_the_library_is_gone(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library_with_backups(library, ["Un"])
    move_aside(library, "damaged", now=NOON)
    result = restore_backup(library)
    assert result.aside is None
    assert workshop_titles(library) == {"Un"}


@pytest.mark.parametrize("name", ["library-20270120-120000-000000.sqlite3", "nowhere.sqlite3"])
def test_a_bad_named_backup_changes_nothing(tmp_path: Path, name: str):
    library = tmp_path / "library.sqlite3"
    _library_with_backups(library, ["Un"])
    (backup_folder(library) / "library-20270120-120000-000000.sqlite3").write_bytes(b"junk")
    before = library.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(BackupError) as caught:
        restore_backup(library, name)
    assert caught.value.code == "bad_backup"
    assert name in str(caught.value)
    assert library.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_no_good_backup_changes_nothing(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    taken = _library_with_backups(library, ["Un"])
    taken[0].write_bytes(b"not a database")
    before = library.read_bytes()
    assert newest_good_backup(library) is None
    with pytest.raises(BackupError) as caught:
        restore_backup(library)
    assert caught.value.code == "no_good_backup"
    assert "Aucune sauvegarde" in caught.value.message("fr")
    assert library.read_bytes() == before


def test_resolve_backup_reads_names_in_the_backups_folder(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    assert resolve_backup(library, "library-1.sqlite3") == backup_folder(library) / (
        "library-1.sqlite3"
    )
    elsewhere = tmp_path / "copy.sqlite3"
    elsewhere.write_bytes(b"x")
    assert resolve_backup(library, elsewhere) == elsewhere


def test_a_log_left_without_its_file_is_moved_aside_before_a_restore(tmp_path: Path):
    """Restored under the library's name, the backup must not meet an old log: SQLite
    would replay it into the restored file."""
    library = tmp_path / "library.sqlite3"
    _library_with_backups(library, ["Un"])
    library.unlink()
    stray = library.with_name(library.name + "-wal")
    stray.write_bytes(b"an old log")
    result = restore_backup(library)
    assert not stray.exists()
    assert result.aside is not None
    assert result.aside.with_name(result.aside.name + "-wal").read_bytes() == b"an old log"
    assert workshop_titles(library) == {"Un"}
