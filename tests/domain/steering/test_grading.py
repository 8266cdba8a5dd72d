"""Grading (issue 13, point 7): proposed grades, the coach's, the objective's verdict."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.model import ClosingOutcome, Commitment, Direction
from okr_workshop.domain.steering.grading import (
    kr_grade,
    kr_grade_verdict,
    objective_grade,
    objective_verdict,
    proposed_grade,
    proposed_outcome,
    verdict_sentence,
)
from tests.domain.steering.steering_builders import (
    ins,
    key_result,
    only_objective,
    workshop_with,
)

NBSP = "\u00a0"
DAY = date(2027, 3, 29)


def grade_of(kr) -> float | None:
    return proposed_grade(workshop_with(kr), kr)


@pytest.mark.parametrize(("value", "grade"), [
    (30, 0.0), (44, 0.7), (50, 1.0), (62, 1.0), (12, 0.0), (41.23, 0.56),
])
def test_proposed_grade_is_the_share_of_the_way_covered_clamped(value, grade):
    assert grade_of(key_result(check_ins=ins((DAY, value, 7)))) == grade


def test_the_last_check_in_counts_not_the_best():
    kr = key_result(check_ins=ins((date(2027, 2, 1), 50, 9), (DAY, 40, 5)))
    assert grade_of(kr) == 0.5


def test_falling_targets_zero_and_negative_values():
    falling = key_result("Réduire les retours de 8 % à 5 %", baseline=8, target=5,
                         direction=Direction.DECREASE, check_ins=ins((DAY, 6.2, 7)))
    assert grade_of(falling) == 0.6
    to_zero = key_result("Incidents de 10 à 0", baseline=10, target=0,
                         check_ins=ins((DAY, 0, 7)))
    assert grade_of(to_zero) == 1.0
    negative = key_result("Marge de -10 à 10", baseline=-10, target=10,
                          check_ins=ins((DAY, -4, 7)))
    assert grade_of(negative) == 0.3
    relative = key_result("Réduire de 20 % les invendus", baseline=1200, target=None, change=20,
                          direction=Direction.DECREASE, check_ins=ins((DAY, 1020, 7)))
    assert grade_of(relative) == 0.75


def test_a_threshold_grades_the_share_of_check_ins_that_held_it():
    def threshold(*values):
        return key_result("Au moins 99,9 % de disponibilité", baseline=None, target=99.9,
                          direction=Direction.AT_LEAST,
                          check_ins=ins(*((date(2027, 1, 4 + 7 * i), v, 8)
                                          for i, v in enumerate(values))))
    assert grade_of(threshold(99.9, 99.95, 100)) == 1.0
    assert grade_of(threshold(99.9, 98, 99.95, 100)) == 0.75
    at_most = key_result("Au plus 2 incidents", baseline=None, target=2,
                         direction=Direction.AT_MOST, check_ins=ins((DAY, 3, 8)))
    assert grade_of(at_most) == 0.0
    verdict = kr_grade_verdict(workshop_with(at_most), at_most)
    assert verdict.code == "grade.kr.threshold" and "(0 of 1)" in verdict_sentence(verdict, "en")


def test_a_milestone_is_done_or_not():
    done = key_result("Ouvrir la boutique", baseline=None, target=None, milestone=True,
                      check_ins=ins((date(2027, 2, 1), 0, 5), (DAY, 1, 9)))
    assert grade_of(done) == 1.0
    not_done = key_result("Ouvrir la boutique", milestone=True, check_ins=ins((DAY, 0, 9)))
    assert grade_of(not_done) == 0.0


@pytest.mark.parametrize("fields", [
    {}, {"baseline": None}, {"target": None}, {"baseline": 5, "target": 5, "direction": None},
])
def test_nothing_to_propose_without_check_in_or_line(fields):
    checks = ins((DAY, 3, 5)) if fields else ()
    kr = key_result(check_ins=checks, **fields)
    assert grade_of(kr) is None
    assert verdict_sentence(kr_grade_verdict(workshop_with(kr), kr), "en").endswith(
        "grade it by hand.")


def test_the_coach_grade_wins_over_the_proposed_one():
    kr = key_result(check_ins=ins((DAY, 44, 7)), grade=0.9)
    workshop = workshop_with(kr)
    assert proposed_grade(workshop, kr) == 0.7 and kr_grade(workshop, kr) == 0.9
    verdict = kr_grade_verdict(workshop, kr)
    assert verdict.code == "grade.kr.set"
    assert verdict_sentence(verdict, "fr") == "Note de 0,9 donnée par le coach."
    zero = key_result(check_ins=ins((DAY, 44, 7)), grade=0.0)
    assert kr_grade(workshop_with(zero), zero) == 0.0  # 0.0 is a grade, not "unset"


def test_objective_grade_is_the_average_of_the_graded_key_results():
    krs = (key_result(check_ins=ins((DAY, 44, 7))),  # 0.7
           key_result(check_ins=ins((DAY, 30, 7)), grade=0.4),
           key_result())  # nothing: left out
    workshop = workshop_with(*krs)
    assert objective_grade(workshop, only_objective(workshop)) == 0.55
    verdict = objective_verdict(workshop, only_objective(workshop))
    assert verdict.params["graded"] == 2 and verdict.params["count"] == 3
    assert "Key results graded: 2 of 3" in verdict_sentence(verdict, "en")
    empty = workshop_with(key_result())
    assert objective_grade(empty, only_objective(empty)) is None
    assert objective_verdict(empty, only_objective(empty)).code == "grade.none"


@pytest.mark.parametrize(("value", "code", "post_mortem"), [
    (50, "grade.committed.met", False),
    (49, "grade.committed.post_mortem", True),
    (30, "grade.committed.post_mortem", True),
])
def test_a_committed_objective_below_one_calls_for_a_post_mortem(value, code, post_mortem):
    workshop = workshop_with(key_result(check_ins=ins((DAY, value, 7))),
                             commitment=Commitment.COMMITTED)
    verdict = objective_verdict(workshop, only_objective(workshop))
    assert (verdict.code, verdict.post_mortem) == (code, post_mortem)


@pytest.mark.parametrize(("value", "code"), [
    (50, "grade.aspirational.full"),
    (44, "grade.aspirational.success"),  # 0.7, the sweet spot
    (42, "grade.aspirational.success"),  # 0.6
    (40, "grade.aspirational.short"),  # 0.5
    (37.8, "grade.aspirational.missed"),  # 0.39
])
def test_an_aspirational_objective_succeeds_around_seven_tenths(value, code):
    workshop = workshop_with(key_result(check_ins=ins((DAY, value, 7))),
                             commitment=Commitment.ASPIRATIONAL)
    verdict = objective_verdict(workshop, only_objective(workshop))
    assert verdict.code == code and not verdict.post_mortem


def test_verdicts_read_in_both_languages_and_say_when_the_commitment_is_assumed():
    workshop = workshop_with(key_result(check_ins=ins((DAY, 44, 7))), commitment=None)
    verdict = objective_verdict(workshop, only_objective(workshop))
    assert verdict.code == "grade.aspirational.success"
    assert verdict_sentence(verdict, "en") == (
        "0.7: a success for an aspirational objective (0.6 to 0.7 is the sweet spot). "
        "(No commitment set: read as aspirational.)")
    assert verdict_sentence(verdict, "fr") == (
        f"0,7{NBSP}: une réussite pour un objectif ambitieux (0,6 à 0,7 est la bonne zone). "
        f"(Engagement non précisé{NBSP}: lu comme ambitieux.)")
    committed = workshop_with(key_result(check_ins=ins((DAY, 40, 7))),
                              commitment=Commitment.COMMITTED)
    text = verdict_sentence(objective_verdict(committed, only_objective(committed)), "fr")
    assert text.startswith(f"0,5{NBSP}: un objectif engagé doit atteindre 1,0")
    assert "post-mortem" in text


@pytest.mark.parametrize(("commitment", "value", "outcome"), [
    (Commitment.COMMITTED, 50, ClosingOutcome.ACCOMPLISHED),
    (Commitment.COMMITTED, 48, ClosingOutcome.MISSED),
    (Commitment.ASPIRATIONAL, 42, ClosingOutcome.ACCOMPLISHED),
    (None, 44, ClosingOutcome.ACCOMPLISHED),
    (Commitment.ASPIRATIONAL, 40, ClosingOutcome.MISSED),
])
def test_the_closing_form_proposes_an_outcome_from_the_grade(commitment, value, outcome):
    workshop = workshop_with(key_result(check_ins=ins((DAY, value, 7))), commitment=commitment)
    assert proposed_outcome(workshop, only_objective(workshop)) is outcome


def test_no_outcome_proposed_without_a_grade():
    workshop = workshop_with(key_result())
    assert proposed_outcome(workshop, only_objective(workshop)) is None


def test_a_target_missed_by_a_hair_is_never_rounded_up_to_met():
    # 996 of 1,000 is 0.996: shown to two decimals it must not read 1.0, which for a
    # committed objective means "met, no post-mortem".
    almost = key_result("Livrer 1 000 commandes", baseline=0.0, target=1000.0,
                        check_ins=ins((DAY, 996.0, 9)))
    assert grade_of(almost) == 0.99
    met = [key_result(f"KR {n}", check_ins=ins((DAY, 50.0, 9))) for n in range(5)]
    short = key_result("KR 5", grade=0.98)
    workshop = workshop_with(*met, short, commitment=Commitment.COMMITTED)
    objective = only_objective(workshop)
    assert objective_grade(workshop, objective) == 0.99
    verdict = objective_verdict(workshop, objective)
    assert verdict.post_mortem and verdict.code == "grade.committed.post_mortem"
    assert grade_of(key_result(baseline=0.0, target=1000.0,
                               check_ins=ins((DAY, 1000.0, 9)))) == 1.0


def test_of_two_check_ins_on_the_same_day_the_one_entered_last_counts():
    # A round done twice on a Monday (a value corrected in the afternoon): the history keeps
    # both, and the correction, entered last, is the value that counts.
    kr = key_result(check_ins=ins((DAY, 35, 5), (DAY, 45, 8)))
    assert kr.latest_check_in().value == 45
    assert grade_of(kr) == 0.75
