"""Scoring for check-ins: progress of a key result, score of an objective, and their bands.

Everything is deterministic: the date "today" is always passed in, never read from the clock.

Decisions worth knowing:

* Progress is clamped to 0–1: overshooting counts as done, going backwards as nothing yet.
* Without a direction, the values tell it (target above baseline: increase, below: decrease).
* Grade bands follow the usual OKR grading (0–0.3, 0.4–0.6, 0.7–1.0). Scores in between
  (0.35, 0.65) go to the nearer band, halves upward: below 0.35 is low, below 0.65 medium.
* Staleness counts whole days: the 14th day without a check-in is stale.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import (
    Commitment,
    Direction,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Team,
)
from okr_workshop.domain.rules.wording import Day, entry, short

STALE_AFTER_DAYS = 14
COMMITTED_EXPECTATION = 1.0
ASPIRATIONAL_EXPECTATION = 0.7

TOO_SAFE = "scoring.too_safe"
STALE = "scoring.stale"
NEVER_CHECKED_IN = "scoring.never_checked_in"

# Declared here, next to the code that uses them; listed in the catalogue's "rules" section.
MESSAGES = {
    TOO_SAFE: entry(
        fr=("L'équipe « {team} » atteint 1,0 sur tous ses objectifs ambitieux.",
            "Bravo ! Mais une ambition se vise vers 0,7 : au prochain cycle, osez plus haut."),
        en=("Team “{team}” scores 1.0 on all its aspirational objectives.",
            "Well done! But aspirational objectives aim for about 0.7: next cycle, aim higher."),
    ),
    STALE: entry(
        fr=("« {kr} » n'a pas eu de point d'étape depuis {days} jours (le {last:fr}).",
            "Demandez la valeur du jour et la confiance de l'équipe, même approximatives."),
        en=("“{kr}” has had no check-in for {days} days (last on {last:en}).",
            "Ask for today's value and the team's confidence, even rough ones."),
    ),
    NEVER_CHECKED_IN: entry(
        fr=("« {kr} » n'a encore eu aucun point d'étape.",
            "Notez une première valeur : c'est le point de départ du suivi."),
        en=("“{kr}” has had no check-in yet.",
            "Record a first value: it is where the follow-up starts."),
    ),
}


class GradeBand(StrEnum):
    LOW = "low"  # 0.0–0.3: missed, learn from it
    MEDIUM = "medium"  # 0.4–0.6: progress, not there
    HIGH = "high"  # 0.7–1.0: delivered


class ConfidenceBand(StrEnum):
    LOW = "low"  # 1–3
    MEDIUM = "medium"  # 4–7
    HIGH = "high"  # 8–10


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _toward(value: float, start: float, end: float) -> float:
    """How far ``value`` has gone from ``start`` to ``end`` (start != end), clamped."""
    return _clamp((value - start) / (end - start))


def key_result_progress(kr: KeyResult, value: float | None = None) -> float | None:
    """Progress from 0 to 1, at ``value`` or else at the latest check-in's value.

    None when it cannot be computed: no value, no target, or no baseline where one is needed.
    """
    if value is None:
        latest = kr.latest_check_in()
        if latest is None:
            return None
        value = latest.value
    # A relative change ("-20 %") aims at a number once the baseline is known.
    target, baseline = kr.aimed_target(), kr.baseline
    if target is None:
        return None
    if kr.direction == Direction.AT_LEAST:
        if value >= target:
            return 1.0
        return _toward(value, baseline, target) if baseline is not None and baseline < target \
            else 0.0
    if kr.direction == Direction.AT_MOST:
        if value <= target:
            return 1.0
        return _toward(value, baseline, target) if baseline is not None and baseline > target \
            else 0.0
    if baseline is None or baseline == target:
        return None
    if kr.direction == Direction.INCREASE and target < baseline:
        return None  # contradictory key result (kr.direction_contradiction): no score
    if kr.direction == Direction.DECREASE and target > baseline:
        return None
    # Increase and decrease are the same ratio: the sign of (target - baseline) does it.
    return _toward(value, baseline, target)


def objective_score(
    objective: Objective, values: Mapping[str, float] | None = None
) -> float | None:
    """Mean progress of the key results that can be scored; None when none can.

    ``values`` maps key-result ids to a value to use instead of the latest check-in.
    """
    progresses = [
        key_result_progress(kr, (values or {}).get(kr.id)) for kr in objective.key_results
    ]
    scored = [p for p in progresses if p is not None]
    return sum(scored) / len(scored) if scored else None


def grade_band(score: float) -> GradeBand:
    if not 0.0 <= score <= 1.0:
        raise ValueError(f"a score is between 0 and 1, not {score}")
    if score < 0.35:
        return GradeBand.LOW
    if score < 0.65:
        return GradeBand.MEDIUM
    return GradeBand.HIGH


def confidence_band(confidence: int) -> ConfidenceBand:
    if isinstance(confidence, bool) or not isinstance(confidence, int) \
            or not 1 <= confidence <= 10:
        raise ValueError(f"a confidence is a whole number from 1 to 10, not {confidence!r}")
    if confidence <= 3:
        return ConfidenceBand.LOW
    if confidence <= 7:
        return ConfidenceBand.MEDIUM
    return ConfidenceBand.HIGH


def expected_score(objective: Objective) -> float | None:
    """What the objective is expected to reach: 1.0 committed, about 0.7 aspirational."""
    if objective.commitment == Commitment.COMMITTED:
        return COMMITTED_EXPECTATION
    if objective.commitment == Commitment.ASPIRATIONAL:
        return ASPIRATIONAL_EXPECTATION
    return None


def days_since_check_in(kr: KeyResult, today: date) -> int | None:
    latest = kr.latest_check_in()
    return None if latest is None else (today - latest.on).days


def is_stale(kr: KeyResult, today: date, since: date | None = None) -> bool:
    """No check-in for 14 days or more. A key result never checked in is stale once 14 days
    have passed ``since`` (the cycle start), or at once when no start is known."""
    days = days_since_check_in(kr, today)
    if days is None:
        return since is None or (today - since).days >= STALE_AFTER_DAYS
    return days >= STALE_AFTER_DAYS


def stale_finding(kr: KeyResult, today: date, since: date | None = None) -> Finding | None:
    """The reminder the Steering step shows for a key result left without a check-in."""
    if not is_stale(kr, today, since):
        return None
    latest = kr.latest_check_in()
    name = {"kr": short(kr.text)}
    if latest is None:
        return Finding(NEVER_CHECKED_IN, Severity.WARNING, Subject.KEY_RESULT, kr.id, name)
    return Finding(STALE, Severity.WARNING, Subject.KEY_RESULT, kr.id,
                   {**name, "days": (today - latest.on).days, "last": Day.of(latest.on)})


def too_safe_hint(team: Team, values: Mapping[str, float] | None = None) -> Finding | None:
    """A hint when every kept aspirational objective of the team scores 1.0: the ambition
    may be too safe. None when the team has no scored aspirational objective."""
    aspirational = [
        o
        for o in team.objectives
        if o.status == ObjectiveStatus.KEPT and o.commitment == Commitment.ASPIRATIONAL
    ]
    scores = [objective_score(o, values) for o in aspirational]
    if not scores or any(s is None or s < 1.0 for s in scores):
        return None
    return Finding(TOO_SAFE, Severity.INFO, Subject.TEAM, team.id, {"team": short(team.name)})
