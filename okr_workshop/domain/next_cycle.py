"""Duplicate a workshop for the next cycle.

The vision, strategic objectives, teams, participants, the common rule and the rituals
carry over; the coach chooses which objectives and key results do (:func:`proposed_carry_over`
says what to tick first: the kept objectives, and those closed as carried or postponed).
Check-ins never carry over (they measured the last cycle); a carried key result starts from
what was last measured, which is where the new cycle really begins (:func:`carried_baseline`
says so in a sentence); a milestone keeps its baseline, since its check-ins only said done or
not. What judged the last cycle stays with it: grades, status overrides, the closing form,
feedback, ROTI votes, ticks and done actions. Actions still open carry over: they are still
owed. Rituals move to the new cycle's dates on the same weekday (the same "last Thursday" for
a monthly one); a one-off ritual late in the cycle (grading, planning) follows its end.
Carried objectives come back as candidates: the room decides again what to keep. The run
sheet carries over as a plan (no time spent, no session date); dot-voting rounds do not
(:func:`~okr_workshop.domain.copying.planned_again` says why).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from okr_workshop.domain.catalogue import entry, lang_of
from okr_workshop.domain.copying import planned_again, renew_ids
from okr_workshop.domain.model import (
    Cadence,
    ClosingOutcome,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Ritual,
    Step,
    Workshop,
)
from okr_workshop.domain.rules.wording import Day, Num, french
from okr_workshop.domain.steering.rituals import month_position, weekday_in_month

# Closed as carried over or postponed: proposed for the next cycle even if not kept.
_CARRIED_OUTCOMES = (ClosingOutcome.CARRIED, ClosingOutcome.POSTPONED)


@dataclass(frozen=True, kw_only=True)
class NextCycle:
    title: str
    cycle_label: str = ""
    cycle_start: date | None = None
    cycle_end: date | None = None
    objective_ids: frozenset[str] = frozenset()
    key_result_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CarriedBaseline:
    """Where a carried key result starts: ``baseline`` (None: still unknown), and why
    (``code`` + ``params``, see :meth:`sentence`). ``on`` is the check-in it comes from."""

    baseline: float | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    on: date | None = None

    def sentence(self, language: Language | str) -> str:
        """"Baseline ← last value 42 (check-in of Mar 3, 2027)"."""
        return MESSAGES[self.code][lang_of(language)].format(**self.params)


def carried_baseline(key_result: KeyResult) -> CarriedBaseline:
    """The baseline a key result starts the next cycle from: its last measured value."""
    latest = key_result.latest_check_in()
    unit = key_result.unit
    if key_result.milestone:
        return CarriedBaseline(key_result.baseline, "next_cycle.baseline.milestone")
    if latest is not None:
        params = {"value": Num(latest.value, unit), "on": Day.of(latest.on),
                  "previous": Num(key_result.baseline, unit)
                  if key_result.baseline is not None else None}
        return CarriedBaseline(latest.value, "next_cycle.baseline.last_value", params,
                               latest.on)
    if key_result.baseline is not None:
        return CarriedBaseline(key_result.baseline, "next_cycle.baseline.kept",
                               {"value": Num(key_result.baseline, unit)})
    return CarriedBaseline(None, "next_cycle.baseline.none")


def proposed_carry_over(workshop: Workshop) -> tuple[frozenset[str], frozenset[str]]:
    """(objective ids, key result ids) to tick first: the objectives closed as carried or
    postponed, and the kept ones not closed otherwise (accomplished or missed); every key
    result (one only travels with its objective)."""
    objectives = frozenset(o.id for o in workshop.objectives() if _proposed(o))
    key_results = frozenset(k.id for k in workshop.key_results())
    return objectives, key_results


def _proposed(objective: Objective) -> bool:
    if objective.outcome is not None:
        return objective.outcome in _CARRIED_OUTCOMES
    return objective.status is ObjectiveStatus.KEPT


def _carried_key_result(key_result: KeyResult) -> KeyResult:
    return replace(key_result, baseline=carried_baseline(key_result).baseline, check_ins=(),
                   due=None, grade=None, status_override=None, status_reason="")


def _moved_ritual(ritual: Ritual, old: Workshop, choice: NextCycle) -> Ritual:
    """The ritual at the same place in the new cycle (unchanged when a date is missing)."""
    first = ritual.starts_on
    if first is None:
        return ritual
    late = (ritual.cadence is Cadence.ONCE and old.cycle_start is not None
            and old.cycle_end is not None
            and first - old.cycle_start > old.cycle_end - first)
    before, after = ((old.cycle_end, choice.cycle_end) if late
                     else (old.cycle_start, choice.cycle_start))
    if before is None or after is None:
        return ritual
    if ritual.cadence in (Cadence.MONTHLY, Cadence.QUARTERLY):
        months = (after.year - before.year) * 12 + after.month - before.month
        index = first.year * 12 + first.month - 1 + months
        moved = weekday_in_month(index // 12, index % 12 + 1, first.weekday(),
                                 month_position(first))
    else:
        moved = first + timedelta(weeks=round((after - before).days / 7))
    return replace(ritual, starts_on=moved)


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
                outcome=None,
                learnings="",
                decisions="",
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
        rituals=tuple(_moved_ritual(r, workshop, choice) for r in workshop.rituals),
        feedback=(),
        checklist=(),
        roti_votes=(),
        actions=tuple(replace(a, feedback_id=None) for a in workshop.actions if not a.done),
    )
    return renew_ids(planned_again(copy))


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


MESSAGES = {
    "next_cycle.baseline.last_value": entry(
        en="Baseline ← last value {value:en} (check-in of {on:en})",
        fr=french("Référence ← dernière valeur {value:fr} (point d'étape du {on:fr})"),
    ),
    "next_cycle.baseline.kept": entry(
        en="Baseline kept: {value:en} (no check-in this cycle)",
        fr=french("Référence conservée : {value:fr} (aucun point d'étape ce cycle)"),
    ),
    "next_cycle.baseline.none": entry(
        en="No baseline yet (no check-in this cycle)",
        fr=french("Pas encore de référence (aucun point d'étape ce cycle)"),
    ),
    "next_cycle.baseline.milestone": entry(
        en="Milestone: starts again as not done",
        fr=french("Jalon : repart comme non atteint"),
    ),
}
