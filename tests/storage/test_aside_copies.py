"""Copies set aside by restores and damage are pruned like backups, but never the only copy of
anything (issue 16, point 11)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from okr_workshop.storage.aside_copies import KEEP_ASIDE, aside_copies, prune_aside_copies
from okr_workshop.storage.backups import take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.recovery import restore_backup
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _with_one_backup(library: Path, title: str = "Un « 1 » 🌱") -> Path:
    db = open_library(library)
    try:
        Repository(db).add_workshop(rich_workshop(title, teams=1))
        return take_backup(db, now=NOON - timedelta(days=60))
    finally:
        close_library(db)


def _replaced(library: Path) -> list[Path]:
    return [path for path, kind, _moment in aside_copies(library) if kind == "replaced"]


def test_many_restores_leave_a_few_replaced_copies_not_one_each(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    backup = _with_one_backup(library)
    for day in range(12):
        restore_backup(library, backup.name, now=NOON - timedelta(days=40 - day))
    assert len(_replaced(library)) == 12  # all within 14 days of the last restore
    removed = prune_aside_copies(library, now=NOON)
    assert len(removed) == 12 - KEEP_ASIDE
    assert len(_replaced(library)) == KEEP_ASIDE
    assert workshop_titles(library) == {"Un « 1 » 🌱"}
    assert backup.exists()


def test_recent_copies_stay_whatever_their_number(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    backup = _with_one_backup(library)
    for hour in range(8):
        restore_backup(library, backup.name, now=NOON - timedelta(hours=hour))
    assert prune_aside_copies(library, now=NOON) == []
    assert len(_replaced(library)) == 8


def test_a_replaced_copy_holding_work_found_nowhere_else_is_kept(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    backup = _with_one_backup(library)
    db = open_library(library)
    try:  # work after the last backup: only the library holds it
        Repository(db).add_workshop(rich_workshop("Seul exemplaire\n<b>", teams=1))
    finally:
        close_library(db)
    first = restore_backup(library, backup.name, now=NOON - timedelta(days=50), force=True)
    for day in range(6):
        restore_backup(library, backup.name, now=NOON - timedelta(days=40 - day))
    prune_aside_copies(library, now=NOON)
    assert first.aside is not None and first.aside.exists()
    assert "Seul exemplaire\n<b>" in workshop_titles(first.aside)
    assert len(_replaced(library)) == KEEP_ASIDE + 1


def test_a_damaged_copy_that_cannot_be_read_is_kept(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _with_one_backup(library)
    damaged = tmp_path / "library-damaged-20261001-080000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    for number in range(KEEP_ASIDE + 2):
        shutil.copyfile(damaged, tmp_path / f"library-damaged-2026100{number + 2}-080000.sqlite3")
    prune_aside_copies(library, now=NOON)
    assert damaged.exists()
    assert len([1 for _p, kind, _m in aside_copies(library) if kind == "damaged"]) == 6


def test_another_librarys_copies_are_never_pruned(tmp_path: Path):
    library = tmp_path / "team.sqlite3"
    backup = _with_one_backup(library)
    theirs = [tmp_path / f"team-replaced-202610{day:02d}-080000.db" for day in range(1, 9)]
    for path in theirs:
        shutil.copyfile(backup, path)  # the same content, but another library's names
    for day in range(6):
        restore_backup(library, backup.name, now=NOON - timedelta(days=40 - day))
    prune_aside_copies(library, now=NOON)
    assert all(path.exists() for path in theirs)
    assert len(_replaced(library)) == KEEP_ASIDE
