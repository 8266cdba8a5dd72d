"""Grading at the end of the cycle: 0.0–1.0 per key result, the objective's average, and
what the grade means for a committed or an aspirational objective (Google's convention).

**Proposed grade** of a key result, which the coach may replace (``KeyResult.grade``):

- increase / decrease: the share of the way from the baseline to the aimed target that the
  last value covered, clamped to 0.0–1.0 (a falling target works the same way up);
- a threshold ("at least 99 %", "at most 2 incidents") is to be held all cycle long: the
  share of its check-ins on the right side, so 1.0 when it was always held;
- a milestone: 1.0 done, 0.0 not done;
- nothing to propose (no check-in, no baseline or target): None, the coach grades.

**What it means**: a committed objective is expected at 1.0, below that it calls for a
post-mortem; an aspirational one succeeds from 0.6 (0.7 is the sweet spot), is short of it
from 0.4, and missed below. An objective with no commitment set is read as aspirational,
and its sentence says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from okr_workshop.domain.catalogue import entry, lang_of
from okr_workshop.domain.enums import ClosingOutcome, Commitment, Direction, Language
from okr_workshop.domain.model import KeyResult, Objective, Workshop
from okr_workshop.domain.rules.wording import Num, french
from okr_workshop.domain.steering.cycle import milestone_done, reached, way

SUCCESS = 0.6  # aspirational: 0.6–0.7 and above is a success
SHORT = 0.4  # below 0.4 an aspirational objective is missed
THRESHOLDS = (Direction.AT_LEAST, Direction.AT_MOST)


@dataclass(frozen=True)
class GradeVerdict:
    """A grade (or None) and what it means, as ``code`` + ``params`` (see
    :func:`verdict_sentence`). ``post_mortem``: a committed objective fell short of 1.0."""

    grade: float | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    post_mortem: bool = False


def _clamped(value: float) -> float:
    """0.0–1.0 to two decimals, never rounded up to 1.0: 1.0 says "met" (for a committed
    objective, no post-mortem), which 0.996 of the way is not."""
    if value >= 1.0:
        return 1.0
    return min(round(max(0.0, value), 2), 0.99) + 0.0


def kr_grade_verdict(workshop: Workshop, kr: KeyResult) -> GradeVerdict:
    """The key result's grade and where it comes from (set by the coach, or proposed)."""
    if kr.grade is not None:
        return GradeVerdict(kr.grade, "grade.kr.set", {"grade": Num(kr.grade)})
    return _proposed(kr)


def _proposed(kr: KeyResult) -> GradeVerdict:
    latest = kr.latest_check_in()
    if latest is None:
        return GradeVerdict(None, "grade.kr.no_check_in")
    if kr.milestone:
        done = milestone_done(latest.value)
        return GradeVerdict(1.0 if done else 0.0,
                            "grade.kr.milestone_done" if done else "grade.kr.milestone_not_done")
    aimed, direction = kr.aimed_target(), way(kr)
    if aimed is not None and direction in THRESHOLDS:
        held = sum(reached(c.value, aimed, direction) for c in kr.check_ins)
        grade = _clamped(held / len(kr.check_ins))
        return GradeVerdict(grade, "grade.kr.threshold", {
            "grade": Num(grade), "held": held, "count": len(kr.check_ins),
            "target": Num(aimed, kr.unit)})
    if aimed is None or kr.baseline is None or direction is None:
        return GradeVerdict(None, "grade.kr.not_measurable")
    total = aimed - kr.baseline
    if total == 0:
        grade = 1.0 if reached(latest.value, aimed, direction) else 0.0
    else:
        grade = _clamped((latest.value - kr.baseline) / total)
    return GradeVerdict(grade, "grade.kr.progress", {
        "grade": Num(grade), "value": Num(latest.value, kr.unit),
        "baseline": Num(kr.baseline, kr.unit), "target": Num(aimed, kr.unit)})


def proposed_grade(workshop: Workshop, kr: KeyResult) -> float | None:
    """0.0–1.0 from the last value (see the module's rule); None when nothing says."""
    return _proposed(kr).grade


def kr_grade(workshop: Workshop, kr: KeyResult) -> float | None:
    """The coach's grade if set, else the proposed one."""
    return kr.grade if kr.grade is not None else proposed_grade(workshop, kr)


def objective_grade(workshop: Workshop, objective: Objective) -> float | None:
    """The average of its key results' grades (those without one are left out); None when
    none has a grade."""
    grades = [g for kr in objective.key_results if (g := kr_grade(workshop, kr)) is not None]
    return _clamped(sum(grades) / len(grades)) if grades else None


def objective_verdict(workshop: Workshop, objective: Objective) -> GradeVerdict:
    """The objective's grade held against what its commitment expects."""
    grades = [kr_grade(workshop, kr) for kr in objective.key_results]
    graded = sum(g is not None for g in grades)
    grade = objective_grade(workshop, objective)
    params: dict[str, Any] = {"graded": graded, "count": len(grades)}
    if grade is None:
        return GradeVerdict(None, "grade.none", params)
    params["grade"] = Num(grade)
    if objective.commitment is Commitment.COMMITTED:
        if grade >= 1.0:
            return GradeVerdict(grade, "grade.committed.met", params)
        return GradeVerdict(grade, "grade.committed.post_mortem", params, post_mortem=True)
    params["assumed"] = objective.commitment is None
    if grade >= 1.0:
        code = "grade.aspirational.full"
    elif grade >= SUCCESS:
        code = "grade.aspirational.success"
    elif grade >= SHORT:
        code = "grade.aspirational.short"
    else:
        code = "grade.aspirational.missed"
    return GradeVerdict(grade, code, params)


_REACHED = ("grade.committed.met", "grade.aspirational.full", "grade.aspirational.success")


def proposed_outcome(workshop: Workshop, objective: Objective) -> ClosingOutcome | None:
    """What the closing form proposes from the grade: accomplished when the grade meets the
    commitment's expectation (1.0 committed, 0.6 aspirational), else missed; None when not
    graded. Postponed and carried over are the room's decision, never proposed."""
    verdict = objective_verdict(workshop, objective)
    if verdict.grade is None:
        return None
    return ClosingOutcome.ACCOMPLISHED if verdict.code in _REACHED else ClosingOutcome.MISSED


def verdict_sentence(verdict: GradeVerdict, language: Language | str) -> str:
    """The grade and what it means, in one or two sentences."""
    lang = lang_of(language)
    text = MESSAGES[verdict.code][lang].format(**verdict.params)
    if verdict.params.get("assumed"):
        text += " " + MESSAGES["grade.assumed_aspirational"][lang]
    graded, count = verdict.params.get("graded"), verdict.params.get("count")
    if verdict.grade is not None and graded is not None and graded < count:
        text += " " + MESSAGES["grade.partly_graded"][lang].format(**verdict.params)
    return text


MESSAGES = {
    "grade.kr.set": entry(en="Graded {grade:en} by the coach.",
                          fr=french("Note de {grade:fr} donnée par le coach.")),
    "grade.kr.no_check_in": entry(
        en="No check-in: nothing to propose a grade from; grade it by hand.",
        fr=french("Aucun point d'étape : rien pour proposer une note ; notez-le à la main."),
    ),
    "grade.kr.not_measurable": entry(
        en="No baseline or target to measure the way covered; grade it by hand.",
        fr=french("Pas de référence ou de cible pour mesurer le chemin parcouru ; notez-le à "
                  "la main."),
    ),
    "grade.kr.milestone_done": entry(en="Milestone done: 1.0.",
                                     fr=french("Jalon atteint : 1,0.")),
    "grade.kr.milestone_not_done": entry(en="Milestone not done: 0.0.",
                                         fr=french("Jalon non atteint : 0,0.")),
    "grade.kr.threshold": entry(
        en="{grade:en}: the share of check-ins that held the level of {target:en} "
           "({held} of {count}).",
        fr=french("{grade:fr} : la part des points d'étape où le seuil de {target:fr} a tenu "
                  "({held} sur {count})."),
    ),
    "grade.kr.progress": entry(
        en="{grade:en}: the last value, {value:en}, covers that share of the way from "
           "{baseline:en} to {target:en}.",
        fr=french("{grade:fr} : la dernière valeur, {value:fr}, couvre cette part du chemin "
                  "de {baseline:fr} à {target:fr}."),
    ),
    "grade.none": entry(
        en="Not graded yet: none of its key results has a grade or a value to propose one.",
        fr=french("Pas encore noté : aucun de ses résultats clés n'a de note ni de valeur "
                  "pour en proposer une."),
    ),
    "grade.committed.met": entry(
        en="{grade:en}: a committed objective, delivered in full as expected.",
        fr=french("{grade:fr} : un objectif engagé, tenu entièrement comme prévu."),
    ),
    "grade.committed.post_mortem": entry(
        en="{grade:en}: a committed objective is expected at 1.0; hold a post-mortem on "
           "what kept it short.",
        fr=french("{grade:fr} : un objectif engagé doit atteindre 1,0 ; faites le point sur "
                  "ce qui l'en a empêché (post-mortem)."),
    ),
    "grade.aspirational.full": entry(
        en="{grade:en}: an aspirational objective reached in full; a success, and a hint "
           "to aim higher next cycle.",
        fr=french("{grade:fr} : un objectif ambitieux atteint entièrement ; une réussite, et "
                  "un signe qu'on peut viser plus haut au prochain cycle."),
    ),
    "grade.aspirational.success": entry(
        en="{grade:en}: a success for an aspirational objective (0.6 to 0.7 is the sweet "
           "spot).",
        fr=french("{grade:fr} : une réussite pour un objectif ambitieux (0,6 à 0,7 est la "
                  "bonne zone)."),
    ),
    "grade.aspirational.short": entry(
        en="{grade:en}: real progress, short of the 0.6 to 0.7 expected of an aspirational "
           "objective.",
        fr=french("{grade:fr} : de vrais progrès, en deçà des 0,6 à 0,7 attendus d'un "
                  "objectif ambitieux."),
    ),
    "grade.aspirational.missed": entry(
        en="{grade:en}: missed; below 0.4 an aspirational objective did not move enough.",
        fr=french("{grade:fr} : manqué ; sous 0,4, un objectif ambitieux n'a pas assez "
                  "avancé."),
    ),
    "grade.assumed_aspirational": entry(
        en="(No commitment set: read as aspirational.)",
        fr=french("(Engagement non précisé : lu comme ambitieux.)"),
    ),
    "grade.partly_graded": entry(
        en="Key results graded: {graded} of {count}; the others are left out of the average.",
        fr=french("Résultats clés notés : {graded} sur {count} ; les autres ne comptent pas "
                  "dans la moyenne."),
    ),
}
