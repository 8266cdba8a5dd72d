"""The rituals' .ics file, read back with icalendar and its recurrences expanded with
dateutil (the library a calendar app's importer would rely on), as a calendar would."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    Team,
    Workshop,
)
from okr_workshop.export.calendar import rituals_calendar

PARIS = ZoneInfo("Europe/Paris")
STAMP = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
TODAY = date(2026, 10, 20)
TEAM = "00000000-0000-4000-8000-000000000001"
AGENDA = ("1. Valeurs, confiance; blocages\n2. Décisions — \"prochaines étapes\"\n"
          "Emoji 🚀 👨‍👩‍👧, antislash \\ fin")


def workshop(*rituals: Ritual, language: Language = Language.FRENCH) -> Workshop:
    measured = KeyResult(text="Passer le NPS de 30 à 45", unit="pts", check_ins=(
        CheckIn(on=date(2026, 10, 12), value=38.0, confidence=7),
        CheckIn(on=date(2026, 10, 26), value=99.0, confidence=9),  # after "today"
    ))
    kept = Objective(team_id=TEAM, title="Ravir", status=ObjectiveStatus.KEPT,
                     key_results=(measured, KeyResult(text="Livrer l’appli", milestone=True)))
    parked = Objective(team_id=TEAM, title="Plus tard", status=ObjectiveStatus.PARKED,
                       key_results=(KeyResult(text="Résultat mis de côté"),))
    team = Team(id=TEAM, name="Ventes ; Ouest", objectives=(kept, parked))
    return Workshop(title="Atelier T4, 2026", language=language, cycle_start=date(2026, 10, 1),
                    cycle_end=date(2026, 11, 30), teams=(team,), rituals=rituals,
                    created_at=STAMP, updated_at=STAMP)


def weekly(**changes) -> Ritual:
    base = Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, starts_on=date(2026, 10, 5),
                  starts_at="09:30", time_zone="Europe/Paris", duration_minutes=30,
                  place="Salle Eiffel, 3e étage; bâtiment B", attendees="Alice\nBob, Jr.",
                  note=AGENDA)
    return replace(base, **changes)


def events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def occurrences(event) -> list[datetime]:
    start = event.decoded("dtstart")
    rule = event["rrule"].to_ical().decode()
    return list(rrulestr(rule, dtstart=start))


def test_a_weekly_series_keeps_its_wall_clock_time_across_the_october_change():
    data = rituals_calendar(workshop(weekly()), "fr", TODAY)
    calendar = Calendar.from_ical(data)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2026, 10, 5, 9, 30, tzinfo=PARIS)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=30)
    found = occurrences(event)
    mondays = [date(2026, 10, 5) + timedelta(weeks=n) for n in range(9)]  # to Nov 30
    assert [o.date() for o in found] == mondays
    assert all(o.astimezone(PARIS).time() == time(9, 30) for o in found)
    # In UTC the meeting moves an hour when Paris leaves summer time on 25 October.
    in_utc = [o.astimezone(UTC).time() for o in found]
    assert in_utc[:3] == [time(7, 30)] * 3 and in_utc[3:] == [time(8, 30)] * 6
    assert b"TZID=Europe/Paris" in data and b"BEGIN:VALARM" in data


def test_the_uid_is_the_ritual_s_and_a_later_export_has_a_higher_sequence():
    ritual = weekly()
    first = rituals_calendar(workshop(ritual), "fr", TODAY)
    assert rituals_calendar(workshop(ritual), "fr", TODAY) == first  # same state, same bytes
    later = replace(workshop(replace(ritual, place="Salle Seine")),
                    updated_at=STAMP + timedelta(hours=3))
    second = rituals_calendar(later, "fr", TODAY)
    (a,), (b,) = events(first), events(second)
    assert str(a["uid"]) == str(b["uid"]) == f"{ritual.id}@okr-workshop"
    assert b.decoded("sequence") > a.decoded("sequence") >= 0
    assert b.decoded("dtstamp") > a.decoded("dtstamp")
    assert str(b["location"]) == "Salle Seine"


def test_french_words_and_user_text_survive_escaping():
    data = rituals_calendar(workshop(weekly()), Language.FRENCH, TODAY)
    (event,) = events(data)
    assert str(event["summary"]) == "Point d’étape hebdomadaire — Atelier T4, 2026"
    assert str(event["location"]) == "Salle Eiffel, 3e étage; bâtiment B"
    description = str(event["description"])
    assert description.startswith("Ordre du jour\u00a0:\n" + AGENDA + "\n\n")
    assert "Participants\u00a0: Alice, Bob, Jr." in description
    assert "Ventes ; Ouest — Passer le NPS de 30 à 45\u00a0: 38\u00a0pts (12\u00a0oct." \
        in description and "confiance 7/10)" in description
    assert "Livrer l’appli\u00a0: pas encore de point d’étape" in description
    assert "Résultat mis de côté" not in description and "99" not in description
    assert "ATTENDEE" not in data.decode() and "@" not in description
    raw = data.decode()
    assert "\r\n" in raw and all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    assert "\\;" in raw and "\\," in raw and "\\n" in raw
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(minutes=15)
    assert str(alarm["action"]) == "DISPLAY"


def test_english_words():
    data = rituals_calendar(workshop(weekly(), language=Language.ENGLISH), "en", TODAY)
    (event,) = events(data)
    assert str(event["summary"]) == "Weekly check-in — Atelier T4, 2026"
    description = str(event["description"])
    assert description.startswith("Agenda:\n")
    expected = "Passer le NPS de 30 à 45: 38\u00a0pts (Oct\u00a012, 2026, confidence 7/10)"
    assert expected in description


def test_a_monthly_review_on_the_last_thursday_stays_on_last_thursdays():
    review = weekly(kind=RitualKind.MONTHLY_REVIEW, cadence=Cadence.MONTHLY,
                    starts_on=date(2026, 10, 29), starts_at="14:00", duration_minutes=60)
    (event,) = events(rituals_calendar(workshop(review), "en", TODAY))
    assert str(event["summary"]).startswith("Monthly OKR review")
    assert [o.date() for o in occurrences(event)] == [date(2026, 10, 29), date(2026, 11, 26)]
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)


def test_a_ritual_without_time_is_all_day_and_once_is_a_single_event():
    all_day = weekly(starts_at="", time_zone="")
    once = weekly(kind=RitualKind.PLANNING, cadence=Cadence.ONCE, starts_on=date(2026, 11, 16))
    late = weekly(kind=RitualKind.GRADING, starts_on=date(2026, 12, 10))  # after the cycle
    found = events(rituals_calendar(workshop(all_day, once, late), "fr", TODAY))
    assert found[0].decoded("dtstart") == date(2026, 10, 5)
    assert found[0].decoded("dtend") == date(2026, 10, 6)
    assert [o.date() for o in occurrences(found[0])][-1] == date(2026, 11, 30)
    (alarm,) = found[0].walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(hours=15)  # 9:00 the day before
    assert "rrule" not in found[1] and "rrule" not in found[2]
    assert str(found[1]["summary"]).startswith("Préparation du cycle suivant")


def test_a_ritual_without_zone_takes_the_laptop_s_or_floats():
    floating = weekly(time_zone="")
    (event,) = events(rituals_calendar(workshop(floating), "fr", TODAY))
    assert event.decoded("dtstart") == datetime(2026, 10, 5, 9, 30)  # floating
    assert event.decoded("dtstart").tzinfo is None
    assert occurrences(event)[-1] == datetime(2026, 11, 30, 9, 30)
    zoned = rituals_calendar(workshop(floating), "fr", TODAY, local_zone="America/Montreal")
    (event,) = events(zoned)
    assert event.decoded("dtstart").tzinfo.key == "America/Montreal"


@pytest.mark.parametrize("cadence,gaps", [(Cadence.FORTNIGHTLY, {14}), (Cadence.WEEKLY, {7})])
def test_cadences_space_the_occurrences(cadence, gaps):
    (event,) = events(rituals_calendar(workshop(weekly(cadence=cadence)), "fr", TODAY))
    found = occurrences(event)
    assert {(b - a).days for a, b in zip(found, found[1:], strict=False)} == gaps


def test_a_long_list_of_key_results_is_counted_past_fifty():
    many = tuple(KeyResult(text=f"Résultat {n}") for n in range(53))
    base = workshop(weekly(), language=Language.ENGLISH)
    team = base.teams[0]
    crowded = replace(team, objectives=(replace(team.objectives[0], key_results=many),))
    (event,) = events(rituals_calendar(replace(base, teams=(crowded,)), "en", TODAY))
    description = str(event["description"])
    assert "Résultat 49: no check-in yet" in description and "Résultat 50:" not in description
    assert description.endswith("…and 3 more: the Steering step shows them all.")


def test_control_characters_from_an_imported_file_never_reach_the_calendar():
    # RFC 5545 TEXT allows no control character but tab: a NUL, an escape or a bell pasted
    # into an agenda (or brought by an exchange file) would make Outlook refuse the file.
    dirty = "Ordre\x00 du\x1b[31m jour\x07\r\nligne 2\x7f\x0b"
    ritual = weekly(note=dirty, place="Salle\x0c B", attendees="Alice\x1b")
    data = rituals_calendar(replace(workshop(ritual), title="Atelier\x08 T4"), "fr", TODAY)
    assert not [byte for byte in data if byte < 32 and byte not in b"\t\r\n"]
    assert b"\x7f" not in data
    (event,) = events(data)
    assert "Ordre du[31m jour\nligne 2" in str(event["description"])
    assert str(event["location"]) == "Salle B"


def test_a_french_file_holds_no_english_comment_in_its_time_zone():
    """French walkthrough: the .ics read 'COMMENT:This timezone only works from 2026-01-03
    to 2028-03-31.' (icalendar's note on the zone it writes) among French events."""
    data = rituals_calendar(workshop(weekly()), Language.FRENCH, TODAY)
    (zone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    assert "COMMENT" not in zone and "This timezone" not in data.decode()
    assert str(zone["tzid"]) == "Europe/Paris" and zone.walk("DAYLIGHT")
