"""The workshop as a whole: vision, strategy coverage, teams, departments, rituals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import (
    Cadence,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    StrategicObjective,
)
from okr_workshop.domain.rules.workshop import (
    department_is_product_or_it,
    departments,
    team_findings,
    workshop_findings,
)
from tests.domain.rules_builders import codes, good_workshop, objective, team, with_objectives


def test_a_good_workshop_has_no_workshop_finding():
    workshop = good_workshop()
    assert workshop_findings(workshop) == []
    assert [f for t in workshop.teams for f in team_findings(t)] == []


def test_no_vision():
    [finding] = workshop_findings(good_workshop(vision=" \n"))
    assert (finding.code, finding.severity) == ("workshop.no_vision", Severity.WARNING)
    assert finding.subject == Subject.WORKSHOP


def test_no_strategic_objectives():
    workshop = good_workshop(strategic_objectives=())
    assert codes(workshop_findings(workshop)) == ["workshop.no_strategic_objectives"]


def test_strategic_objective_without_why():
    workshop = good_workshop()
    vague = replace(workshop.strategic_objectives[0], why="")
    changed = replace(workshop, strategic_objectives=(vague, workshop.strategic_objectives[1]))
    [finding] = workshop_findings(changed)
    assert finding.code == "workshop.strategic_without_why"
    assert (finding.subject, finding.subject_id) == (Subject.STRATEGIC_OBJECTIVE, vague.id)


def test_strategic_objective_nobody_contributes_to():
    workshop = good_workshop()
    lonely = StrategicObjective(title="Ouvrir à l'export", why="Le marché local sature.")
    changed = replace(workshop,
                      strategic_objectives=(*workshop.strategic_objectives, lonely))
    [finding] = workshop_findings(changed)
    assert (finding.code, finding.subject_id) == ("workshop.strategic_uncovered", lonely.id)
    assert finding.params["strategic"] == "Ouvrir à l'export"


def test_a_candidate_contributes_but_a_parked_objective_does_not():
    workshop = good_workshop()
    export = StrategicObjective(title="Ouvrir à l'export", why="Le marché local sature.")
    sales = workshop.teams[0]

    def with_status(status):
        extra = objective(sales.id, "Trouver un distributeur", status=status,
                          strategic_objective_id=export.id)
        teams = (replace(sales, objectives=(*sales.objectives, extra)), *workshop.teams[1:])
        return replace(workshop, teams=teams,
                       strategic_objectives=(*workshop.strategic_objectives, export))

    assert workshop_findings(with_status(ObjectiveStatus.CANDIDATE)) == []
    assert codes(workshop_findings(with_status(ObjectiveStatus.PARKED))) == [
        "workshop.strategic_uncovered"
    ]


def test_team_without_kept_objective():
    t = with_objectives(team(ambassador_id=good_workshop().participants[0].id),
                        objective("00000000-0000-4000-8000-000000000000",
                                  status=ObjectiveStatus.CANDIDATE))
    [finding] = team_findings(t)
    assert (finding.code, finding.subject, finding.subject_id) == (
        "workshop.team_without_kept", Subject.TEAM, t.id)


def test_team_without_ambassador():
    workshop = good_workshop()
    t = replace(workshop.teams[0], ambassador_id=None)
    [finding] = team_findings(t)
    assert (finding.code, finding.severity) == ("workshop.team_without_ambassador",
                                                Severity.WARNING)
    assert finding.message("en") == "Team “Ventes” has no ambassador."


def test_no_teams():
    assert codes(workshop_findings(good_workshop(teams=(), dependencies=()))) == [
        "workshop.no_teams"
    ]


@pytest.mark.parametrize("department", [
    "Product", "Produit", "Direction Produit", "IT", "DSI", "Informatique", "Tech",
    "Numérique", "NUMERIQUE", "Digital", "Data", "Design", "Engineering", "Ingénierie",
    "R&D logiciel",
])
def test_product_and_it_departments(department):
    assert department_is_product_or_it(department) is True


@pytest.mark.parametrize("department", [
    "Sales", "Ventes", "Marketing", "Service client", "Customer Service", "Finance",
    "RH", "Human Resources", "Logistique", "Product Marketing", "Customer Data", "Juridique",
])
def test_other_departments(department):
    assert department_is_product_or_it(department) is False


def test_blank_department_is_unknown():
    assert department_is_product_or_it("  ") is None


def with_departments(*names: str):
    teams = tuple(team(f"Équipe {i}", name) for i, name in enumerate(names))
    return good_workshop(teams=teams, dependencies=())


def test_only_product_and_it_teams():
    workshop = with_departments("Produit", "DSI", "Digital", "")
    assert "workshop.only_product_it" in codes(workshop_findings(workshop))
    assert departments(workshop) == (["Produit", "DSI", "Digital"], [])


def test_one_business_department_is_enough():
    workshop = with_departments("Produit", "DSI", "Service client")
    assert "workshop.only_product_it" not in codes(workshop_findings(workshop))
    assert departments(workshop) == (["Produit", "DSI"], ["Service client"])


def test_departments_are_listed_once_whatever_the_case():
    assert departments(with_departments("Sales", "sales", "SALES")) == ([], ["Sales"])


def test_no_department_known():
    [finding] = [f for f in workshop_findings(with_departments("", " "))
                 if f.code.startswith("workshop.no_dep")]
    assert (finding.code, finding.severity) == ("workshop.no_departments", Severity.INFO)


def test_no_rituals():
    assert codes(workshop_findings(good_workshop(rituals=()))) == ["workshop.no_rituals"]


def test_rituals_without_check_in():
    rituals = (Ritual(kind=RitualKind.ALL_HANDS, cadence=Cadence.QUARTERLY),)
    assert codes(workshop_findings(good_workshop(rituals=rituals))) == [
        "workshop.no_check_in_ritual"
    ]


@pytest.mark.parametrize("cadence", [Cadence.QUARTERLY, Cadence.ONCE])
def test_check_in_only_at_the_end_of_the_quarter(cadence):
    rituals = (Ritual(kind=RitualKind.CHECK_IN, cadence=cadence),)
    assert codes(workshop_findings(good_workshop(rituals=rituals))) == [
        "workshop.check_in_too_rare"
    ]


@pytest.mark.parametrize("cadence", [Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.MONTHLY])
def test_regular_check_in(cadence):
    rituals = (Ritual(kind=RitualKind.CHECK_IN, cadence=cadence),)
    assert workshop_findings(good_workshop(rituals=rituals)) == []
