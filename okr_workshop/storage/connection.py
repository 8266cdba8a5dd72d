"""Opening and closing the library file.

A file that is not a readable OKR Workshop library is refused *before* anything writes to
it: the check runs on a read-only connection, because switching to WAL or migrating would
write. Only then is the file opened for writing, configured (WAL, ``synchronous=FULL``,
foreign keys, busy timeout) and migrated; a library that already holds data gets a verified
backup first (:mod:`~okr_workshop.storage.backups`).

The write connection runs in SQLite's own autocommit mode (``isolation_level=None``):
Python's legacy implicit transactions are off, so a transaction exists only where the code
says ``BEGIN`` (sqlite-utils' ``atomic()``, the repository's edits) and none is ever left
open by a stray read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from okr_workshop.domain.error_messages import Reason
from okr_workshop.storage import migrations
from okr_workshop.storage.backups import backup_folder, take_backup
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import (
    BackupError,
    LibraryError,
    LibraryUnavailable,
    NotALibrary,
    unavailable,
)
from okr_workshop.storage.migrations import (
    MIGRATIONS_TABLE,
    applied_migrations,
    known_migrations,
)
from okr_workshop.storage.snapshot import PrivateCopy, cannot_write, folder_writable
from okr_workshop.storage.wal_guard import WalVerdict, judge_wal, keep_aside, settle, sign_the_log

# Database: the open library's handle, named here so app/ types it.
__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "Database",
    "LibraryError",
    "NotALibrary",
    "LibraryUnavailable",
    "open_library",
    "close_library",
    "checkpoint_library",
    "optimize_library",
    "library_path",
]

SQLITE_HEADER = b"SQLite format 3\x00"
# Another window or the command line may be writing; wait for it rather than fail at once.
BUSY_TIMEOUT_SECONDS = 5.0
# Refusals that mean "cannot write here", after which a reader reads a private copy.
_READ_ONLY_CODES = ("cannot_open", "read_only", "folder_read_only", "no_wal")
# SQLite's primary result codes for failures around a file, not in it.
_NOT_DAMAGE = {
    sqlite3.SQLITE_PERM, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOMEM,
    sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH,
}


def open_library(
    path: Path, *, reader: bool = False, guard_wal: bool = True, beside_a_writer: bool = False
) -> Database:
    """Open (or create) the library at ``path``, migrated and ready for the repository.

    Raises :class:`NotALibrary` for a file that exists but is not a readable OKR Workshop
    library (that file is left byte for byte as it was), and :class:`LibraryUnavailable`
    when the file cannot be opened for writing. A missing or empty file becomes a library.

    A ``reader`` (listing, exporting) of a library it cannot write beside (a read-only
    folder or file) reads a private copy instead (:mod:`~okr_workshop.storage.snapshot`);
    a writer there is told "read-only" at once, not at its first edit.

    ``guard_wal``: this is the first open (nobody else has the library open), so a ``-wal``
    left beside it is checked and copied aside first (:mod:`~okr_workshop.storage.wal_guard`);
    what it found lands in the returned handle's ``warnings``.

    ``beside_a_writer``: a reader while another program holds the writer lock opens the file
    read-only (SQLite's ``mode=ro``), so it can never fold the log into the file or delete
    it when it closes: that log is the writer's, which may still be checking it. What it
    cannot read there (a log being set aside, an upgrade under way) is "in use", never damage.
    """
    if beside_a_writer:
        return _open_beside_a_writer(Path(path))
    path = Path(path)
    verdict = judge_wal(path) if guard_wal else None
    if reader and path.is_file() and cannot_write(path):
        return _with_verdict(_open_copy(path, verdict), verdict)
    if verdict is not None:
        _keep_wal_aside(verdict)
    try:
        db = _open_in_place(path, reader)
    except LibraryUnavailable as error:
        if not (reader and path.is_file() and error.code in _READ_ONLY_CODES):
            raise
        db = _open_copy(path, verdict)
    return _with_verdict(db, verdict)


def _open_beside_a_writer(path: Path) -> Database:
    try:
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
        )
    except sqlite3.Error as error:
        raise LibraryUnavailable(path, "locked") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _inspect(conn, path)
        if not set(known_migrations()) <= set(applied_migrations(conn)):
            raise LibraryUnavailable(path, "locked")  # the writer is upgrading it
    except NotALibrary as error:
        conn.close()
        if error.code in ("too_new", "other_application"):
            raise
        raise LibraryUnavailable(path, "locked") from error
    except sqlite3.Error as error:
        conn.close()
        raise LibraryUnavailable(path, "locked") from error
    except BaseException:
        conn.close()
        raise
    return Database(conn, read_only=True)


def _keep_wal_aside(verdict: WalVerdict) -> None:
    try:
        keep_aside(verdict, backup_folder(verdict.path))
    except OSError as error:
        if not verdict.clean:  # never merge or drop a log that is the only copy of edits
            raise LibraryUnavailable(
                verdict.path, "wal_not_kept", detail=Reason.of(error)
            ) from error


def _with_verdict(db: Database, verdict: WalVerdict | None) -> Database:
    if verdict is not None:
        db.warnings.extend(settle(verdict))
    return db


def _open_in_place(path: Path, reader: bool) -> Database:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryUnavailable(path, detail=Reason.of(error)) from error
    _refuse_foreign_file(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as error:
        raise _unavailable(path, error) from error
    try:
        db = Database(conn)
        _configure(db, path)
        if not reader:
            _prove_writable(conn, path)
        _migrate(db, path)
        if not reader:
            sign_the_log(conn)
    except sqlite3.Error as error:
        conn.close()
        raise _unavailable(path, error) from error
    except BaseException:
        conn.close()
        raise
    return db


def _open_copy(path: Path, verdict: WalVerdict | None = None) -> Database:
    """The library read from a private copy; errors still name the library, not the copy.
    A log found foreign is left out of the copy, as it is left out of the library."""
    copy = PrivateCopy(path, with_wal=verdict is None or not verdict.foreign)
    try:
        db = _open_in_place(copy.path, reader=True)
    except NotALibrary as error:
        copy.remove()
        raise NotALibrary(path, error.code, **error.params) from error
    except LibraryUnavailable as error:
        copy.remove()
        raise LibraryUnavailable(path, error.code, **error.params) from error
    except BaseException:
        copy.remove()
        raise
    return Database(db.conn, shown_path=path, on_close=copy.remove)


def _prove_writable(conn: sqlite3.Connection, path: Path) -> None:
    """Write one value back as it was, then roll back: SQLite opens a read-only file (or one
    whose -shm it cannot make) read-only without a word, so the first edit would fail."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_READONLY:
            raise
        code = "read_only" if folder_writable(path) else "folder_read_only"
        raise LibraryUnavailable(path, code) from error


def close_library(db: Database, optimize: bool = True) -> None:
    """Fold the write-ahead log back into the file and close, leaving one tidy file.

    ``optimize=False`` skips refreshing the statistics (a session that changed nothing).
    """
    if getattr(db, "read_only", False):  # nothing to tidy; the log is not ours to fold
        db.close()
        return
    try:
        if not db.conn.in_transaction:
            if optimize:
                db.conn.execute("PRAGMA optimize")
            # TRUNCATE empties the -wal file; busy (another reader) simply leaves it for later.
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # closing must not fail: the data is already committed and safe in the WAL
    finally:
        db.close()


def optimize_library(db: Database) -> None:
    """Refresh the query planner's statistics, as SQLite advises before closing.

    Called before the last backup of a session too, so that backup and the next one at open
    hold the same bytes (and the second is not kept twice).
    """
    try:
        if not db.conn.in_transaction:
            db.conn.execute("PRAGMA optimize")
    except sqlite3.Error:
        pass  # statistics only


def checkpoint_library(db: Database) -> None:
    """Fold the write-ahead log into the file, keeping the library open (e.g. at logout).

    Committed edits are already safe in the log; this only leaves one self-contained file.
    """
    try:
        if not db.conn.in_transaction:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # busy: another reader; the log is folded at the next checkpoint


def library_path(db: Database) -> Path:
    """The file behind ``db`` (for messages that name it)."""
    shown = getattr(db, "shown_path", None)  # tests may pass sqlite-utils' own Database
    if shown is not None:
        return shown
    for _seq, name, filename in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(filename) if filename else Path(":memory:")
    return Path(":memory:")


def _migrate(db: Database, path: Path) -> None:
    """Apply the pending migrations; a library that holds data is backed up (verified) first.

    An up-to-date library, the usual case, is neither changed nor backed up here.
    """
    applied = applied_migrations(db.conn)
    if set(known_migrations()) <= set(applied):
        return
    if applied:  # a brand-new file has nothing to lose
        _back_up_before_migrating(db, path)
    migrations.MIGRATIONS.apply(db.utils)


def _back_up_before_migrating(db: Database, path: Path) -> None:
    try:
        take_backup(db)
    except BackupError as error:
        raise LibraryUnavailable(
            path, "update_not_backed_up", detail=error.params.get("detail", "")
        ) from error


def _configure(db: Database, path: Path) -> None:
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if str(mode).lower() != "wal":
        raise LibraryUnavailable(path, "no_wal")
    # FULL: a committed edit survives a power cut, which is the point of autosave.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _refuse_foreign_file(path: Path) -> None:
    """Raise :class:`NotALibrary` unless ``path`` is missing, empty or one of our libraries.

    Reads only: a plain read of the header, then a read-only SQLite connection.
    """
    if not path.exists():
        return
    if not path.is_file():
        raise NotALibrary(path, "not_sqlite")
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotALibrary(path, "not_sqlite")
    # Even a read-only connection creates -wal/-shm beside a WAL-mode file; a refused
    # file gets its folder back as it was.
    side_files = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    ours = [side for side in side_files if not side.exists()]
    try:
        _inspect_read_only(path)
    except LibraryError:
        for side in ours:
            side.unlink(missing_ok=True)
        raise


def _inspect_read_only(path: Path) -> None:
    try:
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except sqlite3.Error as error:
        raise _damage_or_unavailable(path, error) from error
    try:
        _inspect(conn, path)
    except sqlite3.Error as error:
        raise _damage_or_unavailable(path, error) from error
    finally:
        conn.close()


def _damage_or_unavailable(path: Path, error: sqlite3.Error) -> LibraryError:
    """Only what SQLite found in the file itself is damage, which sets the file aside. It
    could not make the -shm beside it (a read-only folder, a full disk), ran out of memory,
    or waited for a writer: the file is sound and stays where it is."""
    if _is_busy(error):
        return LibraryUnavailable(path, "locked")
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _NOT_DAMAGE:
        return _unavailable(path, error)
    return NotALibrary(path, "damaged")


def _inspect(conn: sqlite3.Connection, path: Path) -> None:
    if [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
        raise NotALibrary(path, "damaged")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        # An empty SQLite database (e.g. a first start cut short): nothing to lose.
        return
    if MIGRATIONS_TABLE not in tables:
        raise NotALibrary(path, "other_application")
    applied = set(applied_migrations(conn))
    if not applied:
        raise NotALibrary(path, "other_application")
    if applied - set(known_migrations()):
        raise NotALibrary(path, "too_new")


def _is_busy(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _unavailable(path: Path, error: sqlite3.Error) -> LibraryError:
    return unavailable(path, error)
