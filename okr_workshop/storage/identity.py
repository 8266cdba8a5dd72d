"""Which library a SQLite file is: ours (the application id in its header) and which one of
ours (the identity written once, when the library was made or first upgraded to hold one).

Backups, a ``-wal`` found beside the file and restores compare identities, so a file is
only ever matched with the library it came from, whatever its name.
"""

from __future__ import annotations

import sqlite3

# "OKRW" in ASCII: SQLite's header field at offset 68, written by migration m005.
APPLICATION_ID = 0x4F4B5257
META_TABLE = "library_meta"


def application_id(conn: sqlite3.Connection) -> int:
    """The header's application id (0 for a library made before m005, or not ours)."""
    (value,) = conn.execute("PRAGMA application_id").fetchone()
    return int(value)


def library_id(conn: sqlite3.Connection) -> str | None:
    """The library's identity, or None for a file without one (older, or not ours)."""
    try:
        row = conn.execute(
            f"SELECT value FROM {META_TABLE} WHERE key = 'library_id'"
        ).fetchone()
    except sqlite3.OperationalError:  # no such table: before m005
        return None
    return None if row is None else str(row[0])
