"""Putting back ONE damaged workshop from the newest backup where it is sound, leaving the
library's other workshops as they are (issue 16, point 1).

The backup is certified first (:func:`~okr_workshop.storage.backups.check_backup` lists the
workshops whose checksums match); the workshop is read from it read-only, checked again as
it loads, and replaces the damaged one in one transaction. Before that, the whole library as
it is, damaged workshop included, is copied aside beside it (SQLite's backup API, a
consistent snapshot even while the window is open), so nothing is lost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.domain.error_messages import Reason
from okr_workshop.domain.model import Workshop
from okr_workshop.files import sync_file
from okr_workshop.storage.aside_copies import prune_aside_copies
from okr_workshop.storage.backups import BackupInfo, copy_mode, iter_backups
from okr_workshop.storage.checksums import CHECKSUM_TABLE, workshop_tables
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import BackupError, LibraryError
from okr_workshop.storage.recovery import aside_name
from okr_workshop.storage.repository import Repository


@dataclass(frozen=True)
class WorkshopRestored:
    workshop: Workshop  # as put back
    backup: BackupInfo  # where it came from
    aside: Path  # the library as it was before, damaged workshop included


def newest_sound_backup(library_path: Path, workshop_id: str) -> BackupInfo | None:
    """The newest backup whose copy of ``workshop_id`` matches its checksum, or None."""
    for info in iter_backups(library_path):
        if workshop_id in info.sound:
            return info
    return None


def workshop_from_backup(info: BackupInfo, workshop_id: str) -> Workshop:
    """The workshop as the backup holds it (read-only; checked against its checksum)."""
    conn = sqlite3.connect(f"{info.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return Repository(Database(conn)).load_workshop(workshop_id)
    finally:
        conn.close()


def restore_workshop(
    repository: Repository, workshop_id: str, now: datetime | None = None
) -> WorkshopRestored:
    """Replace ``workshop_id`` in the open library by its newest sound backup copy.

    Raises :class:`BackupError` ``no_sound_copy`` when no backup holds it sound (then
    nothing changes), or a :class:`LibraryError` when the library cannot be written.
    """
    library = repository.path
    info = newest_sound_backup(library, workshop_id)
    if info is None:
        raise BackupError(library, "no_sound_copy", id=workshop_id)
    workshop = workshop_from_backup(info, workshop_id)
    aside = _copy_aside(repository.db.conn, library, now)
    conn = repository.db.conn
    with repository.transaction():
        # Every row naming the workshop, not only what cascades from its row: that row may
        # itself be what was lost.
        for table, column, _columns in reversed(workshop_tables(conn)):
            conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', [workshop_id])
        # What the damaged rows left folded in goes too: the copy starts a checksum afresh.
        conn.execute(f"DELETE FROM {CHECKSUM_TABLE} WHERE workshop_id = ?", [workshop_id])
        repository.add_workshop(workshop)
    prune_aside_copies(library, now=now)
    return WorkshopRestored(workshop, info, aside)


def _copy_aside(conn: sqlite3.Connection, library: Path, now: datetime | None) -> Path:
    target = aside_name(library, "before-restore", now or datetime.now(UTC))
    temp = target.with_name("." + target.name + ".tmp")
    try:
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        copy_mode(library, temp)  # a private library: a private copy
        sync_file(temp)
        temp.replace(target)
    except (OSError, sqlite3.Error) as error:
        temp.unlink(missing_ok=True)
        raise LibraryError(library, "backup_failed", detail=Reason.of(error)) from error
    return target
