"""The workshop as a whole: vision and strategy shared (mistake 1), teams carried by an
ambassador (mistake 4), the whole company in the room (mistake 5), follow-up planned
(mistake 3)."""

from __future__ import annotations

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import (
    Cadence,
    ObjectiveStatus,
    RitualKind,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.wording import entry, short, words

NO_VISION = "workshop.no_vision"
NO_STRATEGIC_OBJECTIVES = "workshop.no_strategic_objectives"
STRATEGIC_WITHOUT_WHY = "workshop.strategic_without_why"
STRATEGIC_UNCOVERED = "workshop.strategic_uncovered"
NO_TEAMS = "workshop.no_teams"
TEAM_WITHOUT_KEPT = "workshop.team_without_kept"
TEAM_WITHOUT_AMBASSADOR = "workshop.team_without_ambassador"
NO_DEPARTMENTS = "workshop.no_departments"
ONLY_PRODUCT_IT = "workshop.only_product_it"
NO_RITUALS = "workshop.no_rituals"
NO_CHECK_IN_RITUAL = "workshop.no_check_in_ritual"
CHECK_IN_TOO_RARE = "workshop.check_in_too_rare"

MESSAGES = {
    NO_VISION: entry(
        fr=("La vision n'est pas encore écrite.",
            "Commencez par elle : chaque équipe doit pouvoir dire à quoi elle contribue."),
        en=("The vision statement is not written yet.",
            "Start with it: every team should be able to say what it contributes to."),
    ),
    NO_STRATEGIC_OBJECTIVES: entry(
        fr=("Aucun objectif stratégique n'est posé.",
            "Présentez les objectifs stratégiques de la direction avant que les équipes "
            "écrivent les leurs."),
        en=("No strategic objective has been set.",
            "Present the leadership's strategic objectives before the teams write their own."),
    ),
    STRATEGIC_WITHOUT_WHY: entry(
        fr=("L'objectif stratégique « {strategic} » n'explique pas son pourquoi.",
            "Une phrase sur le pourquoi aide chaque équipe à trouver sa contribution."),
        en=("Strategic objective “{strategic}” does not explain its why.",
            "One sentence on why helps each team find its contribution."),
    ),
    STRATEGIC_UNCOVERED: entry(
        fr=("Aucune équipe ne contribue à « {strategic} ».",
            "Demandez qui peut le faire avancer, ou assumez de le laisser de côté ce cycle-ci."),
        en=("No team contributes to “{strategic}”.",
            "Ask who could move it forward, or agree openly to leave it aside this cycle."),
    ),
    NO_TEAMS: entry(
        fr=("Aucune équipe n'est encore inscrite à l'atelier.",
            "Ajoutez les équipes qui participent, avec leur direction."),
        en=("No team has been added to the workshop yet.",
            "Add the teams taking part, with their department."),
    ),
    TEAM_WITHOUT_KEPT: entry(
        fr=("L'équipe « {team} » n'a encore retenu aucun objectif.",
            "À l'étape Focus, votez puis retenez les plus importants, dans la limite de la "
            "règle commune."),
        en=("Team “{team}” has not kept any objective yet.",
            "In the Focus step, vote, then keep the most important ones within the common "
            "rule."),
    ),
    TEAM_WITHOUT_AMBASSADOR: entry(
        fr=("L'équipe « {team} » n'a pas d'ambassadeur.",
            "Choisissez une personne qui fera vivre les OKR dans l'équipe après l'atelier."),
        en=("Team “{team}” has no ambassador.",
            "Pick someone who will keep the OKRs alive in the team after the workshop."),
    ),
    NO_DEPARTMENTS: entry(
        fr=("Aucune équipe n'a de direction renseignée.",
            "Notez la direction de chaque équipe pour voir qui participe vraiment."),
        en=("No team has a department set.",
            "Record each team's department to see who really takes part."),
    ),
    ONLY_PRODUCT_IT: entry(
        fr=("Seules des équipes produit, digital ou informatique participent.",
            "Invitez les autres directions (ventes, service client, finance…) : les OKR "
            "sont l'affaire de toute l'entreprise."),
        en=("Only product, digital or IT teams take part.",
            "Invite the other departments (sales, customer service, finance…): OKRs are "
            "the whole company's business."),
    ),
    NO_RITUALS: entry(
        fr=("Aucun rituel de suivi n'est prévu.",
            "Planifiez au moins un point d'étape régulier sur les résultats clés, par "
            "exemple toutes les deux semaines."),
        en=("No follow-up ritual is planned.",
            "Plan at least a regular check-in on the key results, every two weeks for "
            "instance."),
    ),
    NO_CHECK_IN_RITUAL: entry(
        fr=("Des rituels sont prévus, mais aucun point d'étape sur les résultats clés.",
            "Ajoutez un point d'étape régulier : c'est là que les résultats clés restent "
            "vivants."),
        en=("Rituals are planned, but no check-in on the key results.",
            "Add a regular check-in: that is where key results stay alive."),
    ),
    CHECK_IN_TOO_RARE: entry(
        fr=("Le point d'étape sur les résultats clés n'a lieu qu'une fois par trimestre, "
            "voire moins.",
            "Faites le point au moins une fois par mois : en fin de trimestre, il est trop "
            "tard pour corriger."),
        en=("The key-result check-in happens once a quarter or less.",
            "Check in at least monthly: at the end of the quarter it is too late to adjust."),
    ),
}

# Department words, normalised. A department is "product or IT" when it only uses words of
# the first set; any business word ("Product Marketing", "Customer Data") makes it another
# department. The window offers English names but people type French too.
PRODUCT_IT_WORDS = frozenset({
    "product", "products", "produit", "produits", "engineering", "ingenierie", "it",
    "informatique", "dsi", "si", "tech", "technique", "technology", "technologie",
    "technologies", "digital", "numerique", "data", "donnees", "design", "ux", "ui", "dev",
    "developpement", "development", "software", "logiciel", "platform", "plateforme",
    "devops", "infrastructure", "infra", "cto", "cpo", "cio",
})
BUSINESS_WORDS = frozenset({
    "marketing", "sales", "vente", "ventes", "commercial", "commerciale", "finance",
    "finances", "financiere", "rh", "hr", "human", "humaines", "people", "legal", "juridique",
    "operations", "logistique", "logistics", "service", "client", "clients", "customer",
    "customers", "support", "achats", "purchasing", "qualite", "quality", "communication",
    "executive", "comex", "codir", "generale", "production", "usine", "magasin", "magasins",
    "retail", "store", "stores",
})
# Cadences that keep key results alive during delivery (mistake 3's "fin du trimestre").
REGULAR_CADENCES = frozenset({Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.MONTHLY})


def department_is_product_or_it(department: str) -> bool | None:
    """True for product / digital / IT departments, False for others, None when blank."""
    tokens = set(words(department))
    if not tokens:
        return None
    return bool(tokens & PRODUCT_IT_WORDS) and not tokens & BUSINESS_WORDS


def department_names(workshop: Workshop) -> list[str]:
    """Every department named by a team, once (whatever the case), in team order."""
    names: dict[str, str] = {}
    for team in workshop.teams:
        name = " ".join(team.department.split())
        if name:
            names.setdefault(name.casefold(), name)
    return list(names.values())


def departments(workshop: Workshop) -> tuple[list[str], list[str]]:
    """(product/IT departments, other departments), each once, in team order."""
    names = department_names(workshop)
    product_it = [n for n in names if department_is_product_or_it(n)]
    return product_it, [n for n in names if n not in product_it]


def contributing_objectives(workshop: Workshop, strategic: StrategicObjective) -> int:
    """Candidate or kept objectives aligned to ``strategic`` (parked ones do not count)."""
    return sum(
        1
        for objective in workshop.objectives()
        if objective.strategic_objective_id == strategic.id
        and objective.status != ObjectiveStatus.PARKED
    )


def team_findings(team: Team) -> list[Finding]:
    without_kept = not team.objectives_with(ObjectiveStatus.KEPT)
    if not without_kept and team.ambassador_id is not None:
        return []  # the usual case: nothing to quote
    found: list[Finding] = []
    params = {"team": short(team.name)}
    if without_kept:
        found.append(Finding(TEAM_WITHOUT_KEPT, Severity.WARNING, Subject.TEAM, team.id, params))
    if team.ambassador_id is None:
        found.append(
            Finding(TEAM_WITHOUT_AMBASSADOR, Severity.WARNING, Subject.TEAM, team.id, params)
        )
    return found


def strategy_findings(workshop: Workshop) -> list[Finding]:
    found: list[Finding] = []
    if is_blank(workshop.vision):
        found.append(Finding(NO_VISION, Severity.WARNING, Subject.WORKSHOP, workshop.id))
    if not workshop.strategic_objectives:
        found.append(
            Finding(NO_STRATEGIC_OBJECTIVES, Severity.WARNING, Subject.WORKSHOP, workshop.id)
        )
    covered = {
        o.strategic_objective_id
        for o in workshop.objectives()
        if o.strategic_objective_id is not None and o.status != ObjectiveStatus.PARKED
    }
    for strategic in workshop.strategic_objectives:
        params = {"strategic": short(strategic.title)}
        if is_blank(strategic.why):
            found.append(Finding(STRATEGIC_WITHOUT_WHY, Severity.WARNING,
                                 Subject.STRATEGIC_OBJECTIVE, strategic.id, params))
        if workshop.teams and strategic.id not in covered:
            found.append(Finding(STRATEGIC_UNCOVERED, Severity.WARNING,
                                 Subject.STRATEGIC_OBJECTIVE, strategic.id, params))
    return found


def participation_findings(workshop: Workshop) -> list[Finding]:
    if not workshop.teams:
        return [Finding(NO_TEAMS, Severity.WARNING, Subject.WORKSHOP, workshop.id)]
    product_it, others = departments(workshop)
    if not product_it and not others:
        return [Finding(NO_DEPARTMENTS, Severity.INFO, Subject.WORKSHOP, workshop.id)]
    if not others:
        return [Finding(ONLY_PRODUCT_IT, Severity.WARNING, Subject.WORKSHOP, workshop.id)]
    return []


def ritual_findings(workshop: Workshop) -> list[Finding]:
    if not workshop.rituals:
        return [Finding(NO_RITUALS, Severity.WARNING, Subject.WORKSHOP, workshop.id)]
    check_ins = [r for r in workshop.rituals if r.kind == RitualKind.CHECK_IN]
    if not check_ins:
        return [Finding(NO_CHECK_IN_RITUAL, Severity.WARNING, Subject.WORKSHOP, workshop.id)]
    if not any(r.cadence in REGULAR_CADENCES for r in check_ins):
        return [Finding(CHECK_IN_TOO_RARE, Severity.WARNING, Subject.WORKSHOP, workshop.id)]
    return []


def workshop_findings(workshop: Workshop) -> list[Finding]:
    """Workshop-level and strategic-objective-level findings (not the per-team ones)."""
    return strategy_findings(workshop) + participation_findings(workshop) + ritual_findings(
        workshop
    )
