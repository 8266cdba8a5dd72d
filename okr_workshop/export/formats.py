"""The one formatter of numbers, units, money and dates, per language (CLDR through Babel).

The window, the deck, the posters and the command line all write values through here, and so
do the rules' messages (this module installs itself into :mod:`okr_workshop.domain.rules.wording`,
which the domain cannot import from: the domain is standard library only).

What a value looks like (tests/export/test_formats.py has the examples):

- Money keeps the symbol where the language puts it: "$85,000" and "85 000 $", "£64" and
  "64 £", with two decimals when it has cents ("4,20 €"), none when it has none; a scaled
  unit keeps its scale: "12 k€" / "€12k".
- "%" follows the language's percent pattern ("18 %" in France, "18%" in English and in
  Switzerland); a rating sticks to its number ("4,5/5"); any other unit follows a no-break
  space and agrees with the number ("1 day", "3,5 days").
- Whole numbers are written whole; others keep two decimals at most (three significant
  digits under 1): "27,32 %", never "27,3180641653 %".
- French groups thousands with the narrow no-break space CLDR gives (U+202F).
- Beyond a million billion (10^15, the limit of what can be typed or imported:
  domain/field_limits.py ``MAGNITUDE``) a number is written in scientific notation, three
  significant digits at most ("1,5E16", "1E300 €"): a value stored before the limit, or by
  a script, then reads short instead of three hundred digits, and never stops an export.

The region: a French window on a Swiss, Canadian or Belgian system writes numbers and dates
the way that system does (``use_region``); otherwise France's and the United States'.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import NumberPattern, parse_pattern

from okr_workshop.domain.field_limits import MAGNITUDE
from okr_workshop.domain.model import Language
from okr_workshop.domain.rules import wording

NBSP = "\u00a0"
DEFAULT_LOCALES = {Language.FRENCH: "fr_FR", Language.ENGLISH: "en_US"}

_region: Locale | None = None

# Beyond this numbers are written in scientific notation (see the module's docstring).
SCIENTIFIC = MAGNITUDE

_SYMBOL = r"€|\$|£|¥|CHF|US\$|CA\$|C\$|A\$|EUR|USD|GBP|CAD|JPY"
_MONEY = re.compile(
    rf"^(?:(?P<scale>k|K|M|Md|Mds|Mrd|bn)\s?(?P<sym>{_SYMBOL})"
    rf"|(?P<sym2>{_SYMBOL})\s?(?P<scale2>k|K|M|bn)?)$"
)
# Units people type in the plural, in English and French, with their singular. Beyond
# these, a lower-case word of five letters or more loses its final "s" ("clients",
# "semaines", "tickets"), unless its ending says it is not a plain plural ("process",
# "analysis", "virus", "boxes", "matches") or it is one of the invariable words below.
_SINGULAR = {
    "days": "day", "ans": "an", "pts": "pt", "hrs": "hr", "mins": "min", "secs": "sec",
    "wks": "wk", "yrs": "yr", "jrs": "jr", "bugs": "bug", "leads": "lead", "deals": "deal",
    "sites": "site", "clics": "clic", "clicks": "click", "users": "user", "votes": "vote",
    "people": "person", "personnes": "personne",
}
_INVARIABLE = frozenset(
    "mois fois pays temps corps repas process corpus kudos news series species".split()
)
_NOT_PLURAL = ("ss", "us", "is", "as", "ies", "ches", "shes", "xes", "zes")


def use_region(name: str | None) -> None:
    """The system's locale ("fr_CH", "en_GB.UTF-8", "C"): its formats are used for the
    language it speaks. None, or a name Babel does not know, means no region."""
    global _region
    _region = _parse(name)
    _locale.cache_clear()


def _parse(name: str | None) -> Locale | None:
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    try:
        return Locale.parse(base)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def locale_name(language: Language | str) -> str:
    """The locale a language is written in here: the system's region when it speaks that
    language ("fr_CH"), else the language's usual one ("fr_FR", "en_US")."""
    lang = Language(language)
    if _region is not None and _region.language == lang.value and _region.territory:
        return f"{_region.language}_{_region.territory}"
    return DEFAULT_LOCALES[lang]


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(locale_name(language))


def _places(value: float, money: bool) -> tuple[int, int]:
    """(minimum, maximum) decimals: none for a whole number, two for money with cents,
    else two at most, three significant digits under 1."""
    if float(value).is_integer():
        return 0, 0
    if money:
        return 2, 2
    size = abs(value)
    if size >= 1:
        return 0, 2
    return 0, min(6, 2 - math.floor(math.log10(size)))


def _digits(value: float, locale: Locale, places: tuple[int, int]) -> str:
    if abs(value) > SCIENTIFIC and math.isfinite(value):
        return _scientific(value, locale)
    pattern: NumberPattern = parse_pattern(locale.decimal_formats[None].pattern)
    pattern.frac_prec = places
    number = Decimal(repr(float(value)))
    symbols = locale.number_symbols["latn"]
    if "'" in symbols["group"]:
        # Babel reads two apostrophes in its output as a quoted literal and drops them
        # ("1234567" in fr_CH): format with plain marks, then put the locale's back.
        text = pattern.apply(number, Locale.parse("en"))
        marks = {",": symbols["group"], ".": symbols["decimal"], "-": symbols["minusSign"]}
        return "".join(marks.get(c, c) for c in text)
    return pattern.apply(number, locale)


def _scientific(value: float, locale: Locale) -> str:
    """"1,5E16": the mantissa with two decimals at most in the locale's own marks, then
    its exponent (Babel's own quantizing needs as many digits of precision as the number
    has, and raises beyond 28)."""
    mantissa, exponent = f"{value:.2e}".split("e")
    symbols = locale.number_symbols["latn"]
    digits = _digits(float(mantissa), locale, (0, 2))
    return f"{digits}{symbols['exponential']}{int(exponent)}"


def _affixes(pattern: str, negative: bool) -> tuple[str, str]:
    parsed = parse_pattern(pattern)
    i = 1 if negative else 0
    return parsed.prefix[i], parsed.suffix[i]


def _money(value: float, locale: Locale, symbol: str, scale: str) -> str:
    negative = value < 0
    digits = _digits(abs(value), locale, _places(value, money=not scale))
    prefix, suffix = _affixes(locale.currency_formats["standard"].pattern, negative)
    if "¤" in prefix:
        # A letter symbol never touches the digits ("CHF 12"), as CLDR spaces them.
        glue = NBSP if symbol[-1].isalpha() and prefix.endswith("¤") else ""
        return prefix.replace("¤", symbol + glue) + digits + scale + suffix.replace("¤", "")
    if not negative or "-" in prefix:
        return prefix + digits + suffix.replace("¤", scale + symbol)
    return "-" + digits + suffix.replace("¤", scale + symbol)


def _percent(value: float, locale: Locale) -> str:
    digits = _digits(abs(value), locale, _places(value, money=False))
    prefix, suffix = _affixes(locale.percent_formats[None].pattern, value < 0)
    sign = locale.number_symbols["latn"]["percentSign"]
    return prefix.replace("%", sign) + digits + suffix.replace("%", sign)


def _agreeing(unit: str, value: float) -> str:
    """The unit in the singular for one ("1 day", "1 jour").

    Only for exactly one: the unit is typed in the workshop's language, which may not be
    the one the value is written in, and one is singular in both ("0 returns" is English,
    "0 jour" French, "1,5 jour" or "1,5 jours" both French)."""
    if abs(value) != 1:
        return unit
    words = unit.split(" ")
    if len(words) > 3:
        return unit
    return " ".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    if word in _SINGULAR:
        return _SINGULAR[word]
    if (
        len(word) >= 5
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(_NOT_PLURAL)
        and word not in _INVARIABLE
    ):
        return word[:-1]
    return word


def format_value(
    value: float, language: Language | str, unit: str = "", *, exact: bool = False
) -> str:
    """A number with its unit, written the way ``language`` (and the region) writes it.

    ``exact`` keeps every decimal the value has: a field shows what was typed, so that
    leaving it unchanged never rounds the stored value; the digits only, but money keeps
    its cents there too ("4,20", not "4,2", for a unit in euros)."""
    locale = _locale(Language(language).value)
    unit = unit.strip()
    money = _MONEY.match(unit)
    if exact:
        decimals = min(max(0, -Decimal(repr(float(value))).normalize().as_tuple().exponent), 12)
        cents = 2 if money is not None and decimals else 0
        return _digits(value, locale, (cents, max(decimals, cents)))
    if money is not None:
        symbol = money.group("sym") or money.group("sym2")
        return _money(value, locale, symbol, money.group("scale") or money.group("scale2") or "")
    if unit == "%":
        return _percent(value, locale)
    digits = _digits(value, locale, _places(value, money=False))
    if not unit:
        return digits
    if unit.startswith("/"):
        return digits + unit
    return digits + NBSP + _agreeing(unit, value)


def format_grade(value: float, language: Language | str) -> str:
    """A grade of 0.0–1.0 as graders write it: one decimal at least, two at most ("1,0",
    "0,3", "0,67"), never "1" beside "0,67"."""
    return _digits(value, _locale(Language(language).value), (1, 2))


def format_day(day: date, language: Language | str) -> str:
    """"27 nov. 2026", "1er mars 2027" / "Nov 27, 2026": a date in a sentence or a cell,
    never broken across lines."""
    locale = _locale(Language(language).value)
    text = format_date(day, "medium", locale=locale)
    if locale.language == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]
    # No break inside a date, except after a comma ("Nov 27, 2026").
    return re.sub(r"(?<!,) ", NBSP, text)


def format_short_day(day: date, language: Language | str) -> str:
    """"3 mars" / "Mar 3": a day on a chart's time axis, where the year is the cycle's."""
    locale = _locale(Language(language).value)
    return re.sub(" ", NBSP, format_skeleton("MMMd", day, locale=locale))


def date_field_pattern(language: Language | str) -> str:
    """The short date of the language as a date field shows and takes it, with the year
    in full and two-digit day and month, so that what is typed lands where it shows:
    "dd/MM/yyyy" (France), "MM/dd/yyyy" (United States), "yyyy-MM-dd" (Canada)."""
    short = _locale(Language(language).value).date_formats["short"].pattern
    short = re.sub(r"y+", "yyyy", short)
    short = re.sub(r"(?<!d)d(?!d)", "dd", short)
    short = re.sub(r"(?<!M)M(?!M)", "MM", short)
    return short


def format_moment(moment: datetime, language: Language | str, *, seconds: bool = False) -> str:
    """A date and time in a table of the command line: the short date the date fields take
    ("07/12/2026", "12/07/2026"), then the time on 24 hours, one word for the columns."""
    locale = _locale(Language(language).value)
    day = format_date(moment, date_field_pattern(language), locale=locale)
    return f"{day} {format_time(moment, 'HH:mm:ss' if seconds else 'HH:mm', locale=locale)}"


# The rules' messages print their numbers and dates through this module too.
wording.use_formatter(format_value, format_day)
