"""The deadline a key-result sentence says, as a day: "d'ici fin S1", "by 15 May", "Q1'27".

A pure reader (standard library only): :func:`deadlines` finds every deadline in the text,
:meth:`Deadline.day` turns one into the last day it names, given the cycle for the year
when the sentence has none. :func:`sentence_deadline_outside` and
:func:`sentence_deadline_not_due` compare it with the cycle and the due date for the
key-result rules (:mod:`.key_results`), which word the findings.

Decisions worth knowing:

* A date counts only after a word that makes it a deadline. *Firm* words say the target
  must be reached by then: "d'ici", "avant", "au plus tard", "jusqu'à", "pour fin…", "by",
  "before", "no later than", "until". *Loose* ones only place the figure in time: "fin" /
  "end of" alone, "au", "en" / "in" (the last two before a quarter, a half or a month, never
  a bare year: "contre 12 en 2025" is a baseline). A loose date before the cycle is where
  we start from, so only a loose date *after* the cycle's end is judged.
* The last day named: a quarter → its last day, a half → June 30 / Dec 31, a month → its
  last day, "mi-mars" → the 15th, a year → Dec 31. "avant juin" / "before 15 May" without
  "fin"/"end" excludes the period: the day before it starts.
* Without a year in the sentence, the year is the cycle's: the first such day on or after
  the cycle's start. Without a cycle start, a yearless deadline is not judged.
* "31/12" is read day first; "3/4" or "1.5" (no year) are not dates. Seasons, "la rentrée",
  "d'ici 30 jours" and fiscal years are too vague to judge and are left alone.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from okr_workshop.domain.rules.wording import fold_in_place, short

MONTHS = {
    1: ("janvier", "janv", "january", "jan"), 2: ("fevrier", "fevr", "fev", "february", "feb"),
    3: ("mars", "march", "mar"), 4: ("avril", "avr", "april", "apr"), 5: ("mai", "may"),
    6: ("juin", "june", "jun"), 7: ("juillet", "juil", "july", "jul"),
    8: ("aout", "august", "aug"), 9: ("septembre", "sept", "september", "sep"),
    10: ("octobre", "october", "oct"), 11: ("novembre", "november", "nov"),
    12: ("decembre", "december", "dec"),
}
_MONTH_OF = {name: number for number, names in MONTHS.items() for name in names}
# Ordinals of a quarter or a half, in words.
_ORDINALS = {"premier": 1, "first": 1, "deuxieme": 2, "second": 2, "troisieme": 3,
             "third": 3, "quatrieme": 4, "fourth": 4}
_LAST = ("dernier", "last")  # the last quarter (4) or half (2)
# How far the sentence's deadline may be from the due date before they disagree: "d'ici
# fin mars" with a due date on Friday 26 March is the same deadline.
DEADLINE_TOLERANCE_DAYS = 7

_MONTH_NAMES = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
_ORDINAL_WORDS = "|".join([*_ORDINALS, *_LAST])

# The date patterns below name their groups, so each piece is built for one group name.


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAMES})\.?"


def _full(name: str) -> str:
    """A four-digit year, not an amount ("2027 %", "2025,5")."""
    return rf"(?P<{name}>20\d\d)(?![\d,.]*\s*%)"


def _year(name: str) -> str:
    """An optional year after a period: " 2027", " of 2027", "'27", "-27"."""
    short = rf"\s*['/-]\s*(?P<{name}s>\d\d)(?!\d)"
    return rf"(?:\s+(?:de\s+l'annee\s+|of\s+)?{_full(name)}|{short})?"


def _ordinal(digit: str, word: str) -> str:
    """"2e", "2nd", "deuxième", "second", "dernier", "last"."""
    return rf"(?:(?P<{digit}>[1-4])\s*(?:er|ere|e|eme|st|nd|rd|th)|(?P<{word}>{_ORDINAL_WORDS}))"


_DATES = "|".join([
    # 2027-06-30, 30/06/2027, 30.06.27, 31/12 (day first; no year only with a slash)
    r"(?P<iy>20\d\d)-(?P<im>\d\d)-(?P<id>\d\d)",
    r"(?P<nd>\d{1,2})(?:/(?P<nm>\d{1,2})(?:/(?P<ny>\d{4}|\d\d))?(?!\s*[%\d/])"
    r"|\.(?P<pm>\d{1,2})\.(?P<py>\d{4}|\d\d))(?!\d)",
    # 15 mai 2027, 1er juin, 15th of May, 15 May, 2027
    r"(?P<dd>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?" + _month("dm")
    + r"(?:,?\s+" + _full("dy") + r")?",
    # May 15, May 15th, 2027
    _month("md") + r"\s+(?P<mdd>\d{1,2})(?:st|nd|rd|th)?(?!\d|\s*%|\s+[a-z])"
    + r"(?:,?\s+" + _full("mdy") + r")?",
    # mi-mars, mid-March
    r"(?:mi|mid)[\s-]+" + _month("mm") + _year("mmy"),
    # T3 2027, Q1'27, 2e trimestre, third quarter of 2027
    r"(?:[tq](?P<qn>[1-4])(?![\w])|" + _ordinal("qo", "qw")
    + r"\s+(?:trimestre|quarter))" + _year("qy"),
    # S1, H2 2027, 1er semestre, second half of the year
    r"(?:[sh](?P<hn>[12])(?![\w])|" + _ordinal("ho", "hw")
    + r"\s+(?:semestre|half(?:\s+of\s+the\s+year)?))" + _year("hy"),
    # juin 2027, June '27, mars
    _month("m") + r"(?![\w'])" + _year("my"),
    # l'année, the year, year-end (after "fin"/"end" only: checked in code)
    r"(?P<ye>l'annee|annee|the\s+year|year[\s-]end|year)(?:\s+" + _full("yey") + ")?",
    # 2027 alone
    _full("y"),
])
_FIRM_INCLUSIVE = (r"d'ici(?:\s+(?:a|au|a\s+la|la|le))?|au\s+plus\s+tard(?:\s+(?:le|en|au|a))?"
                   r"|jusqu'(?:a|au|en)|pour(?=\s+(?:le\s+\d|la\s+fin|fin))(?:\s+le)?"
                   r"|by(?:\s+the)?|no\s+later\s+than(?:\s+the)?|until|till")
_FIRM_EXCLUSIVE = r"avant(?:\s+(?:le|la|l'))?|before(?:\s+the)?"
_LOOSE = r"au|en|in"
_END = (r"(?:(?:la|the|a)\s+)?(?:fin|end)(?:\s*-\s*|\s+)(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'"
        r"|of\s+(?:the\s+)?)?")
_DEADLINE = re.compile(
    rf"(?<![\w'])(?:(?:(?P<incl>{_FIRM_INCLUSIVE})|(?P<excl>{_FIRM_EXCLUSIVE})"
    rf"|(?P<loose>{_LOOSE}))\s+)?(?P<end>{_END})?(?:{_DATES})(?![\w])"
    r"(?P<late>\s*,?\s*(?:au\s+plus\s+tard|at\s+the\s+latest))?")
# What every date above starts with: a sentence without any (most of them: their numbers are
# amounts, not years or days) is done with this one search instead of the full pattern's.
_ANY_DATE = re.compile(
    r"(?<!\w)(?:20\d\d-|\d\d?/\d|\d\d?\.\d\d?\.\d|[tqsh][1-4]|mi-|mid|trimestre|quarter"
    r"|semestre|half|annee|year|(?:20\d\d|" + "|".join(sorted(_MONTH_OF, key=len, reverse=True))
    + r")(?!\w))")


# A date said right after the starting value ("contre 28 fin 2025", "up from 6 in March",
# "de 30 en juin à 45 en décembre") dates the start.
_BASELINE_DATE = re.compile(
    r"(?:\b(?:contre|vs\.?|versus|compared\s+(?:to|with)|up\s+from|down\s+from|from|de|"
    r"d'|depuis|since|au\s+lieu\s+de|instead\s+of)\s+[\d\s.,%€$£k]+(?:[^\W\d_]+\s+)?)$")


@dataclass(frozen=True)
class Deadline:
    """One deadline as the sentence says it (``said``), and the period it names."""

    said: str
    kind: str  # "day", "month", "quarter", "half", "year"
    number: int  # the month, the quarter or the half (the day's month for a day)
    day_of_month: int  # a day's day, 15 for "mi-mars"; 0 otherwise
    year: int | None  # None when the sentence gives none
    firm: bool  # "d'ici", "by"… (else "fin", "au", "en", "in")
    end: bool  # "fin…", "end of…": the end of a period, a deadline even without "d'ici"
    exclusive: bool  # "avant juin": the day before the period starts

    def day(self, cycle_start: date | None) -> date | None:
        """The last day the deadline names, or None when it needs a year nobody gave."""
        if self.year is not None:
            return self._day(self.year)
        if cycle_start is None:
            return None
        # The first such period ending on or after the cycle's start.
        year = cycle_start.year
        found = self._day(year, inclusive=True)
        if found is not None and found < cycle_start:
            year += 1
        return self._day(year)

    def _day(self, year: int, inclusive: bool = False) -> date | None:
        try:
            first, last = self._period(year)
        except ValueError:
            return None  # 31/02, 00/13…
        if self.exclusive and not inclusive:
            return first - timedelta(days=1)
        return last

    def _period(self, year: int) -> tuple[date, date]:
        if self.kind == "day":
            day = date(year, self.number, self.day_of_month)
            return day, day
        if self.kind == "year":
            return date(year, 1, 1), date(year, 12, 31)
        months = {"month": 1, "quarter": 3, "half": 6}[self.kind]
        first_month = (self.number - 1) * months + 1
        last_month = first_month + months - 1
        return (date(year, first_month, 1),
                date(year, last_month, monthrange(year, last_month)[1]))


@lru_cache(maxsize=4096)
def deadlines(text: str) -> tuple[Deadline, ...]:
    """Every deadline the sentence says, in reading order (memoised: the window checks the
    same sentences after every edit)."""
    folded = fold_in_place(text)
    if not _ANY_DATE.search(folded):
        return ()
    found = (_read(match, text) for match in _DEADLINE.finditer(folded))
    return tuple(deadline for deadline in found if deadline is not None)


def sentence_deadline_outside(
    text: str, cycle_start: date | None, cycle_end: date | None
) -> tuple[str, date] | None:
    """The first deadline the sentence says (as written, and its last day) that falls
    outside the cycle. A loose one ("fin 2025", "au T1") before the cycle is where we
    start from, not a deadline: only its being after the cycle's end counts."""
    if cycle_start is None and cycle_end is None:
        return None
    for deadline in deadlines(text):
        day = deadline.day(cycle_start)
        if day is None:
            continue
        if (cycle_end is not None and day > cycle_end) or (
            deadline.firm and cycle_start is not None and day < cycle_start
        ):
            return _quoted(deadline.said), day
    return None


def sentence_deadline_not_due(
    text: str, due: date, cycle_start: date | None, cycle_end: date | None
) -> tuple[str, date] | None:
    """The sentence's one deadline when it is more than a week away from a due date inside
    the cycle (pace is measured against the due date, so both should say the same day).
    Left alone: a sentence with two dates ("de 30 en janvier à 45 en juin": which one is
    the due date's is a guess), one that only places the figure in a period ("au T1",
    "in March"), and a due date outside the cycle (said already)."""
    if (cycle_start is not None and due < cycle_start) or (
            cycle_end is not None and due > cycle_end):
        return None
    found = deadlines(text)
    if len(found) != 1 or not (found[0].firm or found[0].end):
        return None
    day = found[0].day(cycle_start or date(due.year, 1, 1))
    if day is None or abs((day - due).days) <= DEADLINE_TOLERANCE_DAYS:
        return None
    return _quoted(found[0].said), day


def _read(match: re.Match[str], text: str) -> Deadline | None:
    g = match.groupdict()
    firm = bool(g["incl"] or g["excl"] or g["late"])
    end = bool(g["end"]) or "end" in (g["ye"] or "")
    if not firm and not end and not g["loose"]:
        return None  # a date alone is not a deadline ("de 12 en janvier", "2027")
    if not firm and _BASELINE_DATE.search(match.string, 0, match.start()):
        return None  # "contre 28 fin 2025", "de 30 en juin à 45": when we started, not a deadline
    said = " ".join(text[match.start():match.end()].split())
    exclusive = bool(g["excl"]) and not end
    loose_ok = g["loose"] in ("en", "in")  # "en"/"in" only before a quarter, half or month
    kind, number, day, year = "", 0, 0, None
    if g["iy"]:
        kind, number, day, year = "day", int(g["im"]), int(g["id"]), int(g["iy"])
    elif g["nd"]:
        month = g["nm"] or g["pm"]
        if g["nm"] and not g["ny"] and len(g["nd"]) == len(month) == 1 and g["nd"] < month:
            return None  # "3/4", "1/2": a fraction, not a day
        kind, number, day = "day", int(month), int(g["nd"])
        year = _full_year(g["ny"] or g["py"])
    elif g["dd"]:
        kind, number, day, year = "day", _MONTH_OF[g["dm"]], int(g["dd"]), _full_year(g["dy"])
    elif g["md"]:
        kind, number, day, year = "day", _MONTH_OF[g["md"]], int(g["mdd"]), _full_year(g["mdy"])
    elif g["mm"]:
        kind, number, day = "day", _MONTH_OF[g["mm"]], 15
        year = _full_year(g["mmy"] or g["mmys"])
        loose_ok = True
    elif g["qn"] or g["qo"] or g["qw"]:
        kind, number = "quarter", _rank(g["qn"] or g["qo"] or g["qw"], 4)
        year, loose_ok = _full_year(g["qy"] or g["qys"]), True
    elif g["hn"] or g["ho"] or g["hw"]:
        kind, number = "half", _rank(g["hn"] or g["ho"] or g["hw"], 2)
        year, loose_ok = _full_year(g["hy"] or g["hys"]), True
    elif g["m"]:
        kind, number, loose_ok = "month", _MONTH_OF[g["m"]], True
        year = _full_year(g["my"] or g["mys"])
    elif g["ye"]:
        if not end:
            return None  # "l'année" alone is no date
        kind, number, year = "year", 1, _full_year(g["yey"])
    elif g["y"]:
        kind, number, year = "year", 1, int(g["y"])
        if not firm and not end:
            return None  # "en 2025": a baseline's year, not a deadline
    if g["loose"] and not firm and not end:
        if g["loose"] == "au":
            loose_ok = kind in ("day", "quarter", "half")
        if not loose_ok:
            return None
    if kind == "day" and not (1 <= number <= 12 and 1 <= day <= 31):
        return None
    return Deadline(said, kind, number, day, year, firm, end, exclusive)


def _rank(word: str, last: int) -> int:
    if word.isdigit():
        return int(word)
    return last if word in _LAST else min(_ORDINALS[word], last)


def _full_year(digits: str | None) -> int | None:
    if not digits:
        return None
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _quoted(said: str) -> str:
    return short(said, 40)
