"""Issue 18, family 5: the deadline a key-result sentence says, against the cycle."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.findings import Severity
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.key_results import key_result_findings
from okr_workshop.domain.rules.sentence_deadline import deadlines
from tests.domain.rules_builders import (
    CYCLE_END,
    CYCLE_START,
    codes,
    good_workshop,
    kr,
    objective,
    team,
    with_objectives,
)

CODE = "kr.sentence_deadline_outside_cycle"
H1_START, H1_END = date(2027, 1, 1), date(2027, 6, 30)


def last_days(text: str, start: date | None = CYCLE_START) -> list[tuple[str, date | None]]:
    return [(found.said, found.day(start)) for found in deadlines(text)]


@pytest.mark.parametrize(("text", "said", "day"), [
    # French
    ("Signer 12 nouveaux partenaires d'ici fin S1", "d'ici fin S1", date(2027, 6, 30)),
    ("Ramener le délai de 9 à 5 jours avant fin T2", "avant fin T2", date(2027, 6, 30)),
    ("Passer à 40 % d'ici juin", "d'ici juin", date(2027, 6, 30)),
    ("Clôturer en 6 jours au 31/12", "au 31/12", date(2027, 12, 31)),
    ("Porter le CA à 2 M€ fin 2027", "fin 2027", date(2027, 12, 31)),
    ("Atteindre 30 % au T3 2027", "au T3 2027", date(2027, 9, 30)),
    ("Ouvrir 3 comptes d'ici mi-mars", "d'ici mi-mars", date(2027, 3, 15)),
    ("Réduire les retards avant juin", "avant juin", date(2027, 5, 31)),  # June excluded
    ("Réduire les retards avant la fin juin", "avant la fin juin", date(2027, 6, 30)),
    ("Atteindre 90 % d’ici la fin de l’année", "d’ici la fin de l’année", date(2027, 12, 31)),
    ("Atteindre 90 % pour le 15 février 2028", "pour le 15 février 2028", date(2028, 2, 15)),
    ("Atteindre 90 % le 30 avril au plus tard", "30 avril au plus tard", date(2027, 4, 30)),
    ("Livrer 95 % à l'heure d'ici le 2e trimestre 2027", "d'ici le 2e trimestre 2027",
     date(2027, 6, 30)),
    ("Tripler les ventes EN LIGNE D'ICI FIN FÉVRIER", "D'ICI FIN FÉVRIER", date(2027, 2, 28)),
    # English
    ("Sign 12 new partners by 15 May", "by 15 May", date(2027, 5, 15)),
    ("Cut churn from 6% to 4% by end of Q3", "by end of Q3", date(2027, 9, 30)),
    ("Reach 500 members by March 2027", "by March 2027", date(2027, 3, 31)),
    ("Reach 40% in Q1'27", "in Q1'27", date(2027, 3, 31)),
    ("Grow MRR to $90k by May 15, 2027", "by May 15, 2027", date(2027, 5, 15)),
    ("Ship 20 releases before 15 May", "before 15 May", date(2027, 5, 14)),
    ("Hit 99.9% uptime by year-end", "by year-end", date(2027, 12, 31)),
    ("Close 30 deals by the end of the second half", "by the end of the second half",
     date(2027, 12, 31)),
    ("Onboard 40 stores no later than 2027-06-30", "no later than 2027-06-30",
     date(2027, 6, 30)),
])
def test_the_last_day_a_deadline_names(text, said, day):
    assert last_days(text) == [(said, day)]


@pytest.mark.parametrize("text", [
    "Porter le NPS de 32 à 45",  # no deadline at all
    "Passer de 12 en 2025 à 20 partenaires",  # the baseline's year
    "Monter à 30 clients, contre 12 en 2025",
    "Garder au moins 95 % de disponibilité jusqu'à 18 h",  # a time of day
    "Livrer avant 8 h 90 % des colis",
    "Faire passer le taux de réachat à 90 jours de 40 % à 60 %",  # a span, not a date
    "Cut waste by 1/2 across the three plants",  # a fraction
    "Grow revenue by 20% before the summer",  # too vague to judge
    "Répondre en moins de 24 h d'ici la rentrée",
    "Release v2.5 to 3 pilot customers",
    "Grow weekly active users by 2,025",
    "Make 15 May the day every store is stocked",  # a day, but no deadline word
])
def test_no_deadline_is_read_where_there_is_none(text):
    assert deadlines(text) == ()


def test_two_dates_each_as_written():
    assert last_days("Passer à 45 en avril et à 60 en juin") == [
        ("en avril", date(2027, 4, 30)), ("en juin", date(2027, 6, 30))]


@pytest.mark.parametrize("text", [
    # Review of issue 18: the date of the starting value is when we started.
    "Passer de 30 en janvier à 45 en juin",
    "Passer le NPS à 45 en juin, contre 28 fin 2025",
    "Reach 45 in June, up from 30 in January",
])
def test_the_date_of_the_starting_value_is_no_deadline(text):
    assert [said for said, _ in last_days(text)] == [
        "en juin" if "en juin" in text else "in June"]


def test_a_yearless_deadline_takes_the_first_year_on_or_after_the_cycle_start():
    autumn = date(2026, 9, 1)  # a school-year cycle, September to June
    assert last_days("d'ici juin", autumn) == [("d'ici juin", date(2027, 6, 30))]
    assert last_days("by end of Q4", autumn) == [("by end of Q4", date(2026, 12, 31))]
    assert last_days("d'ici juin", None) == [("d'ici juin", None)]  # nothing to infer from


def findings_of(text: str, start=CYCLE_START, end=CYCLE_END):
    return [f for f in key_result_findings(kr(text), start, end) if f.code == CODE]


@pytest.mark.parametrize(("text", "said"), [
    ("Passer le NPS de 30 à 40 points d'ici fin S1", "d'ici fin S1"),
    ("Cut churn from 6% to 4% by end of Q3", "by end of Q3"),
    ("Atteindre 30 % au T3 2027", "au T3 2027"),
    ("Reach 500 members by March 2028", "by March 2028"),
    ("Atteindre 40 clients d'ici décembre 2026", "d'ici décembre 2026"),  # before the start
    ("Passer de 12 en 2025 à 20 partenaires fin 2027", "fin 2027"),
])
def test_a_deadline_outside_the_cycle_is_a_warning(text, said):
    [finding] = findings_of(text)
    assert finding.severity == Severity.WARNING
    assert finding.params["deadline"] == said
    assert f"«\u00a0{said}\u00a0»" in finding.message("fr")
    assert "du 1er\u00a0janv.\u00a02027 au 31\u00a0mars\u00a02027" in finding.message("fr")
    assert f"“{said}”" in finding.message("en")
    assert "outside the cycle (from Jan\u00a01, 2027 to Mar\u00a031, 2027)" in finding.message("en")
    assert finding.advice("fr") and finding.advice("en")


def test_the_message_names_the_day_in_each_language():
    [finding] = findings_of("Signer 12 partenaires d'ici fin S1")
    assert "(30\u00a0juin\u00a02027)\u00a0: c’est hors du cycle" in finding.message("fr")
    assert "(Jun\u00a030, 2027): that is outside the cycle" in finding.message("en")


@pytest.mark.parametrize("text", [
    "Passer le NPS de 30 à 40 points d'ici fin mars",
    "Passer le NPS de 30 à 40 points fin T1",
    "Reach 40% in Q1'27",
    "Reach 40% by 2027-03-31",
    "Passer de 12 fin 2025 à 20 fin mars",  # "fin 2025" is where we start from
    "Monter à 30 clients, contre 12 au T4 2026",
    "Porter le NPS de 32 à 45",
])
def test_a_deadline_inside_the_cycle_or_a_past_baseline_says_nothing(text):
    assert findings_of(text) == []


def test_a_cycle_without_dates_says_nothing():
    assert findings_of("Signer 12 partenaires d'ici fin S1", None, None) == []
    # With only an end, a yearless deadline has no year to read; a dated one still counts.
    assert findings_of("Signer 12 partenaires d'ici fin S1", None, H1_END) == []
    assert codes(findings_of("Sign 12 partners by end of Q3 2027", None, H1_END)) == [CODE]


def test_the_whole_check_shows_it_once_per_key_result():
    late = kr("Signer 12 partenaires d'ici fin S1")
    sales = team()
    sales = with_objectives(sales, objective(sales.id, key_results=(kr(), late)))
    workshop = good_workshop(teams=(sales,), dependencies=())
    found = [f for f in check_workshop(workshop) if f.code == CODE]
    assert [(f.subject_id, f.params["deadline"]) for f in found] == [(late.id, "d'ici fin S1")]


NOT_DUE = "kr.sentence_deadline_not_due"


def not_due(text: str, due: date | None, start=CYCLE_START, end=CYCLE_END):
    return [f for f in key_result_findings(kr(text, due=due), start, end) if f.code == NOT_DUE]


def test_a_sentence_deadline_far_from_the_due_date_is_information():
    [finding] = not_due("Signer 12 partenaires d'ici fin février", date(2027, 3, 31))
    assert finding.severity == Severity.INFO
    assert finding.message("fr") == (
        "«\u00a0Signer 12 partenaires d'ici fin février\u00a0» dit «\u00a0d'ici fin février"
        "\u00a0» (28\u00a0févr.\u00a02027), mais son échéance est le 31\u00a0mars\u00a02027.")
    assert finding.message("en") == (
        "“Signer 12 partenaires d'ici fin février” says “d'ici fin février” "
        "(Feb\u00a028, 2027), but its due date is Mar\u00a031, 2027.")
    assert "rythme" in finding.advice("fr") and "pace" in finding.advice("en")
    [finding] = not_due("Sign 12 partners before March", date(2027, 3, 31))
    assert finding.params["day"] == date(2027, 2, 28)


@pytest.mark.parametrize(("text", "due"), [
    ("Signer 12 partenaires d'ici fin mars", date(2027, 3, 26)),  # within a week
    ("Signer 12 partenaires d'ici fin mars", None),  # no due date
    ("Signer 12 partenaires", date(2027, 2, 1)),  # no deadline
    ("Passer à 45 d'ici fin février et à 60 d'ici fin mars", date(2027, 2, 1)),  # two dates
    ("Reach 40% in February", date(2027, 3, 31)),  # a period, not a deadline
    ("Signer 12 partenaires d'ici fin février", date(2027, 6, 30)),  # due outside: said
    ("Signer 12 partenaires d'ici fin S1", date(2027, 3, 1)),  # outside the cycle: said
])
def test_a_matching_or_unclear_deadline_says_nothing_of_the_due_date(text, due):
    assert not_due(text, due) == []
