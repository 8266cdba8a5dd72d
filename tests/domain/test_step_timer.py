"""The step timer's state machine, driven by a fake clock (plain numbers): no sleeps."""

from __future__ import annotations

from okr_workshop.domain.enums import Step
from okr_workshop.domain.step_timer import Banked, StepTimer
from okr_workshop.domain.timer_reading import Urgency

TEN_MINUTES = 600


def started(at: float = 1000.0, planned: int = TEN_MINUTES) -> StepTimer:
    return StepTimer(Step.VISION, planned).start(at)


def test_a_new_timer_waits_with_the_whole_plan():
    reading = StepTimer(Step.VISION, TEN_MINUTES).reading(5000.0)
    assert (reading.clock_text, reading.running, reading.urgency) == ("10:00", False, Urgency.CALM)


def test_it_counts_down_while_running():
    timer = started(1000.0)
    assert timer.reading(1000.0).clock_text == "10:00"
    assert timer.reading(1001.5).clock_text == "09:59"  # whole seconds, rounded down
    assert timer.reading(1000.0 + 5 * 60 + 55).clock_text == "04:05"
    assert timer.reading(1000.0 + 125).running


def test_amber_for_the_last_minutes_then_red_at_zero_counting_overtime():
    timer = started(0.0)
    assert timer.reading(TEN_MINUTES - 121).urgency == Urgency.CALM
    assert timer.reading(TEN_MINUTES - 120).urgency == Urgency.AMBER
    assert timer.reading(TEN_MINUTES - 1).clock_text == "00:01"
    at_zero = timer.reading(TEN_MINUTES)
    assert (at_zero.urgency, at_zero.clock_text) == (Urgency.OVER, "00:00")
    over = timer.reading(TEN_MINUTES + 90)
    assert (over.urgency, over.clock_text, over.remaining_seconds) == (Urgency.OVER, "+01:30", -90)


def test_pause_freezes_and_resume_goes_on_from_there():
    timer = started(0.0).pause(100.0)
    assert not timer.running
    assert timer.reading(100.0).clock_text == timer.reading(900.0).clock_text == "08:20"
    timer = timer.start(1000.0)
    assert timer.reading(1030.0).clock_text == "07:50"
    assert timer.pause(1030.0).pause(2000.0).elapsed(5000.0) == 130  # pausing twice: once


def test_toggle_starts_and_pauses():
    timer = StepTimer(Step.FOCUS, 60).toggle(0.0)
    assert timer.running
    assert not timer.toggle(10.0).running
    assert timer.toggle(10.0).elapsed(99.0) == 10


def test_plus_one_and_plus_five_before_zero_add_to_what_remains():
    timer = started(0.0).add_minutes(1, 60.0)
    assert timer.reading(60.0).clock_text == "10:00"
    assert timer.add_minutes(5, 60.0).reading(60.0).clock_text == "15:00"


def test_plus_five_in_overtime_gives_five_minutes_from_now():
    timer = started(0.0)
    assert timer.reading(TEN_MINUTES + 90).clock_text == "+01:30"
    more = timer.add_minutes(5, TEN_MINUTES + 90)
    reading = more.reading(TEN_MINUTES + 90)
    assert (reading.clock_text, reading.urgency) == ("05:00", Urgency.CALM)
    assert more.add_minutes(1, TEN_MINUTES + 90).reading(TEN_MINUTES + 90).clock_text == "06:00"
    assert timer.add_minutes(1, TEN_MINUTES + 90).reading(TEN_MINUTES + 90).clock_text == "01:00"


def test_minus_one_takes_a_minute_off_never_below_nothing():
    timer = started(0.0).add_minutes(-1, 0.0)
    assert timer.reading(0.0).clock_text == "09:00"
    short = StepTimer(Step.VISION, 30).add_minutes(-1, 0.0)
    assert short.allowed_seconds() == 0
    assert short.reading(0.0).urgency == Urgency.OVER


def test_a_step_switch_banks_the_time_spent_and_keeps_running():
    timer = started(0.0).add_minutes(5, 10.0)
    timer, banked = timer.switch(Step.FOCUS, 15 * 60, 0, 200.0)
    assert banked == Banked(Step.VISION, 200)
    assert timer.running and timer.step == Step.FOCUS
    assert timer.reading(200.0).clock_text == "15:00"  # Vision's +5 stays with Vision
    assert timer.reading(260.0).clock_text == "14:00"


def test_coming_back_to_a_step_goes_on_from_its_spent_time_and_added_minutes():
    timer = started(0.0).add_minutes(5, 0.0)
    timer, _ = timer.switch(Step.FOCUS, 15 * 60, 0, 100.0)
    timer, banked = timer.switch(Step.VISION, TEN_MINUTES, 100, 160.0)
    assert banked == Banked(Step.FOCUS, 60)
    assert timer.reading(160.0).clock_text == "13:20"  # 10 + 5 minutes, 100 s spent


def test_a_pause_survives_the_step_change():
    timer = started(0.0).pause(50.0)
    timer, banked = timer.switch(Step.FOCUS, 15 * 60, 30, 500.0)
    assert banked == Banked(Step.VISION, 50)
    assert not timer.running
    assert timer.reading(9999.0).clock_text == "14:30"
    timer = timer.start(10_000.0)
    assert timer.reading(10_010.0).elapsed_seconds == 40


def test_reset_puts_the_step_back_to_its_plan_paused():
    timer = started(0.0).add_minutes(5, 0.0)
    timer = timer.reset(700.0)
    reading = timer.reading(800.0)
    assert (reading.clock_text, reading.running, reading.elapsed_seconds) == ("10:00", False, 0)


def test_a_clock_set_back_counts_as_no_time():
    timer = started(1000.0)
    assert timer.elapsed(900.0) == 0
    assert timer.pause(900.0).elapsed(2000.0) == 0


def test_a_new_plan_for_the_current_step():
    timer = started(0.0).plan(20 * 60)
    assert timer.reading(60.0).clock_text == "19:00"
    assert StepTimer(Step.VISION).plan(-5).allowed_seconds() == 0
