"""Rituals (issue 13, point 9): defaults from the cycle dates, occurrences, RRULE parts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from okr_workshop.domain.model import (
    Cadence,
    Language,
    Participant,
    Ritual,
    RitualKind,
    Team,
    Workshop,
)
from okr_workshop.domain.steering.rituals import (
    default_agenda,
    default_rituals,
    kind_label,
    month_position,
    occurrences,
    recurrence,
)

FAR = date(2030, 1, 1)


def ritual(first: date | None, cadence: Cadence, at: str = "09:30") -> Ritual:
    return Ritual(kind=RitualKind.CHECK_IN, cadence=cadence, starts_on=first, starts_at=at)


def days(ritual_: Ritual, cycle_end: date | None, start: date, end: date) -> list[date]:
    return [o.date() for o in occurrences(ritual_, cycle_end, start, end)]


# Defaults -----------------------------------------------------------------------------------

def test_defaults_follow_the_cycle_dates():
    ambassador = Participant(name="Zoé « Nord »")
    workshop = Workshop(
        title="Atelier", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        language=Language.ENGLISH, facilitator="Camille",
        participants=(ambassador, Participant(name="Léo 🚀")),
        teams=(Team(name="Nord", ambassador_id=ambassador.id),))
    rituals = default_rituals(workshop, today=date(2026, 12, 1))
    summary = [(r.kind, r.cadence, r.starts_on, r.starts_at, r.duration_minutes)
               for r in rituals]
    assert summary == [
        # The first Monday of the cycle (it starts on a Friday).
        (RitualKind.CHECK_IN, Cadence.WEEKLY, date(2027, 1, 4), "09:30", 30),
        # The last Thursday of January, more than two weeks in.
        (RitualKind.MONTHLY_REVIEW, Cadence.MONTHLY, date(2027, 1, 28), "14:00", 60),
        # Two weeks before the next cycle starts on April 1.
        (RitualKind.PLANNING, Cadence.ONCE, date(2027, 3, 18), "14:00", 120),
        # In the last week, on its Tuesday.
        (RitualKind.GRADING, Cadence.ONCE, date(2027, 3, 30), "10:00", 90),
    ]
    assert [r.position for r in rituals] == [0, 1, 2, 3]
    assert len({r.id for r in rituals}) == 4
    check_in, review, planning, grading = rituals
    assert check_in.note.startswith("1. Each key result: the new value and confidence")
    assert "ROTI" in review.note and "Grade each key result" in grading.note
    assert check_in.attendees == "Zoé « Nord », Léo 🚀"
    assert review.attendees == "Camille, Zoé « Nord »"  # the facilitator and ambassadors
    assert all(r.time_zone == "" for r in rituals)  # the laptop's zone until the coach says


def test_defaults_speak_the_workshop_language():
    workshop = Workshop(title="Atelier", cycle_start=date(2027, 1, 1),
                        cycle_end=date(2027, 3, 31), language=Language.FRENCH)
    notes = [r.note for r in default_rituals(workshop)]
    assert notes[0].startswith("1. Chaque résultat clé\u00a0: la nouvelle valeur")
    assert "toujours justes\u00a0?" in notes[2]
    assert all("'" not in note for note in notes)  # the typographic apostrophe


def test_without_cycle_dates_a_13_week_cycle_starts_next_monday():
    workshop = Workshop(title="Atelier")
    rituals = default_rituals(workshop, today=date(2026, 12, 9))  # a Wednesday
    starts = {r.kind: r.starts_on for r in rituals}
    assert starts[RitualKind.CHECK_IN] == date(2026, 12, 14)
    # The cycle would end on Sunday March 14, 2027.
    assert starts[RitualKind.GRADING] == date(2027, 3, 9)
    assert starts[RitualKind.PLANNING] == date(2027, 3, 1)
    assert starts[RitualKind.MONTHLY_REVIEW] == date(2026, 12, 31)
    monday = default_rituals(workshop, today=date(2026, 12, 14))
    assert monday[0].starts_on == date(2026, 12, 14)  # a Monday is its own next Monday


def test_with_only_one_cycle_date():
    only_end = Workshop(title="Atelier", cycle_end=date(2027, 3, 31))
    rituals = default_rituals(only_end, today=date(2027, 6, 1))  # the end is already past
    assert rituals[0].starts_on == date(2027, 1, 3) + timedelta(days=1)
    only_start = Workshop(title="Atelier", cycle_start=date(2027, 1, 4))
    grading = [r for r in default_rituals(only_start) if r.kind is RitualKind.GRADING]
    assert grading[0].starts_on == date(2027, 3, 30)  # 13 weeks: the cycle ends April 4


def test_planning_on_a_weekend_moves_to_the_friday_before():
    # The cycle ends on a Friday: the next starts on a Saturday, two weeks before is one too.
    workshop = Workshop(title="Atelier", cycle_start=date(2027, 1, 4),
                        cycle_end=date(2027, 4, 2))
    planning = [r for r in default_rituals(workshop) if r.kind is RitualKind.PLANNING]
    assert planning[0].starts_on == date(2027, 3, 19)
    assert planning[0].starts_on.weekday() == 4


def test_a_short_cycle_has_no_monthly_review_and_nothing_before_its_start():
    workshop = Workshop(title="Sprint", cycle_start=date(2027, 1, 6),
                        cycle_end=date(2027, 1, 15))
    rituals = default_rituals(workshop)
    assert RitualKind.MONTHLY_REVIEW not in {r.kind for r in rituals}
    assert all(date(2027, 1, 6) <= r.starts_on <= date(2027, 1, 15) for r in rituals)


def test_kind_labels():
    assert kind_label(RitualKind.GRADING, "en") == "Grading and retrospective"
    assert kind_label(RitualKind.CHECK_IN, "fr") == "Point d’étape"


# Occurrences --------------------------------------------------------------------------------

def test_a_weekly_series_keeps_its_wall_clock_time_across_daylight_saving():
    # Europe moves its clocks on March 28, 2027, the US on March 14: 09:30 stays 09:30.
    weekly = ritual(date(2027, 3, 1), Cadence.WEEKLY)
    found = occurrences(weekly, date(2027, 4, 30), date(2027, 1, 1), FAR)
    assert [o.date() for o in found] == [date(2027, 3, 1) + timedelta(weeks=i)
                                         for i in range(9)]
    assert {o.time() for o in found} == {time(9, 30)}
    assert all(o.tzinfo is None for o in found)


def test_fortnightly_and_the_window():
    fortnightly = ritual(date(2027, 1, 4), Cadence.FORTNIGHTLY)
    assert days(fortnightly, date(2027, 3, 1), date(2027, 1, 10), date(2027, 2, 15)) == [
        date(2027, 1, 18), date(2027, 2, 1), date(2027, 2, 15)]
    assert days(fortnightly, date(2027, 3, 1), date(2027, 3, 2), FAR) == []


def test_the_last_day_of_the_cycle_is_included_and_nothing_after_it():
    weekly = ritual(date(2027, 1, 4), Cadence.WEEKLY)
    found = days(weekly, date(2027, 1, 18), date(2027, 1, 1), FAR)
    assert found == [date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18)]


def test_without_a_cycle_end_the_window_bounds_the_series():
    weekly = ritual(date(2027, 1, 4), Cadence.WEEKLY)
    assert len(days(weekly, None, date(2027, 1, 1), date(2027, 12, 31))) == 52


def test_monthly_on_the_last_thursday_through_months_with_five_thursdays():
    # January 28 is the last Thursday; April and July 2027 have five Thursdays.
    monthly = ritual(date(2027, 1, 28), Cadence.MONTHLY, "14:00")
    assert days(monthly, date(2027, 7, 31), date(2027, 1, 1), FAR) == [
        date(2027, 1, 28), date(2027, 2, 25), date(2027, 3, 25), date(2027, 4, 29),
        date(2027, 5, 27), date(2027, 6, 24), date(2027, 7, 29)]
    assert occurrences(monthly, None, date(2027, 1, 1), date(2027, 1, 31)) == [
        datetime(2027, 1, 28, 14, 0)]


def test_monthly_on_the_nth_weekday_never_slips_to_a_fifth():
    second_thursday = ritual(date(2027, 1, 14), Cadence.MONTHLY)
    assert days(second_thursday, date(2027, 4, 30), date(2027, 1, 1), FAR) == [
        date(2027, 1, 14), date(2027, 2, 11), date(2027, 3, 11), date(2027, 4, 8)]
    # April 22 is the 4th Thursday, not the last (April 29 is): it stays the 4th.
    fourth = ritual(date(2027, 4, 22), Cadence.MONTHLY)
    assert days(fourth, date(2027, 7, 31), date(2027, 1, 1), FAR) == [
        date(2027, 4, 22), date(2027, 5, 27), date(2027, 6, 24), date(2027, 7, 22)]


def test_february_29():
    # Thursday February 29, 2024 is the month's last Thursday.
    quarterly = ritual(date(2024, 2, 29), Cadence.QUARTERLY)
    assert month_position(date(2024, 2, 29)) == -1
    assert days(quarterly, date(2024, 12, 31), date(2024, 1, 1), FAR) == [
        date(2024, 2, 29), date(2024, 5, 30), date(2024, 8, 29), date(2024, 11, 28)]
    monthly = ritual(date(2024, 1, 25), Cadence.MONTHLY)  # last Thursday of January
    assert days(monthly, date(2024, 3, 31), date(2024, 1, 1), FAR)[1] == date(2024, 2, 29)
    weekly = ritual(date(2024, 2, 22), Cadence.WEEKLY)
    assert days(weekly, date(2024, 3, 7), date(2024, 1, 1), FAR) == [
        date(2024, 2, 22), date(2024, 2, 29), date(2024, 3, 7)]
    # In a 28-day February the 22nd is already in the last week.
    assert month_position(date(2027, 2, 22)) == -1 and month_position(date(2024, 2, 22)) == 4


def test_once_and_undated_rituals():
    once = ritual(date(2027, 3, 30), Cadence.ONCE, "")
    assert occurrences(once, date(2027, 3, 31), date(2027, 3, 1), FAR) == [
        datetime(2027, 3, 30, 0, 0)]  # no time yet: midnight
    assert occurrences(once, date(2027, 3, 29), date(2027, 3, 1), FAR) == []  # after the end
    assert occurrences(ritual(None, Cadence.WEEKLY), FAR, date(2027, 1, 1), FAR) == []


# The RRULE parts ----------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "cadence", "expected"), [
    (date(2027, 1, 4), Cadence.WEEKLY, {"FREQ": "WEEKLY", "INTERVAL": 1, "BYDAY": ["MO"]}),
    (date(2027, 1, 5), Cadence.FORTNIGHTLY, {"FREQ": "WEEKLY", "INTERVAL": 2, "BYDAY": ["TU"]}),
    (date(2027, 1, 28), Cadence.MONTHLY, {"FREQ": "MONTHLY", "INTERVAL": 1, "BYDAY": ["-1TH"]}),
    (date(2027, 1, 14), Cadence.MONTHLY, {"FREQ": "MONTHLY", "INTERVAL": 1, "BYDAY": ["2TH"]}),
    (date(2024, 2, 29), Cadence.QUARTERLY,
     {"FREQ": "MONTHLY", "INTERVAL": 3, "BYDAY": ["-1TH"]}),
])
def test_recurrence_is_the_rrule_of_the_same_series(first, cadence, expected):
    rule = recurrence(ritual(first, cadence), date(2027, 3, 31))
    assert rule == {**expected, "UNTIL": datetime(2027, 3, 31, 23, 59, 59)}
    assert "UNTIL" not in recurrence(ritual(first, cadence), None)


def test_a_ritual_held_once_has_no_rrule():
    assert recurrence(ritual(date(2027, 3, 30), Cadence.ONCE), date(2027, 3, 31)) == {}


def test_every_kind_but_other_has_an_agenda_in_both_languages():
    for kind in RitualKind:
        for language in ("en", "fr"):
            agenda = default_agenda(kind, language)
            assert bool(agenda) == (kind is not RitualKind.OTHER), (kind, language)
    assert default_agenda(RitualKind.INTER_TEAM_REVIEW, "en").startswith("1. Each team's")


@pytest.mark.parametrize("first", [date(2024, 2, 29), date(2027, 1, 14), date(2027, 4, 22),
                                   date(2027, 3, 1), date(2028, 2, 29), date(2027, 1, 31)])
@pytest.mark.parametrize("cadence", [Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.MONTHLY,
                                     Cadence.QUARTERLY])
def test_the_rrule_expands_to_the_same_occurrences(first, cadence):
    # What a calendar will do with the exported rule: expand it (dateutil comes with the
    # iCalendar library the exporter uses).
    rrule = pytest.importorskip("dateutil.rrule")
    series = ritual(first, cadence)
    end = date(first.year + 1, 12, 31)
    parts = recurrence(series, end)
    text = ";".join(f"{name}={','.join(value) if isinstance(value, list) else value}"
                    for name, value in parts.items() if name != "UNTIL")
    text += ";UNTIL=" + parts["UNTIL"].strftime("%Y%m%dT%H%M%S")
    start = datetime.combine(first, time(9, 30))
    expanded = list(rrule.rrulestr(text, dtstart=start))
    assert expanded == occurrences(series, end, date(2000, 1, 1), date(2100, 1, 1))
