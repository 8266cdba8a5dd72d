"""One checksum per workshop, kept in the same transaction as every edit, so a record changed
on disk behind SQLite's back (a flipped bit, a hand edit) reads as *damaged*, never as data.

How it stays current without any write path having to remember it: temporary triggers on
the writer's connection note each workshop a statement touches (in a TEMP table, so nothing
of it reaches the file), and :func:`seal`, called by ``Sql.write()`` just before COMMIT,
recomputes the noted workshops' checksums from their rows. Imports, undo, deletes and
cascades all go through those triggers; migrations call :func:`store_all`.

The checksum is over the stored rows themselves (every column, text read as raw bytes so an
undecodable value is hashed rather than raised, reals by their exact bits), ordered by id:
cheaper than an exchange file and blind to nothing that is stored.

A migration that changes a workshop table's columns must end with :func:`store_all`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

CHECKSUM_TABLE = "workshop_checksums"
WORKSHOP_TABLE = "workshops"
_DIRTY = "okrw_dirty_workshops"
_INSTALLED = "_okrw_checksum_marks"

CREATE_CHECKSUM_TABLE = (
    f"CREATE TABLE {CHECKSUM_TABLE} (workshop_id TEXT PRIMARY KEY, checksum TEXT NOT NULL)"
)


def has_checksums(conn: sqlite3.Connection) -> bool:
    """Whether the library keeps checksums (from migration m005 on)."""
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
        [CHECKSUM_TABLE],
    ).fetchone()
    return bool(found)


def workshop_tables(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    """(table, column naming the workshop, columns) of every table holding workshop data."""
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    found = []
    for name in names:
        if name == CHECKSUM_TABLE or name.startswith("sqlite_"):
            continue
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
        if name == WORKSHOP_TABLE:
            found.append((name, "id", columns))
        elif "workshop_id" in columns:
            found.append((name, "workshop_id", columns))
    return found


def install_marks(conn: sqlite3.Connection) -> None:
    """Temporary triggers noting which workshops each statement touches (once per connection)."""
    # No UNIQUE constraint: an outer statement's conflict policy would override the trigger's
    # OR IGNORE (e.g. a cascade failing on "already noted"), so duplicates are skipped by hand.
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_DIRTY} (id TEXT)")
    conn.execute(f"CREATE INDEX IF NOT EXISTS temp.{_DIRTY}_id ON {_DIRTY}(id)")
    for table, column, _columns in workshop_tables(conn):
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            marks = " ".join(
                f"INSERT INTO {_DIRTY} SELECT {row}.{column} WHERE NOT EXISTS"
                f" (SELECT 1 FROM {_DIRTY} WHERE id = {row}.{column});"
                for row in rows
            )
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS okrw_mark_{table}_{event.lower()} "
                f'AFTER {event} ON main."{table}" BEGIN {marks} END'
            )


def ensure_marks(holder: object, conn: sqlite3.Connection) -> None:
    """Install the marks once for the connection ``holder`` wraps (the library's Database)."""
    if getattr(holder, _INSTALLED, False) or not has_checksums(conn):
        return
    install_marks(conn)
    setattr(holder, _INSTALLED, True)


def seal(conn: sqlite3.Connection) -> None:
    """Recompute the checksums of the workshops touched in this transaction (before COMMIT)."""
    try:
        dirty = [row[0] for row in conn.execute(f"SELECT DISTINCT id FROM temp.{_DIRTY}")]
    except sqlite3.OperationalError:  # no marks on this connection: nothing was noted
        return
    if not dirty:
        return
    tables = workshop_tables(conn)
    for workshop_id in dirty:
        _store(conn, workshop_id, tables)
    conn.execute(f"DELETE FROM temp.{_DIRTY}")


def store_all(conn: sqlite3.Connection) -> None:
    """Checksums for every workshop (a migration, or a library that had none)."""
    tables = workshop_tables(conn)
    conn.execute(f"DELETE FROM {CHECKSUM_TABLE}")
    for (workshop_id,) in conn.execute(f"SELECT id FROM {WORKSHOP_TABLE}").fetchall():
        _store(conn, workshop_id, tables)


def stored(conn: sqlite3.Connection, workshop_id: str) -> str | None:
    row = conn.execute(
        f"SELECT checksum FROM {CHECKSUM_TABLE} WHERE workshop_id = ?", [workshop_id]
    ).fetchone()
    return None if row is None else str(row[0])


def is_sound(conn: sqlite3.Connection, workshop_id: str) -> bool:
    """Whether the workshop's rows still hold what its last edit stored (True when the library
    keeps no checksums, being older than them)."""
    if not has_checksums(conn):
        return True
    expected = stored(conn, workshop_id)
    return expected is not None and expected == compute(conn, workshop_id)


def damaged_workshops(conn: sqlite3.Connection) -> list[str]:
    """Ids of the workshops whose rows no longer match their checksum (raw ids: an id itself
    may be the damaged value, so it is read as bytes and shown escaped)."""
    if not has_checksums(conn):
        return []
    tables = workshop_tables(conn)
    ids = [
        _text(raw)
        for (raw,) in conn.execute(f"SELECT CAST(id AS BLOB) FROM {WORKSHOP_TABLE}")
    ]
    damaged = [
        workshop_id for workshop_id in ids
        if stored(conn, workshop_id) != compute(conn, workshop_id, tables)
    ]
    # A checksum whose workshop has gone (its row damaged beyond recognition).
    known = set(ids)
    damaged += [
        _text(raw)
        for (raw,) in conn.execute(f"SELECT CAST(workshop_id AS BLOB) FROM {CHECKSUM_TABLE}")
        if _text(raw) not in known
    ]
    return damaged


def compute(
    conn: sqlite3.Connection,
    workshop_id: str,
    tables: Iterable[tuple[str, str, list[str]]] | None = None,
) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for table, column, columns in tables if tables is not None else workshop_tables(conn):
        # Text as its bytes: decoding is the reader's business, the checksum sees them all.
        cells = ", ".join(
            f'typeof("{name}"), CASE typeof("{name}") WHEN \'text\' THEN CAST("{name}" AS BLOB)'
            f' ELSE "{name}" END'
            for name in columns
        )
        digest.update(f"\x1e{table}\x1f{len(columns)}".encode())
        for row in conn.execute(
            f'SELECT {cells} FROM "{table}" WHERE "{column}" = ? ORDER BY CAST(id AS BLOB)',
            [workshop_id],
        ):
            digest.update(b"\x1d")
            for kind, value in zip(row[::2], row[1::2], strict=True):
                digest.update(_cell(kind, value))
    return digest.hexdigest()


def _cell(kind: str, value: object) -> bytes:
    if isinstance(value, float):
        shown = value.hex().encode()
    elif isinstance(value, bytes):
        shown = value
    else:
        shown = b"" if value is None else str(value).encode()
    return f"\x1f{kind[:1]}{len(shown)}:".encode() + shown


def _store(conn: sqlite3.Connection, workshop_id: str,
           tables: list[tuple[str, str, list[str]]]) -> None:
    (exists,) = conn.execute(
        f"SELECT count(*) FROM {WORKSHOP_TABLE} WHERE id = ?", [workshop_id]
    ).fetchone()
    if not exists:
        conn.execute(f"DELETE FROM {CHECKSUM_TABLE} WHERE workshop_id = ?", [workshop_id])
        return
    conn.execute(
        f"INSERT OR REPLACE INTO {CHECKSUM_TABLE} (workshop_id, checksum) VALUES (?, ?)",
        [workshop_id, compute(conn, workshop_id, tables)],
    )


def _text(raw: bytes | None) -> str:
    return "" if raw is None else bytes(raw).decode("utf-8", errors="backslashreplace")
