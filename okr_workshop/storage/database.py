"""The open library's handle: its SQLite connection, and sqlite-utils only when asked for.

Listing the workshops on the first screen needs nothing but the standard library's
``sqlite3``. Importing sqlite-utils brings click, python-dateutil and pluggy with it (about
40 ms and 13 MB at start-up), so its :class:`~sqlite_utils.Database` is built on the same
connection, with the same settings, only when a schema migration or a test wants it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class Database:
    """One library connection, as :func:`~okr_workshop.storage.connection.open_library` set it."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        shown_path: Path | None = None,
        on_close: Callable[[], None] | None = None,
        read_only: bool = False,
    ) -> None:
        self.conn = conn
        # Opened read-only beside another program's writer: never checkpoints or tidies.
        self.read_only = read_only
        # A private copy read in place of the library (a read-only folder) names the library
        # in messages, not the copy, and is deleted at close.
        self.shown_path = shown_path
        self._on_close = on_close
        # What went wrong at open without stopping it (a -wal that lost changes), to be told.
        self.warnings: list[Exception] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()

    @cached_property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' view of this connection (migrations run through it)."""
        from sqlite_utils import Database as UtilsDatabase

        return UtilsDatabase(self.conn, execute_plugins=False)
