"""The run sheet's arithmetic: defaults, breaks, clock times, midnight, totals."""

from __future__ import annotations

from okr_workshop.domain.agenda import (
    DEFAULT_MINUTES,
    ClockTime,
    StepTime,
    clock_from_text,
    clock_time,
    duration_text,
    item_for,
    run_sheet,
    run_sheet_items,
    time_per_step,
)
from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.room import AgendaItem


def with_agenda(*items: AgendaItem, starts: str = "") -> Workshop:
    numbered = [AgendaItem(step=i.step, title=i.title, planned_minutes=i.planned_minutes,
                           spent_seconds=i.spent_seconds, position=n)
                for n, i in enumerate(items)]
    return Workshop(title="Atelier", agenda=tuple(numbered), session_starts_at=starts)


def test_an_empty_agenda_is_the_default_run_sheet_without_steering():
    items = run_sheet_items(Workshop(title="Atelier"))
    assert [(i.step, i.planned_minutes) for i in items] == [
        (Step.SETUP, 10), (Step.VISION, 10), (Step.CONTRIBUTIONS, 20), (Step.FOCUS, 15),
        (Step.KEY_RESULTS, 30), (Step.REVIEW, 15), (Step.RESTITUTION, 10),
    ]
    assert Step.STEERING not in DEFAULT_MINUTES
    assert item_for(items, Step.STEERING) is None
    sheet = run_sheet(Workshop(title="Atelier"))
    assert sheet.planned_minutes == 110
    assert (sheet.starts, sheet.ends) == (None, None)
    assert all(line.starts is None for line in sheet.lines)


def test_each_line_starts_when_the_previous_ends_breaks_included():
    workshop = with_agenda(
        AgendaItem(step=Step.VISION, planned_minutes=10),
        AgendaItem(title="Pause café ☕", planned_minutes=15),
        AgendaItem(step=Step.FOCUS, planned_minutes=20),
        starts="09:30",
    )
    sheet = run_sheet(workshop)
    assert [(line.starts.text, line.ends.text) for line in sheet.lines] == [
        ("09:30", "09:40"), ("09:40", "09:55"), ("09:55", "10:15"),
    ]
    assert [line.is_break for line in sheet.lines] == [False, True, False]
    assert (sheet.planned_minutes, sheet.break_minutes) == (45, 15)
    assert sheet.ends == ClockTime("10:15")


def test_a_session_past_midnight_ends_the_next_day():
    workshop = with_agenda(
        AgendaItem(step=Step.VISION, planned_minutes=40),
        AgendaItem(step=Step.FOCUS, planned_minutes=24 * 60),
        AgendaItem(title="Retour", planned_minutes=60),
        starts="23:30",
    )
    sheet = run_sheet(workshop)
    assert sheet.lines[1].starts == ClockTime("00:10", 1)
    assert sheet.ends == ClockTime("01:10", 2)
    assert clock_time(24 * 60) == ClockTime("00:00", 1)


def test_spent_time_totals_the_steps_not_the_breaks():
    workshop = with_agenda(
        AgendaItem(step=Step.VISION, planned_minutes=10, spent_seconds=725),
        AgendaItem(title="Déjeuner", planned_minutes=60, spent_seconds=99),
        AgendaItem(step=Step.FOCUS, planned_minutes=15, spent_seconds=600),
    )
    sheet = run_sheet(workshop)
    assert sheet.spent_seconds == 1325 and sheet.has_spent
    assert time_per_step(workshop) == (
        StepTime(Step.VISION, 10, 725), StepTime(Step.FOCUS, 15, 600),
    )
    assert time_per_step(workshop)[0].over_seconds == 125
    assert time_per_step(workshop)[1].over_seconds == -300


def test_no_time_per_step_when_the_timer_recorded_none():
    assert time_per_step(Workshop(title="Atelier")) == ()
    assert time_per_step(with_agenda(AgendaItem(step=Step.VISION, planned_minutes=5))) == ()


def test_lines_in_position_order():
    workshop = Workshop(title="Atelier", agenda=(
        AgendaItem(step=Step.FOCUS, planned_minutes=5, position=1),
        AgendaItem(step=Step.VISION, planned_minutes=5, position=0),
    ))
    assert [i.step for i in run_sheet_items(workshop)] == [Step.VISION, Step.FOCUS]


def test_durations_read_as_a_stopwatch():
    assert duration_text(0) == "00:00"
    assert duration_text(725) == "12:05"
    assert duration_text(3725) == "1:02:05"


def test_a_start_time_as_people_type_it():
    for typed, read in (("9:30", "09:30"), ("09.30", "09:30"), ("9h30", "09:30"), ("9h", "09:00"),
                        ("14", "14:00"), (" 23:59 ", "23:59"), ("", ""), ("  ", "")):
        assert clock_from_text(typed) == read, typed
    for wrong in ("24:00", "9:60", "neuf heures", "9:3", "12:30:00", "-1"):
        assert clock_from_text(wrong) is None, wrong
