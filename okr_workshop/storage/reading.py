"""The reading half of the repository: the library list and whole workshops."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from okr_workshop.domain.error_messages import Reason, located
from okr_workshop.domain.model import KeyResult, Language, Objective, Step, Team, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage import checksums
from okr_workshop.storage import tables as t
from okr_workshop.storage.errors import Damage, LibraryError, WorkshopNotFound
from okr_workshop.storage.sql import Sql


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the library list, without loading the whole workshop."""

    id: str
    title: str
    organisation: str
    cycle_label: str
    language: Language
    current_step: Step
    created_at: datetime
    updated_at: datetime
    team_count: int
    objective_count: int
    key_result_count: int
    # A value of the row cannot be read: the title etc. are shown as best they can be, and
    # opening the workshop says what is wrong.
    damaged: bool = False


_COUNTS = ", ".join(
    f"(SELECT count(*) FROM {t.TABLES[entity].name} WHERE workshop_id = w.id) AS {alias}"
    for entity, alias in (
        (Team, "team_count"),
        (Objective, "objective_count"),
        (KeyResult, "key_result_count"),
    )
)


_SUMMARY_TEXT = ("id", "title", "organisation", "cycle_label", "language", "current_step",
                 "created_at", "updated_at")


def list_workshops(session: Sql, search: str = "") -> list[WorkshopSummary]:
    """The library list; a row whose values cannot be read is listed as damaged, so one bad
    record never hides the others."""
    words = t.fold(search).split()
    where = " AND ".join("instr(w.search_key, ?) > 0" for _ in words) or "1"
    # Text read as bytes: an undecodable value is this row's problem, not the whole list's.
    texts = ", ".join(f"CAST(w.{name} AS BLOB) AS {name}" for name in _SUMMARY_TEXT)
    sql = (
        f"SELECT {texts}, {_COUNTS} FROM {t.WORKSHOP_TABLE} AS w"
        f" WHERE {where} ORDER BY w.updated_at DESC, w.id"
    )
    try:
        found = session.rows(sql, words)
    except sqlite3.DatabaseError as error:  # SQLite's own pages damaged: the whole file
        raise LibraryError(session.path, "damaged") from error
    return [_summary(row) for row in found]


def _summary(row: sqlite3.Row) -> WorkshopSummary:
    text = {name: _decoded(row[name]) for name in _SUMMARY_TEXT}
    counts = {name: row[name] for name in ("team_count", "objective_count", "key_result_count")}
    try:
        if any(value is None for value in text.values()):
            raise ValueError("undecodable text")
        return WorkshopSummary(
            id=text["id"],
            title=text["title"],
            organisation=text["organisation"],
            cycle_label=text["cycle_label"],
            language=Language(text["language"]),
            current_step=Step(text["current_step"]),
            created_at=datetime.fromisoformat(text["created_at"]),
            updated_at=datetime.fromisoformat(text["updated_at"]),
            **counts,
        )
    except (ValueError, TypeError):
        shown = {name: _shown(row[name]) for name in _SUMMARY_TEXT}
        return WorkshopSummary(
            id=shown["id"],
            title=shown["title"],
            organisation=shown["organisation"],
            cycle_label=shown["cycle_label"],
            language=_or(Language, shown["language"], Language.ENGLISH),
            current_step=_or(Step, shown["current_step"], next(iter(Step))),
            created_at=_moment(shown["created_at"]),
            updated_at=_moment(shown["updated_at"]),
            damaged=True,
            **counts,
        )


def _decoded(raw: bytes | None) -> str | None:
    try:
        return None if raw is None else bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _shown(raw: bytes | None) -> str:
    return "" if raw is None else bytes(raw).decode("utf-8", errors="replace")


def _or(kind: type, value: str, default: object) -> object:
    try:
        return kind(value)
    except ValueError:
        return default


def _moment(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def updated_at(session: Sql, workshop_id: str) -> datetime:
    """When the workshop last changed, as stamped by the last commit."""
    with session.read():
        found = session.rows(f"SELECT updated_at FROM {t.WORKSHOP_TABLE} WHERE id = ?",
                             [workshop_id])
    if not found:
        raise WorkshopNotFound(session.path, workshop_id)
    return datetime.fromisoformat(found[0]["updated_at"])


def load_workshop(session: Sql, workshop_id: str) -> Workshop:
    """The whole workshop, checked against its checksum: a record changed on disk, or a
    value that cannot be read, is :class:`LibraryError` ``workshop_damaged`` naming it."""
    try:
        with session.read():
            found, grouped = _rows(session, workshop_id)
            # The rows just read, every column in table order (SELECT *), hashed as stored.
            read = {t.WORKSHOP_TABLE: found}
            read.update({table.name: [row for group in grouped[table.entity].values()
                                      for row in group] for table in t.TABLES.values()})
            sound = checksums.is_sound_rows(session.db.conn, workshop_id, read)
    except sqlite3.DatabaseError as error:
        column = _UNDECODABLE.search(str(error))
        if column is not None:
            detail = Damage("damage_field", field=column.group(1))
        elif _is_damage(error):
            detail = Damage("damage_storage")
        else:
            raise  # busy, out of memory…: not the workshop's fault
        raise _damaged(session, workshop_id, detail) from error

    def build(table: t.Table, scope: str) -> tuple:
        return tuple(
            t.entity_from_row(
                table,
                row,
                position,
                {name: build(t.TABLES[child], row["id"]) for name, child in table.children},
            )
            for position, row in enumerate(grouped[table.entity].get(scope, ()))
        )

    try:
        children = {
            name: build(t.TABLES[entity], workshop_id) for name, entity in t.WORKSHOP_CHILDREN
        }
        workshop = t.workshop_from_row(found[0], children)
    except (InvalidValue, ValueError, TypeError, KeyError) as error:
        # Only a file edited by hand (or a bug) gets here; say which workshop and value.
        raise _damaged(session, workshop_id, _reason(error)) from error
    if not sound:  # every value readable, yet not what the last edit stored
        raise _damaged(session, workshop_id, Damage("damage_checksum"))
    return workshop


# SQLite's words for text that is not UTF-8: "Could not decode to UTF-8 column 'owner' …".
_UNDECODABLE = re.compile(r"Could not decode to UTF-8 column '([^']*)'")


def _rows(
    session: Sql, workshop_id: str
) -> tuple[list[sqlite3.Row], dict[type, dict[str, list[sqlite3.Row]]]]:
    found = session.rows(f"SELECT * FROM {t.WORKSHOP_TABLE} WHERE id = ?", [workshop_id])
    if not found:
        raise WorkshopNotFound(session.path, workshop_id)
    # One query per table, not one per parent: rows come in position order and are
    # grouped by parent here, which keeps each group in order.
    grouped: dict[type, dict[str, list[sqlite3.Row]]] = {}
    for table in t.TABLES.values():
        by_scope: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for row in session.rows(
            f"SELECT * FROM {table.name} WHERE workshop_id = ? ORDER BY position",
            [workshop_id],
        ):
            by_scope[row[table.scope_column]].append(row)
        grouped[table.entity] = by_scope
    return found, grouped


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    # SQLITE_CORRUPT ("database disk image is malformed") and SQLITE_NOTADB.
    return getattr(error, "sqlite_errorcode", None) in (11, 26) or "malformed" in str(error)


def _damaged(session: Sql, workshop_id: str, detail: object) -> LibraryError:
    return LibraryError(session.path, "workshop_damaged", id=workshop_id, detail=detail)


def _reason(error: BaseException) -> object:
    """A refused value in words of both languages (its place and why), else the raw detail."""
    if isinstance(error, InvalidValue):
        return Damage("damage_value", detail=_FieldRefusal(error))
    return Damage("damage_value", detail=Reason.of(error))


class _FieldRefusal:
    def __init__(self, error: InvalidValue) -> None:
        self.error = error

    def sentence(self, language: object) -> str:
        return located(self.error.field, self.error.code, self.error.params, language)

    def __str__(self) -> str:
        return self.sentence("en")
