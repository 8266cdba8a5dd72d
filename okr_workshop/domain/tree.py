"""Finding an entity's place in a workshop: its parent and its index among its siblings.

Undo of a deletion puts the entity back exactly where it was, so the application layer
records that place before deleting.
"""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.model import (
    Action,
    CheckIn,
    ChecklistTick,
    Dependency,
    Feedback,
    KeyResult,
    Objective,
    Participant,
    Ritual,
    RotiVote,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteRound

Entity = (
    Participant
    | StrategicObjective
    | Team
    | Objective
    | KeyResult
    | CheckIn
    | Dependency
    | Ritual
    | Feedback
    | ChecklistTick
    | RotiVote
    | Action
    | VoteRound
    | DotVote
    | AgendaItem
)

# Entities that hang off the workshop itself, by the Workshop field that holds them.
WORKSHOP_LEVEL = {
    Participant: "participants",
    StrategicObjective: "strategic_objectives",
    Team: "teams",
    Dependency: "dependencies",
    Ritual: "rituals",
    Feedback: "feedback",
    ChecklistTick: "checklist",
    RotiVote: "roti_votes",
    Action: "actions",
    VoteRound: "vote_rounds",
    AgendaItem: "agenda",
}


@dataclass(frozen=True)
class Place:
    """Where an entity sits: ``parent_id`` is None for workshop-level entities."""

    entity: Entity
    parent_id: str | None
    index: int


def siblings(workshop: Workshop, kind: type, parent_id: str | None) -> tuple:
    """The ordered list an entity of ``kind`` belongs to under ``parent_id``."""
    if kind in WORKSHOP_LEVEL:
        return getattr(workshop, WORKSHOP_LEVEL[kind])
    if kind is Objective:
        team = workshop.team(parent_id or "")
        return team.objectives if team else ()
    if kind is KeyResult:
        objective = workshop.objective(parent_id or "")
        return objective.key_results if objective else ()
    if kind is DotVote:
        vote_round = next((r for r in workshop.vote_rounds if r.id == parent_id), None)
        return vote_round.votes if vote_round else ()
    if kind is CheckIn:
        key_result = next((k for k in workshop.key_results() if k.id == parent_id), None)
        return key_result.check_ins if key_result else ()
    raise TypeError(f"not a workshop entity: {kind.__name__}")


def locate(workshop: Workshop, entity_id: str) -> Place | None:
    for field_name in WORKSHOP_LEVEL.values():
        for index, entity in enumerate(getattr(workshop, field_name)):
            if entity.id == entity_id:
                return Place(entity, None, index)
    for vote_round in workshop.vote_rounds:
        for index, vote in enumerate(vote_round.votes):
            if vote.id == entity_id:
                return Place(vote, vote_round.id, index)
    for team in workshop.teams:
        for o_index, objective in enumerate(team.objectives):
            if objective.id == entity_id:
                return Place(objective, team.id, o_index)
            for k_index, key_result in enumerate(objective.key_results):
                if key_result.id == entity_id:
                    return Place(key_result, objective.id, k_index)
                for c_index, check_in in enumerate(key_result.check_ins):
                    if check_in.id == entity_id:
                        return Place(check_in, key_result.id, c_index)
    return None
