"""The workshop's rituals as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
Apple Calendar import, written with the ``icalendar`` library.

One recurring event per ritual: it starts on its first date at its time, in its time zone
(with the VTIMEZONE the file must carry for it), repeats until the cycle ends (the rule of
:func:`okr_workshop.domain.steering.rituals.recurrence`, the one the window's "what is due"
counts with), reminds
15 minutes before, and says its agenda, who attends and where the kept key results stand.
The UID is the ritual's id, the SEQUENCE and DTSTAMP follow the workshop's last change: a
file exported again updates the events a calendar already holds instead of adding twins,
and the same workshop always gives the same bytes.

A ritual without a time of day is an all-day event (reminded the day before at 9:00); a
ritual without a time zone, when the laptop's zone is unknown, is in floating time (the
calendar's own zone, which is the laptop's when the coach imports it there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vRecur

from okr_workshop import __version__
from okr_workshop.domain.catalogue import say
from okr_workshop.domain.enums import Cadence, Language, ObjectiveStatus, RitualKind
from okr_workshop.domain.model import KeyResult, Ritual, Workshop
from okr_workshop.domain.steering.rituals import recurrence as steering_recurrence
from okr_workshop.export.formats import format_day, format_value

Recurrence = Callable[[Ritual, date | None], Mapping[str, Any]]

PRODID = f"-//OKR Workshop//Rituals {__version__}//EN"
UID_DOMAIN = "okr-workshop"
REMINDER = timedelta(minutes=15)
ALL_DAY_REMINDER = timedelta(hours=15)  # 9:00 the day before, as Apple Calendar offers
# A description is read on a phone before the meeting: past this many key results the
# rest is counted, not listed (it also keeps a 40-team file small and quick to write).
MAX_LISTED_KEY_RESULTS = 50
# Without a cycle end a series still ends: one quarter, the usual OKR cycle.
OPEN_CYCLE = timedelta(weeks=13)
# SEQUENCE counts seconds from here to the workshop's last change: it grows with every
# edit and stays the same when nothing changed (a 32-bit number lasts until 2088).
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def rituals_calendar(
    workshop: Workshop,
    language: Language | str,
    today: date,
    *,
    local_zone: str | None = None,
    recurrence: Recurrence = steering_recurrence,
) -> bytes:
    """The .ics file of ``workshop``'s rituals, in ``language``. ``today`` dates the key
    results' values in the descriptions and starts a ritual that has no first date nor
    cycle start; ``local_zone`` (an IANA name) stands for a ritual's "" zone."""
    lang = Language(getattr(language, "value", language))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # A name is one line (icalendar refuses a line break in an X- property, unescaped).
    calendar.add("x-wr-calname", " ".join(plain_text(workshop.title).split()))
    stamp = _utc(workshop.updated_at).replace(microsecond=0)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds()))
    key_results = _key_results_text(workshop, lang, today)
    for ritual in by_position(workshop.rituals):
        calendar.add_component(_event(workshop, ritual, lang, today, local_zone, recurrence,
                                      key_results, stamp, sequence))
    # Each zone's rules from a year before the first ritual to a year after the cycle:
    # what the events need, not 70 years of history in every file.
    firsts = [r.starts_on or workshop.cycle_start or today for r in workshop.rituals]
    first = min(firsts, default=today)
    last = max([workshop.cycle_end or first + OPEN_CYCLE, *firsts])
    calendar.add_missing_timezones(first_date=first - timedelta(days=366),
                                   last_date=last + timedelta(days=366))
    for zone in calendar.walk("VTIMEZONE"):
        # icalendar notes in English which years the zone's rules cover: no calendar reads
        # it, and a French file should not say "This timezone only works from…".
        zone.pop("COMMENT", None)
    return calendar.to_ical()


def _event(workshop: Workshop, ritual: Ritual, lang: Language, today: date,
           local_zone: str | None, recurrence: Recurrence, key_results: str,
           stamp: datetime, sequence: int) -> Event:
    title = say("calendar", "calendar.title", lang,
                {"kind": kind_title(ritual, lang), "workshop": workshop.title})
    first = ritual.starts_on or workshop.cycle_start or today
    zone_name = ritual.time_zone or local_zone
    event = Event()
    event.add("uid", f"{ritual.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence)
    event.add("summary", plain_text(title))
    if ritual.starts_at:
        hours, minutes = (int(part) for part in ritual.starts_at.split(":"))
        zone = ZoneInfo(zone_name) if zone_name else None
        start: date | datetime = datetime.combine(first, time(hours, minutes), tzinfo=zone)
        end: date | datetime = start + timedelta(minutes=ritual.duration_minutes)
        trigger = -REMINDER
    else:
        start, end = first, first + timedelta(days=1)
        trigger = -ALL_DAY_REMINDER
    event.add("dtstart", start)
    event.add("dtend", end)
    rule = _rule(recurrence(ritual, workshop.cycle_end), start)
    if rule is not None:
        event.add("rrule", rule)
    event.add("description", plain_text(_description(ritual, lang, key_results)))
    if plain_text(ritual.place).strip():
        event.add("location", plain_text(ritual.place).strip())
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", plain_text(say("calendar", "calendar.reminder", lang,
                                            {"title": title})))
    alarm.add("trigger", trigger)
    event.add_component(alarm)
    return event


def kind_title(ritual: Ritual, lang: Language) -> str:
    """"Weekly check-in", "Monthly OKR review": what the ritual is called in a calendar."""
    code = f"calendar.kind.{ritual.kind.value}"
    if ritual.kind is RitualKind.CHECK_IN and ritual.cadence is Cadence.WEEKLY:
        code += ".weekly"
    return say("calendar", code, lang)


def _rule(parts: Mapping[str, Any], start: date | datetime) -> vRecur | None:
    """The RRULE, with UNTIL in the form RFC 5545 asks for the start's kind: a date for an
    all-day event, the end of that day in UTC for a zoned one, local for a floating one.
    None for a single event, or a series that would end before it starts."""
    rule = {key.upper(): value for key, value in parts.items() if value not in (None, "")}
    if not rule.get("FREQ"):
        return None
    first_day = start.date() if isinstance(start, datetime) else start
    until = rule.get("UNTIL")
    if isinstance(until, datetime):
        until = until.date()
    if until is None:
        until = first_day + OPEN_CYCLE
    if until < first_day:
        return None
    if isinstance(start, datetime):
        last = datetime.combine(until, time(23, 59, 59), tzinfo=start.tzinfo)
        rule["UNTIL"] = last.astimezone(UTC) if start.tzinfo is not None else last
    else:
        rule["UNTIL"] = until
    return vRecur(rule)


def _description(ritual: Ritual, lang: Language, key_results: str) -> str:
    parts = []
    if ritual.note.strip():
        parts.append(say("calendar", "calendar.agenda", lang) + "\n" + ritual.note.strip())
    if ritual.attendees.strip():
        names = ", ".join(line.strip() for line in ritual.attendees.splitlines()
                          if line.strip())
        parts.append(say("calendar", "calendar.attendees", lang, {"names": names}))
    parts.append(key_results)
    return "\n\n".join(parts)


def _key_results_text(workshop: Workshop, lang: Language, today: date) -> str:
    """Every kept key result with its last value as of ``today``, team by team."""
    lines = [say("calendar", "calendar.key_results", lang, {"day": format_day(today, lang)})]
    kept = [(team.name, kr) for team in by_position(workshop.teams)
            for objective in by_position(team.objectives)
            if objective.status is ObjectiveStatus.KEPT
            for kr in by_position(objective.key_results)]
    lines += [_kr_line(team, kr, lang, today) for team, kr in kept[:MAX_LISTED_KEY_RESULTS]]
    if len(kept) > MAX_LISTED_KEY_RESULTS:
        lines.append(say("calendar", "calendar.more_key_results", lang,
                         {"count": len(kept) - MAX_LISTED_KEY_RESULTS}))
    if not kept:
        lines.append(say("calendar", "calendar.no_key_results", lang))
    return "\n".join(lines)


def _kr_line(team: str, kr: KeyResult, lang: Language, today: date) -> str:
    known = [c for c in kr.check_ins if c.on <= today]
    params: dict[str, Any] = {"team": team, "sentence": " ".join(kr.text.split())}
    if not known:
        return say("calendar", "calendar.kr_line_unmeasured", lang, params)
    last = max(reversed(known), key=lambda c: c.on)  # of one day's, the one entered last
    if kr.milestone:
        value = say("calendar", "calendar.done" if last.value else "calendar.not_yet", lang)
    else:
        value = format_value(last.value, lang, kr.unit)
    params |= {"value": value, "day": format_day(last.on, lang), "confidence": last.confidence}
    return say("calendar", "calendar.kr_line", lang, params)


def plain_text(text: str) -> str:
    """``text`` as RFC 5545 TEXT may hold it: line breaks as "\n", no control character
    but tab (a NUL or an escape pasted into an agenda makes a calendar refuse the file)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def by_position(items):
    """Entities in their position order, ties kept in stored order."""
    return sorted(items, key=lambda item: item.position)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
