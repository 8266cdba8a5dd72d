"""Status from pace (issue 13, point 3): the expected line, confidence, overrides, sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from okr_workshop.domain.model import Direction, PaceStatus
from okr_workshop.domain.steering.pace import (
    KrStatus,
    expected_value,
    kr_status,
    objective_status,
    status_label,
    status_sentence,
)
from tests.domain.steering.steering_builders import (
    START,
    ins,
    key_result,
    only_objective,
    workshop_with,
)

NBSP = "\u00a0"
DUE = START + timedelta(days=100)  # a 100-day line: day 50 is half-way
HALF = START + timedelta(days=50)
ON, RISK, OFF = PaceStatus.ON_TRACK, PaceStatus.AT_RISK, PaceStatus.OFF_TRACK


def status_of(kr, today=HALF, **workshop_fields) -> KrStatus:
    workshop = workshop_with(kr, **workshop_fields)
    return kr_status(workshop, kr, today)


# The expected line ----------------------------------------------------------------------

def test_the_line_runs_from_baseline_at_the_start_to_target_at_the_due_date():
    kr = key_result(due=DUE)
    workshop = workshop_with(kr)
    assert expected_value(workshop, kr, START) == 30
    assert expected_value(workshop, kr, HALF) == 40
    assert expected_value(workshop, kr, DUE) == 50
    # Before the start and after the due date the line stays at its ends.
    assert expected_value(workshop, kr, START - timedelta(days=9)) == 30
    assert expected_value(workshop, kr, DUE + timedelta(days=30)) == 50


def test_without_a_due_date_the_line_ends_with_the_cycle():
    kr = key_result(due=None)
    workshop = workshop_with(kr, end=START + timedelta(days=10))
    assert expected_value(workshop, kr, START + timedelta(days=5)) == 40


def test_a_falling_target_and_negative_values_follow_the_same_line():
    falling = key_result("Réduire les retours de 8 % à 5 %", baseline=8, target=5, unit="%",
                         direction=Direction.DECREASE, due=DUE)
    assert expected_value(workshop_with(falling), falling, HALF) == 6.5
    negative = key_result("Passer la marge de -10 à 10", baseline=-10, target=10, due=DUE)
    assert expected_value(workshop_with(negative), negative, HALF) == 0
    assert expected_value(workshop_with(negative), negative, START) == -10


def test_a_relative_change_aims_at_its_computed_target():
    kr = key_result("Réduire de 20 % les invendus", baseline=1200, target=None, change=20,
                    direction=Direction.DECREASE, due=DUE)
    assert expected_value(workshop_with(kr), kr, DUE) == 960
    assert expected_value(workshop_with(kr), kr, HALF) == 1080


def test_a_threshold_is_a_level_held_all_along():
    kr = key_result("Disponibilité d'au moins 99,9 %", baseline=None, target=99.9,
                    direction=Direction.AT_LEAST)
    assert expected_value(workshop_with(kr), kr, START) == 99.9
    assert expected_value(workshop_with(kr), kr, HALF) == 99.9


@pytest.mark.parametrize("fields", [
    {"baseline": None}, {"target": None}, {"milestone": True, "baseline": None},
])
def test_no_line_without_baseline_or_target_or_for_a_milestone(fields):
    kr = key_result(due=DUE, **fields)
    assert expected_value(workshop_with(kr), kr, HALF) is None


def test_without_cycle_dates_the_line_starts_at_the_first_check_in():
    first = date(2027, 2, 1)
    kr = key_result(due=None, check_ins=ins((first, 30, 8), (first + timedelta(days=7), 31, 8)))
    workshop = workshop_with(kr, start=None, end=None)
    assert expected_value(workshop, kr, first) == 30
    assert expected_value(workshop, kr, first + timedelta(weeks=13, days=-1)) == 50
    bare = key_result(due=None)
    assert expected_value(workshop_with(bare, start=None, end=None), bare, first) is None


# Pace and confidence ------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "status", "code"), [
    (45, ON, "pace.ahead"),  # ahead of the line (40 expected)
    (40, ON, "pace.ahead"),  # on it
    (38.5, ON, "pace.close"),  # 7.5 % of the way behind: within tolerance
    (37, RISK, "pace.behind"),  # 15 % behind
    (34, OFF, "pace.behind"),  # 30 % behind
    (25, OFF, "pace.behind"),  # gone the wrong way
])
def test_status_from_where_the_last_value_is_against_the_line(value, status, code):
    kr = key_result(due=DUE, check_ins=ins((START + timedelta(days=7), 33, 9), (HALF, value, 9)))
    result = status_of(kr)
    assert (result.status, result.code) == (status, code)
    assert not result.overridden


@pytest.mark.parametrize(("confidence", "status"), [
    (10, ON), (8, ON), (7, RISK), (4, RISK), (3, OFF), (0, OFF),
])
def test_confidence_bands_worsen_a_value_on_the_line(confidence, status):
    kr = key_result(due=DUE, check_ins=ins((HALF, 41, confidence)))
    result = status_of(kr)
    assert result.status == status
    assert result.code == ("pace.ahead" if status is ON else "pace.ahead.low_confidence")


def test_the_worse_of_pace_and_confidence_wins():
    kr = key_result(due=DUE, check_ins=ins((HALF, 34, 9)))  # off track by pace
    assert status_of(kr).status is OFF
    kr = key_result(due=DUE, check_ins=ins((HALF, 37, 2)))  # at risk by pace, off by confidence
    assert (status_of(kr).status, status_of(kr).code) == (OFF, "pace.behind.low_confidence")


def test_the_latest_check_in_counts_whatever_the_order_they_were_typed_in():
    kr = key_result(due=DUE, check_ins=ins((HALF, 34, 2), (START + timedelta(days=3), 31, 9)))
    assert status_of(kr).params["value"] == 34


def test_a_falling_target_is_on_track_when_the_value_falls_fast_enough():
    def falling(value):
        return key_result("Réduire les retours de 8 % à 5 %", baseline=8, target=5, unit="%",
                          direction=Direction.DECREASE, due=DUE,
                          check_ins=ins((HALF, value, 9)))
    assert status_of(falling(6)).status is ON  # lower than the 6.5 expected: ahead
    assert status_of(falling(7)).status is RISK  # a third of the way where half was due
    assert status_of(falling(7.4)).status is OFF  # a fifth of the way
    assert status_of(falling(9)).status is OFF  # rising: the wrong way


def test_without_a_direction_the_numbers_say_which_way_is_better():
    kr = key_result("Délai de 5 à 2 jours", baseline=5, target=2, direction=None, due=DUE,
                    check_ins=ins((HALF, 3.4, 9)))
    assert status_of(kr).status is ON


def test_zero_and_negative_values_are_values():
    zero = key_result("Incidents de 10 à 0", baseline=10, target=0, due=DUE,
                      check_ins=ins((DUE, 0, 9)))
    assert status_of(zero, today=DUE).status is ON
    negative = key_result("Marge de -10 à 10", baseline=-10, target=10, due=DUE,
                          check_ins=ins((HALF, -3, 9)))
    result = status_of(negative)
    assert result.status is RISK and result.params["expected"] == 0
    from_zero = key_result("Ventes de 0 à 40", baseline=0, target=40, due=DUE,
                           check_ins=ins((HALF, 0, 9)))
    assert status_of(from_zero).status is OFF


def test_once_the_due_date_has_passed_the_value_is_held_against_the_target():
    kr = key_result(due=DUE, check_ins=ins((HALF, 40, 9)))
    assert status_of(kr, today=HALF).status is ON
    late = status_of(kr, today=DUE + timedelta(days=1))
    assert late.status is OFF and late.params["on"] == DUE and late.params["expected"] == 50


def test_a_target_equal_to_the_baseline_with_a_direction_is_reached_or_not():
    kr = key_result("Garder 3 boutiques", baseline=3, target=3, direction=Direction.INCREASE,
                    due=DUE, check_ins=ins((HALF, 3, 9)))
    assert status_of(kr).status is ON
    kr = key_result("Garder 3 boutiques", baseline=3, target=3, direction=Direction.INCREASE,
                    due=DUE, check_ins=ins((DUE, 2, 9)))
    assert status_of(kr, today=DUE).status is OFF


@pytest.mark.parametrize(("direction", "value", "status", "code"), [
    (Direction.AT_LEAST, 99.95, ON, "pace.threshold.held"),
    (Direction.AT_LEAST, 99.9, ON, "pace.threshold.held"),
    (Direction.AT_LEAST, 99.0, OFF, "pace.threshold.breached"),
    (Direction.AT_MOST, 99.0, ON, "pace.threshold.held"),
    (Direction.AT_MOST, 100.0, OFF, "pace.threshold.breached"),
])
def test_a_threshold_is_on_track_while_on_the_right_side(direction, value, status, code):
    kr = key_result("Disponibilité", baseline=None, target=99.9, unit="%", direction=direction,
                    check_ins=ins((HALF, value, 9)))
    result = status_of(kr)
    assert (result.status, result.code) == (status, code)


def test_a_threshold_held_with_little_confidence_is_at_risk():
    kr = key_result("Au plus 2 incidents", baseline=None, target=2,
                    direction=Direction.AT_MOST, check_ins=ins((HALF, 0, 5)))
    result = status_of(kr)
    assert (result.status, result.code) == (RISK, "pace.threshold.held.low_confidence")


@pytest.mark.parametrize(("fields", "code"), [
    ({"baseline": None}, "pace.confidence_only.no_baseline"),
    ({"target": None}, "pace.confidence_only.no_target"),
    ({"baseline": 4, "target": 4, "direction": None}, "pace.confidence_only.no_direction"),
])
def test_without_a_line_confidence_alone_sets_the_status_and_says_so(fields, code):
    kr = key_result(due=DUE, check_ins=ins((HALF, 12, 5)), **fields)
    result = status_of(kr)
    assert (result.status, result.code) == (RISK, code)
    assert "confiance" in status_sentence(result, "fr")


def test_no_check_in_no_status():
    result = status_of(key_result(due=DUE))
    assert result.status is None and result.code == "pace.no_check_in"
    assert status_sentence(result, "en").startswith("No check-in yet")


def test_no_cycle_dates_at_all():
    kr = key_result(due=None, check_ins=ins((date(2027, 2, 1), 30, 8), (date(2027, 3, 1), 36, 8)))
    result = status_of(kr, today=date(2027, 3, 2), start=None, end=None)
    # 28 of 90 days gone (31 %), 30 % of the way covered: close to the line.
    assert result.status is ON and result.code == "pace.close"


# Milestones ---------------------------------------------------------------------------------

def test_a_milestone_done_is_on_track():
    kr = key_result("Ouvrir la boutique en ligne", baseline=None, target=None, milestone=True,
                    due=DUE, check_ins=ins((HALF, 1, 2)))
    assert status_of(kr, today=DUE + timedelta(days=5)).code == "pace.milestone.done"
    assert status_of(kr).status is ON


def test_a_milestone_not_done_follows_confidence_until_its_due_date_passes():
    kr = key_result("Ouvrir la boutique en ligne", baseline=None, target=None, milestone=True,
                    due=DUE, check_ins=ins((HALF, 0, 9)))
    assert status_of(kr).status is ON
    assert status_of(kr, today=DUE).status is ON  # still its day
    overdue = status_of(kr, today=DUE + timedelta(days=1))
    assert (overdue.status, overdue.code) == (OFF, "pace.milestone.overdue")
    doubtful = key_result("Ouvrir", milestone=True, due=DUE, check_ins=ins((HALF, 0, 5)))
    assert status_of(doubtful).status is RISK


# The coach's override -----------------------------------------------------------------------

def test_the_coach_override_wins_and_says_so():
    kr = key_result(due=DUE, check_ins=ins((HALF, 45, 9)), status_override=OFF,
                    status_reason="Le fournisseur a fait faillite ; rien ne bouge avant mai")
    result = status_of(kr)
    assert result.status is OFF and result.overridden
    assert result.reason.startswith("Le fournisseur")
    english = status_sentence(result, "en")
    assert english.startswith("Off track: set by the coach")
    assert "fournisseur a fait faillite" in english and "alone say: on track" in english
    french = status_sentence(result, "fr")
    # One colon after the status, not « Hors trajectoire : fixé par le coach : « … » »
    # (French walkthrough); the computed status "according to", not what the pace "says".
    assert french.startswith(f"Hors trajectoire{NBSP}: statut fixé par le coach — «{NBSP}Le ")
    assert french.count(":") == 1 + french.count(f"seules{NBSP}:")
    assert f"d’après la trajectoire et la confiance seules{NBSP}: en bonne voie)." in french


def test_an_override_without_reason_or_check_in_still_explains_itself():
    kr = key_result(due=DUE, status_override=RISK)
    result = status_of(kr)
    assert result.status is RISK and result.code == "pace.override.no_reason"
    assert "no reason given" in status_sentence(result, "en")
    french = status_sentence(result, "fr")
    assert f"statut fixé par le coach, sans raison donnée pour l’instant (d’après la " \
        f"trajectoire et la confiance seules{NBSP}: pas encore de statut)." in french


def test_a_reason_that_looks_like_a_template_is_shown_as_typed():
    kr = key_result(due=DUE, status_override=RISK, status_reason="{value} <b>100 %</b> {0}")
    assert "{value} <b>100 %</b> {0}" in status_sentence(status_of(kr), "en")


# An objective ---------------------------------------------------------------------------

def test_an_objective_is_as_weak_as_its_weakest_key_result():
    good = key_result("Porter le NPS de 30 à 50", due=DUE, check_ins=ins((HALF, 45, 9)))
    weak = key_result("Porter le réachat de 20 à 40", baseline=20, target=40, due=DUE,
                      check_ins=ins((HALF, 24, 9)))
    silent = key_result("Ouvrir 3 boutiques", baseline=0, target=3, due=DUE)
    workshop = workshop_with(good, weak, silent)
    result = objective_status(workshop, only_objective(workshop), HALF)
    assert result.status is OFF and result.params["key_result"] == weak.text
    assert "Porter le réachat de 20 à 40" in status_sentence(result, "en")
    assert status_sentence(result, "fr").startswith(
        f"Hors trajectoire{NBSP}: son résultat clé le plus faible, «{NBSP}Porter le réachat")


def test_an_objective_all_on_track_says_so_and_one_without_check_ins_has_no_status():
    good = key_result(due=DUE, check_ins=ins((HALF, 45, 9)))
    workshop = workshop_with(good, key_result("Autre", due=DUE))
    result = objective_status(workshop, only_objective(workshop), HALF)
    assert result.status is ON and result.params == {"judged": 1, "count": 2}
    assert "(1 of 2)" in status_sentence(result, "en")
    empty = workshop_with(key_result(due=DUE))
    assert objective_status(empty, only_objective(empty), HALF).status is None


def test_an_objective_overridden_through_its_key_result_says_so():
    kr = key_result(due=DUE, check_ins=ins((HALF, 45, 9)), status_override=RISK,
                    status_reason="Équipe réduite")
    workshop = workshop_with(kr)
    result = objective_status(workshop, only_objective(workshop), HALF)
    assert result.status is RISK and result.overridden and result.reason == "Équipe réduite"
    assert "set by the coach" in status_sentence(result, "en")


# Sentences --------------------------------------------------------------------------------

def test_every_status_is_explained_with_numbers_and_dates_in_each_language():
    kr = key_result("Réduire les retours de 8 % à 5 %", baseline=8, target=5, unit="%",
                    direction=Direction.DECREASE, due=DUE,
                    check_ins=ins((HALF, 7.4, 6)))
    result = status_of(kr)
    assert result.status is OFF and result.code == "pace.behind"
    # The numbers and dates as the application prints them (Babel, installed by conftest).
    assert status_sentence(result, "en") == (
        f"Off track: 7.4% on Feb{NBSP}23, 2027, behind the expected line (6.5% on "
        f"Feb{NBSP}23, 2027) by 30% of the way from baseline to target; confidence 6/10.")
    assert status_sentence(result, "fr") == (
        f"Hors trajectoire{NBSP}: 7,4{NBSP}% le 23{NBSP}févr.{NBSP}2027, en retard sur la "
        f"trajectoire (6,5{NBSP}% au 23{NBSP}févr.{NBSP}2027) de 30{NBSP}% du chemin entre la "
        f"référence et la cible{NBSP}; confiance{NBSP}: 6/10.")


def test_the_status_labels_read_in_both_languages():
    assert [status_label(s, "en") for s in (ON, RISK, OFF, None)] == [
        "On track", "At risk", "Off track", "No status yet"]
    assert status_label(RISK, "fr") == "À risque"


def test_an_objective_without_key_results_says_so():
    workshop = workshop_with()
    result = objective_status(workshop, only_objective(workshop), HALF)
    assert result.status is None
    assert status_sentence(result, "fr") == "Pas encore de résultat clé à suivre."


def test_the_expected_value_is_said_as_precisely_as_the_numbers_it_comes_from():
    day = START + timedelta(days=37)  # 37 % of the way: 30 + 7.4 = 37.4
    kr = key_result(due=DUE, check_ins=ins((day, 38, 9)))
    assert status_of(kr, today=day).params["expected"] == 37.4
    revenue = key_result("CA de 1 000 000 € à 2 000 000 €", baseline=1_000_000,
                         target=2_345_678, unit="€", due=DUE,
                         check_ins=ins((day, 1_500_000, 9)))
    expected = status_of(revenue, today=day).params["expected"]
    assert expected == round(1_000_000 + 1_345_678 * 0.37, 1)  # not 1 498 000
    rate = key_result("Taux d'erreur de 0,002 à 0,0015", baseline=0.002, target=0.0015,
                      due=DUE, check_ins=ins((day, 0.0018, 9)))
    expected = status_of(rate, today=day).params["expected"]
    assert expected == pytest.approx(0.001815, abs=1e-5) and round(expected, 5) == expected


def test_a_relative_change_from_a_negative_baseline_goes_the_way_it_says():
    # "Reduce the monthly loss (-100 k€) by 20 %": lower is better, so the line goes down
    # to -120 and a value of -110 half-way is ahead of it.
    loss = key_result("Réduire de 20 % le résultat mensuel", baseline=-100.0, target=None,
                      change=20.0, direction=Direction.DECREASE, due=DUE,
                      check_ins=ins((HALF, -110.0, 9)))
    assert loss.aimed_target() == -120.0
    workshop = workshop_with(loss)
    assert expected_value(workshop, loss, HALF) == -110.0
    assert kr_status(workshop, loss, HALF).status is ON
    grow = key_result(baseline=-50.0, target=None, change=10.0, direction=Direction.INCREASE)
    assert grow.aimed_target() == -45.0
