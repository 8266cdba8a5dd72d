"""One open workshop: every edit goes through here, is saved at once, and can be undone.

The window never writes to the library itself: it asks the session, which applies an
undoable command to the repository, reloads the workshop and tells its listeners. Pure
Python, so the whole editing model is tested without a display.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from okr_workshop.app.commands import (
    AddEntity,
    Batch,
    Command,
    DeleteEntity,
    EditLabel,
    MoveEntity,
    UpdateEntity,
    UpdateWorkshop,
    as_label,
)
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.tree import Entity, locate, siblings
from okr_workshop.storage.repository import Repository

Listener = Callable[[Workshop], None]

# Enough for a whole day of workshop; older steps fall off the bottom.
UNDO_LIMIT = 500


class WorkshopSession:
    def __init__(self, repository: Repository, workshop_id: str) -> None:
        self.repository = repository
        self.workshop = repository.load_workshop(workshop_id)
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Listener] = []

    # Listening -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _reload(self) -> None:
        self.workshop = self.repository.load_workshop(self.workshop.id)
        for listener in list(self._listeners):
            listener(self.workshop)

    # The stack -------------------------------------------------------------------------

    def execute(self, command: Command) -> None:
        """Apply and save ``command``; on failure nothing is recorded and the error rises."""
        command.apply(self.repository)
        self._undo.append(command)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._reload()

    def undo(self) -> str | None:
        if not self._undo:
            return None
        command = self._undo.pop()
        try:
            command.revert(self.repository)
        except Exception:
            self._undo.append(command)
            raise
        self._redo.append(command)
        self._reload()
        return command.label.name

    def redo(self) -> str | None:
        if not self._redo:
            return None
        command = self._redo.pop()
        try:
            command.apply(self.repository)
        except Exception:
            self._redo.append(command)
            raise
        self._undo.append(command)
        self._reload()
        return command.label.name

    @property
    def undo_label(self) -> str | None:
        """The name of the edit Undo would take back, for the Edit menu."""
        return self._undo[-1].label.name if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label.name if self._redo else None

    @property
    def undo_edit(self) -> EditLabel | None:
        """The last edit done (or redone), with its status sentences."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_edit(self) -> EditLabel | None:
        return self._redo[-1].label if self._redo else None

    # Edits -------------------------------------------------------------------------------

    def update_workshop(self, label: EditLabel | str, **changes: Any) -> None:
        after = dataclasses.replace(self.workshop, **changes)
        if after != self.workshop:
            self.execute(UpdateWorkshop(as_label(label), self.workshop, after))

    def add(
        self,
        label: EditLabel | str,
        entity: Entity,
        parent_id: str | None = None,
        index: int | None = None,
    ) -> None:
        self.execute(AddEntity(as_label(label), self.workshop.id, entity, parent_id, index))

    def update(self, label: EditLabel | str, entity: Entity, **changes: Any) -> None:
        """Change some fields of ``entity`` (as currently stored)."""
        before = self._current(entity)
        after = dataclasses.replace(before, **changes)
        if after != before:
            self.execute(UpdateEntity(as_label(label), before, after))

    def delete(self, label: EditLabel | str, entity: Entity) -> None:
        self.execute(DeleteEntity.of(as_label(label), self.workshop, entity.id))

    def move(self, label: EditLabel | str, entity: Entity, new_index: int) -> None:
        place = locate(self.workshop, entity.id)
        if place is None:
            raise LookupError(f"nothing with id {entity.id} in this workshop")
        count = len(siblings(self.workshop, type(entity), place.parent_id))
        new_index = max(0, min(new_index, count - 1))
        if new_index != place.index:
            self.execute(MoveEntity(as_label(label), place.entity, place.index, new_index))

    def update_many(
        self, label: EditLabel | str, changes: list[tuple[Entity, dict[str, Any]]]
    ) -> None:
        """Several field changes that undo as one step."""
        label = as_label(label)
        commands: list[Command] = []
        for entity, fields in changes:
            before = self._current(entity)
            after = dataclasses.replace(before, **fields)
            if after != before:
                commands.append(UpdateEntity(label, before, after))
        if commands:
            self.execute(Batch(label, commands))

    def go_to_step(self, step: Step) -> None:
        """Where the workshop reopens; navigation, so not an undoable edit."""
        if step != self.workshop.current_step:
            self.repository.save_workshop_header(
                dataclasses.replace(self.workshop, current_step=step)
            )
            self.workshop = self.repository.load_workshop(self.workshop.id)

    def _current(self, entity: Entity) -> Entity:
        place = locate(self.workshop, entity.id)
        if place is None:
            raise LookupError(f"nothing with id {entity.id} in this workshop")
        return place.entity
