"""Duplicate a workshop for the next cycle.

The vision, strategic objectives, teams, participants, the common rule and the rituals
carry over; the coach chooses which objectives and key results do. Check-ins never carry
over (they measured the last cycle); a carried key result starts from what was last measured,
which is where the new cycle really begins. Carried objectives come back as candidates:
the room decides again what to keep.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import KeyResult, ObjectiveStatus, Step, Workshop


@dataclass(frozen=True, kw_only=True)
class NextCycle:
    title: str
    cycle_label: str = ""
    cycle_start: date | None = None
    cycle_end: date | None = None
    objective_ids: frozenset[str] = frozenset()
    key_result_ids: frozenset[str] = frozenset()


def _carried_key_result(key_result: KeyResult) -> KeyResult:
    latest = key_result.latest_check_in()
    baseline = latest.value if latest is not None else key_result.baseline
    return replace(key_result, baseline=baseline, check_ins=(), due=None)


def next_cycle_copy(workshop: Workshop, choice: NextCycle) -> Workshop:
    """A new workshop (fresh ids) for the next cycle, carrying what ``choice`` names."""
    teams = []
    for team in workshop.teams:
        objectives = [
            replace(
                objective,
                status=ObjectiveStatus.CANDIDATE,
                votes=0,
                position=position,
                key_results=tuple(
                    _carried_key_result(k)
                    for k in objective.key_results
                    if k.id in choice.key_result_ids
                ),
            )
            for position, objective in enumerate(
                o for o in team.objectives if o.id in choice.objective_ids
            )
        ]
        teams.append(replace(team, objectives=tuple(objectives)))
    carried = {o.id for team in teams for o in team.objectives}
    dependencies = tuple(
        d
        for d in workshop.dependencies
        if d.from_objective_id in carried and d.to_objective_id in carried
    )
    copy = replace(
        workshop,
        title=choice.title,
        cycle_label=choice.cycle_label,
        cycle_start=choice.cycle_start,
        cycle_end=choice.cycle_end,
        current_step=Step.SETUP,
        teams=tuple(teams),
        dependencies=dependencies,
        feedback=(),
        checklist=(),
    )
    return renew_ids(copy)


def suggest_next_cycle_label(label: str) -> str:
    """"T1 2027" → "T2 2027", "Q4 2026" → "Q1 2027"; anything else is left for the coach."""
    parts = label.split()
    if len(parts) == 2 and len(parts[0]) == 2 and parts[0][0] in "TQ" and parts[0][1] in "1234":
        letter, quarter = parts[0][0], int(parts[0][1])
        if parts[1].isdigit():
            year = int(parts[1])
            if quarter == 4:
                return f"{letter}1 {year + 1}"
            return f"{letter}{quarter + 1} {year}"
    return label
