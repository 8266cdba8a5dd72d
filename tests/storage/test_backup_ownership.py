"""Backups belong to exactly one library (its full file name and its identity), keep its
permissions, and a wrong clock's stamps never pass for the newest (issue 16, points 6, 8, 9)."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.storage.backups import (
    backup_folder,
    list_backups,
    prune_backups,
    retained,
    take_backup,
)
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.recovery import newest_good_backup, restore_backup
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _library(path: Path, title: str, moments: list[datetime]) -> list[Path]:
    """A library holding one workshop ``title``, backed up at each of ``moments``."""
    db = open_library(path)
    taken = []
    try:
        for number, moment in enumerate(moments):
            Repository(db).add_workshop(rich_workshop(f"{title} {number}", teams=1))
            taken.append(take_backup(db, now=moment, keep=False))
    finally:
        close_library(db)
    return taken


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S-%f")


# --- Point 8: one library, its own backups ---


def test_two_libraries_differing_by_extension_keep_their_own_backups(tmp_path: Path):
    team, other = tmp_path / "team.sqlite3", tmp_path / "team.db"
    _library(team, "Équipe 🚀", [NOON - timedelta(hours=1)])
    _library(other, "<b>Autre</b>", [NOON])  # newer: it would win a shared name
    assert [info.path.name for info in list_backups(team)] == [
        f"team.sqlite3-{_stamp(NOON - timedelta(hours=1))}.sqlite3"
    ]
    assert [info.path.name for info in list_backups(other)] == [
        f"team.db-{_stamp(NOON)}.sqlite3"
    ]
    team.unlink()  # lost: the newest good backup of *team.sqlite3* comes back
    restore_backup(team, now=NOON)
    assert workshop_titles(team) == {"Équipe 🚀 0"}


def test_pruning_one_library_never_deletes_the_others_backups(tmp_path: Path):
    team, other = tmp_path / "team.sqlite3", tmp_path / "team.db"
    days = [NOON - timedelta(days=day) for day in range(30)]
    theirs = _library(other, "Autre", days)
    _library(team, "Équipe", [NOON])
    prune_backups(team, now=NOON, tz=UTC)
    assert all(path.exists() for path in theirs)


def test_old_stem_only_backups_go_by_the_identity_inside(tmp_path: Path):
    """Backups named ``team-<time>`` before full names: each library finds its own by the
    library id it holds, even though both libraries share the stem."""
    team, other = tmp_path / "team.sqlite3", tmp_path / "team.db"
    mine = _library(team, "Équipe", [NOON - timedelta(days=40)])
    theirs = _library(other, "Autre", [NOON - timedelta(days=41)])
    for path in mine + theirs:  # rename them as the old versions did
        path.rename(path.with_name(path.name.replace(".sqlite3-", "-").replace(".db-", "-")))
    mine_old = [path.with_name(path.name.replace(".sqlite3-", "-")) for path in mine]
    theirs_old = [path.with_name(path.name.replace(".db-", "-")) for path in theirs]
    assert [info.path for info in list_backups(team)] == mine_old
    assert [info.path for info in list_backups(other)] == theirs_old
    # Twelve newer backups of team: its old one may be pruned, never the other's.
    _library(team, "Plus", [NOON - timedelta(minutes=minute) for minute in range(12)])
    prune_backups(team, now=NOON, tz=UTC)
    assert not mine_old[0].exists()
    assert theirs_old[0].exists()


def test_an_old_backup_without_identity_beside_a_namesake_is_listed_but_never_pruned(
    tmp_path: Path,
):
    team = tmp_path / "team.sqlite3"
    (tmp_path / "team.db").write_bytes(b"")  # another library sharing the stem
    _library(team, "Équipe", [NOON - timedelta(minutes=minute) for minute in range(12)])
    folder = backup_folder(team)
    ancient = folder / f"team-{_stamp(NOON - timedelta(days=90))}.sqlite3"
    ancient.write_bytes(b"SQLite format 3\x00 without identity")
    assert ancient in [info.path for info in list_backups(team)]
    prune_backups(team, now=NOON, tz=UTC)
    assert ancient.exists()


def test_a_backup_never_removes_the_temp_file_of_another_librarys_backup(tmp_path: Path):
    team = tmp_path / "team.sqlite3"
    folder = backup_folder(team)
    folder.mkdir()
    theirs = folder / f".team.db-{_stamp(NOON)}.sqlite3.tmp"  # team.db's, under way
    theirs.write_bytes(b"being written")
    killed = folder / f".team.sqlite3-{_stamp(NOON)}.sqlite3.tmp"
    killed.write_bytes(b"cut short")
    _library(team, "Équipe", [NOON + timedelta(minutes=1)])
    assert theirs.read_bytes() == b"being written"
    assert not killed.exists()


# --- Point 6 (half): the library's own permissions ---


def test_backups_and_restored_files_get_the_librarys_permissions(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    close_library(open_library(library))
    os.chmod(library, 0o600)
    (taken,) = _library(library, "Privé", [NOON])
    assert stat.S_IMODE(taken.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_folder(library).stat().st_mode) == 0o700
    restore_backup(library, taken.name, now=NOON, force=True)
    assert stat.S_IMODE(library.stat().st_mode) == 0o600


def test_backups_older_than_a_private_library_become_private_too(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    (older,) = _library(library, "Avant", [NOON - timedelta(hours=1)])
    os.chmod(older, 0o644)
    os.chmod(library, 0o600)
    _library(library, "Après", [NOON])
    prune_backups(library, now=NOON, tz=UTC)
    assert stat.S_IMODE(older.stat().st_mode) == 0o600


# --- Point 9: a wrong clock ---


def test_backups_stamped_in_the_future_never_take_the_newest_places():
    today = [NOON - timedelta(minutes=minute) for minute in range(10)]
    wrong_clock = [datetime(2030, 1, 1, hour, tzinfo=UTC) for hour in range(12)]
    keep = retained(today + wrong_clock, NOON, tz=UTC)
    assert set(today) <= keep
    assert len(keep & set(wrong_clock)) == 10  # kept apart: they may hold that day's work


def test_a_future_backup_is_listed_last_and_never_chosen_by_default(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    _library(library, "Vrai", [NOON - timedelta(hours=1)])
    folder = backup_folder(library)
    good = list_backups(library, now=NOON)[0]
    future = folder / f"library.sqlite3-{_stamp(datetime(2030, 1, 1, tzinfo=UTC))}.sqlite3"
    shutil.copyfile(good.path, future)
    listed = list_backups(library, now=NOON)
    assert [info.path for info in listed] == [good.path, future]
    assert [info.in_future for info in listed] == [False, True]
    assert newest_good_backup(library, now=NOON).path == good.path


def test_restore_over_a_newer_sound_library_says_what_would_be_lost(tmp_path: Path):
    """The 2030 backup named on purpose, over a library of five workshops edited since:
    refused, saying how many workshops and which last change; --force does it."""
    from okr_workshop.storage.errors import BackupError

    library = tmp_path / "library.sqlite3"
    (old,) = _library(library, "Ancien", [datetime(2030, 1, 1, tzinfo=UTC)])
    db = open_library(library)
    try:
        for number in range(4):
            Repository(db).add_workshop(rich_workshop(f"Nouveau « {number} » 🎯", teams=1))
    finally:
        close_library(db)
    before = library.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_backup(library, old.name, now=NOON)
    error = caught.value
    assert error.code == "would_lose"
    assert "4 workshops" in str(error) and "Nouveau « 3 » 🎯" in str(error)
    assert "--force" in str(error) and "4\u00a0ateliers" in error.message("fr")
    assert len(str(error).splitlines()) == 1
    assert library.read_bytes() == before
    result = restore_backup(library, old.name, now=NOON, force=True)
    assert workshop_titles(library) == {"Ancien 0"}
    assert result.aside is not None and len(workshop_titles(result.aside)) == 5
