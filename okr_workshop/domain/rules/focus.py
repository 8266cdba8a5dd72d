"""Step 4, Focus: which decisions an objective allows, and what each one changes.

A team votes on its objectives, keeps the ones that matter (within the common rule), parks
the rest and may bring one back. The window's buttons and keys, the command line and the
audience views all ask :func:`decide`: it answers either the fields to change or a refusal,
a :class:`~okr_workshop.domain.findings.Finding` with a code and parameters that each
caller says in its own words (the common rule's refusal is the rule's own finding).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import CommonRule, Objective, ObjectiveStatus, Team
from okr_workshop.domain.rules.common_rule import keep_refusal
from okr_workshop.domain.rules.wording import entry, short


class Decision(StrEnum):
    """What the room decides about one objective (values double as edit-label keys)."""

    ADD_VOTE = "add_vote"
    REMOVE_VOTE = "remove_vote"
    KEEP = "keep"
    PARK = "park"
    BACK_TO_CANDIDATES = "back_to_candidates"  # a kept objective reconsidered
    BRING_BACK = "bring_back"  # out of the parking lot


NO_VOTE_TO_REMOVE = "focus.no_vote_to_remove"
NOT_A_CANDIDATE = "focus.not_a_candidate"
ALREADY_PARKED = "focus.already_parked"
NOT_KEPT = "focus.not_kept"
NOT_PARKED = "focus.not_parked"

MESSAGES = {
    NO_VOTE_TO_REMOVE: entry(
        fr=("« {objective} » n'a aucun vote à retirer.",
            "Ajoutez d'abord un vote, ou choisissez un autre objectif."),
        en=("“{objective}” has no vote to remove.",
            "Add a vote first, or choose another objective."),
    ),
    NOT_A_CANDIDATE: entry(
        fr=("Seul un objectif candidat peut être retenu ; « {objective} » ne l'est pas.",
            "Remettez-le d'abord parmi les candidats."),
        en=("Only a candidate can be kept; “{objective}” is not one.",
            "Bring it back among the candidates first."),
    ),
    ALREADY_PARKED: entry(
        fr=("« {objective} » est déjà au parking.",
            "Ramenez-le parmi les candidats pour en débattre de nouveau."),
        en=("“{objective}” is already in the parking lot.",
            "Bring it back among the candidates to discuss it again."),
    ),
    NOT_KEPT: entry(
        fr=("Seul un objectif retenu peut redevenir candidat ; « {objective} » ne l'est pas.",
            "Retenez-le d'abord, ou ramenez-le du parking."),
        en=("Only a kept objective can go back to the candidates; “{objective}” is not kept.",
            "Keep it first, or bring it back from the parking lot."),
    ),
    NOT_PARKED: entry(
        fr=("Seul un objectif au parking peut en revenir ; « {objective} » n'y est pas.",
            "Placez-le d'abord au parking."),
        en=("Only a parked objective can be brought back; “{objective}” is not parked.",
            "Move it to the parking lot first."),
    ),
}


@dataclass(frozen=True)
class Change:
    """The objective's fields a decision sets (``votes`` or ``status``)."""

    decision: Decision
    fields: Mapping[str, object]


# Which status a decision needs, and the refusal when the objective is elsewhere.
_NEEDS: dict[Decision, tuple[ObjectiveStatus, str]] = {
    Decision.KEEP: (ObjectiveStatus.CANDIDATE, NOT_A_CANDIDATE),
    Decision.BACK_TO_CANDIDATES: (ObjectiveStatus.KEPT, NOT_KEPT),
    Decision.BRING_BACK: (ObjectiveStatus.PARKED, NOT_PARKED),
}
_STATUS_AFTER = {
    Decision.KEEP: ObjectiveStatus.KEPT,
    Decision.PARK: ObjectiveStatus.PARKED,
    Decision.BACK_TO_CANDIDATES: ObjectiveStatus.CANDIDATE,
    Decision.BRING_BACK: ObjectiveStatus.CANDIDATE,
}


def _refused(code: str, objective: Objective) -> Finding:
    return Finding(code, Severity.ERROR, Subject.OBJECTIVE, objective.id,
                   {"objective": short(objective.title)})


def refusal(decision: Decision, team: Team, objective: Objective,
            rule: CommonRule) -> Finding | None:
    """Why ``decision`` cannot be applied to ``objective`` of ``team``; None when it can."""
    if decision is Decision.REMOVE_VOTE and objective.votes <= 0:
        return _refused(NO_VOTE_TO_REMOVE, objective)
    if decision is Decision.PARK and objective.status == ObjectiveStatus.PARKED:
        return _refused(ALREADY_PARKED, objective)
    if decision in _NEEDS:
        status, code = _NEEDS[decision]
        if objective.status != status:
            return _refused(code, objective)
    if decision is Decision.KEEP:
        return keep_refusal(team, objective, rule)  # a strict common rule, when full
    return None


def decide(decision: Decision, team: Team, objective: Objective,
           rule: CommonRule) -> Change | Finding:
    """The change ``decision`` makes to ``objective``, or the finding that refuses it."""
    refused = refusal(decision, team, objective, rule)
    if refused is not None:
        return refused
    if decision is Decision.ADD_VOTE:
        fields: dict[str, object] = {"votes": objective.votes + 1}
    elif decision is Decision.REMOVE_VOTE:
        fields = {"votes": objective.votes - 1}
    else:
        fields = {"status": _STATUS_AFTER[decision]}
    return Change(decision, MappingProxyType(fields))
