"""The suggested departments in each language (stored in English, shown in the reader's)."""

from __future__ import annotations

from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS, Language, Team, Workshop
from okr_workshop.domain.rules.department_names import (
    FRENCH,
    DepartmentList,
    department_label,
)
from okr_workshop.domain.rules.health import health_check


def test_every_suggested_department_has_its_french_name():
    assert set(FRENCH) == set(SUGGESTED_DEPARTMENTS)
    assert len(set(FRENCH.values())) == len(FRENCH)  # no two shown alike


def test_a_suggested_department_is_shown_in_the_reader_language():
    assert department_label("Sales", Language.FRENCH) == "Ventes"
    assert department_label("human  resources", "fr") == "Ressources humaines"
    assert department_label("Sales", Language.ENGLISH) == "Sales"
    assert department_label("Boulangerie", "fr") == "Boulangerie"  # typed by hand: as typed


def test_a_list_of_departments_prints_itself_in_each_language():
    names = DepartmentList(["Sales", "Logistics", "Fournil"])
    assert names == "Sales, Logistics, Fournil"  # still the stored text
    assert f"{names:fr}" == "Ventes, Logistique, Fournil"
    assert f"{names:en}" == "Sales, Logistics, Fournil"


def test_the_health_message_names_departments_in_the_workshop_language():
    teams = (Team(name="Commerce", department="Sales"),
             Team(name="RH", department="Human Resources"))  # fmt: skip
    workshop = Workshop(title="Atelier", teams=teams)
    messages = [
        (f.message("fr"), f.message("en"))
        for mistake in health_check(workshop)
        for f in mistake.evidence
        if f.code == "health.m5.departments"
    ]
    assert messages == [(
        "Directions représentées\u00a0: Ventes, Ressources humaines.",
        "Departments taking part: Sales, Human Resources.",
    )]
