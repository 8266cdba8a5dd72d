"""What one edit, undo or redo changed: the change set a page updates from.

In the spirit of Anki's ``OpChanges``: the session hands every listener the kinds of entity
and the ids that changed, plus the workshop's own fields, so a page redraws what changed
(a key result's target: its row, its objective's badge, the findings) and leaves the rest.
Built from what the commands hold (``app/touched.py``), without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.app.commands import Batch, Command, DeleteEntity
from okr_workshop.app.touched import Touched, touched_by
from okr_workshop.domain.edits import CHILDREN
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.tree import Entity


@dataclass(frozen=True)
class ChangeSet:
    """``ids``: every entity added, changed, moved or removed, with its kind; ``kinds``: the
    kinds among them (``Workshop`` when its own fields changed, named in
    ``workshop_fields``); ``reshaped``: something was added, removed or moved, so lists
    change length or order; ``touched``: what to select after an undo or redo."""

    ids: frozenset[tuple[type, str]]
    workshop_fields: frozenset[str]
    reshaped: bool
    touched: Touched | None = None

    @property
    def kinds(self) -> frozenset[type]:
        kinds = {kind for kind, _ in self.ids}
        return frozenset(kinds | ({Workshop} if self.workshop_fields else set()))

    def touches(self, *kinds: type) -> bool:
        """Whether anything of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: type) -> frozenset[str]:
        return frozenset(i for k, i in self.ids if k is kind)

    def only_fields_of(self, kind: type) -> bool:
        """Only fields of entities of ``kind`` changed: nothing added, removed or moved."""
        return not self.reshaped and not self.workshop_fields and self.kinds == {kind}


def change_set(command: Command, undone: bool = False, touched: Touched | None = None
               ) -> ChangeSet:
    ids: set[tuple[type, str]] = set()
    fields: set[str] = set()
    reshaped = False
    for each in _leaves(command):
        found = touched_by(each, undone)
        if found is None:
            continue
        if found.kind is Workshop:
            fields |= found.fields
            continue
        if not found.fields or "position" in found.fields or "team_id" in found.fields:
            reshaped = True
        ids.add((found.kind, found.id))
        if isinstance(each, DeleteEntity):
            ids |= _subtree(each.place.entity)
            for lost in each.cascaded:
                ids |= _subtree(lost.entity)
            ids |= {(type(e), e.id) for e in each.unlinked}
        elif not found.fields:  # added (or its addition undone): with what it holds
            ids |= _subtree(getattr(each, "entity", None))
    return ChangeSet(frozenset(ids), frozenset(fields), reshaped, touched)


def _leaves(command: Command) -> list[Command]:
    if isinstance(command, Batch):
        return [leaf for c in command.commands for leaf in _leaves(c)]
    return [command]


def _subtree(entity: Entity | None) -> set[tuple[type, str]]:
    if entity is None:
        return set()
    found = {(type(entity), entity.id)}
    for child in getattr(entity, CHILDREN.get(type(entity), ""), ()):
        found |= _subtree(child)
    return found
