"""The same edits the library makes, made to a workshop in memory.

After an edit is saved, the app layer brings its workshop object up to date with these
functions instead of reading the whole workshop back from the database: one edit costs what
it changes. They follow the storage's rules exactly (positions numbered 0..n-1, a deletion
takes its subtree and the dependencies on deleted objectives with it and unlinks what
pointed into it, an objective moved to another team goes last there; a deleted team takes its
vote rounds, a deleted objective the dots on it in every round); a test compares the
result with a reload after every kind of edit, undo and redo. The workshop's ``updated_at``
is the caller's to set (the library stamps it when it commits).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from okr_workshop.domain.model import KeyResult, Objective, Team, Workshop
from okr_workshop.domain.room import VoteRound
from okr_workshop.domain.tree import WORKSHOP_LEVEL, Entity, Place, locate, siblings

# The field holding a parent's ordered children.
CHILDREN: dict[type, str] = {
    Team: "objectives",
    Objective: "key_results",
    KeyResult: "check_ins",
    VoteRound: "votes",
}
# What saving a workshop's header leaves as it is.
_NOT_HEADER = frozenset({*WORKSHOP_LEVEL.values(), "created_at"})


def with_added(
    workshop: Workshop, entity: Entity, parent_id: str | None = None, index: int | None = None
) -> Workshop:
    """``entity`` (and what it holds) inserted at ``index`` among its siblings (None: last)."""
    kind = type(entity)
    if kind is Objective:
        parent_id = entity.team_id
    items = list(siblings(workshop, kind, parent_id))
    items.insert(len(items) if index is None else min(index, len(items)), _numbered(entity))
    return _with_siblings(workshop, kind, parent_id, items)


def with_updated(workshop: Workshop, entity: Entity | Workshop) -> Workshop:
    """``entity``'s own fields saved; its children and its place stay as they are."""
    if isinstance(entity, Workshop):
        return with_header(workshop, entity)
    place = _place(workshop, entity.id)
    current = place.entity
    kept = {"position": current.position} if hasattr(current, "position") else {}
    if type(current) in CHILDREN:
        kept[CHILDREN[type(current)]] = getattr(current, CHILDREN[type(current)])
    updated = replace(entity, **kept)
    if isinstance(current, Objective) and entity.team_id != current.team_id:
        # Another team: it leaves a gap where it was and goes last in its new team.
        old = [o for o in siblings(workshop, Objective, current.team_id) if o.id != entity.id]
        workshop = _with_siblings(workshop, Objective, current.team_id, old)
        new = [*siblings(workshop, Objective, entity.team_id), updated]
        return _with_siblings(workshop, Objective, entity.team_id, new)
    return _put(workshop, updated)


def with_header(workshop: Workshop, header: Workshop) -> Workshop:
    """``header``'s own fields (title … current step) over ``workshop``'s children."""
    changes = {f.name: getattr(header, f.name) for f in fields(Workshop)
               if f.name not in _NOT_HEADER}
    return replace(workshop, **changes)


def with_deleted(workshop: Workshop, entity_id: str) -> Workshop:
    """The entity and everything under it gone, later siblings moved up; what the database
    deletes with it from elsewhere (:func:`cascaded`) goes too, references into the deleted
    subtree are emptied."""
    place = _place(workshop, entity_id)
    gone = subtree_ids(place.entity)
    lost = cascaded(workshop, gone)
    kind = type(place.entity)
    items = [e for e in siblings(workshop, kind, place.parent_id) if e.id != entity_id]
    workshop = _with_siblings(workshop, kind, place.parent_id, items)
    groups: dict[tuple[type, str | None], set[str]] = {}
    for each in lost:
        groups.setdefault((type(each.entity), each.parent_id), set()).add(each.entity.id)
    for (kind, parent_id), ids in groups.items():
        items = [e for e in siblings(workshop, kind, parent_id) if e.id not in ids]
        workshop = _with_siblings(workshop, kind, parent_id, items)
    return _unlinked(workshop, gone)


def cascaded(workshop: Workshop, gone: set[str]) -> list[Place]:
    """What the database deletes with the entities ``gone`` though it is not under them
    (ON DELETE CASCADE from another parent): the vote rounds of a deleted team, the dots on
    a deleted objective in the other rounds, the dependencies on a deleted objective.

    Each with its place at the time, in sibling order, so an undo that adds them back in
    this order puts every one where it was."""
    found: list[Place] = [
        Place(r, None, i) for i, r in enumerate(workshop.vote_rounds)
        if r.id not in gone and r.team_id in gone
    ]
    rounds_gone = gone | {p.entity.id for p in found}
    for vote_round in workshop.vote_rounds:
        if vote_round.id in rounds_gone:
            continue
        found += [Place(v, vote_round.id, i) for i, v in enumerate(vote_round.votes)
                  if v.objective_id in gone]
    found += [
        Place(d, None, i) for i, d in enumerate(workshop.dependencies)
        if d.id not in gone and (d.from_objective_id in gone or d.to_objective_id in gone)
    ]
    return found


def with_moved(workshop: Workshop, entity_id: str, new_index: int) -> Workshop:
    """The entity moved among its siblings (past the end: last)."""
    place = _place(workshop, entity_id)
    items = list(siblings(workshop, type(place.entity), place.parent_id))
    new_index = min(new_index, len(items) - 1)
    if new_index == place.index:
        return workshop
    items.insert(new_index, items.pop(place.index))
    return _with_siblings(workshop, type(place.entity), place.parent_id, items)


def subtree_ids(entity: Entity) -> set[str]:
    ids = {entity.id}
    for child in getattr(entity, CHILDREN.get(type(entity), ""), ()):
        ids |= subtree_ids(child)
    return ids


# Helpers ---------------------------------------------------------------------------------

def _place(workshop: Workshop, entity_id: str):
    place = locate(workshop, entity_id)
    if place is None:
        raise LookupError(f"nothing with id {entity_id} in this workshop")
    return place


def _renumbered(items: list | tuple) -> tuple:
    # Check-ins have no position (their date orders them): they are kept as they are.
    return tuple(e if getattr(e, "position", n) == n else replace(e, position=n)
                 for n, e in enumerate(items))


def _numbered(entity: Entity) -> Entity:
    """``entity`` as loaded back: its children (and theirs) numbered from 0."""
    name = CHILDREN.get(type(entity))
    if name is None:
        return entity
    children = _renumbered([_numbered(c) for c in getattr(entity, name)])
    return replace(entity, **{name: children})


def _with_siblings(
    workshop: Workshop, kind: type, parent_id: str | None, items: list | tuple
) -> Workshop:
    """``items`` (renumbered) as the children of kind ``kind`` under ``parent_id``."""
    items = _renumbered(items)
    if kind in WORKSHOP_LEVEL:
        return replace(workshop, **{WORKSHOP_LEVEL[kind]: items})
    parent = _place(workshop, parent_id or "").entity
    return _put(workshop, replace(parent, **{CHILDREN[type(parent)]: items}))


def _put(workshop: Workshop, entity: Entity) -> Workshop:
    """``entity`` in place of the one with its id (same parent, same index)."""
    place = _place(workshop, entity.id)
    if place.parent_id is None:
        name = WORKSHOP_LEVEL[type(entity)]
        items = list(getattr(workshop, name))
        items[place.index] = entity
        return replace(workshop, **{name: tuple(items)})
    parent = _place(workshop, place.parent_id).entity
    name = CHILDREN[type(parent)]
    children = list(getattr(parent, name))
    children[place.index] = entity
    return _put(workshop, replace(parent, **{name: tuple(children)}))


def _unlinked(workshop: Workshop, gone: set[str]) -> Workshop:
    """References into ``gone`` emptied, as the database's ON DELETE SET NULL does."""
    def cleared(entity: Any, names: tuple[str, ...]) -> Any:
        changes = {n: None for n in names if getattr(entity, n) in gone}
        return replace(entity, **changes) if changes else entity

    def cleared_all(items: tuple, names: tuple[str, ...]) -> tuple:
        new = tuple(cleared(e, names) for e in items)
        return items if all(a is b for a, b in zip(new, items, strict=True)) else new

    def cleared_key_result(kr: KeyResult) -> KeyResult:
        check_ins = cleared_all(kr.check_ins, ("author_id",))
        return kr if check_ins is kr.check_ins else replace(kr, check_ins=check_ins)

    def cleared_objective(objective: Objective) -> Objective:
        objective = cleared(objective, ("author_id", "strategic_objective_id"))
        krs = tuple(cleared_key_result(k) for k in objective.key_results)
        if all(a is b for a, b in zip(krs, objective.key_results, strict=True)):
            return objective
        return replace(objective, key_results=krs)

    def cleared_round(vote_round: VoteRound) -> VoteRound:
        votes = cleared_all(vote_round.votes, ("participant_id",))
        return vote_round if votes is vote_round.votes else replace(vote_round, votes=votes)

    teams = []
    for team in workshop.teams:
        objectives = tuple(cleared_objective(o) for o in team.objectives)
        if any(a is not b for a, b in zip(objectives, team.objectives, strict=True)):
            team = replace(team, objectives=objectives)
        teams.append(cleared(team, ("ambassador_id",)))
    changes = {
        "participants": cleared_all(workshop.participants, ("team_id",)),
        "teams": tuple(teams),
        "roti_votes": cleared_all(workshop.roti_votes, ("participant_id",)),
        "actions": cleared_all(workshop.actions, ("owner_id", "feedback_id")),
        "vote_rounds": tuple(cleared_round(r) for r in workshop.vote_rounds),
    }
    if all(a is b for name, new in changes.items()
           for a, b in zip(new, getattr(workshop, name), strict=True)):
        return workshop
    return replace(workshop, **changes)
