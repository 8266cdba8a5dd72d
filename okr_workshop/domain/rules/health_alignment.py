"""Evidence for mistakes 1 (vision and strategy shared, teams writing their own contribution)
and 5 (the whole company in the room, not only product and digital).

Each function returns the evidence lines of one mistake and whether the practice is missing
altogether; :mod:`.health` turns that into a status. Lines are findings about the workshop,
positive ones included, so the Review step can also say what is going well.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import ObjectiveStatus, RitualKind, Workshop
from okr_workshop.domain.rules import workshop as workshop_rules
from okr_workshop.domain.rules.department_names import DepartmentList
from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    "health.m1.vision_written": entry(
        fr=("La vision est écrite.",
            "Affichez-la en plein écran au début de chaque session."),
        en=("The vision statement is written.",
            "Show it full screen at the start of every session."),
    ),
    "health.m1.strategic_explained": entry(
        fr=("Objectifs stratégiques expliqués par leur pourquoi : {count} sur {total}.",
            "Relisez-les avec la salle avant que les équipes écrivent leurs contributions."),
        en=("Strategic objectives explained with their why: {count} of {total}.",
            "Read them with the room before the teams write their contributions."),
    ),
    "health.m1.strategic_without_why": entry(
        fr=("Objectifs stratégiques sans pourquoi : {count} sur {total}.",
            "Demandez à la direction, pour chacun, pourquoi il compte maintenant : une "
            "phrase suffit."),
        en=("Strategic objectives without a why: {count} of {total}.",
            "Ask leadership for a one-sentence why for each of them."),
    ),
    "health.m1.aligned": entry(
        fr=("Objectifs retenus reliés à un objectif stratégique : {count} sur {total}.",
            "Montrez l'arbre d'alignement à l'étape Revue : chacun y voit sa contribution."),
        en=("Kept objectives linked to a strategic objective: {count} of {total}.",
            "Show the alignment tree in the Review step: everyone sees their contribution."),
    ),
    "health.m1.unaligned_without_reason": entry(
        fr=("Objectifs retenus ni reliés à la stratégie ni justifiés : {count} sur {total}.",
            "Pour chacun, choisissez l'objectif stratégique qu'il sert ou notez la raison."),
        en=("Kept objectives neither linked to the strategy nor explained: {count} of "
            "{total}.",
            "For each one, pick the strategic objective it serves or write down the reason."),
    ),
    "health.m1.authors": entry(
        fr=("Objectifs proposés par un participant identifié : {count} sur {total}.",
            "Citez les auteurs à la restitution : c'est leur contribution."),
        en=("Objectives proposed by a named participant: {count} of {total}.",
            "Name the authors at the all-hands presentation: it is their contribution."),
    ),
    "health.m1.no_authors": entry(
        fr=("Aucun objectif n'a d'auteur noté.",
            "Notez qui a proposé chaque objectif : les OKR ne doivent pas venir que d'en haut."),
        en=("No objective has its author recorded.",
            "Record who proposed each objective: OKRs should not only come from the top."),
    ),
    "health.m5.departments": entry(
        fr=("Directions représentées : {names:fr}.",
            "Vérifiez qu'aucune direction concernée n'a été oubliée."),
        en=("Departments taking part: {names:en}.",
            "Check that no department concerned has been left out."),
    ),
    "health.m5.departments_unknown": entry(
        fr=("Aucune équipe n'a de direction renseignée : impossible de voir qui participe.",
            "Notez la direction de chaque équipe à l'étape Préparation."),
        en=("No team has a department set: there is no telling who takes part.",
            "Record each team's department in the Setup step."),
    ),
    "health.m5.dependencies": entry(
        fr=("Dépendances entre équipes notées : {count}.",
            "Revoyez-les ensemble lors d'une revue inter-équipes."),
        en=("Dependencies between teams recorded: {count}.",
            "Go over them together in a cross-team review."),
    ),
    "health.m5.no_dependencies": entry(
        fr=("Aucune dépendance entre équipes n'est notée.",
            "Demandez à chaque équipe de qui elle a besoin pour réussir, et notez-le."),
        en=("No dependency between teams is recorded.",
            "Ask each team whom it needs in order to succeed, and record it."),
    ),
    "health.m5.strategic_covered": entry(
        fr=("Objectifs stratégiques portés par au moins une équipe : {count} sur {total}.",
            "Montrez cette couverture à la restitution : toute l'entreprise avance ensemble."),
        en=("Strategic objectives carried by at least one team: {count} of {total}.",
            "Show this coverage at the all-hands presentation: the whole company moves together."),
    ),
    "health.m5.strategic_uncovered": entry(
        fr=("Objectifs stratégiques sans aucune contribution : {count} sur {total}.",
            "Cherchez avec la salle quelle équipe, au-delà du produit, peut y contribuer."),
        en=("Strategic objectives with no contribution: {count} of {total}.",
            "Look with the room for a team, beyond product, that could contribute."),
    ),
    "health.m5.inter_team_review": entry(
        fr=("Une revue inter-équipes est prévue.",
            "Invitez-y aussi les parties prenantes hors produit."),
        en=("A cross-team review is planned.",
            "Invite the stakeholders outside product to it as well."),
    ),
    "health.m5.no_inter_team_review": entry(
        fr=("Aucune revue inter-équipes n'est prévue.",
            "Prévoyez-en une par cycle : c'est là que les dépendances se règlent."),
        en=("No cross-team review is planned.",
            "Plan one per cycle: that is where dependencies get sorted out."),
    ),
}


@dataclass
class Evidence:
    """The lines found for one mistake, and whether its practice is absent altogether."""

    workshop_id: str
    lines: list[Finding] = field(default_factory=list)
    missing: bool = False

    def add(self, code: str, severity: Severity = Severity.INFO, **params: object) -> None:
        self.lines.append(Finding(code, severity, Subject.WORKSHOP, self.workshop_id, params))

    def count_line(self, good: str, bad: str, bad_count: int, total: int,
                   bad_severity: Severity = Severity.WARNING) -> None:
        """"Good: n of N" when all is well, else "Bad: n of N"."""
        if bad_count:
            self.add(bad, bad_severity, count=bad_count, total=total)
        else:
            self.add(good, count=total, total=total)


def mistake_1(workshop: Workshop) -> Evidence:
    evidence = Evidence(workshop.id)
    found = {f.code: f for f in workshop_rules.strategy_findings(workshop)}
    strategic = workshop.strategic_objectives
    if workshop_rules.NO_VISION in found:
        evidence.lines.append(found[workshop_rules.NO_VISION])
    else:
        evidence.add("health.m1.vision_written")
    if not strategic:
        evidence.lines.append(found[workshop_rules.NO_STRATEGIC_OBJECTIVES])
    else:
        evidence.count_line("health.m1.strategic_explained", "health.m1.strategic_without_why",
                            sum(1 for s in strategic if is_blank(s.why)), len(strategic))
    kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    if kept:
        unexplained = sum(
            1 for o in kept if not o.is_aligned and is_blank(o.non_alignment_reason)
        )
        if unexplained:
            evidence.add("health.m1.unaligned_without_reason", Severity.WARNING,
                         count=unexplained, total=len(kept))
        else:
            evidence.add("health.m1.aligned", count=sum(1 for o in kept if o.is_aligned),
                         total=len(kept))
    objectives = list(workshop.objectives())
    if objectives:
        authored = sum(1 for o in objectives if o.author_id is not None)
        if authored:
            evidence.add("health.m1.authors", count=authored, total=len(objectives))
        else:
            evidence.add("health.m1.no_authors", Severity.WARNING)
    evidence.missing = is_blank(workshop.vision) and not strategic
    return evidence


def mistake_5(workshop: Workshop) -> Evidence:
    evidence = Evidence(workshop.id)
    participation = workshop_rules.participation_findings(workshop)
    codes = {f.code for f in participation}
    if workshop_rules.NO_TEAMS in codes:
        evidence.lines += participation
        evidence.missing = True
        return evidence
    product_it, others = workshop_rules.departments(workshop)
    if not product_it and not others:
        evidence.add("health.m5.departments_unknown", Severity.WARNING)
    else:
        evidence.add("health.m5.departments",
                     names=DepartmentList(workshop_rules.department_names(workshop)))
        evidence.lines += participation  # only_product_it, when it applies
        evidence.missing = not others
    if len(workshop.teams) > 1:
        if workshop.dependencies:
            evidence.add("health.m5.dependencies", count=len(workshop.dependencies))
        else:
            evidence.add("health.m5.no_dependencies", Severity.WARNING)
    strategic = workshop.strategic_objectives
    if strategic:
        uncovered = sum(
            1 for s in strategic if workshop_rules.contributing_objectives(workshop, s) == 0
        )
        evidence.count_line("health.m5.strategic_covered", "health.m5.strategic_uncovered",
                            uncovered, len(strategic))
    if any(r.kind == RitualKind.INTER_TEAM_REVIEW for r in workshop.rituals):
        evidence.add("health.m5.inter_team_review")
    else:
        evidence.add("health.m5.no_inter_team_review")
    return evidence
