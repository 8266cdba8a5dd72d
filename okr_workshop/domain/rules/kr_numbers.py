"""Numbers in a key-result sentence: values, units, and what is *not* a value.

The scanner turns "de 1 200 à 2 000 leads", "$120k", "1,8 %", "48 h" or "4,5/5" into
quantities with a normalised unit, and sets aside what only looks like a number: dates and
years ("d'ici fin 2026", "by June 30, 2026", "T1", "Q3"), names ("ISO 27001", "Windows 11",
"niveau 1", "CO2") and ordinals ("1er"); the dates and names are found by :mod:`.kr_masks`.

Decisions (documented here because the window, the deck and the command line rely on them):

- Scales are applied: "120 k€" is 120000 with unit "€", "$50k" is 50000 "$", "2 M€" 2000000.
- Units are normalised: "%"; "pts" (percentage points); "€", "$", "£", "CHF"; "h", "min",
  "s", "ms"; "jours"/"days", "semaines"/"weeks", "mois"/"months", "ans"/"years" (each in the
  sentence's language); ratings "/5", "/10". A count ("500 clients") has no unit: the counted
  noun belongs to the metric.
- Separators are read by the one number reader, :mod:`okr_workshop.domain.numbers` (the
  window's number fields use it too): "1,8" is 1.8 everywhere; "1,500" is 1500 in English and
  1.5 in French; "1.500" is 1500 in French and 1.5 in English; "3,000" is 3000 in both;
  spaces (also U+00A0 and U+202F) and apostrophes ("1'000") group thousands in both.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from okr_workshop.domain.model import Language
from okr_workshop.domain.numbers import decimal_from_parts
from okr_workshop.domain.rules.kr_masks import DIGIT, inside, masked_spans
from okr_workshop.domain.rules.kr_number_words import spelled_out

# Same length in and out, so a span found in the normalised text quotes the original.
_TRANSLATE = {ord(c): " " for c in "\u00a0\u202f\u2009\u2007\t"} | {
    ord(c): "'" for c in "\u2019\u2018\u02bc\u00b4`"
} | {ord("\u2212"): "-"}


# str.translate looks every character up, even when none needs changing (the usual case).
_ODD = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")


def normalise(text: str) -> str:
    """Spaces of any width become spaces, curly apostrophes straight ones; length kept."""
    return text.translate(_TRANSLATE) if _ODD.search(text) else text


@functools.cache
def _plain_char(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0]


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def plain(text: str) -> str:
    """Without accents, same length: "Reduire" (typed fast) reads as "réduire"."""
    # Per-character work is the hot path of judging a workshop: only the non-ASCII letters
    # are looked at, and each is decomposed once per process.
    if text.isascii():
        return text
    return _NON_ASCII.sub(_plain_match, text)


def _plain_match(m: re.Match[str]) -> str:
    return _plain_char(m.group())


def lower(text: str) -> str:
    """Lower case without changing the length (a few letters lengthen under str.lower)."""
    low = text.lower()
    if len(low) == len(text):  # almost always: no "İ"-like letter in the sentence
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Role(StrEnum):
    """What the words around a number say it is (:mod:`.kr_roles` decides)."""

    NONE = ""
    BASELINE = "baseline"  # where we stand: "(aujourd'hui 62 %)", "up from 6"
    FROM = "from"  # after "from": a starting point, unless a target is all there is
    DE = "de"  # after "de": a starting point, or a change after a verb of change
    TARGET = "target"  # "à 60 €", "reach 500"
    AT_LEAST = "at_least"  # a floor: "au moins 97 %"
    AT_MOST = "at_most"  # a ceiling: "moins de 48 h"
    RELATIVE = "relative"  # an amount of change: "by 20%", "+5 points"
    ASIDE = "aside"  # said in parentheses
    CEILING = "ceiling"  # the top of a band, "entre 20 et 25 %"


class Part(StrEnum):
    """How a number belongs to the sentence, besides its role."""

    VALUE = ""  # a value the key result may be about
    CONDITION = "condition"  # "livrées en moins de 48 h": a value only when nothing else is
    CONTEXT = "context"  # a time frame, a denominator, a scope: never a value


@dataclass(eq=False, slots=True)
class Quantity:
    """One number of the sentence. Mutable while roles are assigned, internal to the rules.

    Compared by identity: "is this number the target?" is asked of the very object, and
    comparing ten fields for it was a noticeable part of reading a sentence.
    """

    value: Decimal
    unit: str
    start: int  # the whole expression: currency, sign, number, scale and unit
    end: int
    num_start: int  # the first digit (or the zero word)
    scale: Decimal = Decimal(1)
    sign: str = ""
    word: bool = False  # "zéro" / "zero"
    part: Part = Part.VALUE
    role: Role = Role.NONE


_L = r"a-zà-ÿœæ"
_NUMBER = re.compile(
    r"(?P<cur>(?:\bus\s?\$|[€$£₹]|\beur\s|\busd\s|\bchf\s|\brs\.?\s?)\s?)?(?:(?P<sign>[+\-±])\s?)?"
    r"(?P<cur2>[€$£₹]\s?)?"
    rf"(?<![\d{_L}_])"
    r"(?P<int>\d{1,3}(?:(?P<g>[ ,.'])\d{3})(?:(?P=g)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<dsep>[.,])(?P<dec>\d+))?",
    re.IGNORECASE,
)
# The longest currency and sign _NUMBER allows before the digits: "usd - 5" (9), rounded up.
_LEAD_MAX = 12
_HYPHEN = re.compile(rf"-[{_L}]+")
_SCALE = re.compile(
    r"\s?(?P<s>keur|meur|k|mille|thousand|millions?|mio|mds?|mrd|milliards?|billions?|bn|m|b|"
    r"lakhs?|lacs?|crores?)"
    rf"(?![{_L}])",
    re.IGNORECASE,
)
_CURRENCY = re.compile(
    r"\s?(?:d'|de\s+|of\s+)?(?P<c>€|\$|£|₹|eur(?:os?)?\b|usd\b|dollars?\b|gbp\b|chf\b|inr\b)",
    re.IGNORECASE,
)
_SCALES = {"k": 3, "mille": 3, "thousand": 3, "m": 6, "million": 6, "millions": 6, "mio": 6,
           "md": 9, "mds": 9, "mrd": 9, "milliard": 9, "milliards": 9, "billion": 9,
           "billions": 9, "bn": 9, "b": 9, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5,
           # Indian English: 1 lakh is 100,000, 1 crore 10 million
           "crore": 7, "crores": 7, "keur": 3, "meur": 6}
_UNITS = [
    (r"%|pour\s?cents?|percent|per\s?cent|pct", "%"),
    (r"points?\s+de\s+base|basis\s+points?|bps|pbs?", "bps"),  # hundredths of a point
    (r"points?\s+de\s+pourcentage|percentage\s+points?|pts?|points?|pp", "pts"),
    (r"heures?|hours?|hrs?|h", "h"),
    (r"minutes?|mins?|mn", "min"),
    (r"millisecondes?|milliseconds?|ms", "ms"),
    (r"secondes?|seconds?|secs?|s", "s"),
    (r"jours?\s+(?:ouvrés|ouvrables|calendaires)|jours?|j", "jours"),
    (r"(?:working|business|calendar)\s+days?|days?", "days"),
    (r"semaines?|sem\.", "semaines"),
    (r"weeks?|wks?", "weeks"),
    (r"mois", "mois"),
    (r"months?", "months"),
    (r"années?|ans?", "ans"),
    (r"years?|yrs?", "years"),
    (r"kg|tonnes?|tco2e?|km", ""),
]
_UNIT = re.compile(
    r"\s?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNITS)) + rf")(?![{_L}\d])"
)
# Each unit is one named group and the only group: the one that matched is ``lastindex``.
assert _UNIT.groups == len(_UNITS)
_ONE = Decimal(1)
# Hundredths of a percentage point, as each language writes them.
BASIS_POINTS = frozenset({"bps", "pb"})
# "4,5/5", "4.2 out of 5"; "3,6/5, cible …" too (a comma then a space is no decimal)
_RATING = re.compile(r"\s?(?:/\s?|\s(?:sur|out\s+of)\s)(?P<of>\d{1,3})(?!\d|[,.]\d)")
_CURRENCY_UNIT = {"€": "€", "eur": "€", "euro": "€", "euros": "€", "$": "$", "us$": "$",
                  "usd": "$", "dollar": "$", "dollars": "$", "£": "£", "gbp": "£", "chf": "CHF",
                  "₹": "₹", "inr": "₹", "rs": "₹", "rs.": "₹"}
_TIMES = re.compile(r"\s?[x×](?!\w)")
_HOURS_MINUTES = re.compile(r"\s?h\s?([0-5]\d)(?!\d)")
# "d'un quart", "by a third": a share of the starting value.
_FRACTIONS = {"quart": Decimal(4), "quarter": Decimal(4), "tiers": Decimal(3),
              "third": Decimal(3), "cinquième": Decimal(5), "fifth": Decimal(5)}
_FRACTION = re.compile(
    rf"(?:\bd'|\bby\s+|\bof\s+)(?P<part>(?:une?|a|one)\s+(?P<of>{'|'.join(_FRACTIONS)}))\b")
# "one in five customers" is 20 % of them ("1 in 20" is 5 %).
_ONE_IN = re.compile(
    r"\b(?:one|1)\s+in\s+(\d+)\b"
    # "un client sur deux", not "un stand sur 6 salons" (what follows is what is counted)
    r"|\b(?:un|une|1)\s+(?:[^\W\d_][\w'-]*\s+){0,2}?sur\s+(\d+)\b"
    r"(?!\s+(?!(?:dans|sous|vers|chez|plus|moins|tous|toutes)\b)[^\W\d_]{2,}[sx]\b)")
_TIMES_FIRST = re.compile(r"(?<!\w)([x×])(\s?)(\d+(?:[.,]\d+)?)(?![\w.,])")
_ORDINAL = re.compile(r"(?:er|e|ème|eme|st|nd|rd|th)(?![a-zà-ÿ])")
_ZERO = re.compile(r"\b(?:zéro|zero)\b")
# "Aucun accident", "No data breaches" open a zero target ("no more than 3" does not).
_NONE = re.compile(r"^[\s\-•*·–—]*(?:(?:kr|rc)\s?\d*\s*[:.)\-–]\s*)?(?P<z>aucune?|no)\s+"
                   r"(?!(?:more|less|fewer|later|longer|than|one|plus|moins)\b)")


def _to_decimal(m: re.Match[str], language: Language) -> Decimal:
    return decimal_from_parts(*m.group("int", "g", "dsep", "dec"), language)


# What a currency or a sign before the digits starts with (_NUMBER's "cur", "sign", "cur2").
_LEAD_CHARS = re.compile(r"[€$£+\-±]|us|eur|chf", re.IGNORECASE)


def _lead_start(low: str, pos: int, digit: int) -> int:
    """Where to search for the number whose first digit is at ``digit``: just before it
    when a currency or a sign may come first, else at the digit (fewer places to try)."""
    start = max(pos, digit - _LEAD_MAX)
    return start if _LEAD_CHARS.search(low, start, digit) else digit


def scan(text: str, low: str, language: Language) -> list[Quantity]:
    """Every value of the sentence in order, dates and names left out. A number written in
    words is read from its digits (:func:`spelled_out`); its span is the words'."""
    dates, others = masked_spans(low)
    masked = dates + others
    low, runs = spelled_out(low)
    if "x" in low or "×" in low:  # "x1,5" reads as "1,5x" (same length, same spans)
        low = _TIMES_FIRST.sub(r"\3\2\1", low)
    found: list[Quantity] = []
    pos = 0
    # _NUMBER has no literal start, so searching it tries every position; a number is found
    # near the next digit instead (its currency and sign are at most _LEAD_MAX characters
    # ahead of it), and the search stops when no digit is left.
    while (d := DIGIT.search(low, pos)) is not None and (
        m := _NUMBER.search(low, _lead_start(low, pos, d.start()))
    ) is not None:
        pos = m.end()
        num_start = m.start("int")
        if masked and inside(num_start, masked):
            pos = max(pos, next(b for a, b in masked if a <= num_start < b))
            continue
        sign = m.group("sign") or ""
        start = m.start()
        if sign == "-" and start > 0 and low[m.start("sign") - 1].isalpha():
            continue  # "level-1", "COVID-19"
        quantity = _finish(text, low, m, language)
        if quantity is not None and _named(text, low, quantity):
            pos = quantity.end
            continue
        if quantity is not None:
            if sign == "-" and start > 0 and low[m.start("sign") - 1].isdigit():
                quantity.value, quantity.sign = -quantity.value, ""  # "25-34": a range
            found.append(quantity)
            pos = quantity.end
    if " in " in low or " sur " in low:
        found = _shares_of_one(low, found)
    for m in _FRACTION.finditer(low):  # "réduire d'un quart", "cut by a third": a change in %
        a, b = m.span("part")
        found.append(Quantity(100 / _FRACTIONS[m.group("of")], "%", a, b, a))
        found.sort(key=_start)
    for q in found if runs else ():
        run = next((r for r in runs if r[0] <= q.num_start < r[1]), None)
        if run is not None:
            q.start, q.num_start = min(q.start, run[0]), run[0]
    zeros = [z.span() for z in _ZERO.finditer(low)] if "z" in low else []  # zéro, zero
    if (none := _NONE.match(low)) is not None:
        zeros.append(none.span("z"))
    for a, b in zeros:
        if not inside(a, masked):
            found.append(Quantity(Decimal(0), "", a, b, a, word=True))
    # The digits are found from left to right; only the zero words need sorting in.
    return sorted(found, key=_start) if zeros else found


# "Clio 5 hybrides", "Ward 7 by September", "iPhone 15 trade-ins": a capitalised word inside
# the sentence, a bare number, then a word other than a connector — a name. (A clause starts
# with a capital too: "Objectif : Atteindre 500 clients".)
_NAME_BEFORE = re.compile(r"(?<![:;.•(\-–—\s])\s*\b(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)\s$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'-]*)")
_CONNECTING = frozenset("à a to vs vs. versus contre et and from de ou or par per pour "
                        "jusqu'à up".split())


def _named(text: str, low: str, q: Quantity) -> bool:
    if q.unit or q.scale != 1 or q.sign or q.start == 0:
        return False
    head = text[:q.start]
    capital = _NAME_BEFORE.search(head, max(0, q.start - 25))
    if capital is None:
        return False
    word = capital.group().strip()
    if not head[:capital.start()].strip() and word[1:].islower():
        return False  # the sentence's first word, a verb ("Hire 4 nurses"); not "iPhone 15"
    after = _WORD_AFTER.match(low, q.end)
    return after is not None and after.group(1) not in _CONNECTING


def _shares_of_one(low: str, found: list[Quantity]) -> list[Quantity]:
    """"one in five" is one quantity, 20 %, where the scanner read the five."""
    for m in _ONE_IN.finditer(low):
        at = m.start(1) if m.group(1) else m.start(2)
        of = next((q for q in found if q.num_start == at), None)
        if of is None or of.value == 0:
            continue
        share = Quantity(100 / of.value, "%", m.start(), of.end, m.start())
        found = [share if q is of else q for q in found
                 if q.end <= m.start() or q.start >= of.start]  # the "1" of "1 in 5" goes
    return found


def _start(q: Quantity) -> int:
    return q.start


def _finish(text: str, low: str, m: re.Match[str], language: Language) -> Quantity | None:
    value = _to_decimal(m, language)
    end = m.end()
    cur, cur2, sign = m.group("cur", "cur2", "sign")
    currency = (cur or cur2 or "").strip().lower()
    unit = _CURRENCY_UNIT.get(currency, "")
    scale = _ONE
    part = Part.VALUE
    s = _SCALE.match(low, end)
    if s is not None:
        word = s.group("s")
        raw = text[s.start("s"):s.end("s")]
        after = _CURRENCY.match(low, s.end())
        # "m" and "b" are scales only next to money ("$2m", "2 m€"); "M" alone is ("2 M de CA").
        if word not in ("m", "b") or unit or after is not None or raw == "M":
            scale = Decimal(10) ** _SCALES[word.lower()]
            end = s.end()
            if word.lower().endswith("eur"):  # "450 keur", "2 MEUR"
                unit = unit or "€"
    c = _CURRENCY.match(low, end)
    if c is not None and not unit:
        unit = _CURRENCY_UNIT[c.group("c").lower()]
        end = c.end()
    if not unit and scale == 1 and (hm := _HOURS_MINUTES.match(low, end)) is not None:
        value += Decimal(hm.group(1)) / 60  # "2 h 30", "1h45": hours and minutes
        unit, end = "h", hm.end()
    if not unit and scale == 1:
        r = _RATING.match(low, end)
        u = _UNIT.match(low, end) if r is None else None
        if r is not None:
            unit, end = f"/{r.group('of')}", r.end()
        elif u is not None:
            unit = _UNITS[u.lastindex - 1][1] or u.group(0).strip()  # type: ignore[operator]
            unit = _localised(unit, language)
            end = u.end()
        elif (times := _TIMES.match(low, end)) is not None:
            unit, end = "x", times.end()  # "un retour de 3,5x": a ratio (kr_masks: factors)
        elif end < len(low) and low[end].isalpha():
            if _ORDINAL.match(low, end):
                return None  # "1er", "3e", "2nd"
            return None  # "5G", "2FA": a name, not a value
        if _HYPHEN.match(low, end) is not None:
            part = Part.CONTEXT  # "12-month retention", "5-star"
    sign = sign or ""
    value = -value if sign == "-" else value
    return Quantity(value * scale, unit, m.start(), end, m.start("int"), scale=scale,
                    sign=sign if sign in "+-" else "", part=part)


_IN_ENGLISH = {"jours": "days", "semaines": "weeks", "mois": "months", "ans": "years",
               "pb": "bps"}  # "points de base"
_IN_FRENCH = {en: fr for fr, en in _IN_ENGLISH.items()}


def _localised(unit: str, language: Language) -> str:
    # Days, weeks, months and years keep the sentence's own word.
    if language is Language.ENGLISH:
        return _IN_ENGLISH.get(unit, unit)
    if language is Language.FRENCH:
        return _IN_FRENCH.get(unit, unit)
    return unit
