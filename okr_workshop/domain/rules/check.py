"""Every rule at once, for a workshop or for one element the window is showing.

``check_workshop`` walks the tree once: workshop-level findings first, then each team, its
objectives and, for kept objectives, their key results (structured fields, the sentence as
said in the room, near-duplicates). Candidates and parked objectives are judged on their
wording only, and their key results are left alone until the objective is kept.
"""

from __future__ import annotations

from functools import lru_cache

from okr_workshop.domain.findings import Finding, Subject
from okr_workshop.domain.model import (
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.common_rule import objective_rule_findings, team_rule_findings
from okr_workshop.domain.rules.key_results import (
    duplicate_findings,
    key_result_findings,
    relative_as_target,
)
from okr_workshop.domain.rules.objectives import objective_findings
from okr_workshop.domain.rules.workshop import team_findings, workshop_findings


@lru_cache(maxsize=4096)
def _judged(text: str, language: str) -> tuple[tuple[Finding, ...], tuple[float, bool] | None]:
    # Reading a sentence costs far more than every other rule together, and between two
    # checks (the window re-checks after each edit) almost no sentence changes. The
    # judgement is a pure function of the text and the language, so it is memoised.
    # Imported here: the sentence reader is the biggest part of the rules.
    # The relative change the sentence states comes with it, from the same reading.
    from okr_workshop.domain.rules.kr_sentence import judge_with_change

    found, change = judge_with_change(text, language, subject_id=None,
                                      subject=Subject.KEY_RESULT)
    return tuple(found), change


def clear_sentence_cache() -> None:
    """Forget memoised sentence judgements (benchmarks measure a cold check with it)."""
    from okr_workshop.domain.rules.kr_masks import clear_caches
    from okr_workshop.domain.rules.project_words import project_opening
    from okr_workshop.domain.rules.sentence_deadline import deadlines

    _judged.cache_clear()
    clear_caches()
    deadlines.cache_clear()
    project_opening.cache_clear()


def sentence_findings(workshop: Workshop, kr: KeyResult) -> list[Finding]:
    """The key-result sentence judged as the room said it, attached to the key result,
    and its fields checked against the relative change it states."""
    judged, change = _judged(kr.text, Language(workshop.language).value)
    # Built directly rather than with dataclasses.replace, which costs several times more.
    found = [Finding(finding.code, finding.severity, finding.subject, kr.id, finding.params)
             for finding in judged]
    if change is not None:
        repeated = relative_as_target(kr, change)
        if repeated is not None:
            found.append(repeated)
    return found


def check_key_result(
    workshop: Workshop, kr: KeyResult, objective: Objective | None = None
) -> list[Finding]:
    """Live findings for one key result; near-duplicates are looked for among all the
    other key results of its objective."""
    if objective is None:
        objective = next(
            (o for o in workshop.objectives() if any(k.id == kr.id for k in o.key_results)),
            None,
        )
    siblings = objective.key_results if objective is not None else ()
    return (
        key_result_findings(kr, workshop.cycle_start, workshop.cycle_end)
        + sentence_findings(workshop, kr)
        + duplicate_findings(kr, siblings)
    )


def check_objective(workshop: Workshop, objective: Objective) -> list[Finding]:
    """Findings about the objective itself (not its key results)."""
    return objective_rule_findings(objective, workshop.rule) + objective_findings(objective)


def check_team(workshop: Workshop, team: Team) -> list[Finding]:
    """Findings about the team itself (not its objectives)."""
    return team_rule_findings(team, workshop.rule) + team_findings(team)


def check_workshop(workshop: Workshop) -> list[Finding]:
    """Every finding of every rule, in tree order."""
    # The sentences are read first, one after the other, before any other rule runs: the
    # reader's patterns stay in the processor's caches, which makes a first check (nothing
    # memoised yet) about a tenth faster than reading each sentence between the other rules.
    language = Language(workshop.language).value
    for objective in workshop.objectives():
        if objective.status == ObjectiveStatus.KEPT:
            for kr in objective.key_results:
                _judged(kr.text, language)
    findings = workshop_findings(workshop)
    for team in workshop.teams:
        findings += check_team(workshop, team)
        for objective in team.objectives:
            findings += check_objective(workshop, objective)
            if objective.status != ObjectiveStatus.KEPT:
                continue
            earlier: list[KeyResult] = []
            for kr in objective.key_results:
                findings += key_result_findings(kr, workshop.cycle_start, workshop.cycle_end)
                findings += sentence_findings(workshop, kr)
                findings += duplicate_findings(kr, earlier)
                earlier.append(kr)
    return findings
