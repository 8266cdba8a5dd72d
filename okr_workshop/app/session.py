"""One open workshop: every edit goes through here, is saved at once, and can be undone.

How an edit flows: the window asks the session; the session runs an undoable command on its
one :class:`~okr_workshop.app.undo_stack.UndoStack` — one SQLite transaction, then the same
change made to its workshop object in memory (the library is read whole only on open) — and
hands its listeners a :class:`~okr_workshop.app.changes.ChangeSet` saying what changed, from
which the visible page updates. Pure Python, so the editing model is tested without a display.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from okr_workshop.app.changes import ChangeSet, change_set
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
from okr_workshop.app.time_record import clamped_spent, with_spent
from okr_workshop.app.touched import Touched, touched_by
from okr_workshop.app.undo_stack import Document, UndoStack
from okr_workshop.domain.agenda import default_agenda, item_for, run_sheet_items
from okr_workshop.domain.edits import with_added, with_updated
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.tree import Entity, locate, siblings
from okr_workshop.storage.repository import Repository

Listener = Callable[[Workshop], None]
ChangeListener = Callable[[ChangeSet], None]

# Enough for a whole day of workshop; older steps fall off the bottom.
UNDO_LIMIT = 500


class WorkshopSession(Document):
    def __init__(self, repository: Repository, workshop_id: str) -> None:
        self.repository = repository
        self.workshop = repository.load_workshop(workshop_id)
        self.history: UndoStack[Command] = UndoStack(UNDO_LIMIT)
        self._listeners: list[Listener] = []
        self._change_listeners: list[ChangeListener] = []
        # What the last edit, undo or redo changed, so the window can show it.
        self.last_touched: Touched | None = None
        self.last_changes: ChangeSet | None = None
        self._made_on: dict[int, Step] = {}  # id(command): the step it was made on
        # Set by the window while it saves typing in progress (after a pause). Saves of the
        # same field one after the other while it is typed undo as one step, the last one
        # (Enter, leaving the field) included: Ctrl+Z takes back the sentence, not a second.
        self.typing = False
        self._typing_top = False  # the edit on top of the undo stack saved typing

    # Listening -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """``listener(workshop)`` after every edit, undo and redo."""
        self._listeners.append(listener)

    def subscribe_changes(self, listener: ChangeListener) -> None:
        """``listener(change_set)`` after every edit, undo and redo: what changed."""
        self._change_listeners.append(listener)

    def _changed(self, command: Command, undone: bool, touched: Touched | None) -> None:
        """``command`` was just saved (``undone``: taken back): the workshop in memory
        follows, stamped as the library stamped it, and the listeners hear what changed."""
        try:
            workshop = command.reverted(self.workshop) if undone else command.applied(self.workshop)
            self.workshop = dataclasses.replace(
                workshop, updated_at=self.repository.updated_at(workshop.id)
            )
        except Exception:  # noqa: BLE001 - never show a workshop other than the one saved
            self.workshop = self.repository.load_workshop(self.workshop.id)
        self.last_touched = touched
        self.last_changes = change_set(command, undone, touched)
        for listener in list(self._listeners):
            listener(self.workshop)
        for change_listener in list(self._change_listeners):
            change_listener(self.last_changes)

    def reload(self) -> None:
        """The workshop as the library holds it now, replaced from outside the session (a
        colleague's revision brought in from the team folder). The undo stack starts again:
        its steps were made on the version that was replaced, and undoing one would write
        over the colleague's work. Where the window stands (the current step) is kept."""
        step = self.workshop.current_step
        self.history = UndoStack(UNDO_LIMIT)
        self._made_on.clear()
        self._typing_top = False
        self.last_touched = self.last_changes = None
        self.workshop = self.repository.load_workshop(self.workshop.id)
        if self.workshop.current_step != step:
            self.go_to_step(step)  # navigation only: never a change to publish
        for listener in list(self._listeners):
            listener(self.workshop)

    # The stack -------------------------------------------------------------------------

    def execute(self, command: Command) -> None:
        """Apply and save ``command``; on failure nothing is recorded and the error rises."""
        top = self.history.top
        if self._typing_top and top is not None and _same_field(top, command):
            self._continue_typing(command)
            return
        command.apply(self.repository)
        self._typing_top = self.typing
        self.history.push(command)
        self._made_on[id(command)] = self.workshop.current_step
        self._made_on = {
            id(c): self._made_on[id(c)] for c in self.history.commands() if id(c) in self._made_on
        }
        self._changed(command, False, self._touched(command))

    def _continue_typing(self, command: UpdateEntity | UpdateWorkshop) -> None:
        """One more save of the field being typed: the step on top now ends where it is."""
        command.apply(self.repository)
        top = self.history.pop()
        made_on = self._made_on.pop(id(top), self.workshop.current_step)
        self._typing_top = self.typing
        if top.before != command.after:  # typed back to where it was: nothing to undo
            merged = dataclasses.replace(top, after=command.after)
            self.history.push(merged)
            self._made_on[id(merged)] = made_on
            touched = self._touched(merged)
        else:
            touched = self._touched(command)
        self._changed(command, False, touched)

    def undo(self) -> str | None:
        self._typing_top = False
        command = self.history.undo(lambda c: c.revert(self.repository))
        if command is None:
            return None
        self._changed(command, True, self._touched(command, undone=True))
        return command.label.name

    def redo(self) -> str | None:
        self._typing_top = False
        command = self.history.redo(lambda c: c.apply(self.repository))
        if command is None:
            return None
        self._changed(command, False, self._touched(command))
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

    def add_many(
        self, label: EditLabel | str, entities: list[tuple[Entity, str | None]]
    ) -> None:
        """Several additions (entity, parent id) that undo as one step: the usual rituals
        proposed at once are taken back at once."""
        label = as_label(label)
        commands: list[Command] = [
            AddEntity(label, self.workshop.id, entity, parent_id) for entity, parent_id in entities
        ]
        if commands:
            self.execute(Batch(label, commands))

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
            moved = dataclasses.replace(self.workshop, current_step=step)
            self.repository.save_workshop_header(moved)
            self.workshop = dataclasses.replace(
                moved, updated_at=self.repository.updated_at(moved.id)
            )

    # The run sheet and the step timer ---------------------------------------------------

    def keep_run_sheet(self) -> None:
        """Store the default run sheet a workshop follows while it has none of its own, so
        its lines can be edited and timed. Not an edit (the sheet reads the same): no undo
        step, so undoing the first change to the sheet leaves the default one, not none."""
        if self.workshop.agenda:
            return
        items = default_agenda()
        with self.repository.transaction():
            for item in items:
                self.repository.add(self.workshop.id, item)
        workshop = self.workshop
        for item in items:
            workshop = with_added(workshop, item, None, None)
        self.workshop = dataclasses.replace(
            workshop, updated_at=self.repository.updated_at(workshop.id)
        )

    def record_time(self, step: Step, spent_seconds: int) -> bool:
        """The step timer's count for ``step``: the real time spent on it, saved at once on
        its run-sheet line. Not an undoable edit (``app/time_record.py``). False when the
        run sheet has no line for ``step`` (Steering: after the workshop)."""
        item = item_for(run_sheet_items(self.workshop), step)
        spent = clamped_spent(spent_seconds)
        if item is None or item.spent_seconds == spent:
            return item is not None  # nothing new: the default sheet stays unstored
        self.keep_run_sheet()
        item = item_for(run_sheet_items(self.workshop), step)
        if item is None:
            return False
        after = dataclasses.replace(item, spent_seconds=spent)
        self.repository.update(after)
        self.workshop = dataclasses.replace(
            with_updated(self.workshop, after),
            updated_at=self.repository.updated_at(self.workshop.id),
        )
        for command in self.history.commands() + self.history.undone():
            with_spent(command, item.id, spent)
        return True

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
