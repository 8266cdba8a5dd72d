"""The library's side of the team folder: links from local workshops to their files, and
the team folder's settings (where it is, the coach's name), kept in the library so the
window and the command line share them. Reached as ``repository.team``
(:class:`~.repository.Repository`), which alone makes one.
"""

from __future__ import annotations

from okr_workshop.domain.team_sharing import TeamLink
from okr_workshop.storage.identity import META_TABLE
from okr_workshop.storage.sql import Sql

LINKS_TABLE = "team_links"
# The settings this module keeps, as keys of the library's own key/value table.
SETTINGS = frozenset({"team_folder", "team_coach"})


class TeamLinks:
    """This laptop's bookkeeping of the team folder, in the library's own file."""

    def __init__(self, sql: Sql) -> None:
        self._sql = sql

    def link(self, workshop_id: str) -> TeamLink | None:
        """The workshop's link to its file in the team folder, if it is shared."""
        rows = self._sql.rows(f"SELECT * FROM {LINKS_TABLE} WHERE workshop = ?", [workshop_id])
        return _link(rows[0]) if rows else None

    def links(self) -> list[TeamLink]:
        rows = self._sql.rows(f"SELECT * FROM {LINKS_TABLE} ORDER BY file_name")
        return [_link(row) for row in rows]

    def set_link(self, found: TeamLink) -> None:
        with self._sql.write():
            self._sql.execute(
                f"INSERT INTO {LINKS_TABLE} (workshop, file_name, revision, fingerprint) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (workshop) DO UPDATE SET "
                "file_name = excluded.file_name, revision = excluded.revision, "
                "fingerprint = excluded.fingerprint",
                [found.workshop_id, found.file_name, found.revision, found.fingerprint],
            )

    def remove_link(self, workshop_id: str) -> None:
        with self._sql.write():
            self._sql.execute(f"DELETE FROM {LINKS_TABLE} WHERE workshop = ?", [workshop_id])

    def setting(self, key: str) -> str:
        """``team_folder`` or ``team_coach`` ("" when not set)."""
        _known(key)
        rows = self._sql.rows(f"SELECT value FROM {META_TABLE} WHERE key = ?", [key])
        return str(rows[0][0]) if rows else ""

    def set_setting(self, key: str, value: str) -> None:
        _known(key)
        with self._sql.write():
            if value:
                self._sql.execute(
                    f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
            else:
                self._sql.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", [key])


def _known(key: str) -> None:
    # The same table holds the library's identity: nothing else may be written there.
    if key not in SETTINGS:
        raise KeyError(key)


def _link(row: object) -> TeamLink:
    workshop, file_name, revision, fingerprint = row  # type: ignore[misc]
    return TeamLink(str(workshop), str(file_name), int(revision), str(fingerprint))
