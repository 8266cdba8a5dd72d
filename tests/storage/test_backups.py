"""Rolling backups: checked copies beside the library, written whole or not at all, kept by
a rule (the newest ten plus one a day for two weeks), due at most every 30 minutes."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.storage import backups
from okr_workshop.storage.backups import (
    BACKUP_FOLDER_NAME,
    BackupSchedule,
    backup_folder,
    check_backup,
    list_backups,
    prune_backups,
    retained,
    take_backup,
)
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import BackupError
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def test_a_backup_is_a_checked_standalone_copy_beside_the_library(repository: Repository):
    repository.add_workshop(rich_workshop("Avant la sauvegarde"))
    path = take_backup(repository.db, now=NOON)
    library = repository.path
    assert path.parent == library.parent / BACKUP_FOLDER_NAME == backup_folder(library)
    assert path.name == "library.sqlite3-20270120-120000-000000.sqlite3"
    assert workshop_titles(path) == {"Avant la sauvegarde"}
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # Only the finished backup: no temp file, no journal, no log.
    assert os.listdir(path.parent) == [path.name]


def test_later_edits_are_not_in_an_earlier_backup(repository: Repository):
    repository.add_workshop(rich_workshop("Premier"))
    first = take_backup(repository.db, now=NOON)
    repository.add_workshop(rich_workshop("Second"))
    second = take_backup(repository.db, now=NOON + timedelta(minutes=30))
    assert workshop_titles(first) == {"Premier"}
    assert workshop_titles(second) == {"Premier", "Second"}


def test_an_unchanged_library_makes_no_new_file(repository: Repository):
    repository.add_workshop(rich_workshop())
    first = take_backup(repository.db, now=NOON)
    again = take_backup(repository.db, now=NOON + timedelta(hours=1))
    assert again == first
    assert len(list_backups(repository.path)) == 1


def test_a_closed_library_is_backed_up_from_its_path(library_file: Path):
    db = open_library(library_file)
    Repository(db).add_workshop(rich_workshop("Fermée"))
    close_library(db)
    before = library_file.read_bytes()
    path = take_backup(library_file, now=NOON)
    assert workshop_titles(path) == {"Fermée"}
    assert library_file.read_bytes() == before


def test_no_backup_in_the_middle_of_an_edit(repository: Repository):
    repository.db.conn.execute("BEGIN")
    try:
        with pytest.raises(BackupError):
            take_backup(repository.db)
    finally:
        repository.db.conn.execute("ROLLBACK")


def test_a_failed_backup_leaves_the_library_and_no_trace(repository: Repository):
    repository.add_workshop(rich_workshop())
    blocker = backup_folder(repository.path)
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupError) as caught:
        take_backup(repository.db)
    assert caught.value.code == "backup_failed"
    assert "library.sqlite3" in str(caught.value)
    assert "sauvegarde" in caught.value.message("fr")
    assert len(repository.list_workshops()) == 1


def test_a_copy_that_fails_its_check_is_never_named_a_backup(
    repository: Repository, monkeypatch: pytest.MonkeyPatch
):
    def broken_copy(conn: sqlite3.Connection, temp: Path) -> None:
        temp.write_bytes(b"half a backup")
        raise sqlite3.DatabaseError("the copy fails its check: page 3 is never used")

    monkeypatch.setattr(backups, "_copy_checked", broken_copy)
    with pytest.raises(BackupError):
        take_backup(repository.db)
    assert os.listdir(backup_folder(repository.path)) == []


def test_leftovers_of_a_killed_backup_are_cleaned(repository: Repository):
    folder = backup_folder(repository.path)
    folder.mkdir()
    leftover = folder / ".library-20270120-115959-000000.sqlite3.tmp"
    leftover.write_bytes(b"cut short")
    someone_elses = folder / "notes.txt"
    someone_elses.write_text("mine")
    take_backup(repository.db, now=NOON)
    assert not leftover.exists()
    assert someone_elses.read_text() == "mine"


def test_list_backups_checks_each_one(repository: Repository):
    repository.add_workshop(rich_workshop("Un"))
    older = take_backup(repository.db, now=NOON - timedelta(hours=1))
    repository.add_workshop(rich_workshop("Deux"))
    newer = take_backup(repository.db, now=NOON)
    broken = backup_folder(repository.path) / "library-20270120-130000-000000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    listed = list_backups(repository.path)
    assert [info.path for info in listed] == [broken, newer, older]
    assert [info.ok for info in listed] == [False, True, True]
    assert [info.workshop_count for info in listed[1:]] == [2, 1]
    assert listed[1].size == newer.stat().st_size
    assert listed[1].taken_at == NOON


def test_backups_of_another_library_in_the_same_folder_are_not_listed(tmp_path: Path):
    first, other = tmp_path / "library.sqlite3", tmp_path / "library-2.sqlite3"
    for path in (first, other):
        db = open_library(path)
        take_backup(db, now=NOON)
        close_library(db)
    assert [info.path.name for info in list_backups(first)] == [
        "library.sqlite3-20270120-120000-000000.sqlite3"
    ]
    assert [info.path.name for info in list_backups(other)] == [
        "library-2.sqlite3-20270120-120000-000000.sqlite3"
    ]


def test_check_backup_refuses_what_is_not_a_library(tmp_path: Path):
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()
    assert check_backup(foreign).ok is False
    assert check_backup(tmp_path / "missing.sqlite3").ok is False
    text = tmp_path / "text.sqlite3"
    text.write_text("hello")
    assert check_backup(text).ok is False


# --- Retention ---


def test_retention_keeps_the_newest_ten_and_one_a_day_for_fourteen_days():
    today = [NOON.replace(hour=hour) for hour in range(12)]
    earlier = [
        (NOON - timedelta(days=days)).replace(hour=hour)
        for days in range(1, 16)
        for hour in (8, 12, 16)
    ]
    ancient = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)]
    keep = retained(today + earlier + ancient, NOON, tz=UTC)
    expected_today = set(today[2:])  # the ten newest
    expected_days = {(NOON - timedelta(days=days)).replace(hour=16) for days in range(1, 14)}
    assert keep == expected_today | expected_days
    assert len(keep) == 10 + 13


def test_retention_keeps_ten_even_when_they_are_old():
    taken = [datetime(2026, 1, day, tzinfo=UTC) for day in range(1, 21)]
    keep = retained(taken, NOON, tz=UTC)
    assert keep == set(taken[-10:])


def test_pruning_deletes_only_what_the_rule_drops(tmp_path: Path):
    """Backups named before full names (``library-<time>``) are still this library's."""
    library = tmp_path / "library.sqlite3"
    folder = backup_folder(library)
    folder.mkdir()
    moments = [NOON - timedelta(days=days) for days in range(20)]
    for moment in moments:
        (folder / f"library-{moment:%Y%m%d-%H%M%S-%f}.sqlite3").write_bytes(b"x")
    other = folder / "other-20200101-000000-000000.sqlite3"
    other.write_bytes(b"y")
    removed = prune_backups(library, now=NOON, tz=UTC)
    # Ten newest = days 0..9, one a day for 14 days = days 0..13: days 14..19 go.
    assert sorted(path.name for path in removed) == sorted(
        f"library-{moment:%Y%m%d-%H%M%S-%f}.sqlite3" for moment in moments[14:]
    )
    assert len(list(folder.glob("library-*.sqlite3"))) == 14
    assert other.exists()


def test_taking_a_backup_prunes_old_ones(repository: Repository):
    for number in range(12):
        repository.add_workshop(rich_workshop(f"Atelier {number}", teams=1))
        take_backup(repository.db, now=NOON - timedelta(days=30) + timedelta(minutes=number))
    assert len(list_backups(repository.path)) == 10


# --- When the next backup is due ---


def test_schedule_only_after_a_change_and_at_most_every_thirty_minutes():
    schedule = BackupSchedule(last_taken=NOON)
    assert not schedule.due(NOON + timedelta(hours=5)), "nothing changed"
    assert not schedule.after_edit(NOON + timedelta(minutes=29))
    assert schedule.due(NOON + timedelta(minutes=30))
    schedule.taken(NOON + timedelta(minutes=30))
    assert not schedule.due(NOON + timedelta(minutes=61))
    assert schedule.after_edit(NOON + timedelta(minutes=61))


def test_schedule_without_any_backup_is_due_at_the_first_change():
    schedule = BackupSchedule()
    assert not schedule.due(NOON)
    assert schedule.after_edit(NOON)
