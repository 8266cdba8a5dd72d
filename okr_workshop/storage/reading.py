"""The reading half of the repository: the library list and whole workshops."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from okr_workshop.domain.error_messages import Reason, located
from okr_workshop.domain.model import KeyResult, Language, Objective, Step, Team, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage import tables as t
from okr_workshop.storage.errors import LibraryError, WorkshopNotFound
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


_COUNTS = ", ".join(
    f"(SELECT count(*) FROM {t.TABLES[entity].name} WHERE workshop_id = w.id) AS {alias}"
    for entity, alias in (
        (Team, "team_count"),
        (Objective, "objective_count"),
        (KeyResult, "key_result_count"),
    )
)


def list_workshops(session: Sql, search: str = "") -> list[WorkshopSummary]:
    words = t.fold(search).split()
    where = " AND ".join("instr(w.search_key, ?) > 0" for _ in words) or "1"
    sql = (
        "SELECT w.id, w.title, w.organisation, w.cycle_label, w.language, w.current_step,"
        f" w.created_at, w.updated_at, {_COUNTS} FROM {t.WORKSHOP_TABLE} AS w"
        f" WHERE {where} ORDER BY w.updated_at DESC, w.id"
    )
    return [
        WorkshopSummary(
            id=row["id"],
            title=row["title"],
            organisation=row["organisation"],
            cycle_label=row["cycle_label"],
            language=Language(row["language"]),
            current_step=Step(row["current_step"]),
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]),
            team_count=row["team_count"],
            objective_count=row["objective_count"],
            key_result_count=row["key_result_count"],
        )
        for row in session.rows(sql, words)
    ]


def updated_at(session: Sql, workshop_id: str) -> datetime:
    """When the workshop last changed, as stamped by the last commit."""
    with session.read():
        found = session.rows(f"SELECT updated_at FROM {t.WORKSHOP_TABLE} WHERE id = ?",
                             [workshop_id])
    if not found:
        raise WorkshopNotFound(session.path, workshop_id)
    return datetime.fromisoformat(found[0]["updated_at"])


def load_workshop(session: Sql, workshop_id: str) -> Workshop:
    with session.read():
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
        return t.workshop_from_row(found[0], children)
    except (InvalidValue, ValueError, TypeError) as error:
        # Only a file edited by hand (or a bug) gets here; say which workshop.
        raise LibraryError(
            session.path, "workshop_damaged", id=workshop_id, detail=_reason(error)
        ) from error


def _reason(error: BaseException) -> object:
    """A refused value in words of both languages (its place and why), else the raw detail."""
    if isinstance(error, InvalidValue):
        return _FieldRefusal(error)
    return Reason.of(error)


class _FieldRefusal:
    def __init__(self, error: InvalidValue) -> None:
        self.error = error

    def sentence(self, language: object) -> str:
        return located(self.error.field, self.error.code, self.error.params, language)

    def __str__(self) -> str:
        return self.sentence("en")
