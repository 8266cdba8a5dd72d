"""A team's (or the whole workshop's) progress at a glance, as data for the window and deck.

Three readings of the kept objectives: how many key results are on track, at risk, off
track or not checked in yet (pace's :func:`~.pace.kr_status`, overrides included); each
objective's progress (the mean progress of its key results, as scoring computes it; a
milestone counts 1 once done); and the confidence trend, the mean confidence of the
check-ins of each week of the cycle (a week without any is left out, not drawn as 0).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from okr_workshop.domain.enums import ObjectiveStatus, PaceStatus
from okr_workshop.domain.model import KeyResult, Objective, Team, Workshop
from okr_workshop.domain.scoring import key_result_progress
from okr_workshop.domain.steering.cycle import milestone_done
from okr_workshop.domain.steering.pace import KrStatus, kr_status

# The order the room reads the counts in: the worrying ones first, "no check-in" last.
STATUS_ORDER: tuple[PaceStatus | None, ...] = (
    PaceStatus.OFF_TRACK, PaceStatus.AT_RISK, PaceStatus.ON_TRACK, None)


@dataclass(frozen=True)
class ObjectiveProgress:
    team: Team
    objective: Objective
    progress: float | None  # 0.0–1.0; None when no key result can be scored yet


@dataclass(frozen=True)
class WeekConfidence:
    week: date  # the week's first day
    mean: float  # 0–10
    count: int  # check-ins that week


@dataclass(frozen=True)
class Dashboard:
    counts: dict[PaceStatus | None, int]
    objectives: tuple[ObjectiveProgress, ...]
    confidence: tuple[WeekConfidence, ...]
    statuses: dict[str, KrStatus]  # key result id → its status, for the list beside

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def kept_key_results(workshop: Workshop, team_id: str | None = None
                     ) -> list[tuple[Team, Objective, KeyResult]]:
    """The kept objectives' key results, team by team, in the workshop's order."""
    found = []
    for team in workshop.teams:
        if team_id is not None and team.id != team_id:
            continue
        objectives = sorted(team.objectives_with(ObjectiveStatus.KEPT), key=lambda o: o.position)
        for objective in objectives:
            for kr in sorted(objective.key_results, key=lambda k: k.position):
                found.append((team, objective, kr))
    return found


def dashboard(workshop: Workshop, today: date, team_id: str | None = None) -> Dashboard:
    """The dashboard of one team (``team_id``) or of every team (None)."""
    rows = kept_key_results(workshop, team_id)
    statuses = {kr.id: kr_status(workshop, kr, today) for _, _, kr in rows}
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for status in statuses.values():
        counts[status.status] += 1
    objectives: dict[str, ObjectiveProgress] = {}
    for team, objective, _ in rows:
        if objective.id not in objectives:
            objectives[objective.id] = ObjectiveProgress(team, objective, progress(objective))
    return Dashboard(counts, tuple(objectives.values()),
                     confidence_trend(workshop, [kr for _, _, kr in rows]), statuses)


def progress(objective: Objective) -> float | None:
    """Mean progress of the key results that can be scored (milestones: 1 once done)."""
    scored = []
    for kr in objective.key_results:
        latest = kr.latest_check_in()
        if kr.milestone:
            value = None if latest is None else float(milestone_done(latest.value))
        else:
            value = key_result_progress(kr)
        if value is not None:
            scored.append(value)
    return sum(scored) / len(scored) if scored else None


def confidence_trend(workshop: Workshop, key_results: list[KeyResult]
                     ) -> tuple[WeekConfidence, ...]:
    """The mean confidence of each week that has check-ins, weeks counted from the cycle
    start (else from the first check-in)."""
    check_ins = [c for kr in key_results for c in kr.check_ins]
    if not check_ins:
        return ()
    start = workshop.cycle_start or min(c.on for c in check_ins)
    weeks: dict[int, list[int]] = defaultdict(list)
    for check_in in check_ins:
        weeks[(check_in.on - start).days // 7].append(check_in.confidence)
    return tuple(
        WeekConfidence(start + timedelta(weeks=slot), sum(values) / len(values), len(values))
        for slot, values in sorted(weeks.items()))
