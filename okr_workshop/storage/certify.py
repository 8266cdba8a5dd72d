"""What makes a SQLite file a sound OKR Workshop library (issue 16, points 1 and 10): the
checks a backup passes before it takes a backup's name, and before it is listed or restored
as good.

- a full ``PRAGMA integrity_check`` (``quick_check`` does not look inside records);
- SQLite's application id is ours, or 0 for a library made before migration m005;
- migrations of ours were applied, none this build does not know (not from a newer version);
- a library that keeps checksums has every workshop matching its own.

Reads only: the caller passes a connection (read-only when it is someone else's file).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from okr_workshop.storage import checksums
from okr_workshop.storage.identity import APPLICATION_ID, application_id
from okr_workshop.storage.migrations import applied_migrations, known_migrations

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Certificate:
    """The verdict on one file. ``problem`` is None when sound, else a short code:
    ``not_sqlite``, ``integrity``, ``other_application``, ``too_new``, ``workshops``
    (some workshops fail their checksum: ``damaged`` names them) or ``unreadable``."""

    problem: str | None
    workshop_count: int | None = None
    damaged: tuple[str, ...] = ()
    # Workshop ids whose rows match their checksum (all of them when the file keeps none).
    sound: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.problem is None


def certify(conn: sqlite3.Connection) -> Certificate:
    """Certify the library behind ``conn`` (never writes)."""
    try:
        return _certify(conn)
    except sqlite3.Error:
        return Certificate("unreadable")


def certify_file(path: Path) -> Certificate:
    """Certify the closed file at ``path``, opened read-only."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return Certificate("not_sqlite")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return Certificate("unreadable")
    try:
        return certify(conn)
    finally:
        conn.close()


def _certify(conn: sqlite3.Connection) -> Certificate:
    if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
        return Certificate("integrity")
    app_id = application_id(conn)
    if app_id not in (APPLICATION_ID, 0):
        return Certificate("other_application")
    applied = set(applied_migrations(conn))
    if not applied or not _has_workshops(conn):
        return Certificate("other_application")
    if applied - set(known_migrations()):
        return Certificate("too_new")
    # Ours from m005 on (the id is written with the checksum table): both or neither.
    if (app_id == APPLICATION_ID) != checksums.has_checksums(conn):
        return Certificate("integrity")
    ids = [
        bytes(raw).decode("utf-8", errors="backslashreplace")
        for (raw,) in conn.execute("SELECT CAST(id AS BLOB) FROM workshops")
    ]
    damaged = tuple(checksums.damaged_workshops(conn))
    sound = tuple(workshop_id for workshop_id in ids if workshop_id not in damaged)
    return Certificate("workshops" if damaged else None, len(ids), damaged, sound)


def _has_workshops(conn: sqlite3.Connection) -> bool:
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'workshops'"
    ).fetchone()
    return bool(found)
