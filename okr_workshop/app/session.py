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
    LabelledHistory,
    MoveEntity,
    UpdateEntity,
    UpdateWorkshop,
    as_label,
)
from okr_workshop.app.touched import Touched, touched_by
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.tree import Entity, locate, siblings
from okr_workshop.storage.repository import Repository

Listener = Callable[[Workshop], None]

# Enough for a whole day of workshop; older steps fall off the bottom.
UNDO_LIMIT = 500


class WorkshopSession(LabelledHistory):
    def __init__(self, repository: Repository, workshop_id: str) -> None:
        self.repository = repository
        self.workshop = repository.load_workshop(workshop_id)
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Listener] = []
        # What the last edit, undo or redo changed, so the window can show it.
        self.last_touched: Touched | None = None
        self._made_on: dict[int, Step] = {}  # id(command): the step it was made on
        # Set by the window while it saves typing in progress (after a pause). Saves of the
        # same field one after the other while it is typed undo as one step, the last one
        # (Enter, leaving the field) included: Ctrl+Z takes back the sentence, not a second.
        self.typing = False
        self._typing_top = False  # the edit on top of the undo stack saved typing

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
        if self._typing_top and _same_field(self._undo[-1], command):
            self._continue_typing(command)
            return
        command.apply(self.repository)
        self._typing_top = self.typing
        self._undo.append(command)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._made_on[id(command)] = self.workshop.current_step
        self._made_on = {id(c): self._made_on[id(c)] for c in self._undo if id(c) in self._made_on}
        self.last_touched = self._touched(command)
        self._reload()

    def _continue_typing(self, command: UpdateEntity | UpdateWorkshop) -> None:
        """One more save of the field being typed: the step on top now ends where it is."""
        command.apply(self.repository)
        top = self._undo.pop()
        made_on = self._made_on.pop(id(top), self.workshop.current_step)
        self._typing_top = self.typing
        if top.before != command.after:  # typed back to where it was: nothing to undo
            merged = dataclasses.replace(top, after=command.after)
            self._undo.append(merged)
            self._made_on[id(merged)] = made_on
            self.last_touched = self._touched(merged)
        else:
            self.last_touched = self._touched(command)
        self._reload()

    def undo(self) -> str | None:
        self._typing_top = False
        if not self._undo:
            return None
        command = self._undo.pop()
        try:
            command.revert(self.repository)
        except Exception:
            self._undo.append(command)
            raise
        self._redo.append(command)
        self.last_touched = self._touched(command, undone=True)
        self._reload()
        return command.label.name

    def redo(self) -> str | None:
        self._typing_top = False
        if not self._redo:
            return None
        command = self._redo.pop()
        try:
            command.apply(self.repository)
        except Exception:
            self._redo.append(command)
            raise
        self._undo.append(command)
        self.last_touched = self._touched(command)
        self._reload()
        return command.label.name

    def _touched(self, command: Command, undone: bool = False) -> Touched | None:
        return touched_by(command, undone, self._made_on.get(id(command)))


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


def _same_field(top: Command, command: Command) -> bool:
    """``command`` changes the same field(s) of the same thing as ``top``, under its name."""
    kinds = (UpdateEntity, UpdateWorkshop)
    if not (isinstance(top, kinds) and type(command) is type(top)):
        return False
    if top.after.id != command.before.id or top.label != command.label:
        return False
    before, after = touched_by(top), touched_by(command)
    return before is not None and after is not None and before.fields == after.fields
