"""The model's invariants (DESIGN.md section 4): a bad value never becomes an entity."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from okr_workshop.domain.model import (
    CheckIn,
    CommonRule,
    Dependency,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    Team,
    Workshop,
)
from okr_workshop.domain.values import InvalidValue, new_id


def test_the_common_rule_defaults_come_from_the_source():
    rule = CommonRule()
    assert (rule.max_objectives_per_team, rule.max_key_results_per_objective) == (3, 2)
    assert rule.strict is False
    assert Workshop(title="Atelier").rule == rule


@pytest.mark.parametrize("title", ["", "   ", "\n\t", None, 42])
def test_titles_must_be_non_empty_text(title):
    with pytest.raises(InvalidValue) as error:
        Workshop(title=title)
    assert error.value.field == "title"


def test_overlong_text_is_refused():
    with pytest.raises(InvalidValue, match="at most 500"):
        Team(name="x" * 501)


@pytest.mark.parametrize("confidence", [11, -1, 5.5, True, "7"])
def test_confidence_is_a_whole_number_from_0_to_10(confidence):
    with pytest.raises(InvalidValue) as error:
        CheckIn(on=date(2027, 1, 5), value=1, confidence=confidence)
    assert error.value.field == "confidence"


@pytest.mark.parametrize("confidence", [0, 10])
def test_confidence_bounds_are_accepted(confidence):
    assert CheckIn(on=date(2027, 1, 5), value=1, confidence=confidence).confidence == confidence


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf, True, "3"])
def test_numbers_are_finite(number):
    with pytest.raises(InvalidValue) as error:
        KeyResult(text="Passer de 1 à 2", baseline=number)
    assert error.value.field == "baseline"


def test_integers_become_floats_and_none_stays_none():
    kr = KeyResult(text="Passer de 1 à 2", baseline=1, target=None)
    assert kr.baseline == 1.0 and isinstance(kr.baseline, float)
    assert kr.target is None


@pytest.mark.parametrize("status", ["kept", ObjectiveStatus.PARKED])
def test_statuses_come_from_a_fixed_set(status):
    objective = Objective(team_id=new_id(), title="Fidéliser", status=status)
    assert objective.status == ObjectiveStatus(status)


def test_an_unknown_status_is_refused_with_the_allowed_ones():
    with pytest.raises(InvalidValue, match="candidate, kept, parked"):
        Objective(team_id=new_id(), title="Fidéliser", status="maybe")


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2101, 1, 1)])
def test_dates_stay_inside_sensible_bounds(day):
    with pytest.raises(InvalidValue):
        KeyResult(text="Passer de 1 à 2", due=day)


def test_a_cycle_cannot_end_before_it_starts():
    with pytest.raises(InvalidValue) as error:
        Workshop(title="T1", cycle_start=date(2027, 3, 1), cycle_end=date(2027, 1, 1))
    assert error.value.field == "cycle_end"


def test_ids_are_uuids_and_unique():
    assert Team(name="A").id != Team(name="A").id
    with pytest.raises(InvalidValue, match="UUID"):
        Team(name="A", id="team-1")


def test_timestamps_need_a_time_zone():
    with pytest.raises(InvalidValue):
        Workshop(title="T1", created_at=datetime(2027, 1, 1))
    Workshop(title="T1", created_at=datetime(2027, 1, 1, tzinfo=UTC))


def test_votes_are_never_negative():
    with pytest.raises(InvalidValue):
        Objective(team_id=new_id(), title="Fidéliser", votes=-1)


def test_the_rule_limits_are_bounded():
    with pytest.raises(InvalidValue):
        CommonRule(max_objectives_per_team=0)
    with pytest.raises(InvalidValue):
        CommonRule(max_key_results_per_objective=21)


def test_a_dependency_links_two_different_objectives():
    same = new_id()
    with pytest.raises(InvalidValue):
        Dependency(from_objective_id=same, to_objective_id=same)


def test_ritual_kinds_and_cadences_are_fixed():
    assert Ritual(kind="check_in", cadence="weekly").cadence == "weekly"
    with pytest.raises(InvalidValue):
        Ritual(kind="check_in", cadence="hourly")


def test_edits_re_run_the_invariants():
    team = Team(name="Ventes")
    with pytest.raises(InvalidValue):
        replace(team, name="")
    participant = Participant(name="Inès")
    assert replace(participant, role="Développeuse").role == "Développeuse"


def test_navigation_helpers_find_entities():
    team = Team(name="Ventes")
    kr = KeyResult(text="Passer de 10 à 20 clients")
    objective = Objective(team_id=team.id, title="Conquérir", key_results=(kr,))
    workshop = Workshop(title="T1", teams=(replace(team, objectives=(objective,)),))
    assert workshop.team(team.id).name == "Ventes"
    assert workshop.objective(objective.id) == objective
    assert list(workshop.key_results()) == [kr]
    assert workshop.team(new_id()) is None


def test_a_target_type_switch_keeps_the_number_aimed_at():
    from okr_workshop.domain.model import Direction
    from okr_workshop.domain.relative_change import (
        TargetKind,
        fields_for_amount,
        fields_for_kind,
        target_kind,
    )

    kr = KeyResult(text="Invendus", baseline=1200.0, target=960.0)
    as_percent = replace(kr, **fields_for_kind(kr, TargetKind.PERCENT))
    assert (as_percent.change, as_percent.direction, as_percent.aimed_target()) == (
        20.0, Direction.DECREASE, 960.0)
    as_units = replace(as_percent, **fields_for_kind(as_percent, TargetKind.UNITS))
    assert (as_units.change, as_units.change_percent, as_units.aimed_target()) == (
        240.0, False, 960.0)
    back = replace(as_units, **fields_for_kind(as_units, TargetKind.VALUE))
    assert (back.target, back.change, target_kind(back)) == (960.0, None, TargetKind.VALUE)
    # Without a baseline, a percent cannot be worked out: the target goes, the change waits.
    bare = KeyResult(text="Invendus", target=960.0)
    assert fields_for_kind(bare, TargetKind.PERCENT) == {
        "target": None, "change_percent": True, "change": None}
    assert fields_for_amount(bare, -20.0, TargetKind.PERCENT) == {
        "change": 20.0, "change_percent": True, "target": None,
        "direction": Direction.DECREASE}
    assert fields_for_amount(bare, 5.0, TargetKind.UNITS, signed=True)["direction"] is \
        Direction.INCREASE
    assert fields_for_amount(bare, None, TargetKind.UNITS) == {
        "change": None, "change_percent": False}
