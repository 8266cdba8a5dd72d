"""The library file as the window and the command line hold it: one writer, backed up,
moved aside when damaged, closed tidily.

Both open it with :func:`open_library_file`, so the rules are the same everywhere:

- a writer takes the lock (:mod:`~okr_workshop.storage.lock`); readers do not, so
  ``okr-workshop list`` works while the window is open;
- a writer backs the library up at open, then at most every 30 minutes and only after
  changes (:meth:`LibraryFile.tick`, which the window calls from a timer), and at close
  when something changed since the last one;
- a damaged file is renamed aside, never written, and :class:`LibraryMovedAside` says where;
  the caller offers :func:`restore_library` with the newest good backup;
- a reader that meets a restore under way waits for it (briefly) and reads the restored
  file, rather than take the moment between two files for damage;
- :meth:`LibraryFile.close` folds the write-ahead log into the file and lets go of the lock.
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.domain.error_messages import Reason
from okr_workshop.storage.backups import (
    BackupInfo,
    BackupSchedule,
    backup_folder,
    list_backups,
    take_backup,
)
from okr_workshop.storage.connection import (
    Database,
    checkpoint_library,
    close_library,
    open_library,
    optimize_library,
)
from okr_workshop.storage.errors import (
    BackupError,
    LibraryError,
    LibraryLocked,
    LibraryMovedAside,
    LibraryUnavailable,
    NotALibrary,
)
from okr_workshop.storage.lock import LibraryLock, acquire_lock
from okr_workshop.storage.paths import other_names, real_library_path, resolve_library_path
from okr_workshop.storage.recovery import (
    RestoreResult,
    finish_killed_restore,
    move_aside,
    newest_good_backup,
    restore_backup,
    restore_marker,
    wait_for_restore,
)
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.snapshot import holds_data, side_file

__all__ = [
    "CLI_LOCK_WAIT_SECONDS",
    "BackupInfo",
    "backup_folder",
    "library_path",
    "LibraryFile",
    "LibraryMovedAside",
    "Repository",
    "RestoreResult",
    "library_backups",
    "newest_good_backup",
    "open_library_file",
    "restore_library",
]

# A command-line writer waits this long for the window (or another command) to let go.
CLI_LOCK_WAIT_SECONDS = 5.0
# Refusals that mean "this file is broken", as opposed to someone else's or a newer file.
_DAMAGE = ("not_sqlite", "damaged")
# A reader whose file changed under it (a restore) looks again, at most this many times.
_READ_ATTEMPTS = 3


class LibraryFile:
    """An open library: its repository, its writer lock (if any) and its backup schedule."""

    def __init__(self, path: Path, db: Database, lock: LibraryLock | None) -> None:
        self.path = path
        self.db = db
        self.lock = lock
        self.repository = Repository(db)
        self.schedule = BackupSchedule()
        # Problems that did not stop the opening (a backup that failed), for the caller to show.
        self.warnings: list[LibraryError] = [
            warning for warning in getattr(db, "warnings", ()) if isinstance(warning, LibraryError)
        ]
        self.last_backup: Path | None = None
        self._changes_seen = db.conn.total_changes
        self._closed = False
        # A writer's backup at open, when the opener chose to take it later (the window: once
        # it is on screen). Taken before any other backup, and at the latest on the first tick.
        self.opening_backup_pending = False

    @property
    def writer(self) -> bool:
        return self.lock is not None

    @property
    def closed(self) -> bool:
        return self._closed

    def back_up(self, now: datetime | None = None) -> Path:
        """Take a backup now (raises :class:`BackupError`; the library is unchanged)."""
        now = now or datetime.now(UTC)
        path = take_backup(self.db, now=now)
        self.last_backup = path
        self._changes_seen = self.db.conn.total_changes
        self.schedule.taken(now)
        return path

    def take_opening_backup(self, now: datetime | None = None) -> BackupError | None:
        """The backup at open, if it was left for later: taken now, once. A failure is
        returned (and kept in ``warnings``), never raised: the library stays usable."""
        if self._closed or not self.opening_backup_pending:
            return None
        self.opening_backup_pending = False
        return self._back_up_quietly(now)

    def _back_up_quietly(self, now: datetime | None) -> BackupError | None:
        try:
            self.back_up(now)
        except BackupError as error:
            self.warnings.append(error)
            return error
        return None

    def tick(self, now: datetime | None = None) -> Path | None:
        """Back up if one is due (changes since the last one, 30 minutes apart)."""
        if self._closed or not self.writer:
            return None
        error = self.take_opening_backup()  # dated now: it is the one at open, not an edit's
        if error is not None:
            raise error
        now = now or datetime.now(UTC)
        self._notice_changes()
        if not self.schedule.due(now):
            return None
        return self.back_up(now)

    def flush(self) -> None:
        """Everything in the main file, the library staying open (logout, suspend)."""
        if not self._closed:
            checkpoint_library(self.db)

    def close(self, now: datetime | None = None) -> None:
        """A backup of any change since the last one, the log folded into the file, the lock
        released. Safe to repeat. (The 30 minutes apply while editing: the end of a session
        is always worth keeping.)"""
        if self._closed:
            return
        self._closed = True
        try:
            if self.writer:
                self._notice_changes()
                if self.schedule.changed:
                    # Statistics first, so this backup and the next one at open are the same
                    # bytes and the second is not kept; an unchanged session leaves them be.
                    optimize_library(self.db)
                    self._back_up_quietly(now)
                elif self.opening_backup_pending:  # closed before it was taken
                    self._back_up_quietly(now)
                self.opening_backup_pending = False
        finally:
            try:
                close_library(self.db, optimize=False)
            finally:
                if self.lock is not None:
                    self.lock.release()

    def _notice_changes(self) -> None:
        total = self.db.conn.total_changes
        if total != self._changes_seen:
            self._changes_seen = total
            self.schedule.changed = True

    def __enter__(self) -> LibraryFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_library_file(
    library_option: str | Path | None = None,
    *,
    writer: bool = True,
    wait: float = 0.0,
    now: datetime | None = None,
    create: bool = True,
    back_up_later: bool = False,
) -> LibraryFile:
    """Open the user's library (option, else environment variable, else default).

    ``create=False`` (the command line's reading commands) refuses a library that does not
    exist with :class:`LibraryError` ``no_library``, before anything is made on disk: a typo
    in a path must not leave an empty library and its folders behind.

    A writer takes the lock, waiting up to ``wait`` seconds (:class:`LibraryLocked`), and
    is backed up at once (a failed backup lands in ``warnings``), or with ``back_up_later``
    when the caller calls :meth:`LibraryFile.take_opening_backup` (the window, once it is on
    screen: copying a large library must not keep it from appearing). A damaged file is
    moved aside and :class:`LibraryMovedAside` raised; other refusals raise as they are.
    """
    path = _real(library_option)
    if not writer:
        wait_for_restore(path)  # the library's name may be empty for a moment
    if not create and not path.exists():
        raise LibraryError(path, "no_library")
    lock = acquire_lock(path, wait) if writer else None
    try:
        if lock is not None:
            _refuse_other_names(path)
            # Under the lock no restore is under way: its copy is a killed one's leftover,
            # finished when the library had already been set aside, else removed.
            finish_killed_restore(path)
        library = LibraryFile(path, _open_checked(path, lock, wait, now), lock)
        if not writer and other_names(path):  # readable, but the window will refuse it
            library.warnings.append(
                LibraryUnavailable(path, "hard_linked_read", count=other_names(path) + 1))
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if writer:
        library.opening_backup_pending = True
        if not back_up_later:
            library.take_opening_backup(now)
    return library


def _open_checked(
    path: Path, lock: LibraryLock | None, wait: float, now: datetime | None
) -> Database:
    """Open ``path``; a damaged file is set aside. A reader whose file changed while it
    looked (a restore swapping files: the writer's lock does not stop readers) looks again."""
    for attempt in range(1, _READ_ATTEMPTS + 1):
        seen = _file_identity(path)
        try:
            return _open(path, lock is not None)
        except NotALibrary as error:
            if lock is None and attempt < _READ_ATTEMPTS and _changed(path, seen):
                wait_for_restore(path)
                continue
            if error.code not in _DAMAGE or not path.is_file():
                raise
            raise _set_aside(path, error, lock, wait, now, seen) from error
    raise AssertionError("unreachable")  # the last attempt returns or raises


def _file_identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _changed(path: Path, seen: tuple[int, int, int, int] | None) -> bool:
    return restore_marker(path).exists() or _file_identity(path) != seen


def _open(path: Path, writer: bool) -> Database:
    """A writer holds the lock, so its open is the first; a reader's is when no writer
    holds it: only then is a -wal left beside the file checked (and copied aside) before
    SQLite uses it. The reader holds the lock meanwhile, so no window starts under it."""
    if writer or not holds_data(side_file(path, "-wal")):
        return open_library(path, reader=not writer)
    try:
        first = acquire_lock(path)
    except LibraryLocked:  # a writer has it open: its log is live (or being checked), not ours
        return open_library(path, reader=True, beside_a_writer=True)
    except LibraryError:  # a folder that cannot be written: the log is only read
        return open_library(path, reader=True)
    try:
        return open_library(path, reader=True)
    finally:
        first.release()


def library_path(library_option: str | Path | None = None) -> Path:
    """Where the user's library really is: the option, else the environment variable, else
    the user data folder, with any symbolic link followed (see :func:`_real`)."""
    return _real(library_option)


def library_backups(library_option: str | Path | None = None) -> list[BackupInfo]:
    """The backups of the user's library, newest first, each checked. Opens nothing.

    Raises :class:`LibraryError` ``no_library`` when there is neither a library nor a
    backup folder there (a mistyped path), rather than "no backups yet".
    """
    path = _real(library_option)
    if not path.exists() and not backup_folder(path).is_dir():
        raise LibraryError(path, "no_library")
    return list_backups(path)


def restore_library(
    library_option: str | Path | None = None,
    backup: str | Path | None = None,
    *,
    wait: float = 0.0,
    now: datetime | None = None,
    force: bool = False,
) -> RestoreResult:
    """Put a backup back (default: the newest good one), keeping the current file aside.

    Takes the writer lock first: a library open in a window is never replaced under it.
    Over a sound library holding work the backup lacks, refuses (``would_lose``, saying
    what) unless ``force``.
    """
    path = _real(library_option)
    with acquire_lock(path, wait):
        _refuse_other_names(path)
        return restore_backup(path, backup, now, force=force)


def _set_aside(
    path: Path,
    error: NotALibrary,
    lock: LibraryLock | None,
    wait: float,
    now: datetime | None,
    seen: tuple[int, int, int, int] | None,
) -> LibraryError:
    """Move the damaged file aside under the lock; the error to raise says where it went.

    Only the very file found damaged (``seen``): one put in its place meanwhile (a restore
    that finished) is left alone."""
    own_lock = None
    if lock is None:
        try:
            own_lock = acquire_lock(path, wait)
        except LibraryError:
            return error  # in use elsewhere (or a read-only folder): leave it untouched
    try:
        if own_lock is not None and _changed(path, seen):
            return error
        aside = move_aside(path, "damaged", now)
    except OSError:
        return error
    finally:
        if own_lock is not None:
            own_lock.release()
    return LibraryMovedAside(path, aside, error.code)


def _real(option: str | Path | None) -> Path:
    """The library's real path, resolved once for everything that follows.

    A symbolic link to the library (or to a folder above it) is followed: the lock, the
    backups, a file set aside and a restore then go by the real file, so the link is the
    same library and never a second one beside it. Messages name this real path too: it is
    where the file, its backups and its lock are, and it stays right if the link changes.
    """
    given = resolve_library_path(_text(option))
    real = real_library_path(given)
    if real.is_symlink():  # still a link once resolved: a loop of links leads nowhere
        raise LibraryUnavailable(given, "cannot_open", detail=Reason(errno.ELOOP))
    return real


def _refuse_other_names(path: Path) -> None:
    """A writer (or a restore) refuses a library with hard links: each name would get its
    own -wal, and an edit made under one name could be undone or mixed up under another."""
    extra = other_names(path)
    if extra:
        raise LibraryUnavailable(path, "hard_linked", count=extra + 1)


def _text(option: str | Path | None) -> str | None:
    return None if option is None else str(option)
