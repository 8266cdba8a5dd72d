"""SQL on the library connection: reads, one-edit transactions, and SQLite errors turned
into sentences. Used by the repository and its reading half only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from okr_workshop.storage import checksums
from okr_workshop.storage.connection import library_path
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import EditRefused, LibraryError, unavailable


class Sql:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.path: Path = library_path(db)
        self._depth = 0

    def rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.db.conn.execute(sql, params)

    def executemany(self, sql: str, params: Any) -> None:
        self.db.conn.executemany(sql, params)

    @contextmanager
    def read(self) -> Iterator[None]:
        """One snapshot for several SELECTs, so a writer elsewhere cannot slip between."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[None]:
        """One edit, one transaction: committed on success, rolled back on any error.

        Nested calls join the outer transaction.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        conn = self.db.conn
        self._depth = 1
        try:
            checksums.ensure_marks(self.db, conn)
            # IMMEDIATE takes the write lock up front, so the busy timeout applies instead
            # of a failure halfway through when another program writes too.
            conn.execute("BEGIN IMMEDIATE")
            # Links are checked at COMMIT: a tree may be inserted in any order.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            yield
            # The touched workshops' checksums, in the same transaction as the edit.
            checksums.seal(conn)
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self.refusal(error) from error
            raise
        finally:
            self._depth = 0

    def refusal(self, error: sqlite3.Error) -> LibraryError:
        text = str(error)
        if isinstance(error, sqlite3.IntegrityError):
            if "UNIQUE" in text:
                return EditRefused(self.path, "duplicate_id")
            if "FOREIGN KEY" in text:
                return EditRefused(self.path, "broken_reference")
        return unavailable(self.path, error, fallback="save_failed")
