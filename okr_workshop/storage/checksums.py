"""One checksum per workshop, kept in the same transaction as every edit, so a record changed
on disk behind SQLite's back (a flipped bit, a hand edit) reads as *damaged*, never as data.

A workshop's checksum is the XOR of a hash of each of its rows (table name and every
column; text hashed as its bytes, so an undecodable value is hashed rather than raised;
reals by their exact bits). Rows have unique ids, so none cancels another. XOR lets an edit
update it from the rows it touches alone, whatever the workshop's size: temporary triggers
on the writer's connection fold each inserted, updated or deleted row in and out of the
stored checksum, inside the statement, so every write path (imports, undo, cascades) keeps
it, and a rolled-back edit rolls it back too. Nothing of the triggers is in the file: any
other program's change (or the disk's) leaves the checksum behind, which is the point.

Migrations call :func:`store_all`; a migration that changes a workshop table's columns
must end with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

CHECKSUM_TABLE = "workshop_checksums"
WORKSHOP_TABLE = "workshops"
_GONE = "okrw_deleted_workshops"
_INSTALLED = "_okrw_checksum_marks"
_SIZE = 16
_ZERO = "0" * (2 * _SIZE)

CREATE_CHECKSUM_TABLE = (
    f"CREATE TABLE {CHECKSUM_TABLE} (workshop_id TEXT PRIMARY KEY, checksum TEXT NOT NULL)"
)

TableInfo = tuple[str, str, list[str]]  # table, column naming the workshop, columns


def has_checksums(conn: sqlite3.Connection) -> bool:
    """Whether the library keeps checksums (from migration m005 on)."""
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
        [CHECKSUM_TABLE],
    ).fetchone()
    return bool(found)


def workshop_tables(conn: sqlite3.Connection) -> list[TableInfo]:
    """Every table holding workshop data, with the column naming the workshop and its columns."""
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


# --- Hashing ---


def row_hash(table: str, *cells: object) -> str:
    """The hash of one row (hex text): its table, then its cells, text as its bytes."""
    return f"{_row_value(table, cells):0{2 * _SIZE}x}"


def _row_value(table: str, cells: tuple[object, ...]) -> int:
    # hashlib brings OpenSSL (3.5 MB): loaded at the first hash, not with the library list.
    import hashlib

    # repr is exact for the cells' types (bytes, int, float by its shortest round trip,
    # None) and runs in C: a row costs a few microseconds.
    digest = hashlib.blake2b(table.encode() + repr(cells).encode(), digest_size=_SIZE)
    return int.from_bytes(digest.digest(), "big")


def _as_stored(row: Iterable[object]) -> tuple[object, ...]:
    """A row as a reader decoded it, its text back to the bytes stored."""
    return tuple(value.encode() if value.__class__ is str else value for value in row)


@contextmanager
def _raw_text(conn: sqlite3.Connection) -> Iterator[None]:
    """Text read as bytes for a while: a value that is not UTF-8 is hashed, never raised."""
    before = conn.text_factory
    conn.text_factory = bytes
    try:
        yield
    finally:
        conn.text_factory = before


def _columns(columns: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def xor(first: str | None, second: str | None) -> str:
    value = int(first or _ZERO, 16) ^ int(second or _ZERO, 16)
    return f"{value:0{2 * _SIZE}x}"


def _cells(columns: Iterable[str], row: str = "") -> str:
    """SQL for each cell as the hash reads it: text as bytes (never decoded), else as is."""
    prefix = f"{row}." if row else ""
    return ", ".join(
        f'CASE typeof({prefix}"{name}") WHEN \'text\' THEN CAST({prefix}"{name}" AS BLOB)'
        f' ELSE {prefix}"{name}" END'
        for name in columns
    )


def compute(conn: sqlite3.Connection, workshop_id: str,
            tables: Iterable[TableInfo] | None = None) -> str:
    """The checksum of the workshop's rows as they are on disk now."""
    tables = list(tables if tables is not None else workshop_tables(conn))
    total = 0
    with _raw_text(conn):
        for table, column, columns in tables:
            for row in conn.execute(
                f'SELECT {_columns(columns)} FROM "{table}" WHERE "{column}" = ?',
                [workshop_id],
            ):
                total ^= _row_value(table, row)
    return f"{total:0{2 * _SIZE}x}"


# --- Keeping them ---


def install_marks(conn: sqlite3.Connection) -> None:
    """Temporary triggers folding each touched row into its workshop's checksum."""
    conn.create_function("okrw_row_hash", -1, row_hash, deterministic=True)
    conn.create_function("okrw_xor", 2, xor, deterministic=True)
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_GONE} (id TEXT)")
    for table, column, columns in workshop_tables(conn):
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            folds = " ".join(
                f"INSERT INTO {CHECKSUM_TABLE} (workshop_id, checksum) VALUES ({row}.{column},"
                f" okrw_row_hash('{table}', {_cells(columns, row)}))"
                f" ON CONFLICT (workshop_id) DO UPDATE"
                f" SET checksum = okrw_xor(checksum, excluded.checksum);"
                for row in rows
            )
            if table == WORKSHOP_TABLE and event == "DELETE":
                # Its checksum row goes at the end of the edit (children fold out after it).
                folds += f" INSERT INTO {_GONE} VALUES (OLD.id);"
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS okrw_fold_{table}_{event.lower()} "
                f'AFTER {event} ON main."{table}" BEGIN {folds} END'
            )


def ensure_marks(holder: object, conn: sqlite3.Connection) -> None:
    """Install the triggers once for the connection ``holder`` wraps (the library's Database)."""
    if getattr(holder, _INSTALLED, False) or not has_checksums(conn):
        return
    install_marks(conn)
    setattr(holder, _INSTALLED, True)


def seal(conn: sqlite3.Connection) -> None:
    """Before COMMIT: settle the workshops whose row was deleted in this transaction. Gone:
    their checksum goes too. Back again (a workshop replaced whole): the checksum restarts
    from its rows, whatever the deleted rows left folded in."""
    try:
        gone = [row[0] for row in conn.execute(f"SELECT DISTINCT id FROM temp.{_GONE}")]
    except sqlite3.OperationalError:  # no triggers on this connection
        return
    if not gone:
        return
    for workshop_id in gone:
        (back,) = conn.execute(
            f"SELECT count(*) FROM {WORKSHOP_TABLE} WHERE id = ?", [workshop_id]
        ).fetchone()
        if back:
            conn.execute(f"UPDATE {CHECKSUM_TABLE} SET checksum = ? WHERE workshop_id = ?",
                         [compute(conn, workshop_id), workshop_id])
        else:
            conn.execute(f"DELETE FROM {CHECKSUM_TABLE} WHERE workshop_id = ?", [workshop_id])
    conn.execute(f"DELETE FROM temp.{_GONE}")


def store_all(conn: sqlite3.Connection) -> None:
    """Checksums for every workshop (a migration, or a library that had none)."""
    tables = workshop_tables(conn)
    conn.execute(f"DELETE FROM {CHECKSUM_TABLE}")
    for (workshop_id,) in conn.execute(f"SELECT id FROM {WORKSHOP_TABLE}").fetchall():
        conn.execute(
            f"INSERT INTO {CHECKSUM_TABLE} (workshop_id, checksum) VALUES (?, ?)",
            [workshop_id, compute(conn, workshop_id, tables)],
        )


# --- Checking them ---


def stored(conn: sqlite3.Connection, workshop_id: str) -> str | None:
    row = conn.execute(
        f"SELECT CAST(checksum AS BLOB) FROM {CHECKSUM_TABLE} WHERE workshop_id = ?",
        [workshop_id],
    ).fetchone()
    return None if row is None else _text(row[0])


def is_sound_rows(conn: sqlite3.Connection, workshop_id: str,
                  rows: dict[str, Iterable[Iterable[object]]]) -> bool:
    """Whether the workshop's rows still hold what its last edit stored (True when the library
    keeps no checksums, being older than them), from the rows a reader has just read
    (``SELECT *`` of each table, by table name), so a workshop's load reads them once; a
    table not given is read here."""
    if not has_checksums(conn):
        return True
    expected = stored(conn, workshop_id)
    if expected is None:
        return False
    total = 0
    missing = []
    for table, column, columns in workshop_tables(conn):
        given = rows.get(table)
        if given is None:
            missing.append((table, column, columns))
            continue
        for row in given:
            total ^= _row_value(table, _as_stored(row))
    if missing:
        total ^= int(compute(conn, workshop_id, missing), 16)
    return expected == f"{total:0{2 * _SIZE}x}"


def damaged_workshops(conn: sqlite3.Connection) -> list[str]:
    """Ids of the workshops whose rows no longer match their checksum (an id itself may be
    the damaged value, so ids are read as bytes and shown escaped)."""
    if not has_checksums(conn):
        return []
    tables = workshop_tables(conn)
    # Every table's rows, once, each folded into the workshop it names.
    found: dict[bytes, int] = {}
    with _raw_text(conn):
        for table, column, columns in tables:
            where = columns.index(column)
            for row in conn.execute(f'SELECT {_columns(columns)} FROM "{table}"'):
                key = row[where] if isinstance(row[where], bytes) else b""
                found[key] = found.get(key, 0) ^ _row_value(table, row)
    kept = {
        bytes(owner): _text(checksum)
        for owner, checksum in conn.execute(
            f"SELECT CAST(workshop_id AS BLOB), CAST(checksum AS BLOB) FROM {CHECKSUM_TABLE}"
        )
    }
    ids = {bytes(raw) for (raw,) in conn.execute(
        f"SELECT CAST(id AS BLOB) FROM {WORKSHOP_TABLE}")}
    damaged = [
        owner for owner in sorted(set(found) | set(kept) | ids)
        if f"{found.get(owner, 0):0{2 * _SIZE}x}" != kept.get(owner) or owner not in ids
    ]
    return [_text(owner) for owner in damaged]


def _text(raw: bytes | None) -> str:
    return "" if raw is None else bytes(raw).decode("utf-8", errors="backslashreplace")
