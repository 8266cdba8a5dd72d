"""The cycle's rituals: defaults from the cycle dates, their occurrences, their RRULE.

**Defaults** (all editable afterwards): the weekly check-in on Mondays at 09:30 for 30
minutes from the cycle's first Monday; the monthly review on the last Thursday of each month
at 14:00 for an hour, from the first one at least two weeks into the cycle; planning the next
cycle once, two weeks before it starts (the cycle's end), 14:00 for two hours, moved to the
Friday before when that falls on a weekend; grading and retrospective once in the cycle's
last week, on its last Tuesday (the last Thursday is the monthly review's), 10:00 for 90
minutes. Without cycle dates the cycle starts on the Monday on or after ``today`` and lasts
13 weeks. Agendas are in the workshop's language.

**Occurrences** repeat from ``starts_on`` until the cycle's end, at the same wall-clock time
(naive datetimes: 09:30 stays 09:30 across a daylight-saving change, as a calendar does with
a time zone): weekly, fortnightly, monthly and quarterly on the same weekday position as the
first date — "the last Thursday" when the first date is in its month's last seven days, else
"the 2nd Tuesday" —, or once. A ritual with no time yet occurs at midnight.

:func:`recurrence` gives the same rule as RFC 5545 RRULE parts, for an iCalendar exporter.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from okr_workshop.domain.catalogue import lang_of
from okr_workshop.domain.enums import Cadence, Language, RitualKind
from okr_workshop.domain.model import Ritual, Workshop
from okr_workshop.domain.steering.cycle import cycle_span, next_monday
from okr_workshop.domain.steering.ritual_words import MESSAGES

# How often each cadence comes round, in days (what "no check-in for longer than its
# ritual's period" means); a ritual held once is read as weekly.
PERIOD_DAYS = {Cadence.WEEKLY: 7, Cadence.FORTNIGHTLY: 14, Cadence.MONTHLY: 31,
               Cadence.QUARTERLY: 92, Cadence.ONCE: 7}
_WEEKS = {Cadence.WEEKLY: 1, Cadence.FORTNIGHTLY: 2}
_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3}
_DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MONDAY, TUESDAY, THURSDAY, FRIDAY = 0, 1, 3, 4
_MAX_ATTENDEES = 2_000


# Weekday positions in a month ---------------------------------------------------------------

def month_position(day: date) -> int:
    """-1 when ``day`` is in its month's last seven days ("the last Thursday"), else its
    rank among that weekday in the month, 1 to 4 ("the 2nd Tuesday")."""
    if day.day > calendar.monthrange(day.year, day.month)[1] - 7:
        return -1
    return (day.day - 1) // 7 + 1


def weekday_in_month(year: int, month: int, weekday: int, position: int) -> date:
    """The ``position``-th (or, for -1, the last) ``weekday`` of the month."""
    if position == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (position - 1))


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# Occurrences and the recurrence rule --------------------------------------------------------

def clock(ritual: Ritual) -> time:
    """The ritual's wall-clock time (midnight while none is set)."""
    if not ritual.starts_at:
        return time(0, 0)
    hours, _, minutes = ritual.starts_at.partition(":")
    return time(int(hours), int(minutes))


def series_dates(ritual: Ritual, cycle_end: date | None, last: date) -> list[date]:
    """Every date of the series from its first until ``cycle_end`` and ``last``."""
    first = ritual.starts_on
    if first is None:
        return []
    stop = min(last, cycle_end) if cycle_end is not None else last
    if ritual.cadence is Cadence.ONCE:
        return [first] if first <= stop else []
    days: list[date] = []
    if ritual.cadence in _WEEKS:
        step = timedelta(weeks=_WEEKS[ritual.cadence])
        day = first
        while day <= stop:
            days.append(day)
            day += step
        return days
    position, interval = month_position(first), _MONTHS[ritual.cadence]
    count = 0
    while True:
        year, month = _add_months(first, count * interval)
        day = weekday_in_month(year, month, first.weekday(), position)
        if day > stop:
            return days
        days.append(day)
        count += 1


def occurrences(ritual: Ritual, cycle_end: date | None, start: date, end: date
                ) -> list[datetime]:
    """The ritual's occurrences from ``start`` to ``end`` (both days included), none after
    the cycle's end: naive wall-clock datetimes at its time of day."""
    at = clock(ritual)
    return [datetime.combine(day, at) for day in series_dates(ritual, cycle_end, end)
            if day >= start]


def last_occurrence(ritual: Ritual, cycle_end: date | None, on_or_before: date
                    ) -> datetime | None:
    """The latest occurrence on or before ``on_or_before`` (a day), if any."""
    days = series_dates(ritual, cycle_end, on_or_before)
    return datetime.combine(days[-1], clock(ritual)) if days else None


def recurrence(ritual: Ritual, cycle_end: date | None) -> dict[str, Any]:
    """The series as RFC 5545 RRULE parts for ``icalendar.vRecur``: FREQ, INTERVAL, BYDAY
    (with its ordinal for a month: "-1TH", "2TU") and UNTIL, the last second of the cycle's
    last day in the ritual's wall-clock time (an exporter writing DTSTART with a TZID turns
    it into UTC, as RFC 5545 3.3.10 asks). Empty for a ritual held once."""
    if ritual.cadence is Cadence.ONCE:
        return {}
    rule: dict[str, Any] = {}
    if ritual.cadence in _WEEKS:
        rule["FREQ"], rule["INTERVAL"] = "WEEKLY", _WEEKS[ritual.cadence]
        if ritual.starts_on is not None:
            rule["BYDAY"] = [_DAY_NAMES[ritual.starts_on.weekday()]]
    else:
        rule["FREQ"], rule["INTERVAL"] = "MONTHLY", _MONTHS[ritual.cadence]
        if ritual.starts_on is not None:
            position = month_position(ritual.starts_on)
            rule["BYDAY"] = [f"{position}{_DAY_NAMES[ritual.starts_on.weekday()]}"]
    if cycle_end is not None:
        rule["UNTIL"] = datetime.combine(cycle_end, time(23, 59, 59))
    return rule


def period_days(cadence: Cadence) -> int:
    return PERIOD_DAYS[cadence]


# Defaults from the cycle ------------------------------------------------------------------

def _names(names: list[str]) -> str:
    """Names for the attendees field, as many whole ones as it holds."""
    text = ""
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        candidate = f"{text}, {name}" if text else name
        if len(candidate) > _MAX_ATTENDEES:
            break
        text = candidate
    return text


def _last_weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def default_rituals(workshop: Workshop, today: date | None = None) -> tuple[Ritual, ...]:
    """The four rituals a cycle needs, dated from the cycle (see the module's rule)."""
    start, end = cycle_span(workshop, today or date.today())
    lang = lang_of(workshop.language)
    everyone = _names([p.name for p in workshop.participants])
    ambassadors = {t.ambassador_id for t in workshop.teams if t.ambassador_id}
    leads = _names([workshop.facilitator] + [p.name for p in workshop.participants
                                             if p.id in ambassadors])

    def make(kind: RitualKind, cadence: Cadence, on: date, at: str, minutes: int,
             attendees: str) -> Ritual:
        return Ritual(kind=kind, cadence=cadence, starts_on=on, starts_at=at,
                      duration_minutes=minutes, attendees=attendees,
                      note=default_agenda(kind, lang))

    check_in = next_monday(start)
    rituals = [make(RitualKind.CHECK_IN, Cadence.WEEKLY, check_in if check_in <= end else start,
                    "09:30", 30, everyone)]
    review = _first_last_thursday(start + timedelta(days=14))
    if review <= end:
        rituals.append(make(RitualKind.MONTHLY_REVIEW, Cadence.MONTHLY, review, "14:00", 60,
                            leads or everyone))
    planning = end + timedelta(days=1) - timedelta(weeks=2)
    if planning.weekday() > FRIDAY:
        planning = _last_weekday_on_or_before(planning, FRIDAY)
    rituals.append(make(RitualKind.PLANNING, Cadence.ONCE, max(start, planning), "14:00", 120,
                        leads or everyone))
    grading = max(start, _last_weekday_on_or_before(end, TUESDAY))
    rituals.append(make(RitualKind.GRADING, Cadence.ONCE, grading, "10:00", 90, everyone))
    rituals.sort(key=lambda r: r.starts_on or start)
    return tuple(replace(r, position=i) for i, r in enumerate(rituals))


def _first_last_thursday(not_before: date) -> date:
    """The first "last Thursday of a month" on or after ``not_before``."""
    year, month = not_before.year, not_before.month
    while (day := weekday_in_month(year, month, THURSDAY, -1)) < not_before:
        year, month = _add_months(date(year, month, 1), 1)
    return day


def default_agenda(kind: RitualKind, language: Language | str) -> str:
    """The agenda a new ritual of ``kind`` starts with ("" for "other")."""
    return MESSAGES.get(f"ritual.agenda.{RitualKind(kind).value}", {}).get(lang_of(language), "")


def kind_label(kind: RitualKind, language: Language | str) -> str:
    """"Weekly check-in", "Monthly review"… in ``language``."""
    return MESSAGES[f"ritual.kind.{RitualKind(kind).value}"][lang_of(language)]
