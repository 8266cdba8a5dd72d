"""Undoable edits. Each command knows how to apply itself to the library and how to take
itself back, so undo and redo move the database too, not only the window.

A deletion records everything the database will drop or unlink with it (the subtree; what
cascades from another parent: dependencies on the deleted objectives, a deleted team's vote
rounds, the dots on a deleted objective in every round; references set to NULL) so its
undo restores all of it, in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from okr_workshop.domain.edits import (
    cascaded,
    subtree_ids,
    with_added,
    with_deleted,
    with_header,
    with_moved,
    with_updated,
)
from okr_workshop.domain.entered import check_entered
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.tree import Entity, Place, locate
from okr_workshop.storage.repository import Repository


@dataclass(frozen=True)
class EditLabel:
    """What an edit is called, in the words of whoever asked for it (the window translates):
    ``name`` follows "Undo"/"Redo" in the Edit menu; the three sentences are what the status
    bar says once it is done, undone and redone ("Team added", "Team addition undone",
    "Team addition redone"). Whole sentences, since languages agree words differently."""

    name: str
    done: str
    undone: str
    redone: str

    def __str__(self) -> str:
        return self.name


def as_label(label: EditLabel | str) -> EditLabel:
    """A bare name (tests, scripts) stands for all four texts."""
    return label if isinstance(label, EditLabel) else EditLabel(label, label, label, label)


class Command(Protocol):
    """An undoable edit of a workshop: ``apply``/``revert`` write it to the library (one
    transaction each); ``applied``/``reverted`` make the same change to the workshop in
    memory, so the session never reads the whole workshop back after an edit."""

    label: EditLabel

    def apply(self, repository: Repository) -> None: ...

    def revert(self, repository: Repository) -> None: ...

    def applied(self, workshop: Workshop) -> Workshop: ...

    def reverted(self, workshop: Workshop) -> Workshop: ...


@dataclass
class AddEntity:
    label: EditLabel
    workshop_id: str
    entity: Entity
    parent_id: str | None = None
    index: int | None = None

    def apply(self, repository: Repository) -> None:
        check_entered(self.entity)  # what a person enters: no control character, not blank
        repository.add(self.workshop_id, self.entity, self.parent_id, self.index)

    def revert(self, repository: Repository) -> None:
        repository.delete(type(self.entity), self.entity.id)

    def applied(self, workshop: Workshop) -> Workshop:
        return with_added(workshop, self.entity, self.parent_id, self.index)

    def reverted(self, workshop: Workshop) -> Workshop:
        return with_deleted(workshop, self.entity.id)


@dataclass
class UpdateEntity:
    label: EditLabel
    before: Entity
    after: Entity

    def apply(self, repository: Repository) -> None:
        check_entered(self.after, self.before)  # the fields changed; older text stays
        repository.update(self.after)

    def revert(self, repository: Repository) -> None:
        repository.update(self.before)

    def applied(self, workshop: Workshop) -> Workshop:
        return with_updated(workshop, self.after)

    def reverted(self, workshop: Workshop) -> Workshop:
        return with_updated(workshop, self.before)


@dataclass
class UpdateWorkshop:
    """The workshop's own fields (title, cycle, rule, vision…)."""

    label: EditLabel
    before: Workshop
    after: Workshop

    def apply(self, repository: Repository) -> None:
        check_entered(self.after, self.before)
        repository.save_workshop_header(self.after)

    def revert(self, repository: Repository) -> None:
        repository.save_workshop_header(self.before)

    def applied(self, workshop: Workshop) -> Workshop:
        return with_header(workshop, self.after)

    def reverted(self, workshop: Workshop) -> Workshop:
        return with_header(workshop, self.before)


@dataclass
class MoveEntity:
    label: EditLabel
    entity: Entity
    old_index: int
    new_index: int

    def apply(self, repository: Repository) -> None:
        repository.move(type(self.entity), self.entity.id, self.new_index)

    def revert(self, repository: Repository) -> None:
        repository.move(type(self.entity), self.entity.id, self.old_index)

    def applied(self, workshop: Workshop) -> Workshop:
        return with_moved(workshop, self.entity.id, self.new_index)

    def reverted(self, workshop: Workshop) -> Workshop:
        return with_moved(workshop, self.entity.id, self.old_index)


@dataclass
class DeleteEntity:
    label: EditLabel
    workshop_id: str
    place: Place
    # What the database deletes with it from elsewhere (domain.edits.cascaded), in order.
    cascaded: list[Place] = field(default_factory=list)
    unlinked: list[Entity] = field(default_factory=list)

    @classmethod
    def of(cls, label: EditLabel, workshop: Workshop, entity_id: str) -> DeleteEntity:
        place = locate(workshop, entity_id)
        if place is None:
            raise LookupError(f"nothing with id {entity_id} in this workshop")
        gone = subtree_ids(place.entity)
        lost = cascaded(workshop, gone)
        for each in lost:
            gone |= subtree_ids(each.entity)
        return cls(label, workshop.id, place, lost, _referrers(workshop, gone))

    def apply(self, repository: Repository) -> None:
        repository.delete(type(self.place.entity), self.place.entity.id)

    def revert(self, repository: Repository) -> None:
        # One transaction: the entity comes back whole with what cascaded, or not at all.
        with repository.transaction():
            repository.add(self.workshop_id, self.place.entity, self.place.parent_id,
                           self.place.index)
            for lost in self.cascaded:
                repository.add(self.workshop_id, lost.entity, lost.parent_id, lost.index)
            for entity in self.unlinked:
                repository.update(entity)

    def applied(self, workshop: Workshop) -> Workshop:
        return with_deleted(workshop, self.place.entity.id)

    def reverted(self, workshop: Workshop) -> Workshop:
        workshop = with_added(workshop, self.place.entity, self.place.parent_id, self.place.index)
        for lost in self.cascaded:
            workshop = with_added(workshop, lost.entity, lost.parent_id, lost.index)
        for entity in self.unlinked:
            workshop = with_updated(workshop, entity)
        return workshop


@dataclass
class Batch:
    """Several edits that undo as one (e.g. keep an objective and park another), saved
    in one transaction: all of them are on disk, or none."""

    label: EditLabel
    commands: list[Command]

    def apply(self, repository: Repository) -> None:
        with repository.transaction():
            for command in self.commands:
                command.apply(repository)

    def revert(self, repository: Repository) -> None:
        with repository.transaction():
            for command in reversed(self.commands):
                command.revert(repository)

    def applied(self, workshop: Workshop) -> Workshop:
        for command in self.commands:
            workshop = command.applied(workshop)
        return workshop

    def reverted(self, workshop: Workshop) -> Workshop:
        for command in reversed(self.commands):
            workshop = command.reverted(workshop)
        return workshop


def _referrers(workshop: Workshop, gone: set[str]) -> list[Entity]:
    """Entities outside the deleted subtree that point into it (the database unlinks them)."""
    found: list[Entity] = []
    for participant in workshop.participants:
        if participant.id not in gone and participant.team_id in gone:
            found.append(participant)
    for team in workshop.teams:
        if team.id not in gone and team.ambassador_id in gone:
            found.append(team)
    for objective in workshop.objectives():
        if objective.id in gone:
            continue
        if objective.author_id in gone or objective.strategic_objective_id in gone:
            found.append(objective)
        for key_result in objective.key_results:
            if key_result.id not in gone:
                found += [c for c in key_result.check_ins
                          if c.id not in gone and c.author_id in gone]
    found += [v for v in workshop.roti_votes if v.participant_id in gone]
    found += [v for r in workshop.vote_rounds if r.id not in gone for v in r.votes
              if v.id not in gone and v.participant_id in gone]
    found += [a for a in workshop.actions if a.owner_id in gone or a.feedback_id in gone]
    return found
