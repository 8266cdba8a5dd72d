"""Rolling backups of the library, beside it in ``<library folder>/backups/``.

A backup is a page-by-page copy made with SQLite's online backup API (a consistent snapshot
even while the window writes), switched to a plain rollback-journal file, certified
(:mod:`~okr_workshop.storage.certify`: full integrity check, ours, a schema this build
reads, every workshop's checksum), synced, and only then renamed into place: a half-written
or damaged copy never carries a backup's name. Names hold the library's full file name and
the UTC time taken, e.g. ``backups/library.sqlite3-20270104-091502-123456.sqlite3``
(:mod:`~okr_workshop.storage.backup_names`); a backup has the library's own permissions.

Retention keeps the newest :data:`KEEP_LAST` plus the newest of each of the last
:data:`KEEP_DAYS` days, and deletes only backups that are surely this library's own;
:class:`BackupSchedule` says when the next one is due while editing.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from okr_workshop.domain.error_messages import Reason
from okr_workshop.files import sync_file, sync_folder
from okr_workshop.storage.backup_names import (
    TEMP_SUFFIX,
    file_identity,
    free_name,
    is_future,
    named_backups,
    newest_first,
    stale_temp,
    taken_from_name,
)
from okr_workshop.storage.certify import Certificate, certify, certify_file
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import BackupError, Unsound, WorkshopName
from okr_workshop.storage.identity import library_id

BACKUP_FOLDER_NAME = "backups"
KEEP_LAST = 10
KEEP_DAYS = 14
BACKUP_INTERVAL = timedelta(minutes=30)
_EPOCH = datetime.fromtimestamp(0, UTC)
_CERTIFIED: dict[tuple[str, int, int, int], Certificate] = {}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    size: int
    workshop_count: int | None  # None when the backup cannot be read
    ok: bool  # certified: storage/certify.py (integrity, ours, a schema we read, checksums)
    problem: str | None = None  # the certificate's problem code when not ok
    # Workshops whose rows match their checksum: the ones this backup can give back even
    # when others in it are damaged.
    sound: tuple[str, ...] = ()
    # Stamped after the clock's now: a wrong clock. Listed last, never restored unasked.
    in_future: bool = False


@dataclass
class BackupSchedule:
    """When to back up while editing: at most every ``interval``, and only after a change.

    Pure time logic: the caller passes ``now``, so tests never sleep.
    """

    last_taken: datetime | None = None
    changed: bool = False
    interval: timedelta = BACKUP_INTERVAL

    def after_edit(self, now: datetime) -> bool:
        """Note a saved change; True when a backup is due now."""
        self.changed = True
        return self.due(now)

    def due(self, now: datetime) -> bool:
        if not self.changed:
            return False
        return self.last_taken is None or now - self.last_taken >= self.interval

    def taken(self, now: datetime) -> None:
        self.last_taken = now
        self.changed = False


def backup_folder(library_path: Path) -> Path:
    return Path(library_path).parent / BACKUP_FOLDER_NAME


def take_backup(
    source: Database | sqlite3.Connection | Path,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    keep: bool = True,
) -> Path:
    """Back up the library ``source`` (an open connection, or the path of a closed file).

    Returns the backup's path. When the newest backup already holds the very same bytes,
    no new file is made and that one is returned. ``keep`` prunes older backups by the
    retention rule afterwards. Raises :class:`BackupError`; the library is never written.
    """
    conn, library, own_connection = _source_connection(source)
    if conn.in_transaction:
        # The snapshot would include an edit that may still be rolled back.
        raise BackupError(library, detail=Reason("edit_in_progress"))
    folder = backup_folder(library) if folder is None else Path(folder)
    taken_at = (now or datetime.now(UTC)).astimezone(UTC)
    temp: Path | None = None
    try:
        identity = library_id(conn)
        make_folder(folder, library)
        _remove_stale_temps(folder, library)
        final = _free_name(folder, library, taken_at)
        temp = final.with_name("." + final.name + TEMP_SUFFIX)
        _copy_checked(conn, temp)
        copy_mode(library, temp)
        sync_file(temp)
        newest = _newest_named(folder, library, identity)
        if newest is not None and _same_bytes(newest, temp):
            temp.unlink()
            return newest
        os.replace(temp, final)
        temp = None
        sync_folder(folder)
        if keep:
            prune_backups(library, folder, now=taken_at, live_identity=identity)
        return final
    except _Uncertified as refusal:
        raise BackupError(library, "backup_not_sound", detail=refusal.detail) from None
    except (OSError, sqlite3.Error) as error:
        raise BackupError(library, detail=_detail(error)) from error
    finally:
        if temp is not None:
            _unlink_quietly(temp)
            _unlink_quietly(temp.with_name(temp.name + "-journal"))
        if own_connection:
            conn.close()


def list_backups(
    library_path: Path, folder: Path | None = None, *, now: datetime | None = None
) -> list[BackupInfo]:
    """Every backup of ``library_path``, newest first, each checked; those stamped in the
    future (a wrong clock) come last, marked ``in_future``."""
    folder = backup_folder(library_path) if folder is None else Path(folder)
    return list(iter_backups(library_path, folder, now=now))


def iter_backups(
    library_path: Path, folder: Path | None = None, *, now: datetime | None = None
) -> Iterator[BackupInfo]:
    """:func:`list_backups` one at a time, in the same order: certifying reads a whole
    file, so a caller looking for the newest good one stops there."""
    folder = backup_folder(library_path) if folder is None else Path(folder)
    now = now or datetime.now(UTC)
    named = named_backups(folder, library_path, live_identity=file_identity(library_path))
    for item in newest_first(named, now):
        yield replace(check_backup(item.path, item.taken_at),
                      in_future=is_future(item.taken_at, now))


def check_backup(path: Path, taken_at: datetime | None = None) -> BackupInfo:
    """Certify ``path`` read-only (:mod:`~okr_workshop.storage.certify`): only a file that
    passes the checks a library passes at open is a good backup."""
    path = Path(path)
    try:
        found = path.stat()
    except OSError:
        return BackupInfo(path, taken_at or _EPOCH, 0, None, False, "unreadable")
    # A file without a stamped name is dated by the file system, never 1970.
    taken = taken_at or taken_from_name(path) or datetime.fromtimestamp(found.st_mtime, UTC)
    # A backup never changes once named: the same file (inode, size, time) is certified once
    # per process, e.g. when listed and then restored.
    key = (str(path.resolve()), found.st_ino, found.st_size, found.st_mtime_ns)
    verdict = _CERTIFIED.get(key)
    if verdict is None:
        verdict = _CERTIFIED[key] = certify_file(path)
    return BackupInfo(path, taken, found.st_size, verdict.workshop_count, verdict.ok,
                      verdict.problem, verdict.sound)


def prune_backups(
    library_path: Path,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    live_identity: str | None = None,
) -> list[Path]:
    """Delete the backups the retention rule no longer keeps; returns what was deleted.

    Only backups surely this library's own are counted and deleted (``live_identity``, the
    library's id, is read from its file when not given): never another library's.
    """
    folder = backup_folder(library_path) if folder is None else Path(folder)
    if live_identity is None:
        live_identity = file_identity(library_path)
    named = [
        (item.path, item.taken_at)
        for item in named_backups(folder, library_path, live_identity=live_identity, owned=True)
    ]
    keep = retained([taken for _path, taken in named], now or datetime.now(UTC), tz=tz)
    removed = []
    for path, taken in named:
        if taken not in keep:
            _unlink_quietly(path)
            removed.append(path)
        else:
            _narrow_mode(library_path, path)
    return removed


def retained(
    taken: Iterable[datetime],
    now: datetime,
    *,
    keep_last: int = KEEP_LAST,
    days: int = KEEP_DAYS,
    tz: tzinfo | None = None,
) -> set[datetime]:
    """Which backup times to keep: the newest ``keep_last``, plus the newest of each of the
    last ``days`` days (in the local time zone unless ``tz`` is given), today included.

    Times in the future (a wrong clock) never take the newest places: they are kept apart,
    the newest ``keep_last`` of them, as they may hold work done while the clock was wrong.
    """
    future = {moment for moment in taken if is_future(moment, now)}
    ordered = sorted(set(taken) - future, reverse=True)
    keep = set(ordered[:keep_last]) | set(sorted(future, reverse=True)[:keep_last])
    first_day = now.astimezone(tz).date() - timedelta(days=days - 1)
    seen_days = set()
    for moment in ordered:
        day = moment.astimezone(tz).date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            keep.add(moment)
    return keep


# --- Helpers ---


def _source_connection(
    source: Database | sqlite3.Connection | Path,
) -> tuple[sqlite3.Connection, Path, bool]:
    if isinstance(source, Database):
        source = source.conn
    if isinstance(source, sqlite3.Connection):
        return source, _main_file(source), False
    path = Path(source)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(path, detail=Reason.of(error)) from error
    return conn, path, True


def _main_file(conn: sqlite3.Connection) -> Path:
    for _seq, name, filename in conn.execute("PRAGMA database_list"):
        if name == "main" and filename:
            return Path(filename)
    raise BackupError(Path(":memory:"), detail=Reason("no_file"))


def _newest_named(folder: Path, library_path: Path, identity: str | None) -> Path | None:
    named = named_backups(folder, library_path, live_identity=identity, owned=True)
    return named[0].path if named else None


def _free_name(folder: Path, library_path: Path, taken_at: datetime) -> Path:
    return free_name(folder, library_path, taken_at)


def make_folder(folder: Path, library: Path) -> None:
    """The backups folder, private when the library is (made so, never changed after)."""
    if folder.is_dir():
        return
    mode = 0o777
    try:
        if not library.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH):
            mode = 0o700
    except OSError:
        pass
    folder.mkdir(parents=True, exist_ok=True, mode=mode)


def _narrow_mode(library: Path, backup: Path) -> None:
    """A backup made before the library was made private (or by an older version) loses
    the permissions the library does not give: never wider than the library."""
    try:
        allowed = stat.S_IMODE(Path(library).stat().st_mode) | stat.S_IRUSR | stat.S_IWUSR
        mode = stat.S_IMODE(backup.stat().st_mode)
        if mode & ~allowed:
            os.chmod(backup, mode & allowed)
    except OSError:
        pass  # permissions only: the backup itself is unharmed


def copy_mode(library: Path, copy: Path) -> None:
    """Give ``copy`` the permissions of ``library`` (a private library: private copies)."""
    try:
        mode = stat.S_IMODE(Path(library).stat().st_mode)
    except OSError:
        return  # no library to take them from (a closed path that is gone): as made
    os.chmod(copy, mode | stat.S_IRUSR | stat.S_IWUSR)


class _Uncertified(Exception):
    def __init__(self, problem: str | None, damaged: tuple[WorkshopName, ...]) -> None:
        super().__init__(problem)
        self.detail = Unsound(problem or "unreadable", damaged)


def _copy_checked(conn: sqlite3.Connection, temp: Path) -> None:
    _unlink_quietly(temp)
    dest = sqlite3.connect(temp, isolation_level=None)
    try:
        conn.backup(dest)
        # A standalone file: no -wal beside a backup, readable with a read-only connection.
        dest.execute("PRAGMA journal_mode = DELETE")
        # Certified, not merely quick-checked: a copy of a damaged record is no backup.
        verdict = certify(dest)
        # Named as a person knows them, by title, while the copy is open.
        names = tuple(WorkshopName(workshop_id, _readable_title(dest, workshop_id))
                      for workshop_id in verdict.damaged)
    finally:
        dest.close()
    if not verdict.ok:
        raise _Uncertified(verdict.problem, names)


def _same_bytes(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    return _digest(first) == _digest(second)


def _digest(path: Path) -> bytes:
    import hashlib  # OpenSSL (3.5 MB): loaded when a backup is compared, after start-up

    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()


def _remove_stale_temps(folder: Path, library_path: Path) -> None:
    """Temp files a killed backup of this library left behind (never a finished backup,
    never another library's)."""
    for name in os.listdir(folder):
        if stale_temp(name, library_path):
            _unlink_quietly(folder / name)


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _detail(error: BaseException) -> Reason:
    return Reason.of(error)


def _readable_title(conn: sqlite3.Connection, workshop_id: str) -> str | None:
    """A damaged workshop's title as far as it can be read (its bytes, whatever they hold);
    None when even that fails, and the id names it."""
    try:
        row = conn.execute(
            "SELECT CAST(title AS BLOB) FROM workshops WHERE id = ?", [workshop_id]
        ).fetchone()
    except sqlite3.Error:
        return None
    title = bytes(row[0]).decode("utf-8", "replace").strip() if row and row[0] else ""
    return title or None
