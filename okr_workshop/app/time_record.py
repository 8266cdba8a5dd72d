"""The step timer's record: the real time spent per step, kept on the run sheet's lines.

Time recorded is not an edit a person made (the clock wrote it), so it never lands on the
undo stack: a "Time recorded" entry every pause would bury the coach's edits. It is saved at
once, like the step the workshop reopens on. For the same reason, undoing or redoing an edit
of the run sheet must not take recorded time back: the snapshots the undo stack holds of
a line are given its new time too (:func:`with_spent`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from okr_workshop.app.commands import AddEntity, Batch, DeleteEntity, MoveEntity, UpdateEntity
from okr_workshop.domain.room import MAX_SPENT_SECONDS, AgendaItem


def clamped_spent(seconds: int) -> int:
    """A clock's reading within what a line can hold (a clock gone wrong is not an error)."""
    return max(0, min(int(seconds), MAX_SPENT_SECONDS))


def _patched(entity: Any, item_id: str, spent: int) -> Any:
    if isinstance(entity, AgendaItem) and entity.id == item_id:
        return dataclasses.replace(entity, spent_seconds=spent)
    return entity


def with_spent(command: Any, item_id: str, spent: int) -> None:
    """Give the copies of line ``item_id`` that ``command`` holds the time ``spent``, so
    undoing or redoing it writes the line back with the time recorded since."""
    if isinstance(command, UpdateEntity):
        command.before = _patched(command.before, item_id, spent)
        command.after = _patched(command.after, item_id, spent)
    elif isinstance(command, AddEntity):
        command.entity = _patched(command.entity, item_id, spent)
    elif isinstance(command, MoveEntity):
        command.entity = _patched(command.entity, item_id, spent)
    elif isinstance(command, DeleteEntity):
        entity = _patched(command.place.entity, item_id, spent)
        if entity is not command.place.entity:
            command.place = dataclasses.replace(command.place, entity=entity)
    elif isinstance(command, Batch):
        for each in command.commands:
            with_spent(each, item_id, spent)
