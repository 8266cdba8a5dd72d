"""The chart definition shared by the window and the deck: geometry and data only."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from okr_workshop.domain.enums import Cadence, Direction, PaceStatus, RitualKind
from okr_workshop.domain.model import Ritual
from okr_workshop.domain.steering.chart_geometry import kr_chart, nice_axis
from okr_workshop.domain.steering.chart_scene import ChartWords, Label, Mark, Stroke, chart_scene
from okr_workshop.domain.steering.dashboard import dashboard
from tests.domain.steering.steering_builders import END, START, ins, key_result, workshop_with


def week(n: int, day: int = 1) -> date:
    return START + timedelta(weeks=n, days=day)


def chart_of(kr, **fields):
    workshop = workshop_with(kr, **fields)
    return kr_chart(workshop, workshop.teams[0].objectives[0].key_results[0])


def values(chart) -> list[list[float]]:
    return [[p.value for p in run] for run in chart.runs]


def test_thirteen_weekly_check_ins_make_one_run_over_the_cycle():
    kr = key_result(check_ins=ins(*((week(n), 30 + n, 8) for n in range(13))))
    chart = chart_of(kr)
    assert (chart.start, chart.end) == (START, END)
    assert len(chart.weeks) == 13 and chart.weeks[0] == START
    assert len(chart.runs) == 1 and len(chart.runs[0]) == 13
    assert [len(run) for run in chart.confidence] == [13]
    # The expected line: baseline on the first day, target on the last.
    assert chart.expected[0].on == START and chart.expected[0].value == 30
    assert chart.expected[1].on == END and chart.expected[1].value == 50
    assert (chart.baseline, chart.target) == (30, 50)
    assert chart.values.low <= 30 and chart.values.high >= 50
    assert not chart.lower_is_better


def test_a_week_without_check_in_is_a_gap_not_a_line_through():
    kr = key_result(check_ins=ins((week(0), 30, 8), (week(1), 32, 8), (week(3), 35, 7),
                                  (week(4), 36, 7), (week(4, 3), 37, 7)))
    chart = chart_of(kr)
    assert values(chart) == [[30, 32], [35, 36, 37]]
    assert [[p.value for p in run] for run in chart.confidence] == [[8, 8], [7, 7, 7]]


def test_monthly_check_ins_join_and_a_missed_month_is_a_gap():
    # A team whose check-in ritual is monthly is not cut every week; a missed month is.
    monthly = (Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.MONTHLY),)
    kr = key_result(check_ins=ins((week(0), 30, 8), (week(4), 33, 8), (week(8), 36, 7),
                                  (week(17), 40, 6)))
    assert values(chart_of(kr, rituals=monthly)) == [[30, 33, 36], [40]]
    assert values(chart_of(kr)) == [[30], [33], [36], [40]]  # weekly: every one apart


def test_check_ins_in_any_order_are_drawn_in_date_order():
    kr = key_result(check_ins=ins((week(1), 32, 8), (week(0), 30, 8)))
    assert values(chart_of(kr)) == [[30, 32]]


def test_zero_and_negative_values_keep_their_sign_and_zero_is_a_tick():
    kr = key_result(baseline=5.0, target=10.0,
                    check_ins=ins((week(0), 0, 5), (week(1), -3.5, 4)))
    chart = chart_of(kr)
    assert values(chart) == [[0, -3.5]]
    assert chart.values.low <= -3.5 and chart.values.high >= 10
    assert 0.0 in chart.values.ticks
    assert chart.values.share(0.0) > 0  # zero is above the bottom: negatives show below it


def test_a_falling_target_keeps_a_numeric_axis_and_says_lower_is_better():
    kr = key_result("Réduire le délai de 8 à 2 jours", baseline=8.0, target=2.0,
                    direction=Direction.DECREASE, check_ins=ins((week(0), 8, 6), (week(1), 6, 6)))
    chart = chart_of(kr)
    assert chart.lower_is_better
    assert chart.values.share(2.0) < chart.values.share(8.0)  # low values at the bottom
    assert chart.expected[0].value == 8 and chart.expected[1].value == 2


def test_a_falling_relative_target_aims_at_the_computed_number():
    kr = key_result(baseline=1200.0, target=None, change=20.0, change_percent=True,
                    direction=Direction.DECREASE, check_ins=ins((week(0), 1150, 7)))
    chart = chart_of(kr)
    assert chart.target == 960 and chart.expected[1].value == 960 and chart.lower_is_better


@pytest.mark.parametrize(("direction", "lower"), [(Direction.AT_MOST, True),
                                                  (Direction.AT_LEAST, False)])
def test_a_threshold_has_its_level_and_no_expected_line(direction, lower):
    kr = key_result(baseline=None, target=2.0, direction=direction,
                    check_ins=ins((week(0), 1, 8), (week(1), 3, 5)))
    chart = chart_of(kr)
    assert chart.threshold and chart.expected is None
    assert chart.target == 2 and chart.lower_is_better is lower


def test_a_single_check_in_is_one_point():
    chart = chart_of(key_result(check_ins=ins((week(2), 33, 9))))
    assert values(chart) == [[33]]
    assert chart.day_share(chart.runs[0][0].on) > 0


def test_no_baseline_means_no_expected_line_nor_baseline():
    chart = chart_of(key_result(baseline=None, check_ins=ins((week(0), 33, 9))))
    assert chart.expected is None and chart.baseline is None and chart.target == 50


def test_no_cycle_dates_start_at_the_first_check_in_for_thirteen_weeks():
    first = date(2027, 2, 10)
    kr = key_result(check_ins=ins((first, 31, 8), (first + timedelta(weeks=1), 33, 8)))
    chart = chart_of(kr, start=None, end=None)
    assert chart.start == first
    assert chart.end == first + timedelta(weeks=13, days=-1)
    assert values(chart) == [[31, 33]]


def test_no_cycle_dates_and_no_check_in_is_an_empty_chart():
    chart = chart_of(key_result(), start=None, end=None)
    assert chart.empty and chart.start is None


def test_the_time_axis_holds_a_check_in_after_the_due_date():
    late = END + timedelta(days=10)
    chart = chart_of(key_result(due=date(2027, 3, 1), check_ins=ins((late, 45, 6))))
    assert chart.expected[1].on == date(2027, 3, 1)
    assert chart.end == late and chart.day_share(late) == 1.0


def test_a_milestone_is_a_step_from_not_yet_to_done():
    kr = key_result("Lancer la V2", baseline=None, target=None, milestone=True,
                    check_ins=ins((week(0), 0, 5), (week(1), 0, 6), (week(2), 1, 9)))
    chart = chart_of(kr)
    assert chart.milestone and values(chart) == [[0, 0, 1]]
    assert chart.values.ticks == (0.0, 1.0) and chart.expected is None


@pytest.mark.parametrize(("levels", "low", "high"), [
    ([30, 50], 30, 50), ([0, 7], 0, 8), ([-3.5, 10], -5, 10), ([42, 42], 35, 50),
    ([0, 0], 0, 1), ([-8, -2], -8, 0), ([0.02, 0.035], 0, 0.04), ([1200, 960], 900, 1200),
])
def test_nice_axis_holds_every_level_with_round_ticks(levels, low, high):
    axis = nice_axis(levels)
    assert axis.low <= min(levels) and axis.high >= max(levels)
    assert axis.low >= low - 1e-9 and axis.high <= high + 1e-9, axis
    steps = {round(b - a, 9) for a, b in zip(axis.ticks, axis.ticks[1:], strict=False)}
    assert len(steps) == 1 and 3 <= len(axis.ticks) <= 7, axis
    if axis.low < 0 < axis.high:
        assert 0.0 in axis.ticks


WORDS = ChartWords("Values", "Expected", "Target", "Baseline", "Confidence", "Lower is better",
                   "Higher is better", "Done", "Not yet", "No check-in yet",
                   number=lambda v, u: f"{v:g}{u}", day=lambda d: d.strftime("%d/%m"))


def test_the_scene_names_every_series_and_keeps_shapes_inside_the_box():
    kr = key_result(direction=Direction.DECREASE, baseline=8.0, target=2.0, unit=" d",
                    check_ins=ins((week(0), 8, 6), (week(2), -1, 3)))
    scene = chart_scene(chart_of(kr), WORDS, 800, 320)
    texts = scene.texts()
    for word in ("Values", "Expected", "Confidence", "↓ Lower is better",
                 "Target 2 d", "Baseline 8 d", "-1 d"):
        assert word in texts, word
    marks = [s for s in scene.shapes if isinstance(s, Mark)]
    assert len(marks) == 2 * 2 + 2  # values and confidence, plus the legend's two
    for shape in scene.shapes:
        points = shape.points if isinstance(shape, Stroke) else [(shape.x, shape.y)]
        for x, y in points:
            assert -1 <= x <= 801 and -1 <= y <= 321, shape
    # The gap: two runs of one point each, so no line joins the values.
    value_lines = [s for s in scene.shapes if isinstance(s, Stroke) and s.width > 4]
    assert all(len(s.points) == 2 and s.points[0][1] == s.points[1][1] for s in value_lines)


def test_an_empty_chart_says_so():
    scene = chart_scene(chart_of(key_result(), start=None, end=None), WORDS, 600, 300)
    assert "No check-in yet" in [s.text for s in scene.shapes if isinstance(s, Label)]


def test_dashboard_counts_statuses_objectives_and_weekly_confidence():
    on_track = key_result("A", check_ins=ins((week(0), 30, 9), (week(1), 40, 9)))
    off_track = key_result("B", check_ins=ins((week(0), 30, 2), (week(2), 30, 2)))
    unchecked = key_result("C")
    workshop = workshop_with(on_track, off_track, unchecked)
    board = dashboard(workshop, week(3))
    assert board.counts == {PaceStatus.ON_TRACK: 1, PaceStatus.OFF_TRACK: 1,
                            PaceStatus.AT_RISK: 0, None: 1}
    assert board.total == 3
    (objective,) = board.objectives
    assert objective.progress == pytest.approx((0.5 + 0.0) / 2)
    assert [(w.week, w.mean, w.count) for w in board.confidence] == [
        (START, 5.5, 2), (START + timedelta(weeks=1), 9, 1), (START + timedelta(weeks=2), 2, 1)]
    assert dashboard(workshop, week(3), team_id="no such team").total == 0


def test_axis_numbers_never_pile_up_on_a_short_chart():
    """French walkthrough at scale 1.5: the window's chart was 170 pixels tall, and its axes
    read « 3 2,5 2 1,5 » and « 10 5 0 » one on top of the other."""
    kr = key_result(baseline=1.8, target=3.0, check_ins=ins(
        (week(1), 1.9, 6), (week(3), 2.2, 7), (week(5), 2.4, 7), (week(7), 2.6, 8)))
    chart = chart_of(kr)
    size = 17.0
    for height in (130, 150, 320):  # a French legend takes two lines more
        scene = chart_scene(chart, WORDS, 840, height, size)
        for anchor, colour in (("end", None), ("start", "confidence")):
            labels = [s for s in scene.shapes if isinstance(s, Label)
                      and s.text.replace(".", "").isdigit() and s.size == size
                      and s.anchor == anchor and (colour is None) == (s.colour == Label.colour)]
            ys = sorted(label.y for label in labels)
            assert len(ys) >= 2, (height, anchor)  # the axis still says where it runs
            assert all(b - a >= size for a, b in zip(ys, ys[1:], strict=False)), (height, ys)
    tall = chart_scene(chart, WORDS, 840, 320, size)
    assert "2.5" in tall.texts() and "5" in tall.texts()  # room enough: every number


@pytest.mark.parametrize("levels", [[1.7e308, -1.7e308], [-1.79e308, 0.0], [1e300, 5e299]])
def test_an_axis_holds_numbers_near_the_largest_float(levels):
    # A check-in stored before the import and window limits (up to 1.8E308) made the span
    # infinite: the axis stops at 1E300 and a value beyond is drawn at its edge.
    axis = nice_axis(levels)
    assert all(math.isfinite(t) for t in axis.ticks) and len(axis.ticks) >= 2
    assert [axis.share(v) for v in (axis.low, axis.high)] == [0.0, 1.0]
    assert 0.0 <= axis.share(levels[0]) <= 1.0 and 0.0 <= axis.share(levels[1]) <= 1.0
