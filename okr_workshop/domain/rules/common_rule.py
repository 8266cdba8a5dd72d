"""Mistake 2: the common rule on how many objectives and key results the room keeps.

Only *kept* objectives count: candidates are still being discussed and the parking lot is,
by design, where the extra ones go. In soft mode going over the limit is a warning; in strict
mode it is an error, and :func:`keep_refusal` / :func:`add_key_result_refusal` tell the app
layer to refuse the edit before it happens.
"""

from __future__ import annotations

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import CommonRule, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.domain.rules.wording import entry, short

TOO_MANY_OBJECTIVES = "rule.too_many_objectives"
TOO_MANY_KEY_RESULTS = "rule.too_many_key_results"
NO_KEY_RESULT = "rule.no_key_result"
KEEP_REFUSED = "rule.keep_refused"
KEY_RESULT_REFUSED = "rule.key_result_refused"

MESSAGES = {
    TOO_MANY_OBJECTIVES: entry(
        fr=(
            "L'équipe « {team} » a {count} objectifs retenus ; la règle commune en autorise "
            "{limit}.",
            "Gardez ceux qui comptent le plus et placez les autres au parking : rien n'est perdu.",
        ),
        en=(
            "Team “{team}” has kept {count} objectives; the common rule allows {limit}.",
            "Keep the ones that matter most and move the others to the parking lot: "
            "nothing is lost.",
        ),
    ),
    TOO_MANY_KEY_RESULTS: entry(
        fr=(
            "L'objectif « {objective} » a {count} résultats clés ; la règle commune en "
            "autorise {limit}.",
            "Gardez ceux qui montrent le mieux le progrès : un bon résultat clé vaut mieux "
            "que trois moyens.",
        ),
        en=(
            "Objective “{objective}” has {count} key results; the common rule allows {limit}.",
            "Keep the ones that best show progress: one good key result beats three average "
            "ones.",
        ),
    ),
    NO_KEY_RESULT: entry(
        fr=(
            "L'objectif retenu « {objective} » n'a encore aucun résultat clé.",
            "Demandez à l'équipe : « Comment saurons-nous que nous avons réussi ? »",
        ),
        en=(
            "Kept objective “{objective}” has no key result yet.",
            "Ask the team: “How will we know we have succeeded?”",
        ),
    ),
    KEEP_REFUSED: entry(
        fr=(
            "La règle commune est stricte : « {team} » a déjà atteint sa limite d'objectifs "
            "retenus ({limit}).",
            "Placez d'abord un autre objectif au parking, puis retenez celui-ci.",
        ),
        en=(
            "The common rule is strict: “{team}” has already reached its limit of kept "
            "objectives ({limit}).",
            "Move another objective to the parking lot first, then keep this one.",
        ),
    ),
    KEY_RESULT_REFUSED: entry(
        fr=(
            "La règle commune est stricte : « {objective} » a déjà atteint sa limite de "
            "résultats clés ({limit}).",
            "Remplacez un résultat clé existant plutôt que d'en ajouter un.",
        ),
        en=(
            "The common rule is strict: “{objective}” has already reached its limit of key "
            "results ({limit}).",
            "Replace an existing key result rather than adding another one.",
        ),
    ),
}


def overflow_severity(rule: CommonRule) -> Severity:
    return Severity.ERROR if rule.strict else Severity.WARNING


def team_rule_findings(team: Team, rule: CommonRule) -> list[Finding]:
    kept = team.objectives_with(ObjectiveStatus.KEPT)
    if len(kept) <= rule.max_objectives_per_team:
        return []
    return [
        Finding(
            TOO_MANY_OBJECTIVES,
            overflow_severity(rule),
            Subject.TEAM,
            team.id,
            {"team": short(team.name), "count": len(kept), "limit": rule.max_objectives_per_team},
        )
    ]


def objective_rule_findings(objective: Objective, rule: CommonRule) -> list[Finding]:
    if objective.status != ObjectiveStatus.KEPT:
        return []
    count = len(objective.key_results)
    if 0 < count <= rule.max_key_results_per_objective:
        return []  # the usual case: nothing to quote
    params = {"objective": short(objective.title), "count": count}
    if count == 0:
        # Soft mode: a reminder while the room works; strict mode: the rule's own minimum.
        return [Finding(NO_KEY_RESULT, overflow_severity(rule), Subject.OBJECTIVE, objective.id,
                        params)]
    params["limit"] = rule.max_key_results_per_objective
    return [Finding(TOO_MANY_KEY_RESULTS, overflow_severity(rule), Subject.OBJECTIVE,
                    objective.id, params)]


def common_rule_findings(workshop: Workshop) -> list[Finding]:
    findings: list[Finding] = []
    for team in workshop.teams:
        findings += team_rule_findings(team, workshop.rule)
        for objective in team.objectives:
            findings += objective_rule_findings(objective, workshop.rule)
    return findings


def keep_refusal(team: Team, objective: Objective, rule: CommonRule) -> Finding | None:
    """In strict mode, the reason keeping ``objective`` is refused; None when allowed."""
    if not rule.strict or objective.status == ObjectiveStatus.KEPT:
        return None
    kept = team.objectives_with(ObjectiveStatus.KEPT)
    if len(kept) < rule.max_objectives_per_team:
        return None
    return Finding(KEEP_REFUSED, Severity.ERROR, Subject.OBJECTIVE, objective.id,
                   {"team": short(team.name), "limit": rule.max_objectives_per_team})


def add_key_result_refusal(objective: Objective, rule: CommonRule) -> Finding | None:
    """In strict mode, the reason adding a key result to ``objective`` is refused."""
    if not rule.strict or objective.status != ObjectiveStatus.KEPT:
        return None
    if len(objective.key_results) < rule.max_key_results_per_objective:
        return None
    return Finding(KEY_RESULT_REFUSED, Severity.ERROR, Subject.OBJECTIVE, objective.id,
                   {"objective": short(objective.title),
                    "limit": rule.max_key_results_per_objective})
