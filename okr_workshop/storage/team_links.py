"""The library's side of the team folder: links from local workshops to their files, and
the team folder's settings (where it is, the coach's name), kept in the library so the
window and the command line share them. Only :class:`~.repository.Repository` calls this.
"""

from __future__ import annotations

from okr_workshop.domain.team_sharing import TeamLink
from okr_workshop.storage.identity import META_TABLE
from okr_workshop.storage.sql import Sql

LINKS_TABLE = "team_links"
# The settings this module keeps, as keys of the library's own key/value table.
SETTINGS = frozenset({"team_folder", "team_coach"})


def link(sql: Sql, workshop_id: str) -> TeamLink | None:
    rows = sql.rows(f"SELECT * FROM {LINKS_TABLE} WHERE workshop = ?", [workshop_id])
    return _link(rows[0]) if rows else None


def links(sql: Sql) -> list[TeamLink]:
    return [_link(row) for row in sql.rows(f"SELECT * FROM {LINKS_TABLE} ORDER BY file_name")]


def set_link(sql: Sql, found: TeamLink) -> None:
    with sql.write():
        sql.execute(
            f"INSERT INTO {LINKS_TABLE} (workshop, file_name, revision, fingerprint) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (workshop) DO UPDATE SET "
            "file_name = excluded.file_name, revision = excluded.revision, "
            "fingerprint = excluded.fingerprint",
            [found.workshop_id, found.file_name, found.revision, found.fingerprint],
        )


def remove_link(sql: Sql, workshop_id: str) -> None:
    with sql.write():
        sql.execute(f"DELETE FROM {LINKS_TABLE} WHERE workshop = ?", [workshop_id])


def setting(sql: Sql, key: str) -> str:
    _known(key)
    rows = sql.rows(f"SELECT value FROM {META_TABLE} WHERE key = ?", [key])
    return str(rows[0][0]) if rows else ""


def set_setting(sql: Sql, key: str, value: str) -> None:
    _known(key)
    with sql.write():
        if value:
            sql.execute(
                f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
        else:
            sql.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", [key])


def _known(key: str) -> None:
    # The same table holds the library's identity: nothing else may be written there.
    if key not in SETTINGS:
        raise KeyError(key)


def _link(row: object) -> TeamLink:
    workshop, file_name, revision, fingerprint = row  # type: ignore[misc]
    return TeamLink(str(workshop), str(file_name), int(revision), str(fingerprint))
