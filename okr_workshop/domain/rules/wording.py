"""Small helpers the rules share to write their messages and read what people typed.

Params stay language-neutral values (a float is still a float, a date still a date), but
numbers, dates and cycles know how to print themselves in each language through the format
spec: ``"{target:fr}"`` gives ``"1 000,5 %"`` and ``"{target:en}"`` gives ``"1,000.5%"``.
French messages are written with ordinary spaces in the source, for readability, and
:func:`french` puts the non-breaking spaces where French typography wants them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from okr_workshop.domain import catalogue
from okr_workshop.domain.model import Language

NBSP = "\u00a0"

# French typography: a non-breaking space before the high punctuation and inside guillemets.
_BEFORE = re.compile(r" ([:;!?%»])")
_AFTER = re.compile(r"« ")


def french(text: str) -> str:
    """French typography for a message template: NBSP before : ; ! ? % », after «,
    and the typographic apostrophe."""
    text = _BEFORE.sub(NBSP + r"\1", text)
    text = _AFTER.sub("«" + NBSP, text)
    return text.replace("'", "’")


def entry(fr: tuple[str, str], en: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """The catalogue's one entry (:func:`okr_workshop.domain.catalogue.entry`) for a finding
    or a deck word: (message, advice) in French, typography applied, and in English."""
    return catalogue.entry(en=en, fr=(french(fr[0]), french(fr[1])))


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Case- and accent-insensitive form for matching words people typed (cached: the same
    titles are read by several rules on every check)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("’", "'")


def fold_in_place(text: str) -> str:
    """Lower case without accents, one character for one, so that a place found in it is
    the same place in the text as typed: "Fin Février" → "fin fevrier"."""
    lowered = text.lower()
    if text.isascii():
        return lowered
    if len(lowered) != len(text):  # a letter that lengthens in lower case ("İ")
        return "".join(map(_fold_char, text))
    return _NON_ASCII.sub(_fold_match, lowered)  # only the accented letters are looked at


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match[str]) -> str:
    return _fold_char(match.group())


@lru_cache(maxsize=1024)
def _fold_char(char: str) -> str:
    if char in "’‘":
        return "'"
    lowered = char.lower()
    plain = "".join(c for c in unicodedata.normalize("NFKD", lowered)
                    if not unicodedata.combining(c))
    return plain if len(plain) == 1 else lowered if len(lowered) == 1 else char


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def short(text: str, limit: int = 70) -> str:
    """A user text short enough to quote in a one-line message."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Between two words, not inside one ("… 3,50 € d’i…"), unless that loses too much.
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


# The one formatter of numbers and dates is Babel's (okr_workshop/export/formats.py), which
# the domain may not import: it installs itself here when the application, the deck or the
# command line loads it. The plain versions below are what a bare domain (a script importing
# only the rules) falls back on.
NumberFormatter = Callable[[float, "Language | str", str], str]
DayFormatter = Callable[[date, "Language | str"], str]


def _plain_number(value: float, language: Language | str, unit: str = "") -> str:
    lang = Language(language)
    text = f"{int(value):,}" if float(value).is_integer() else format(value, ",.4g")
    if lang is Language.FRENCH:
        text = text.replace(",", NBSP).replace(".", ",")
    return f"{text}{NBSP}{unit}" if unit else text


_formatters: dict[str, Callable] = {"number": _plain_number}


def use_formatter(number: NumberFormatter, day: DayFormatter) -> None:
    """Install the formatter of numbers (with a unit) and of dates the messages use."""
    _formatters["number"] = number
    _formatters["day"] = day


def format_number(value: float, language: Language | str, unit: str = "") -> str:
    """``value`` (with ``unit``) the way ``language`` writes it: "1,8 %" / "1.8%"."""
    return _formatters["number"](value, language, unit)


class Num(float):
    """A number (with an optional unit) that prints itself in French or English.

    A float subclass, so code reading ``finding.params["target"]`` still gets a number.
    """

    unit: str

    def __new__(cls, value: float, unit: str = "") -> Num:
        number = super().__new__(cls, value)
        number.unit = unit.strip()
        return number

    def __format__(self, spec: str) -> str:
        if spec not in ("fr", "en"):
            return super().__format__(spec)
        return format_number(float(self), spec, self.unit)


# Abbreviated the way each language abbreviates its months in a date ("27 nov. 2026",
# "Nov 27, 2026"): short enough for a table cell or a slide line, unambiguous in a sentence.
_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
           "Sep", "Oct", "Nov", "Dec"),
}


def format_day(day: date, language: Language | str) -> str:
    """"27 nov. 2026", "1er mars 2027" / "Nov 27, 2026", "Mar 1, 2027"."""
    if "day" in _formatters:
        return _formatters["day"](day, language)
    return _plain_day(day, language)


def _plain_day(day: date, language: Language | str) -> str:
    lang = Language(language).value
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number}{NBSP}{month}{NBSP}{day.year}"
    return f"{month}{NBSP}{day.day}, {day.year}"


class Day(date):
    """A date that prints itself as "1er mars 2027" / "Mar 1, 2027"."""

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.year, day.month, day.day)

    def __format__(self, spec: str) -> str:
        if spec in ("fr", "en"):
            return format_day(self, spec)
        return super().__format__(spec)


class Clock(str):
    """A time of day "HH:MM" that prints itself as "9 h 30", "14 h" / "9:30", "14:00"."""

    def __format__(self, spec: str) -> str:
        if spec not in ("fr", "en") or ":" not in self:
            return str(self)
        hours, _, minutes = self.partition(":")
        hours = str(int(hours)) if hours.isdigit() else hours
        if spec == "en":
            return f"{hours}:{minutes}"
        return f"{hours}{NBSP}h" + (f"{NBSP}{minutes}" if minutes != "00" else "")


class Span:
    """A cycle with a start, an end or both, printed as a phrase."""

    def __init__(self, start: date | None, end: date | None) -> None:
        self.start = start
        self.end = end

    def __str__(self) -> str:
        return f"{self.start or ''}..{self.end or ''}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __format__(self, spec: str) -> str:
        if spec not in ("fr", "en"):
            return str(self)
        start = format_day(self.start, spec) if self.start else ""
        end = format_day(self.end, spec) if self.end else ""
        if spec == "fr":
            if start and end:
                return f"du {start} au {end}"
            return f"à partir du {start}" if start else f"jusqu’au {end}"
        if start and end:
            return f"from {start} to {end}"
        return f"from {start}" if start else f"until {end}"
