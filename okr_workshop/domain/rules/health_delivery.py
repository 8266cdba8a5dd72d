"""Evidence for mistakes 2 (focus: the common rule), 3 (key results measured and followed)
and 4 (accountability: ambassadors, feedback, good practices)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from okr_workshop.domain.findings import Finding, Severity
from okr_workshop.domain.good_practices import ticked_codes
from okr_workshop.domain.model import ObjectiveStatus, Workshop
from okr_workshop.domain.rules import common_rule
from okr_workshop.domain.rules import key_results as kr_rules
from okr_workshop.domain.rules import workshop as workshop_rules
from okr_workshop.domain.rules.health_alignment import Evidence
from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    "health.m2.rule_soft": entry(
        fr=("Règle commune (souple) — objectifs par équipe : {objectives} ; résultats clés "
            "par objectif : {key_results}.",
            "Gardez la règle à l'écran pendant l'étape Focus : elle aide à trancher."),
        en=("Common rule (soft) — objectives per team: {objectives}; key results per "
            "objective: {key_results}.",
            "Keep the rule on screen during the Focus step: it helps the room decide."),
    ),
    "health.m2.rule_strict": entry(
        fr=("Règle commune (stricte) — objectifs par équipe : {objectives} ; résultats clés "
            "par objectif : {key_results}.",
            "Gardez la règle à l'écran pendant l'étape Focus : elle aide à trancher."),
        en=("Common rule (strict) — objectives per team: {objectives}; key results per "
            "objective: {key_results}.",
            "Keep the rule on screen during the Focus step: it helps the room decide."),
    ),
    "health.m2.nothing_kept": entry(
        fr=("Aucune équipe n'a encore retenu d'objectif.",
            "À l'étape Focus, chaque équipe vote et garde l'essentiel."),
        en=("No team has kept an objective yet.",
            "In the Focus step, each team votes and keeps what matters most."),
    ),
    "health.m2.teams_over": entry(
        fr=("Équipes au-delà de la règle commune : {count} sur {total}.",
            "Reprenez l'étape Focus avec elles et placez le surplus au parking."),
        en=("Teams beyond the common rule: {count} of {total}.",
            "Go back to the Focus step with them and move the extra objectives to the "
            "parking lot."),
    ),
    "health.m2.objectives_over": entry(
        fr=("Objectifs retenus avec trop de résultats clés : {count} sur {total}.",
            "Gardez les résultats clés qui disent le mieux si l'objectif est atteint."),
        en=("Kept objectives with too many key results: {count} of {total}.",
            "Keep the key results that best tell whether the objective is met."),
    ),
    "health.m2.objectives_without_kr": entry(
        fr=("Objectifs retenus sans résultat clé : {count} sur {total}.",
            "Passez chacun d'eux à l'étape Résultats clés."),
        en=("Kept objectives without a key result: {count} of {total}.",
            "Take each of them through the Key results step."),
    ),
    "health.m2.within_rule": entry(
        fr=("Toutes les équipes respectent la règle commune.",
            "Bravo, le focus est là ; rediscutez la règle à chaque nouveau cycle."),
        en=("Every team is within the common rule.",
            "Well done, the focus is there; revisit the rule every cycle."),
    ),
    "health.m2.parked": entry(
        fr=("Objectifs mis au parking : {count}.",
            "Ils ne sont pas perdus : relisez-les au prochain cycle."),
        en=("Objectives in the parking lot: {count}.",
            "They are not lost: read them again next cycle."),
    ),
    "health.m3.no_key_results": entry(
        fr=("Aucun objectif retenu n'a encore de résultat clé.",
            "Pour chacun, demandez : « Comment saurons-nous que nous avons réussi ? »"),
        en=("No kept objective has a key result yet.",
            "For each one, ask: “How will we know we have succeeded?”"),
    ),
    "health.m3.measurable": entry(
        fr=("Résultats clés mesurables : {count} sur {total}.",
            "À chaque point d'étape, vérifiez que la donnée arrive bien."),
        en=("Measurable key results: {count} of {total}.",
            "At every check-in, make sure the data is actually coming in."),
    ),
    "health.m3.not_measurable": entry(
        fr=("Résultats clés pas encore mesurables : {count} sur {total}.",
            "Reprenez-les à l'étape Résultats clés : une cible, un point de départ, une unité."),
        en=("Key results not measurable yet: {count} of {total}.",
            "Rework them in the Key results step: a target, a baseline, a unit."),
    ),
    "health.m3.no_data_source": entry(
        fr=("Résultats clés sans source de données : {count} sur {total}.",
            "Vérifiez avec l'équipe qu'elle a accès à la donnée avant de s'engager."),
        en=("Key results without a data source: {count} of {total}.",
            "Check with the team that it can access the data before committing."),
    ),
    "health.m3.owner_unclear": entry(
        fr=("Résultats clés sans responsable unique : {count} sur {total}.",
            "Un nom par résultat clé : cette personne en parle au point d'étape."),
        en=("Key results without a single owner: {count} of {total}.",
            "One name per key result: that person speaks to it at the check-in."),
    ),
    "health.m3.to_clarify": entry(
        fr=("Résultats clés avec un autre point à préciser : {count} sur {total}.",
            "Parcourez les remarques de l'étape Résultats clés avec chaque équipe."),
        en=("Key results with something else to clarify: {count} of {total}.",
            "Go through the remarks in the Key results step with each team."),
    ),
    "health.m3.check_in_planned": entry(
        fr=("Un point d'étape régulier sur les résultats clés est prévu.",
            "Gardez-le court : valeur, confiance, prochaine action."),
        en=("A regular check-in on the key results is planned.",
            "Keep it short: value, confidence, next action."),
    ),
    "health.m3.checked_in": entry(
        fr=("Résultats clés suivis par au moins un point d'étape : {count} sur {total}.",
            "Notez la confiance à chaque fois : elle alerte avant les chiffres."),
        en=("Key results with at least one check-in: {count} of {total}.",
            "Record the confidence every time: it warns you before the numbers do."),
    ),
    "health.m4.ambassadors": entry(
        fr=("Équipes avec un ambassadeur : {count} sur {total}.",
            "Réunissez les ambassadeurs entre deux cycles pour partager ce qui marche."),
        en=("Teams with an ambassador: {count} of {total}.",
            "Bring the ambassadors together between cycles to share what works."),
    ),
    "health.m4.teams_without_ambassador": entry(
        fr=("Équipes sans ambassadeur : {count} sur {total}.",
            "Trouvez dans chaque équipe une personne volontaire pour faire vivre la démarche."),
        en=("Teams without an ambassador: {count} of {total}.",
            "In each team, find a volunteer to keep the approach alive."),
    ),
    "health.m4.feedback": entry(
        fr=("Retours des participants notés : {count}.",
            "Reprenez-les à la restitution et dites ce que vous en faites."),
        en=("Participant feedback recorded: {count}.",
            "Include it in the all-hands presentation and say what you will do with it."),
    ),
    "health.m4.no_feedback": entry(
        fr=("Aucun retour des participants n'est encore noté.",
            "Gardez dix minutes en fin d'atelier : ce qui a marché, ce qui est à améliorer, "
            "les idées."),
        en=("No participant feedback recorded yet.",
            "Keep ten minutes at the end: what went well, what to improve, ideas."),
    ),
    "health.m4.tips_ticked": entry(
        fr=("Bonnes pratiques cochées : {count}.",
            "Continuez : former, accompagner, écouter les retours."),
        en=("Good practices ticked: {count}.",
            "Keep going: train, support, listen to feedback."),
    ),
    "health.m4.no_tips_ticked": entry(
        fr=("Aucune bonne pratique n'est encore cochée.",
            "Parcourez les conseils de chaque étape et cochez ce qui est fait."),
        en=("No good practice ticked yet.",
            "Go through each step's tips and tick what is done."),
    ),
}

OWNER_CODES = frozenset({kr_rules.NO_OWNER, kr_rules.SEVERAL_OWNERS})


def mistake_2(workshop: Workshop) -> Evidence:
    evidence = Evidence(workshop.id)
    rule = workshop.rule
    evidence.add("health.m2.rule_strict" if rule.strict else "health.m2.rule_soft",
                 objectives=rule.max_objectives_per_team,
                 key_results=rule.max_key_results_per_objective)
    kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    if not kept:
        evidence.add("health.m2.nothing_kept", Severity.WARNING)
        evidence.missing = True
        return evidence
    severity = common_rule.overflow_severity(rule)
    teams_over = sum(1 for t in workshop.teams if common_rule.team_rule_findings(t, rule))
    over = sum(1 for o in kept if len(o.key_results) > rule.max_key_results_per_objective)
    empty = sum(1 for o in kept if not o.key_results)
    if teams_over:
        evidence.add("health.m2.teams_over", severity, count=teams_over,
                     total=len(workshop.teams))
    if over:
        evidence.add("health.m2.objectives_over", severity, count=over, total=len(kept))
    if empty:
        evidence.add("health.m2.objectives_without_kr", severity, count=empty, total=len(kept))
    if not (teams_over or over or empty):
        evidence.add("health.m2.within_rule")
    parked = sum(1 for o in workshop.objectives() if o.status == ObjectiveStatus.PARKED)
    if parked:
        evidence.add("health.m2.parked", count=parked)
    return evidence


def mistake_3(workshop: Workshop, findings: Sequence[Finding]) -> Evidence:
    """Key results of kept objectives, judged by the findings already computed on them."""
    evidence = Evidence(workshop.id)
    krs = [
        kr
        for o in workshop.objectives()
        if o.status == ObjectiveStatus.KEPT
        for kr in o.key_results
    ]
    by_kr: dict[str, list[Finding]] = {kr.id: [] for kr in krs}
    for finding in findings:
        if finding.subject_id in by_kr:
            by_kr[finding.subject_id].append(finding)
    if not krs:
        evidence.add("health.m3.no_key_results", Severity.WARNING)
        evidence.missing = True
    else:
        _key_result_lines(evidence, by_kr)
    rituals = workshop_rules.ritual_findings(workshop)
    evidence.lines += rituals
    if not rituals:
        evidence.add("health.m3.check_in_planned")
    checked = sum(1 for kr in krs if kr.check_ins)
    if checked:
        evidence.add("health.m3.checked_in", count=checked, total=len(krs))
    return evidence


def _key_result_lines(evidence: Evidence, by_kr: Mapping[str, list[Finding]]) -> None:
    total = len(by_kr)
    unmeasurable = no_source = owner = other = 0
    for found in by_kr.values():
        codes = {f.code for f in found}
        unmeasurable += any(f.severity == Severity.ERROR for f in found)
        no_source += kr_rules.NO_DATA_SOURCE in codes
        owner += bool(codes & OWNER_CODES)
        other += any(
            f.severity != Severity.ERROR
            and f.code not in OWNER_CODES
            and f.code != kr_rules.NO_DATA_SOURCE
            for f in found
        )
    evidence.count_line("health.m3.measurable", "health.m3.not_measurable", unmeasurable, total)
    if no_source:
        evidence.add("health.m3.no_data_source", Severity.WARNING, count=no_source, total=total)
    if owner:
        evidence.add("health.m3.owner_unclear", Severity.WARNING, count=owner, total=total)
    if other:
        evidence.add("health.m3.to_clarify", count=other, total=total)


def mistake_4(workshop: Workshop) -> Evidence:
    evidence = Evidence(workshop.id)
    teams = workshop.teams
    with_ambassador = sum(1 for t in teams if t.ambassador_id is not None)
    if teams:
        if with_ambassador < len(teams):
            evidence.add("health.m4.teams_without_ambassador", Severity.WARNING,
                         count=len(teams) - with_ambassador, total=len(teams))
        else:
            evidence.add("health.m4.ambassadors", count=with_ambassador, total=len(teams))
    else:
        # No team, no ambassador to miss: accountability is not "in place" for all that.
        evidence.add(workshop_rules.NO_TEAMS, Severity.WARNING)
    if workshop.feedback:
        evidence.add("health.m4.feedback", count=len(workshop.feedback))
    else:
        evidence.add("health.m4.no_feedback", Severity.WARNING)
    # Only the catalogue's practices count, each once: an unknown code (a newer file) does not.
    ticked = len(ticked_codes(t.item for t in workshop.checklist))
    if ticked:
        evidence.add("health.m4.tips_ticked", count=ticked)
    else:
        evidence.add("health.m4.no_tips_ticked")
    evidence.missing = not with_ambassador and not workshop.feedback and not ticked
    return evidence
