"""Objectives: wording for every objective, anchoring for kept ones."""

from __future__ import annotations

import pytest

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import Commitment, ObjectiveStatus
from okr_workshop.domain.rules.objectives import (
    business_as_usual_word,
    has_number,
    objective_findings,
)
from okr_workshop.domain.values import new_id
from tests.domain.rules_builders import codes, objective, team

TEAM_ID = team().id


def test_a_good_kept_objective_has_no_finding():
    assert objective_findings(objective(TEAM_ID, strategic_objective_id=new_id())) == []


@pytest.mark.parametrize("title", [
    "Atteindre 95 % de satisfaction", "Signer 3 partenaires", "Réduire le churn à 2,5",
    "Top 10 du marché",
])
def test_a_number_in_the_objective(title):
    [finding] = objective_findings(objective(TEAM_ID, title))
    assert (finding.code, finding.severity) == ("objective.has_number", Severity.WARNING)
    assert (finding.subject, finding.params["objective"]) == (Subject.OBJECTIVE, title)
    assert "résultat clé" in finding.message("fr")


@pytest.mark.parametrize("title", [
    "Devenir la référence du bio en 2027", "Réussir le lancement T1", "Préparer la V2",
    "Conquérir le marché B2B", "Ravir nos clients",
])
def test_years_cycle_labels_and_codes_are_not_numbers(title):
    assert not has_number(title)
    assert objective_findings(objective(TEAM_ID, title)) == []


@pytest.mark.parametrize("title", [
    "Servir chaque client avant 7 h", "Ouvrir le magasin à 7h30", "Livrer dès 18 h 30",
    "Être prêts à 9 heures chaque matin", "Accueillir les équipes à partir de 6h",
    "Devenir le magasin n° 1 de la ville", "Ouvrir la boutique nº 12",
    "Serve every customer before 7 am", "Open the store at 7:30 pm", "Be ready by 7:30",
    "Win city #7", "Make store no. 4 the reference", "Deliver every order by 6 p.m.",
])
def test_times_of_day_and_labels_are_not_figures(title):
    # Issue 11, point 19: a time of day or a number that names a thing is not a target.
    assert not has_number(title)
    assert objective_findings(objective(TEAM_ID, title)) == []


@pytest.mark.parametrize("title", [
    "Livrer en 24 h partout", "Répondre sous 2 h", "Servir 7 clients sur 10 avant 7 h",
    "Open at 7 am in 5 new cities", "Deliver within 48 hours", "Win city #7 with 30% share",
])
def test_a_figure_next_to_a_time_of_day_is_still_a_figure(title):
    assert has_number(title)


@pytest.mark.parametrize(("title", "word"), [
    ("Maintenir la qualité de service", "Maintenir"),
    ("Continuer à livrer chaque semaine", "Continuer"),
    ("Keep the lights on", "Keep"),
    ("Maintain our uptime", "Maintain"),
    ("PRÉSERVER nos marges", "PRÉSERVER"),
    ("Poursuivre la croissance", "Poursuivre"),
])
def test_business_as_usual_wording(title, word):
    assert business_as_usual_word(title) == word
    [finding] = objective_findings(objective(TEAM_ID, title))
    assert (finding.code, finding.params["word"]) == ("objective.business_as_usual", word)
    assert f"«\u00a0{word}\u00a0»" in finding.message("fr")


@pytest.mark.parametrize("title", [
    "Doubler la fidélité", "Continuous delivery for every team", "Keeper of the brand",
])
def test_change_wording_is_not_business_as_usual(title):
    assert business_as_usual_word(title) is None


def test_kept_objective_without_why():
    [finding] = objective_findings(objective(TEAM_ID, why="  "))
    assert (finding.code, finding.severity) == ("objective.no_why", Severity.WARNING)


def test_not_aligned_without_reason():
    [finding] = objective_findings(objective(TEAM_ID, non_alignment_reason=" ",
                                             strategic_objective_id=None))
    assert finding.code == "objective.not_aligned_without_reason"
    assert finding.severity == Severity.WARNING


def test_not_aligned_with_a_reason_or_aligned_is_fine():
    assert objective_findings(objective(TEAM_ID, non_alignment_reason="Obligation légale.")) == []
    assert objective_findings(objective(TEAM_ID, strategic_objective_id=new_id())) == []


def test_commitment_not_set():
    [finding] = objective_findings(objective(TEAM_ID, commitment=None))
    assert (finding.code, finding.severity) == ("objective.commitment_not_set", Severity.INFO)
    assert objective_findings(objective(TEAM_ID, commitment=Commitment.ASPIRATIONAL)) == []


@pytest.mark.parametrize("status", [ObjectiveStatus.CANDIDATE, ObjectiveStatus.PARKED])
def test_unkept_objectives_are_judged_on_wording_only(status):
    bare = objective(TEAM_ID, status=status, why="", strategic_objective_id=None,
                     non_alignment_reason=" ", commitment=None, key_results=())
    assert objective_findings(bare) == []
    worded = objective(TEAM_ID, "Maintenir 3 boutiques", status=status, why="")
    assert codes(objective_findings(worded)) == [
        "objective.has_number", "objective.business_as_usual"
    ]


def test_parked_objectives_are_never_more_than_information():
    parked = objective(TEAM_ID, "Maintenir 3 boutiques", status=ObjectiveStatus.PARKED)
    assert {f.severity for f in objective_findings(parked)} == {Severity.INFO}
    candidate = objective(TEAM_ID, "Maintenir 3 boutiques", status=ObjectiveStatus.CANDIDATE)
    assert {f.severity for f in objective_findings(candidate)} == {Severity.WARNING}
