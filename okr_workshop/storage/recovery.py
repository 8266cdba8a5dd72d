"""The way back: a damaged library is moved aside, never written; a backup is restored.

Moving aside renames the file together with its ``-wal`` and ``-shm`` (the log may hold
committed edits, and SQLite only finds it under the file's name plus ``-wal``), so an
expert can still rescue what is in them. Restoring copies a checked backup beside the
library, checks the copy, moves the current file aside, then renames the copy into place:
at every moment the library's name holds either the old file or a whole, checked one. The
copy (``.<name>.restoring``) also tells readers a restore is under way, so they wait for it
(:func:`wait_for_restore`) rather than take the moment the name is empty for damage.

A restore over a sound library that holds work the backup lacks is refused unless forced,
saying what would be lost (:mod:`~okr_workshop.storage.restore_loss`). Copies set aside
(``-replaced-``, ``-damaged-``) are pruned like backups (:mod:`~okr_workshop.storage.aside_copies`).

The caller holds the writer lock (:mod:`~okr_workshop.storage.lock`) while doing either.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.domain.error_messages import Reason
from okr_workshop.files import sync_folder
from okr_workshop.storage.aside_copies import prune_aside_copies
from okr_workshop.storage.backups import (
    BackupInfo,
    backup_folder,
    check_backup,
    copy_mode,
    iter_backups,
)
from okr_workshop.storage.errors import BackupError, LibraryError, LibraryLocked
from okr_workshop.storage.lock import acquire_lock
from okr_workshop.storage.restore_loss import loss_if_restored

SIDE_SUFFIXES = ("-wal", "-shm")
_STAMP = "%Y%m%d-%H%M%S"
# A reader waits at most this long for a restore under way (a killed one leaves its copy).
RESTORE_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo  # what was put back
    aside: Path | None  # where the file it replaced went (None when there was none)


def aside_name(library_path: Path, reason: str, now: datetime | None = None) -> Path:
    """A free name beside the library, e.g. ``library-damaged-20270104-091502.sqlite3``."""
    library_path = Path(library_path)
    stamp = (now or datetime.now(UTC)).astimezone().strftime(_STAMP)
    base = f"{library_path.stem}-{reason}-{stamp}"
    candidate = library_path.with_name(base + library_path.suffix)
    number = 2
    while _taken(candidate):
        candidate = library_path.with_name(f"{base}-{number}{library_path.suffix}")
        number += 1
    return candidate


def move_aside(library_path: Path, reason: str = "damaged", now: datetime | None = None) -> Path:
    """Rename the library and its -wal/-shm to a timestamped name; returns the new path.

    Nothing is written into the files: a rename within the folder.
    """
    library_path = Path(library_path)
    target = aside_name(library_path, reason, now)
    # The log first: a crash in between leaves the main file in place with no log beside
    # it (still openable as it was at its last checkpoint), never a log without its file.
    for suffix in SIDE_SUFFIXES:
        side = library_path.with_name(library_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    if library_path.exists():  # a log left without its file (a crash) goes aside alone
        os.replace(library_path, target)
    sync_folder(library_path.parent)
    if reason == "damaged":
        prune_aside_copies(library_path, now=now)
    return target


def newest_good_backup(library_path: Path, now: datetime | None = None) -> BackupInfo | None:
    """The newest backup that passes its check, or None. One stamped in the future (a wrong
    clock) only when no other passes: its time says nothing about how new it is."""
    # Certifying reads a whole file: stop at the first good one. Those stamped in the future
    # come last in this order, so the first good one is on time whenever one is.
    return next((info for info in iter_backups(library_path, now=now) if info.ok), None)


def restore_marker(library_path: Path) -> Path:
    """The restore's copy beside the library, there only while a restore is under way."""
    library_path = Path(library_path)
    return library_path.with_name("." + library_path.name + ".restoring")


def wait_for_restore(library_path: Path, timeout: float = RESTORE_WAIT_SECONDS) -> bool:
    """Wait (at most ``timeout`` seconds) while a restore is under way; True if one was.

    A restore holds the writer lock: a copy beside the library with nobody holding the lock
    is what a killed restore left, and nothing to wait for (every reader waited ten
    seconds for it)."""
    marker = restore_marker(library_path)
    if not marker.exists() or not _lock_held(library_path):
        return False
    deadline = time.monotonic() + timeout
    while marker.exists() and time.monotonic() < deadline:
        time.sleep(_POLL_SECONDS)
    return True


def finish_killed_restore(library_path: Path) -> bool:
    """Under the writer lock: a restore killed after it set the library aside and before it
    put its checked copy in place left the library's name empty. The copy is that library
    now: put it in place (True). Any other leftover copy is removed (the backup it was
    copied from is still there)."""
    library_path = Path(library_path)
    marker = restore_marker(library_path)
    if not marker.exists():
        return False
    if not library_path.exists() and check_backup(marker).ok:
        os.replace(marker, library_path)
        sync_folder(library_path.parent)
        return True
    marker.unlink(missing_ok=True)
    return False


def _lock_held(library_path: Path) -> bool:
    try:
        acquire_lock(library_path).release()
    except LibraryLocked:
        return True
    except LibraryError:
        return False  # a folder nobody can write: no restore either
    return False


def resolve_backup(library_path: Path, name: str | Path) -> Path:
    """A backup named on the command line: a path, or a file name in the backups folder."""
    given = Path(name).expanduser()
    if given.exists() or given.is_absolute() or len(given.parts) > 1:
        return given
    return backup_folder(library_path) / given


def restore_backup(
    library_path: Path,
    backup: str | Path | None = None,
    now: datetime | None = None,
    *,
    force: bool = False,
) -> RestoreResult:
    """Put ``backup`` (default: the newest good one) back as the library.

    The current library, if any, is kept aside as ``<stem>-replaced-<time>``. Raises
    :class:`BackupError` (``no_good_backup``, ``bad_backup``, or ``would_lose``: the
    library in place is sound and holds work the backup lacks, and ``force`` is not set)
    and then changes nothing.
    """
    library_path = Path(library_path)
    if backup is None:
        info = newest_good_backup(library_path, now)
        if info is None:
            raise BackupError(library_path, "no_good_backup")
    else:
        info = check_backup(resolve_backup(library_path, backup))
        if not info.ok:
            raise BackupError(library_path, "bad_backup", backup=str(info.path))
    if not force:
        _refuse_a_loss(library_path, info.path)
    temp = restore_marker(library_path)
    source_of_mode = library_path if library_path.is_file() else info.path
    try:
        _copy_synced(info.path, temp)
        copy_mode(source_of_mode, temp)
        if not check_backup(temp).ok:
            raise BackupError(library_path, "bad_backup", backup=str(info.path))
        aside = None
        if library_path.exists() or _any_side(library_path):
            aside = move_aside(library_path, "replaced", now)
        os.replace(temp, library_path)
        sync_folder(library_path.parent)
    except OSError as error:
        raise BackupError(library_path, detail=Reason.of(error)) from error
    finally:
        temp.unlink(missing_ok=True)
    prune_aside_copies(library_path, now=now)
    return RestoreResult(info, aside)


def _refuse_a_loss(library_path: Path, backup: Path) -> None:
    loss = loss_if_restored(library_path, backup)
    if loss is None:
        return
    try:
        when = datetime.fromisoformat(loss.last_changed).astimezone(UTC).strftime(
            "%Y-%m-%d %H:%M UTC")
    except ValueError:
        when = loss.last_changed
    raise BackupError(
        library_path,
        "would_lose_one" if loss.workshops == 1 else "would_lose",
        backup=backup.name,
        count=loss.workshops,
        title=loss.last_title,
        when=when,
    )


def _copy_synced(source: Path, target: Path) -> None:
    # Owner-only while it fills (a killed restore's leftover too); copy_mode() then gives it
    # the library's own permissions.
    target.unlink(missing_ok=True)
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    with source.open("rb") as reader, os.fdopen(handle, "wb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())


def _any_side(library_path: Path) -> bool:
    return any(
        library_path.with_name(library_path.name + suffix).exists() for suffix in SIDE_SUFFIXES
    )


def _taken(candidate: Path) -> bool:
    return candidate.exists() or any(
        candidate.with_name(candidate.name + suffix).exists() for suffix in SIDE_SUFFIXES
    )


