"""A key result's and an objective's standing in a report: five words, honest measures."""

from __future__ import annotations

from datetime import date

from okr_workshop.domain.enums import ObjectiveStatus, PaceStatus
from okr_workshop.domain.model import CheckIn, Direction, KeyResult, Objective, Team, Workshop
from okr_workshop.domain.steering.standing import (
    Measure,
    Standing,
    kr_reading,
    objective_reading,
    standing_label,
    whole_percent,
)

TODAY = date(2027, 2, 1)


def checked(value: float, confidence: int = 9, on: date = date(2027, 1, 28)) -> tuple:
    return (CheckIn(on=on, value=value, confidence=confidence),)


def a_workshop(*krs: KeyResult) -> tuple[Workshop, Objective]:
    team = Team(name="Équipe")
    objective = Objective(team_id=team.id, title="Objectif", status=ObjectiveStatus.KEPT,
                          key_results=krs)
    team = Team(id=team.id, name=team.name, objectives=(objective,))
    return Workshop(title="W", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
                    teams=(team,)), objective


def test_a_threshold_just_short_is_not_met_never_zero_percent():
    kr = KeyResult(text="Disponibilité", target=99.9, unit="%", direction=Direction.AT_LEAST,
                   check_ins=checked(99.88))
    workshop, _ = a_workshop(kr)
    reading = kr_reading(workshop, kr, TODAY)
    assert reading.measure == Measure.THRESHOLD and reading.met is False
    assert reading.progress is None and reading.standing == Standing.OFF_TRACK
    held = KeyResult(text="Disponibilité", target=99.9, direction=Direction.AT_LEAST,
                     check_ins=checked(99.95))
    reading = kr_reading(a_workshop(held)[0], held, TODAY)
    # A level held is on track, not "done": it must be held to the end.
    assert reading.met is True and reading.standing == Standing.ON_TRACK


def test_a_reached_target_and_a_done_milestone_are_done_unless_the_coach_says_otherwise():
    reached = KeyResult(text="NPS", baseline=30.0, target=50.0, check_ins=checked(52.0, 3))
    milestone = KeyResult(text="V2", milestone=True, check_ins=checked(1.0))
    overridden = KeyResult(text="NPS", baseline=30.0, target=50.0, check_ins=checked(50.0),
                           status_override=PaceStatus.AT_RISK, status_reason="Fragile")
    workshop, _ = a_workshop(reached, milestone, overridden)
    assert kr_reading(workshop, reached, TODAY).standing == Standing.DONE
    assert kr_reading(workshop, milestone, TODAY).standing == Standing.DONE
    assert kr_reading(workshop, overridden, TODAY).standing == Standing.AT_RISK


def test_an_objective_names_what_its_mean_leaves_out():
    ranged = KeyResult(text="A", baseline=0.0, target=10.0, position=0, check_ins=checked(5.0))
    threshold = KeyResult(text="B", target=2.0, direction=Direction.AT_MOST, position=1,
                          check_ins=checked(3.0))
    never = KeyResult(text="C", baseline=0.0, target=10.0, position=2)
    vague = KeyResult(text="D", position=3, check_ins=checked(4.0))
    workshop, objective = a_workshop(ranged, threshold, never, vague)
    reading = objective_reading(workshop, objective, TODAY)
    assert [r.kr.text for r in reading.counted] == ["A", "B"]
    assert [(r.kr.text, r.missing) for r in reading.left_out] == [
        ("C", "no_check_in"), ("D", "not_measurable")]
    assert reading.progress == 0.25  # (0.5 + 0 for the breached threshold) / 2
    assert kr_reading(workshop, never, TODAY).standing == Standing.NO_CHECK_IN


def test_whole_percent_never_overstates():
    assert whole_percent(0.996) == 99 and whole_percent(1.0) == 100
    assert whole_percent(0.29) == 29 and whole_percent(0.0) == 0


def test_the_words_are_the_windows_status_words_and_two_more():
    assert [standing_label(s, "en") for s in Standing] == [
        "Done", "On track", "At risk", "Off track", "No check-in yet"]
    assert standing_label(Standing.AT_RISK, "fr") == "À risque"
