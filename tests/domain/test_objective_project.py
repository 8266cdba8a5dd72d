"""Issue 18, family 6: an objective that names a project instead of an ambition.

The sentences are ours, written for this test; each side has more than 15 per language.
"""

from __future__ import annotations

import pytest

from okr_workshop.domain.findings import Severity
from okr_workshop.domain.model import ObjectiveStatus
from okr_workshop.domain.rules.objectives import objective_findings
from okr_workshop.domain.rules.project_words import project_opening
from tests.domain.rules_builders import objective, team

CODE = "objective.project"

FRENCH_PROJECTS = [
    ("Refondre l'intranet", "Refondre l'intranet"),
    ("Déployer un outil de ticketing", "Déployer un outil"),
    ("Migrer vers le cloud", "Migrer vers le cloud"),
    ("Mettre en place un CRM", "Mettre en place un CRM"),
    ("Lancer la nouvelle application mobile", "Lancer la nouvelle application"),
    ("Créer un site e-commerce pour nos farines", "Créer un site"),
    ("Refonte du site web", "Refonte du site"),
    ("Mise en place d’un ERP", "Mise en place d’un ERP"),
    ("Migration des serveurs vers le cloud", "Migration des serveurs"),
    ("Développer une plateforme de réservation en ligne", "Développer une plateforme"),
    ("Construire un nouvel entrepôt à Lyon", "Construire un nouvel entrepôt"),
    ("Objectif : Déployer le nouveau logiciel de caisse", "Déployer le nouveau logiciel"),
    ("O2 - Refondre le portail client", "Refondre le portail"),
    ("Installer des bornes de commande dans chaque boutique", "Installer des bornes"),
    ("Remplacer notre vieil ERP", "Remplacer notre vieil ERP"),
    ("Nous doter d’un tableau de bord commercial", "Nous doter d’un tableau de bord"),
    ("Changer d’outil de paie", "Changer d’outil"),
    ("Lancement de la newsletter clients", "Lancement de la newsletter"),
    ("Automatiser le processus de facturation", "Automatiser le processus"),
    ("DÉPLOYER UN OUTIL DE TICKETING 🚀", "DÉPLOYER UN OUTIL"),
]
FRENCH_AMBITIONS = [
    "Construire une relation de confiance avec nos clients",
    "Créer une culture du feedback dans chaque équipe",
    "Développer notre chiffre d’affaires à l’export",
    "Lancer notre marque en Belgique",
    "Déployer notre savoir-faire dans toutes les boutiques",
    "Mettre en place les conditions de la réussite de chaque vendeur",
    "Migrer nos clients vers une offre plus rentable",
    "Concevoir des parcours plus simples pour nos clients",
    "Refondre notre relation avec les fournisseurs",
    "Moderniser l’image de nos boutiques",
    "Intégrer les nouveaux arrivants en moins d’un mois",
    "Changer la vie de nos clients pressés",
    "Passer à la vitesse supérieure sur le service",
    "Créer un réflexe « farine locale » chez nos clients",
    "Installer durablement la confiance avec nos partenaires",
    "Rendre la commande en ligne aussi simple que de pousser la porte d’une boutique",
    "Objectif zéro déchet dans nos fournils",
]
ENGLISH_PROJECTS = [
    ("Launch the new website", "Launch the new website"),
    ("Implement a CRM", "Implement a CRM"),
    ("Migrate to the cloud", "Migrate to the cloud"),
    ("Roll out the new ticketing tool to all stores", "Roll out the new ticketing tool"),
    ("Build a mobile app for our loyalty club", "Build a mobile app"),
    ("Redesign the intranet", "Redesign the intranet"),
    ("Set up a customer data platform", "Set up a customer data platform"),
    ("Replace our ageing ERP", "Replace our ageing ERP"),
    ("Develop a new booking system", "Develop a new booking system"),
    ("Website redesign", "Website redesign"),
    ("CRM implementation in Q3", "CRM implementation"),
    ("Migration of our servers to the cloud", "Migration of our servers"),
    ("Create a partner portal", "Create a partner portal"),
    ("Upgrade the warehouse management system", "Upgrade the warehouse management system"),
    ("Launching the loyalty programme", "Launching the loyalty programme"),
    ("Install self-checkout kiosks in every store", "Install self-checkout kiosks"),
    ("Objective 2: Build a data warehouse", "Build a data warehouse"),
    ("We will go live with the new HR software", "go live with the new HR software"),
]
ENGLISH_AMBITIONS = [
    "Build trust with every new customer",
    "Create a culture where feedback is normal",
    "Develop our people into confident coaches",
    "Launch into the German market with confidence",
    "Implement a customer-first mindset",
    "Deploy our expertise in every store",
    "Build lasting relationships with schools",
    "Create delight at every delivery",
    "Roll out our service promise to every region",
    "Move faster than our competitors",
    "Introduce customers to the joy of repair",
    "Upgrade the customer experience in our stores",
    "Switch customers to paperless billing",
    "Make our website the easiest place to find the right kit",
    "Free the storefront from our ageing e-commerce platform",
    "Make our launch a success",
]


@pytest.mark.parametrize(("title", "project"), FRENCH_PROJECTS + ENGLISH_PROJECTS)
def test_a_project_is_named_as_typed(title, project):
    assert project_opening(title) == project


@pytest.mark.parametrize("title", FRENCH_AMBITIONS + ENGLISH_AMBITIONS)
def test_an_ambition_opening_like_a_project_is_left_alone(title):
    assert project_opening(title) is None


def test_enough_sentences_on_each_side():
    assert min(len(FRENCH_PROJECTS), len(FRENCH_AMBITIONS), len(ENGLISH_PROJECTS),
               len(ENGLISH_AMBITIONS)) >= 15


def project_findings(title: str, status=ObjectiveStatus.KEPT):
    found = objective_findings(objective(team().id, title, status=status))
    return [f for f in found if f.code == CODE]


def test_a_kept_project_is_a_warning_that_sounds_like_a_coach():
    [finding] = project_findings("Refondre l'intranet")
    assert finding.severity == Severity.WARNING
    assert finding.message("fr") == (
        "«\u00a0Refondre l'intranet\u00a0» décrit un projet\u00a0: il sera terminé une fois "
        "livré, que quelque chose ait changé ou non.")
    assert finding.advice("fr").startswith(
        "«\u00a0Refondre l'intranet\u00a0» n’est qu’un moyen\u00a0: demandez ce que cela "
        "doit changer pour les clients ou pour l’entreprise")
    [finding] = project_findings("Implement a CRM to stop losing leads")
    assert finding.message("en") == (
        "“Implement a CRM to stop losing leads” describes a project: it is done once "
        "delivered, whether or not anything changed.")
    assert finding.advice("en").startswith("“Implement a CRM” is only a means: ask what it")
    assert "initiative" in finding.advice("en")


@pytest.mark.parametrize(("status", "severity"), [
    (ObjectiveStatus.PARKED, Severity.INFO), (ObjectiveStatus.CANDIDATE, Severity.WARNING)])
def test_parked_projects_are_mere_information(status, severity):
    [finding] = project_findings("Migrer vers le cloud", status)
    assert finding.severity == severity


def test_an_ambition_has_no_such_finding():
    assert project_findings("Construire une relation de confiance avec nos clients") == []
    assert project_findings("Make our website the easiest place to find the right kit") == []


@pytest.mark.parametrize("title", ["Déployer", "Launch", "O1 -", "<b>Lancer</b>", "2027",
                                   "Mettre en place", "\u200b", "Lancer l'", "🚀 CRM"])
def test_odd_titles_are_read_without_error(title):
    assert project_opening(title) is None
