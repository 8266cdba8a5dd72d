"""What an edit touched, and on which step of the workshop a person sees it.

Undo and redo may take back an edit made on another step: the window goes there and selects
what changed, so the room sees what was undone. Commands already hold what they changed;
this module reads it, without Qt, so the command line and the tests share it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from okr_workshop.app.commands import (
    AddEntity,
    Batch,
    Command,
    DeleteEntity,
    MoveEntity,
    UpdateEntity,
    UpdateWorkshop,
)
from okr_workshop.domain.model import (
    Action,
    CheckIn,
    Dependency,
    Feedback,
    KeyResult,
    Objective,
    Participant,
    Ritual,
    RotiVote,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteRound

# An objective's fields decided in the Focus step; its others are written in Contributions.
FOCUS_FIELDS = frozenset({"status", "votes"})
VISION_FIELDS = frozenset({"vision"})
# Fields of objectives and key results that the Steering step edits (grading, closing form,
# status set by the coach).
STEERING_FIELDS = frozenset({"outcome", "learnings", "decisions", "milestone",
                             "status_override", "status_reason", "grade"})


@dataclass(frozen=True)
class Touched:
    kind: type  # the entity's class (Workshop for the workshop's own fields)
    id: str
    fields: frozenset[str]  # the fields changed; empty for an entity added, removed or moved
    gone: bool = False  # removed by the edit (or by its undo): nothing left to select
    made_on: Step | None = None  # the step on screen when the edit was made

    @property
    def step(self) -> Step | None:
        """The step whose page shows this kind of change; None when no step page does."""
        if self.kind is Workshop:
            return Step.VISION if self.fields and self.fields <= VISION_FIELDS else Step.SETUP
        if self.kind in (Objective, KeyResult) and self.fields and \
                self.fields <= STEERING_FIELDS:
            return Step.STEERING
        if self.kind is Objective:
            if self.fields and self.fields <= FOCUS_FIELDS:
                return Step.FOCUS
            return Step.CONTRIBUTIONS
        return _STEPS.get(self.kind)


_STEPS: dict[type, Step] = {
    Team: Step.SETUP,
    Participant: Step.SETUP,
    StrategicObjective: Step.VISION,
    KeyResult: Step.KEY_RESULTS,
    CheckIn: Step.STEERING,
    Dependency: Step.REVIEW,
    Ritual: Step.STEERING,
    Feedback: Step.STEERING,
    RotiVote: Step.STEERING,
    Action: Step.STEERING,
    # The room kit: votes are cast on the Focus step; the run sheet is planned with the
    # workshop's dates, on Setup.
    VoteRound: Step.FOCUS,
    DotVote: Step.FOCUS,
    AgendaItem: Step.SETUP,
}


def touched_by(
    command: Command, undone: bool = False, made_on: Step | None = None
) -> Touched | None:
    """What ``command`` changed; ``undone``: it was just taken back."""
    found = _touched_by(command, undone)
    return dataclasses.replace(found, made_on=made_on) if found is not None else None


def _touched_by(command: Command, undone: bool) -> Touched | None:
    if isinstance(command, Batch):
        found = [t for c in command.commands if (t := _touched_by(c, undone)) is not None]
        # A batch reads as its first change (keep one objective, park the other: the kept one).
        return found[0] if found else None
    if isinstance(command, UpdateEntity | UpdateWorkshop):
        before, after = command.before, command.after
        fields = frozenset(
            f.name for f in dataclasses.fields(before)
            if getattr(before, f.name) != getattr(after, f.name) and f.name != "updated_at"
        )
        return Touched(type(after), after.id, fields)
    if isinstance(command, AddEntity):
        return Touched(type(command.entity), command.entity.id, frozenset(), gone=undone)
    if isinstance(command, DeleteEntity):
        entity = command.place.entity
        return Touched(type(entity), entity.id, frozenset(), gone=not undone)
    if isinstance(command, MoveEntity):
        return Touched(type(command.entity), command.entity.id, frozenset({"position"}))
    return None
