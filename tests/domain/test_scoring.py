"""Scoring: progress, objective score, bands, staleness, the too-safe hint."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import CheckIn, Commitment, Direction, ObjectiveStatus
from okr_workshop.domain.scoring import (
    ConfidenceBand,
    GradeBand,
    confidence_band,
    expected_score,
    grade_band,
    is_stale,
    key_result_progress,
    objective_score,
    stale_finding,
    too_safe_hint,
)
from tests.domain.rules_builders import kr, objective, team, with_objectives

TODAY = date(2027, 2, 15)


def checked(key_result, *values: float, start: date = date(2027, 1, 4)):
    check_ins = tuple(
        CheckIn(on=start + timedelta(days=7 * i), value=v, confidence=7)
        for i, v in enumerate(values)
    )
    return replace(key_result, check_ins=check_ins)


@pytest.mark.parametrize(("value", "expected"), [
    (30, 0.0), (35, 0.5), (40, 1.0), (38, 0.8), (50, 1.0), (10, 0.0),
])
def test_increase(value, expected):
    assert key_result_progress(kr(baseline=30.0, target=40.0), value) == pytest.approx(expected)


@pytest.mark.parametrize(("value", "expected"), [
    (5, 0.0), (3.5, 0.5), (2, 1.0), (0, 1.0), (8, 0.0),
])
def test_decrease(value, expected):
    key_result = kr(direction=Direction.DECREASE, baseline=5.0, target=2.0)
    assert key_result_progress(key_result, value) == pytest.approx(expected)


def test_direction_unset_follows_the_values():
    assert key_result_progress(kr(direction=None, baseline=5.0, target=2.0), 4.0) == \
        pytest.approx(1 / 3)
    assert key_result_progress(kr(direction=None, baseline=2.0, target=5.0), 4.0) == \
        pytest.approx(2 / 3)


@pytest.mark.parametrize(("baseline", "value", "expected"), [
    (None, 99.95, 1.0), (None, 99.9, 1.0), (None, 99.0, 0.0),
    (98.9, 99.4, 0.5), (98.9, 98.0, 0.0), (99.95, 99.0, 0.0),
])
def test_at_least(baseline, value, expected):
    key_result = kr(direction=Direction.AT_LEAST, baseline=baseline, target=99.9)
    assert key_result_progress(key_result, value) == pytest.approx(expected)


@pytest.mark.parametrize(("baseline", "value", "expected"), [
    (None, 1, 1.0), (None, 2, 1.0), (None, 3, 0.0), (6, 4, 0.5), (6, 9, 0.0), (1, 3, 0.0),
])
def test_at_most(baseline, value, expected):
    key_result = kr(direction=Direction.AT_MOST, baseline=baseline, target=2.0)
    assert key_result_progress(key_result, value) == pytest.approx(expected)


@pytest.mark.parametrize("fields", [
    {"target": None}, {"baseline": None}, {"baseline": 40.0},
    {"baseline": 50.0},  # increase with target below baseline: contradictory, no score
])
def test_progress_not_computable(fields):
    assert key_result_progress(kr(**fields), 35.0) is None


def test_progress_uses_the_latest_check_in_by_default():
    key_result = checked(kr(baseline=30.0, target=40.0), 32, 36, 34)
    assert key_result_progress(key_result) == pytest.approx(0.4)
    assert key_result_progress(key_result, 40.0) == 1.0
    assert key_result_progress(kr()) is None  # never checked in


def test_objective_score_is_the_mean_of_scored_key_results():
    a = checked(kr(baseline=0.0, target=10.0), 5)  # 0.5
    b = checked(kr(baseline=0.0, target=10.0), 10)  # 1.0
    unscored = kr(target=None)
    o = objective(team().id, key_results=(a, b, unscored))
    assert objective_score(o) == pytest.approx(0.75)
    assert objective_score(o, {a.id: 0.0}) == pytest.approx(0.5)
    assert objective_score(objective(team().id, key_results=(unscored,))) is None
    assert objective_score(objective(team().id, key_results=())) is None


@pytest.mark.parametrize(("score", "band"), [
    (0.0, GradeBand.LOW), (0.3, GradeBand.LOW), (0.34, GradeBand.LOW),
    (0.35, GradeBand.MEDIUM), (0.4, GradeBand.MEDIUM), (0.6, GradeBand.MEDIUM),
    (0.64, GradeBand.MEDIUM), (0.65, GradeBand.HIGH), (0.7, GradeBand.HIGH),
    (1.0, GradeBand.HIGH),
])
def test_grade_bands(score, band):
    assert grade_band(score) == band


@pytest.mark.parametrize("score", [-0.01, 1.01])
def test_grade_outside_0_1(score):
    with pytest.raises(ValueError):
        grade_band(score)


@pytest.mark.parametrize(("confidence", "band"), [
    (1, ConfidenceBand.LOW), (3, ConfidenceBand.LOW), (4, ConfidenceBand.MEDIUM),
    (7, ConfidenceBand.MEDIUM), (8, ConfidenceBand.HIGH), (10, ConfidenceBand.HIGH),
])
def test_confidence_bands(confidence, band):
    assert confidence_band(confidence) == band


@pytest.mark.parametrize("confidence", [0, 11, 5.5, True])
def test_confidence_outside_1_10(confidence):
    with pytest.raises(ValueError):
        confidence_band(confidence)


def test_expected_scores():
    assert expected_score(objective(team().id, commitment=Commitment.COMMITTED)) == 1.0
    assert expected_score(objective(team().id, commitment=Commitment.ASPIRATIONAL)) == 0.7
    assert expected_score(objective(team().id, commitment=None)) is None


def test_stale_after_14_days():
    key_result = checked(kr(), 32, start=date(2027, 2, 1))
    assert not is_stale(key_result, date(2027, 2, 14))  # 13 days
    assert is_stale(key_result, date(2027, 2, 15))  # 14 days
    assert stale_finding(key_result, date(2027, 2, 14)) is None
    finding = stale_finding(key_result, date(2027, 2, 15))
    assert finding is not None and finding.code == "scoring.stale"
    assert (finding.severity, finding.subject) == (Severity.WARNING, Subject.KEY_RESULT)
    assert finding.params["days"] == 14
    assert "depuis 14 jours (le 1er\u00a0févr.\u00a02027)" in finding.message("fr")
    assert "for 14 days (last on Feb\u00a01, 2027)" in finding.message("en")


def test_latest_check_in_counts_whatever_the_order():
    key_result = checked(kr(), 1, 2, start=date(2027, 2, 1))
    reordered = replace(key_result, check_ins=key_result.check_ins[::-1])
    assert not is_stale(reordered, date(2027, 2, 20))  # latest is 8 February


def test_never_checked_in():
    assert is_stale(kr(), TODAY)
    assert not is_stale(kr(), date(2027, 1, 14), since=date(2027, 1, 1))
    assert is_stale(kr(), date(2027, 1, 15), since=date(2027, 1, 1))
    finding = stale_finding(kr(), TODAY)
    assert finding is not None and finding.code == "scoring.never_checked_in"


def aspirational(*values: float, status=ObjectiveStatus.KEPT):
    key_result = kr(baseline=0.0, target=10.0)
    return objective(team().id, commitment=Commitment.ASPIRATIONAL, status=status,
                     key_results=tuple(checked(key_result, v) for v in values))


def test_too_safe_when_every_aspirational_objective_scores_one():
    t = with_objectives(team(), aspirational(10, 12), aspirational(10),
                        objective(team().id, commitment=Commitment.COMMITTED))
    finding = too_safe_hint(t)
    assert finding is not None
    assert (finding.code, finding.severity, finding.subject_id) == (
        "scoring.too_safe", Severity.INFO, t.id)
    assert "1,0" in finding.message("fr") and "0,7" in finding.advice("fr")


def test_not_too_safe():
    assert too_safe_hint(with_objectives(team(), aspirational(10), aspirational(7))) is None
    # No aspirational objective, or not scored yet: nothing to say.
    assert too_safe_hint(with_objectives(team(), objective(team().id))) is None
    assert too_safe_hint(with_objectives(team(), aspirational())) is None
    # A parked aspirational objective does not count.
    t = with_objectives(team(), aspirational(10),
                        aspirational(2, status=ObjectiveStatus.PARKED))
    assert too_safe_hint(t) is not None
