"""Issue 16, point 1: one damaged workshop comes back from the newest backup where it is
sound; the library's other workshops, and their later edits, stay as they are."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.storage import checksums
from okr_workshop.storage.aside_copies import aside_copies
from okr_workshop.storage.backups import take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import BackupError, LibraryError
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.workshop_restore import newest_sound_backup, restore_workshop
from tests.storage.library_builders import behind_our_back, rich_workshop, workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)



def test_one_damaged_workshop_comes_back_from_the_newest_backup_where_it_is_sound(
    repository: Repository, library_file: Path
):
    damaged = rich_workshop("Atelier « abîmé » 🚀")
    other = rich_workshop("Atelier voisin")
    repository.add_workshop(damaged)
    repository.add_workshop(other)
    before = repository.load_workshop(damaged.id)
    older = take_backup(repository.db, now=NOON)
    # A newer backup where the workshop is already damaged: not the one to use.
    behind_our_back(
        library_file, "UPDATE key_results SET owner = 'X' WHERE workshop_id = ?", (damaged.id,))
    with pytest.raises(BackupError):
        take_backup(repository.db, now=NOON + timedelta(hours=1))
    # The neighbour keeps changing after the backup: that change must survive.
    repository.update(replace(other.teams[0], name="Équipe renommée après"))
    with pytest.raises(LibraryError):
        repository.load_workshop(damaged.id)
    assert newest_sound_backup(library_file, damaged.id).path == older

    done = restore_workshop(repository, damaged.id, now=NOON + timedelta(hours=2))

    assert done.backup.path == older
    assert repository.load_workshop(damaged.id) == before
    assert repository.load_workshop(other.id).teams[0].name == "Équipe renommée après"
    assert checksums.damaged_workshops(repository.db.conn) == []
    # The library as it was, damaged workshop included, is kept beside it.
    assert done.aside.parent == library_file.parent and done.aside.exists()
    assert workshop_titles(done.aside) == {"Atelier « abîmé » 🚀", "Atelier voisin"}


def test_no_sound_copy_changes_nothing(repository: Repository, library_file: Path):
    workshop = rich_workshop("Jamais sauvegardé sain")
    repository.add_workshop(workshop)
    behind_our_back(
        library_file, "UPDATE workshops SET vision = 'autre' WHERE id = ?", (workshop.id,))
    with pytest.raises(BackupError) as caught:
        restore_workshop(repository, workshop.id)
    assert caught.value.code == "no_sound_copy" and workshop.id in str(caught.value)
    assert [p.name for p in library_file.parent.iterdir() if "before-restore" in p.name] == []


def test_a_workshop_whose_row_was_lost_comes_back_too(tmp_path: Path):
    library = tmp_path / "library.sqlite3"
    db = open_library(library)
    try:
        repository = Repository(db)
        workshop = rich_workshop("Perdu puis retrouvé")
        repository.add_workshop(workshop)
        take_backup(db, now=NOON)
        behind_our_back(library, "PRAGMA foreign_keys = OFF")
        conn = sqlite3.connect(library)
        conn.execute("DELETE FROM workshops WHERE id = ?", (workshop.id,))
        conn.commit()
        conn.close()
        restore_workshop(repository, workshop.id)
        assert repository.load_workshop(workshop.id).title == "Perdu puis retrouvé"
        assert checksums.damaged_workshops(db.conn) == []
    finally:
        close_library(db)


def test_the_copy_kept_before_restoring_one_workshop_is_as_private_as_the_library(
    repository: Repository, library_file: Path
):
    damaged = rich_workshop("Atelier privé")
    repository.add_workshop(damaged)
    take_backup(repository.db, now=NOON)
    library_file.chmod(0o600)
    behind_our_back(
        library_file, "UPDATE key_results SET owner = 'X' WHERE workshop_id = ?", (damaged.id,))

    done = restore_workshop(repository, damaged.id, now=NOON + timedelta(hours=1))

    assert done.aside.stat().st_mode & 0o777 == 0o600
    # Listed with the other set-aside copies, so their retention rule applies to it.
    kinds = {path: kind for path, kind, _moment in aside_copies(library_file)}
    assert kinds == {done.aside: "before-restore"}
