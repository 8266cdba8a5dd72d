"""Mistake 3: key results measurable from their structured fields."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import Direction
from okr_workshop.domain.rules.key_results import (
    are_near_duplicates,
    has_several_owners,
    key_result_findings,
    near_duplicate_findings,
)
from tests.domain.rules_builders import CYCLE_END, CYCLE_START, codes, kr, objective, team


def findings_of(key_result, start=CYCLE_START, end=CYCLE_END):
    return key_result_findings(key_result, start, end)


def test_a_complete_key_result_has_no_finding():
    assert findings_of(kr()) == []


def test_no_target():
    key_result = kr(target=None)
    [finding] = findings_of(key_result)
    assert (finding.code, finding.severity) == ("kr.no_target", Severity.ERROR)
    assert (finding.subject, finding.subject_id) == (Subject.KEY_RESULT, key_result.id)
    assert finding.params["kr"] == "Passer le NPS de 30 à 40 points d'ici fin mars"


def test_no_baseline():
    assert codes(findings_of(kr(baseline=None))) == ["kr.no_baseline"]
    assert findings_of(kr(baseline=None))[0].severity == Severity.WARNING


def test_no_baseline_even_for_a_zero_target():
    # Decision: "zéro incident" still needs today's value to measure progress.
    zero = kr(baseline=None, target=0.0, direction=Direction.DECREASE)
    assert codes(findings_of(zero)) == ["kr.no_baseline"]


@pytest.mark.parametrize("direction", [Direction.AT_LEAST, Direction.AT_MOST])
def test_thresholds_need_no_baseline_and_may_equal_it(direction):
    assert findings_of(kr(direction=direction, baseline=None, target=99.9, unit="%")) == []
    assert findings_of(kr(direction=direction, baseline=99.9, target=99.9, unit="%")) == []
    # A threshold already beaten, or not yet reached, is not a contradiction either.
    assert findings_of(kr(direction=direction, baseline=50.0, target=99.9)) == []
    assert findings_of(kr(direction=direction, baseline=120.0, target=99.9)) == []


@pytest.mark.parametrize("direction", [Direction.INCREASE, Direction.DECREASE, None])
def test_target_equal_to_baseline(direction):
    [finding] = findings_of(kr(baseline=40.0, target=40.0, direction=direction, unit="%"))
    assert (finding.code, finding.severity) == ("kr.target_equals_baseline", Severity.ERROR)
    assert finding.message("fr").endswith("(40\u00a0%).")
    assert finding.message("en").endswith("(40%).")


def test_increase_with_target_below_baseline_contradicts():
    [finding] = findings_of(kr(baseline=120.0, target=80.0, unit="€"))
    assert (finding.code, finding.severity) == ("kr.direction_contradiction", Severity.ERROR)
    assert finding.params["baseline"] == 120.0 and finding.params["target"] == 80.0
    assert "de 120\u00a0€ à 80\u00a0€" in finding.message("fr")
    assert "from €120 to €80" in finding.message("en")


def test_decrease_with_target_above_baseline_contradicts():
    assert codes(findings_of(kr(direction=Direction.DECREASE, baseline=2.0, target=5.0))) == [
        "kr.direction_contradiction"
    ]


def test_consistent_directions_do_not_contradict():
    assert findings_of(kr(direction=Direction.INCREASE, baseline=1.0, target=2.0)) == []
    assert findings_of(kr(direction=Direction.DECREASE, baseline=2.0, target=1.0)) == []
    # No direction: the values say which way it goes.
    assert findings_of(kr(direction=None, baseline=2.0, target=1.0)) == []


def test_no_unit():
    assert codes(findings_of(kr(unit=""))) == ["kr.no_unit"]
    assert codes(findings_of(kr(unit="   "))) == ["kr.no_unit"]


def test_no_owner():
    assert codes(findings_of(kr(owner=""))) == ["kr.no_owner"]


@pytest.mark.parametrize("owner", [
    "Alice et Bob", "Alice, Bob", "Alice & Bob", "Alice/Bob", "Alice and Bob", "Alice + Bob",
    "l'équipe", "L’équipe Ventes", "the team", "Tous", "tout le monde", "Everyone",
    "ÉQUIPE DATA",
])
def test_several_owners(owner):
    assert has_several_owners(owner)
    [finding] = findings_of(kr(owner=owner))
    assert (finding.code, finding.severity) == ("kr.several_owners", Severity.WARNING)
    assert finding.params["owner"] == owner


@pytest.mark.parametrize("owner", [
    "Alice", "Jean-Pierre Martin", "Étienne Léger", "Bob (chef d'équipe)", "Team lead Sam",
    "Allan", "Thomas",
])
def test_one_owner(owner):
    assert not has_several_owners(owner)
    assert findings_of(kr(owner=owner)) == []


def test_no_data_source():
    assert codes(findings_of(kr(data_source=" "))) == ["kr.no_data_source"]


@pytest.mark.parametrize("due", [date(2026, 12, 31), date(2027, 4, 1)])
def test_due_date_outside_the_cycle(due):
    [finding] = findings_of(kr(due=due))
    assert (finding.code, finding.severity) == ("kr.due_outside_cycle", Severity.WARNING)
    assert "du 1er\u00a0janv.\u00a02027 au 31\u00a0mars\u00a02027" in finding.message("fr")
    assert "from Jan\u00a01, 2027 to Mar\u00a031, 2027" in finding.message("en")


# Sentences without a deadline: whether one agrees with the due date is a rule of its own
# (tests/domain/test_sentence_deadline.py).
UNDATED = "Passer le NPS de 30 à 40 points"


@pytest.mark.parametrize("due", [CYCLE_START, CYCLE_END, date(2027, 2, 14), None])
def test_due_date_inside_the_cycle_or_unset(due):
    assert findings_of(kr(UNDATED, due=due)) == []


def test_due_date_with_a_half_open_cycle():
    late = kr(UNDATED, due=date(2028, 1, 1))
    assert codes(findings_of(late, start=CYCLE_START, end=None)) == []
    [finding] = findings_of(late, start=None, end=CYCLE_END)
    assert "jusqu’au 31\u00a0mars\u00a02027" in finding.message("fr")
    assert codes(findings_of(late, start=None, end=None)) == []


def test_a_bare_key_result_collects_every_missing_field():
    bare = kr(metric="", baseline=None, target=None, unit="", direction=None, data_source="",
              owner="", due=None)
    assert codes(findings_of(bare)) == [
        "kr.no_target", "kr.no_baseline", "kr.no_unit", "kr.no_owner", "kr.no_data_source",
    ]


def test_near_duplicates_in_one_objective():
    first = kr("Passer le NPS de 30 à 40", metric="")
    second = kr("Passer le NPS de 30 à 45", metric="")
    third = kr("Réduire le délai de livraison à 2 jours", metric="")
    o = objective(team().id, key_results=(first, second, third))
    [finding] = near_duplicate_findings(o)
    assert (finding.code, finding.severity) == ("kr.near_duplicate", Severity.WARNING)
    assert finding.subject_id == second.id
    assert finding.params["other"] == "Passer le NPS de 30 à 40"


def test_same_metric_is_a_duplicate_whatever_the_wording():
    a = kr("Faire grimper la satisfaction", metric="NPS")
    b = kr("Des clients qui nous recommandent", metric="nps ")
    assert are_near_duplicates(a, b)


def test_different_key_results_are_not_duplicates():
    a = kr("Passer le NPS de 30 à 40", metric="NPS")
    b = kr("Réduire le délai de livraison de 5 à 2 jours", metric="Délai")
    assert not are_near_duplicates(a, b)
    assert near_duplicate_findings(objective(team().id, key_results=(a, b))) == []


# Issue 11, point 3: a relative change is not a target.


def test_a_relative_change_without_a_baseline_is_not_measurable():
    key_result = kr("Réduire de 20 % les invendus", baseline=None, target=None, change=20.0,
                    direction=Direction.DECREASE, unit="invendus")
    [finding] = findings_of(key_result)
    assert (finding.code, finding.severity) == ("kr.relative_needs_baseline", Severity.ERROR)
    assert "(−20\u00a0%), pas une cible" in finding.message("fr")
    assert "(−20%), not a target" in finding.message("en")


def test_a_relative_change_with_its_baseline_aims_at_a_number():
    key_result = kr("Réduire de 20 % les invendus", baseline=1200.0, target=None, change=20.0,
                    direction=Direction.DECREASE, unit="invendus")
    assert key_result.aimed_target() == 960.0
    assert findings_of(key_result) == []
    up = kr("Grow revenue by 10%", baseline=3.0, target=None, change=10.0,
            direction=Direction.INCREASE, unit="M€")
    assert up.aimed_target() == 3.3 and findings_of(up) == []
    days = kr("Réduire de 2 jours le délai", baseline=5.0, target=None, change=2.0,
              change_percent=False, direction=Direction.DECREASE, unit="jours")
    assert days.aimed_target() == 3.0


def test_a_target_typed_wins_over_the_change():
    key_result = kr(baseline=1200.0, target=1000.0, change=20.0, direction=Direction.DECREASE)
    assert key_result.aimed_target() == 1000.0


@pytest.mark.parametrize(("text", "language"), [
    ("Réduire de 20 % les invendus", "fr"), ("Improve customer satisfaction by 10%", "en"),
])
def test_a_change_stored_as_the_target_is_an_error(text, language):
    # What the window stored before: "Réduire de 20 % les invendus" → target 20 %.
    from okr_workshop.domain.model import Language
    from okr_workshop.domain.rules.check import check_key_result
    from tests.domain.rules_builders import good_workshop

    amount = 20.0 if language == "fr" else 10.0
    key_result = kr(text, baseline=None, target=amount, unit="%", direction=Direction.DECREASE)
    w = good_workshop(language=Language(language))
    found = {f.code for f in check_key_result(w, key_result)}
    assert "kr.relative_as_target" in found
    fixed = kr(text, baseline=None, target=None, change=amount, direction=Direction.DECREASE)
    found = {f.code for f in check_key_result(w, fixed)}
    assert "kr.relative_as_target" not in found and "kr.relative_needs_baseline" in found
