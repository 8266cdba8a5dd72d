"""The library's contents, as domain objects in and out. Nothing above storage writes SQL
or knows a table name: this module and its helpers (:mod:`~okr_workshop.storage.tables`
for the mapping, :mod:`~okr_workshop.storage.reading` for loading) are the only ones.

Every public method that changes something is one transaction, committed before it returns
(autosave): either all of the edit is on disk or none of it. Each edit also bumps the
``updated_at`` of the row and of its workshop, which orders the library list.

Deleting an entity deletes its children (a team's objectives, their key results and
check-ins, dependencies on those objectives, the team's vote rounds, the dots on those
objectives in every round) and clears links to it (an ambassador, an author, an alignment,
a participant's team, the participant of a dot); the caller records those before deleting
if it wants to undo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import Dependency, Objective, Team, Workshop
from okr_workshop.domain.room import DotVote, VoteRound
from okr_workshop.storage import reading
from okr_workshop.storage import tables as t
from okr_workshop.storage.database import Database
from okr_workshop.storage.errors import EditRefused, EntityNotFound, WorkshopNotFound
from okr_workshop.storage.reading import WorkshopSummary
from okr_workshop.storage.sql import Sql
from okr_workshop.storage.team_links import TeamLinks

__all__ = ["Repository", "WorkshopSummary", "WorkshopNotFound", "EntityNotFound", "EditRefused"]


@dataclass(frozen=True)
class _Located:
    workshop_id: str
    scope: str  # the parent id, or the workshop id for workshop-level entities
    position: int


class Repository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._sql = Sql(db)
        self.path = self._sql.path
        # The team folder's links and settings (storage/team_links.py), same file.
        self.team = TeamLinks(self._sql)

    # --- Reading ---

    def list_workshops(self, search: str = "") -> list[WorkshopSummary]:
        """Newest change first. ``search`` matches title, organisation and cycle, ignoring
        case and accents; every word must match ("ecole t1" finds "École … T1 2027")."""
        return reading.list_workshops(self._sql, search)

    def load_workshop(self, workshop_id: str) -> Workshop:
        """The whole workshop, children in order, ``position`` fields numbered 0..n-1."""
        return reading.load_workshop(self._sql, workshop_id)

    def updated_at(self, workshop_id: str) -> datetime:
        """The workshop's last change, as stamped in the library (one row read)."""
        return reading.updated_at(self._sql, workshop_id)

    # --- Whole workshops ---

    def add_workshop(self, workshop: Workshop) -> None:
        """Store a whole workshop (import, sample, duplicate) in one transaction."""
        problems = integrity_problems(workshop)
        if problems:
            raise EditRefused(self.path, "invalid_workshop", problem=problems[0])
        now = t.now_stamp()
        rows: dict[t.Table, list[t.Row]] = defaultdict(list)
        for name, entity_type in t.WORKSHOP_CHILDREN:
            table = t.TABLES[entity_type]
            for position, entity in enumerate(getattr(workshop, name)):
                self._collect(table, entity, workshop.id, None, position, now, rows)
        with self._sql.write():
            self._insert(t.WORKSHOP_TABLE, [t.workshop_row(workshop)])
            for table in t.INSERT_ORDER:
                self._insert(table.name, rows.get(table, []))

    def save_workshop_header(self, workshop: Workshop) -> None:
        """The workshop's own fields (title … current step); not its children."""
        row = t.workshop_row(workshop)
        del row["id"], row["created_at"]
        row["updated_at"] = t.now_stamp()
        assignments = ", ".join(f"{t.quote(name)} = :{name}" for name in row)
        with self._sql.write():
            cursor = self._sql.execute(
                f"UPDATE {t.WORKSHOP_TABLE} SET {assignments} WHERE id = :id",
                {**row, "id": workshop.id},
            )
            if cursor.rowcount == 0:
                raise WorkshopNotFound(self.path, workshop.id)

    def delete_workshop(self, workshop_id: str) -> None:
        with self._sql.write():
            cursor = self._sql.execute(
                f"DELETE FROM {t.WORKSHOP_TABLE} WHERE id = ?", [workshop_id]
            )
            if cursor.rowcount == 0:
                raise WorkshopNotFound(self.path, workshop_id)

    # --- Entities inside a workshop ---

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several edits as one transaction: the methods called inside join it, and an
        error rolls all of them back (an import of many check-ins is all or nothing)."""
        with self._sql.write():
            yield

    def add(
        self,
        workshop_id: str,
        entity: Any,
        parent_id: str | None = None,
        index: int | None = None,
    ) -> None:
        """Insert ``entity`` with its nested children at ``index`` among its siblings
        (None: last; past the end: last, like ``list.insert``).

        ``parent_id`` is the team for an objective (defaults to its ``team_id``), the
        objective for a key result, the key result for a check-in, None otherwise.
        """
        table = t.table_for(type(entity))
        parent_id = self._parent_of(table, entity, parent_id)
        if index is not None and index < 0:
            raise ValueError("index must be zero or more")
        scope = parent_id or workshop_id
        with self._sql.write():
            self._require_workshop(workshop_id)
            if table.parent_entity is not None and parent_id is not None:
                self._require(table.parent_entity, parent_id, workshop_id)
            count = self._count(table, scope)
            position = count if index is None else min(index, count)
            self._sql.execute(
                f"UPDATE {table.name} SET position = position + 1"
                f" WHERE {table.scope_column} = ? AND position >= ?",
                [scope, position],
            )
            rows: dict[t.Table, list[t.Row]] = defaultdict(list)
            self._collect(table, entity, workshop_id, parent_id, position, t.now_stamp(), rows)
            for each in t.INSERT_ORDER:
                self._insert(each.name, rows.get(each, []))
            self._check_references(table, entity, workshop_id, nested=True)
            self._refuse_twice_recorded(entity, workshop_id)
            self._touch_workshop(workshop_id)

    def update(self, entity: Any) -> None:
        """Save ``entity``'s own fields; its children and its place stay as they are.

        A workshop saves its header. An objective whose ``team_id`` changed moves to the
        end of its new team.
        """
        if isinstance(entity, Workshop):
            self.save_workshop_header(entity)
            return
        table = t.table_for(type(entity))
        now = t.now_stamp()
        values = {name: t.to_column(getattr(entity, name)) for name in table.fields}
        with self._sql.write():
            here = self._locate(table, entity.id)
            if table.entity is Objective and entity.team_id != here.scope:
                self._require(table.parent_entity, entity.team_id, here.workshop_id)
                self._close_gap(table, here)
                values["team_id"] = entity.team_id
                values["position"] = self._count(table, entity.team_id)
            assignments = ", ".join(f"{t.quote(name)} = ?" for name in values)
            self._sql.execute(
                f"UPDATE {table.name} SET {assignments}, updated_at = ? WHERE id = ?",
                [*values.values(), now, entity.id],
            )
            self._check_references(table, entity, here.workshop_id, nested=False)
            self._refuse_twice_recorded(entity, here.workshop_id)
            self._touch_workshop(here.workshop_id, now)

    def delete(self, entity_type: type, entity_id: str) -> None:
        """Delete an entity and everything under it; its later siblings move up."""
        if entity_type is Workshop:
            self.delete_workshop(entity_id)
            return
        table = t.table_for(entity_type)
        with self._sql.write():
            here = self._locate(table, entity_id)
            self._sql.execute(f"DELETE FROM {table.name} WHERE id = ?", [entity_id])
            self._close_gap(table, here)
            if table.entity in (Team, Objective):
                # What cascaded from the deleted objectives and teams (dependencies, vote
                # rounds, the dots on them in every round) left gaps: close those too.
                for cascading in (Dependency, VoteRound, DotVote):
                    self._renumber(t.TABLES[cascading], here.workshop_id)
            self._touch_workshop(here.workshop_id)

    def move(self, entity_type: type, entity_id: str, new_index: int) -> None:
        """Move an entity among its siblings (past the end: last)."""
        if new_index < 0:
            raise ValueError("new_index must be zero or more")
        table = t.table_for(entity_type)
        now = t.now_stamp()
        with self._sql.write():
            here = self._locate(table, entity_id)
            new = min(new_index, self._count(table, here.scope) - 1)
            if new == here.position:
                return
            if new > here.position:
                shift, low, high = -1, here.position + 1, new
            else:
                shift, low, high = 1, new, here.position - 1
            self._sql.execute(
                f"UPDATE {table.name} SET position = position + ?"
                f" WHERE {table.scope_column} = ? AND position BETWEEN ? AND ?",
                [shift, here.scope, low, high],
            )
            self._sql.execute(
                f"UPDATE {table.name} SET position = ?, updated_at = ? WHERE id = ?",
                [new, now, entity_id],
            )
            self._touch_workshop(here.workshop_id, now)

    def reorder(
        self, entity_type: type, parent_or_workshop_id: str, ordered_ids: list[str]
    ) -> None:
        """Put the siblings under a parent (or a workshop) in the order of ``ordered_ids``,
        which must list each of them exactly once."""
        table = t.table_for(entity_type)
        now = t.now_stamp()
        with self._sql.write():
            if table.parent_entity is None:
                self._require_workshop(parent_or_workshop_id)
                workshop_id = parent_or_workshop_id
            else:
                workshop_id = self._workshop_of(table.parent_entity, parent_or_workshop_id)
            current = {
                row["id"]: row["position"]
                for row in self._sql.rows(
                    f"SELECT id, position FROM {table.name} WHERE {table.scope_column} = ?",
                    [parent_or_workshop_id],
                )
            }
            for entity_id in ordered_ids:
                if entity_id not in current:
                    raise EntityNotFound(self.path, entity_type, entity_id)
            if len(ordered_ids) != len(current) or set(ordered_ids) != set(current):
                raise ValueError("ordered_ids must list every sibling exactly once")
            changed = [
                (position, now, entity_id)
                for position, entity_id in enumerate(ordered_ids)
                if current[entity_id] != position
            ]
            self._sql.executemany(
                f"UPDATE {table.name} SET position = ?, updated_at = ? WHERE id = ?", changed
            )
            if changed:
                self._touch_workshop(workshop_id, now)

    # --- Helpers: rows ---

    def _collect(
        self,
        table: t.Table,
        entity: Any,
        workshop_id: str,
        parent_id: str | None,
        position: int,
        now: str,
        rows: dict[t.Table, list[t.Row]],
    ) -> None:
        rows[table].append(t.entity_row(table, entity, workshop_id, parent_id, position, now))
        for name, child_type in table.children:
            child_table = t.TABLES[child_type]
            for child_position, child in enumerate(getattr(entity, name)):
                if child_type is Objective and child.team_id != entity.id:
                    raise ValueError("an objective's team_id must be the team it is in")
                self._collect(child_table, child, workshop_id, entity.id, child_position, now, rows)

    def _parent_of(self, table: t.Table, entity: Any, parent_id: str | None) -> str | None:
        if table.parent_entity is None:
            if parent_id is not None:
                raise ValueError(f"a {table.entity.__name__} belongs to the workshop, not a parent")
            return None
        if table.entity is Objective:
            if parent_id is not None and parent_id != entity.team_id:
                raise ValueError("parent_id must be the objective's team_id")
            return entity.team_id
        if parent_id is None:
            raise ValueError(f"a {table.entity.__name__} needs a parent_id")
        return parent_id

    def _insert(self, table_name: str, rows: list[t.Row]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        self._sql.executemany(
            f"INSERT INTO {table_name} ({', '.join(map(t.quote, columns))})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            rows,
        )

    def _check_references(
        self, table: t.Table, entity: Any, workshop_id: str, nested: bool
    ) -> None:
        """Links must point inside the same workshop (foreign keys only see the library)."""
        for name, target in table.references:
            target_id = getattr(entity, name)
            if target_id is not None and not self._sql.rows(
                f"SELECT 1 FROM {t.TABLES[target].name} WHERE id = ? AND workshop_id = ?",
                [target_id, workshop_id],
            ):
                raise EditRefused(self.path, "broken_reference")
        if nested:
            for name, child_type in table.children:
                for child in getattr(entity, name):
                    self._check_references(t.TABLES[child_type], child, workshop_id, nested)

    def _refuse_twice_recorded(self, entity: Any, workshop_id: str) -> None:
        """One dependency between two objectives: the same one added again (or an edit
        making two the same) would be counted twice by the review."""
        if not isinstance(entity, Dependency):
            return
        table = t.TABLES[Dependency].name
        if self._sql.rows(
            f"SELECT 1 FROM {table} WHERE workshop_id = ? AND from_objective_id = ?"
            " AND to_objective_id = ? AND id <> ?",
            [workshop_id, entity.from_objective_id, entity.to_objective_id, entity.id],
        ):
            raise EditRefused(self.path, "duplicate_dependency")

    # --- Helpers: positions and lookups ---

    def _locate(self, table: t.Table, entity_id: str) -> _Located:
        found = self._sql.rows(
            f"SELECT workshop_id, {table.scope_column} AS scope, position"
            f" FROM {table.name} WHERE id = ?",
            [entity_id],
        )
        if not found:
            raise EntityNotFound(self.path, table.entity, entity_id)
        row = found[0]
        return _Located(row["workshop_id"], row["scope"], row["position"])

    def _require(self, entity_type: type, entity_id: str, workshop_id: str) -> None:
        if self._workshop_of(entity_type, entity_id) != workshop_id:
            raise EntityNotFound(self.path, entity_type, entity_id)

    def _workshop_of(self, entity_type: type, entity_id: str) -> str:
        return self._locate(t.table_for(entity_type), entity_id).workshop_id

    def _require_workshop(self, workshop_id: str) -> None:
        if not self._sql.rows(f"SELECT 1 FROM {t.WORKSHOP_TABLE} WHERE id = ?", [workshop_id]):
            raise WorkshopNotFound(self.path, workshop_id)

    def _count(self, table: t.Table, scope: str) -> int:
        sql = f"SELECT count(*) AS n FROM {table.name} WHERE {table.scope_column} = ?"
        return self._sql.rows(sql, [scope])[0]["n"]

    def _close_gap(self, table: t.Table, here: _Located) -> None:
        self._sql.execute(
            f"UPDATE {table.name} SET position = position - 1"
            f" WHERE {table.scope_column} = ? AND position > ?",
            [here.scope, here.position],
        )

    def _renumber(self, table: t.Table, workshop_id: str) -> None:
        """Positions 0..n-1 again under every parent of ``table`` in the workshop."""
        rows = self._sql.rows(
            f"SELECT id, position, {table.scope_column} AS scope FROM {table.name}"
            " WHERE workshop_id = ? ORDER BY scope, position",
            [workshop_id],
        )
        changed: list[tuple[int, str]] = []
        scope, n = None, 0
        for row in rows:
            if row["scope"] != scope:
                scope, n = row["scope"], 0
            if row["position"] != n:
                changed.append((n, row["id"]))
            n += 1
        self._sql.executemany(f"UPDATE {table.name} SET position = ? WHERE id = ?", changed)

    def _touch_workshop(self, workshop_id: str, now: str | None = None) -> None:
        self._sql.execute(
            f"UPDATE {t.WORKSHOP_TABLE} SET updated_at = ? WHERE id = ?",
            [now or t.now_stamp(), workshop_id],
        )

