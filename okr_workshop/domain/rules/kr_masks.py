"""What only looks like a number in a key-result sentence: dates, names and factors.

"d'ici fin 2026", "by June 30, 2026", "T1", "Q3" and "FY26" are dates; "ISO 27001",
"Windows 11", "niveau 1" and "24/7" are names; "doubler", "x2" and "diviser par deux" are
factors (the reader turns them into a target, :mod:`.kr_parse`). :mod:`.kr_numbers` leaves
their digits out of the values it finds.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from okr_workshop.domain.rules.kr_words import MONTHS, NUMBER_WORDS, YEAR_BEFORE

_MONTH = rf"(?:{MONTHS})\b"
# Dates that need a digit and a month word: each starts at a number or at a month word, and
# is only tried there.
_DAY_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?{_MONTH}\.?(?:,?\s+\d{{4}})?")
_MONTH_DATES = [
    re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\d%,.])(?!\s?[%€$])"),
    re.compile(rf"\b{_MONTH}\.?\s+\d{{4}}\b"),
]
# "T1", "Q3", "S2", "H1"
_PERIOD = re.compile(
    r"\b[tqsh][1-4]\b(?:\s*(?:-|/)\s*[tqsh][1-4]\b)?(?:\s*(?:'\d{2}|20\d{2})\b)?")
# Dates that need a digit.
_DATE_PATTERNS = [
    re.compile(r"\bfy\s?'?\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),
    re.compile(r"\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b"),  # "31/12/2026", not "7.8/10"
    re.compile(r"\b(?:0?[1-9]|1[0-2])/\d{4}\b"),
    re.compile(r"\b[njmdsa]\s?[+-]\s?\d+\b"),  # "N+1", "J+90", "M+6", "D+30"
    re.compile(r"\b(?:[0-2]?\d|3[01])/0[1-9]\b"),  # "15/09": a month with its zero
    # "au 31/12", "by 31/03": a day and a month (a rating "4/5" has no such word before it)
    re.compile(
        r"(?:\bau|\ble|\bdu|\bavant le|\bici le|\bby|\bon|\bbefore|\buntil|\bjusqu'au)\s+"
        r"(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])\b"),
]
DIGIT = re.compile(r"\d")  # also where kr_numbers looks for the next number
_DIGITS = re.compile(r"\d+")
_MONTH_WORDS = frozenset(MONTHS.split("|"))
# Runs of letters: a month or a name said apart from its neighbours (what every pattern
# below asks with \b on both sides) is one of them. A set intersection rules most patterns
# out in one step before any of them is searched.
_LETTERS = re.compile(r"[^\W\d_]+")
# A month alone is a date only after a word that sets a deadline ("d'ici mars", "by March").
_MONTH_ALONE = re.compile(
    rf"(?:\bd'ici|\bby|\bbefore|\bavant|\buntil|\bin|\ben|\bau|\bfin|\bend\s+of|\bdébut|"
    rf"\bmi-|\bmid-|\bafter|\baprès|\bfrom|\bdepuis)\s+(?:la\s+fin\s+|fin\s+|the\s+end\s+of\s+|"
    rf"end\s+of\s+|début\s+)?{_MONTH}"
)
_NAME_LIST = (
    "iso", "iec", "soc", "hds", "pci", "wcag", "rgaa", "windows", "ios", "android", "python",
    "java", "php", "version", "niveau", "level", "tier", "étape", "etape", "step", "phase",
    "sprint", "lot", "release", "palier", "génération", "generation", "covid", "kr", "rc",
    # a numbered place: "la presse 3", "press line 2", "quai 4"
    "ligne", "line", "presse", "press", "machine", "usine", "plant", "bâtiment", "building",
    "entrepôt", "warehouse", "quai", "dock", "terminal", "secteur", "zone", "salle", "room",
    "gate",
    # products with a number in their name: "Microsoft 365", "Dynamics 365", "SAP S/4"
    "microsoft", "office", "dynamics", "macos", "ubuntu", "debian", "sap", "angular", "node",
    "excel", "sharepoint", "drupal", "wordpress", "magento", "moodle", "scope",
    # a league or a division: "la Ligue 2", "League 1", "National 3"
    "ligue", "league", "division", "national")
_NAME_WORDS = frozenset(_NAME_LIST)
_NAMES = rf"\b(?:{'|'.join(_NAME_LIST)})\s?[-–]?\s?"
# "ISO 27001", "niveau 2"; not a share or an amount ("en ligne 80 %", "level 3 €")
_NAME_NUMBER = re.compile(_NAMES + r"\d+(?:\.\d+)*\b(?!\s?(?:%|€|\$|£|k€|m€))")
_ID_PATTERNS = [  # a digit needed too
    re.compile(r"\bn\s?[°º]\s?\d+|\bno\.\s?\d+|\bnuméro\s\d+|#\d+"),  # "n°1", "#1"
    re.compile(
        r"\b24\s?/\s?7\b|\b24\s?h\s?/\s?24\b|\b7\s?j\s?/\s?7\b|\b365\s?j?\s?/\s?365\b"),
]
# A time of day says when, not how much: "the 7 to 9 am rush", "before 7 am", "avant 7 h".
# An hour with am/pm (and the hour a range to it starts from), or an hour after a word that
# sets a moment. "de 48 h à 24 h" stays a duration: "de" and "à" set no moment here.
_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.h]\s?[0-5]\d)?"
_TIME_OF_DAY = re.compile(
    rf"(?<![\w.,])(?:{_HOUR}\s?(?:-|–|to|and|till|until)\s?)?{_HOUR}\s?[ap]\.?m(?![a-z])\.?"
    rf"|\b(?:before|after|around|until|till|avant|après|apres|dès|vers|jusqu'à|jusqu'a)\s+"
    rf"(?:[01]?\d|2[0-3])(?:\s?(?:h|heures?)\b|[:h][0-5]\d)"
    # "entre 12 h et 14 h", "between 9 and 11 am"
    rf"|\b(?:entre|between)\s+{_HOUR}\s?(?:h|heures?)?\s+(?:et|and)\s+{_HOUR}\s?"
    rf"(?:h|heures?)\b")
# Ages ("les 25-34 ans", "children aged 7 to 11", "patients de plus de 65 ans", "seniors over
# 70"), the "1:" of a ratio ("1:8") and versions ("v2.1").
_AGES_AND_RATIOS = re.compile(
    r"\b\d{2}\s?[-–]\s?\d{2}\s?(?:ans|years?(?:[\s-]olds?)?|yo|y/o|segment|age|bracket|"
    r"tranche)\b|\b(?:aged|âgés de|tranche des|tranche|ages)\s+\d{1,2}\s?(?:[-–]|to|à|and)\s?"
    r"\d{1,2}\b|\bde\s+(?:plus|moins)\s+de\s+\d{1,2}\s+ans\b|\b(?:seniors?|people|adults|"
    r"children|kids|patients|residents)\s+(?:over|under|aged)\s+\d{1,2}\b|\b1\s?:(?=\s?\d)"
    r"|\bv\d+(?:\.\d+)+\b")
_N = rf"(?P<n>\d+(?:[.,]\d+)?|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
# "4x", "x1,5", "×3" are factors, unless they name a level: "a 4x return", "de 3,5x sur les
# campagnes" (a ratio to reach, which kr_numbers reads with the unit "x").
_LEVEL_BEFORE = (r"(?<!\bde )(?<!\bof )(?<!\ba )(?<!\ban )(?<!\bat )(?<!\bà )(?<!\bun )"
                 r"(?<!\bfrom )(?<!\bto )(?<!-> )(?<!→ )(?<!=> )")
# ... and in a pair: "ROAS 1.5x -> 4x"
_LEVEL_AFTER = (r"(?!\s*(?:return|retour|roas|roi|rendement|rentabilit))"
                r"(?!\s*(?:->|→|=>|à|to)\s*\d)")
# (substrings needed, pattern, fixed factor or None when the pattern says it)
_FACTOR_PATTERNS: list[tuple[tuple[str, ...], re.Pattern[str], Decimal | None]] = [
    (("doubl", "2"), re.compile(
        r"\b(?:doubler|doublée?s?|doubles?|doubled|doubling)\b"), Decimal(2)),
    (("tripl", "3"), re.compile(
        r"\b(?:tripler|triplée?s?|triples?|tripled|tripling)\b"), Decimal(3)),
    (("quadrupl",), re.compile(r"\b(?:quadrupler|quadruplée?s?|quadruples?|quadrupled)\b"),
     Decimal(4)),
    # "diviser par deux les retours", "divide customer-reported bugs by 2": only "par deux" /
    # "by 2" is the factor's span; the verb is the sentence's opening verb.
    (("multipl",), re.compile(rf"\b(?:multipli\w*|multiply|multiplied)\b[^.;\d]{{0,60}}?"
                              rf"(?P<tail>\b(?:par|by)\s+{_N})\b"), None),
    # "by a factor of four", "d'un facteur 3": the verb says which way (kr_parse)
    (("factor", "facteur"), re.compile(
        rf"(?P<tail>\b(?:by\s+a\s+factor\s+of|d'un\s+facteur(?:\s+de)?|"
        rf"par\s+un\s+facteur(?:\s+de)?)\s+{_N})\b"), None),
    (("fold",), re.compile(rf"(?P<tail>\b{_N}[\s-]?fold)\b"), None),  # "four-fold", "3-fold"
    (("divi",), re.compile(
        rf"\b(?:divis\w*|divide[sd]?)\b[^.;\d]{{0,60}}?(?P<tail>\b(?:par|by)\s+{_N})\b"), None),
    (("x", "×"), re.compile(
        rf"{_LEVEL_BEFORE}(?P<tail>(?<![\w.,]){_N}\s?[x×])(?!\w){_LEVEL_AFTER}"), None),
    (("x", "×"), re.compile(
        rf"{_LEVEL_BEFORE}(?P<tail>(?<!\w)[x×]\s?{_N})(?![\w.,]){_LEVEL_AFTER}"), None),
    (("/",), re.compile(rf"(?<![\w.,/])(?P<tail>/\s?{_N})(?![\w.,/])"), None),  # "rate /2"
    (("halv", "moitié", "half"), re.compile(
        r"\b(?:halve|halved|halving|de\s+moitié|by\s+half|in\s+half|by\s+a\s+half)\b"),
     Decimal("0.5")),
]


# Each list searched as one pattern: one pass over the sentence instead of one per pattern.
_DATES_WITH_DIGITS = re.compile("|".join(f"(?:{p.pattern})" for p in [_PERIOD, *_DATE_PATTERNS]))
_NOT_VALUES = re.compile(
    "|".join(f"(?:{p.pattern})" for p in [*_ID_PATTERNS, _TIME_OF_DAY, _AGES_AND_RATIOS]))

Spans = tuple[tuple[int, int], ...]


# Both are asked for the same sentence several times while one sentence is read; a small
# memo keeps that to once. Results are tuples, so no caller can change a cached answer.
@functools.lru_cache(maxsize=256)
def words_of(low: str) -> frozenset[str]:
    """The runs of letters of the sentence (months, names and number words are among them)."""
    return frozenset(_LETTERS.findall(low))


@functools.lru_cache(maxsize=256)
def masked_spans(low: str) -> tuple[Spans, Spans]:
    """(dates, other non-values) as spans of the lower-cased sentence."""
    # Every date and name pattern but two needs a digit, and most start at a number or at a
    # month word: those are tried only where a number or a month word starts, which finds
    # what ``finditer`` would at a fraction of the cost.
    digit = DIGIT.search(low) is not None
    words = words_of(low)
    month_words = _MONTH_WORDS.intersection(words)
    month = bool(month_words)
    # A month said apart from its neighbours is one of these runs of letters: the patterns
    # that start with the month are only tried where one occurs.
    months = _occurrences(low, month_words) if month else []
    names = _NAME_WORDS.intersection(words) if digit else ()
    dates: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    if digit:
        if month:
            numbers = [m.start() for m in _DIGITS.finditer(low)]
            dates += _matches_at(_DAY_MONTH, low, numbers)
            dates += [span for p in _MONTH_DATES for span in _matches_at(p, low, months)]
        dates += [m.span() for m in _DATES_WITH_DIGITS.finditer(low)]
    if month:
        dates += [m.span() for m in _MONTH_ALONE.finditer(low, _month_alone_from(low, months))
                  if not inside(m.start(), dates)]
    if names:
        others += _matches_at(_NAME_NUMBER, low, _occurrences(low, names))
    if digit:
        others += [m.span() for m in _NOT_VALUES.finditer(low)]
    others += [span for _factor, span in _factors(low)]
    if digit:
        for m in _YEAR.finditer(low):
            if not inside(m.start(), dates + others) and _is_year(low, m.start(), m.end()):
                dates.append(m.span())
    return tuple(dates), tuple(others)


# The longest "by the end of " before a month in _MONTH_ALONE when spaces are single (18),
# with room to spare.
_MONTH_ALONE_REACH = 24
_WIDE_SPACE = re.compile(r"\s\s")


def _month_alone_from(low: str, months: list[int]) -> int:
    """Where a month said after "d'ici", "by", "fin"… can start at the earliest: a little
    before the first month, unless spaces run wide (then anywhere)."""
    if _WIDE_SPACE.search(low):
        return 0
    return max(0, months[0] - _MONTH_ALONE_REACH)


def _occurrences(text: str, words: set[str]) -> list[int]:
    """Every index where one of ``words`` occurs in ``text``, in order."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _matches_at(pattern: re.Pattern[str], low: str, starts: list[int]) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer(low)`` gives, when its matches can only start at
    ``starts`` (in order): leftmost first, none overlapping the previous one."""
    spans: list[tuple[int, int]] = []
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(low, start)) is not None:
            spans.append(m.span())
            end = m.end()
    return spans


_YEAR = re.compile(r"(?<![\d.,'])\b(?:19[5-9]\d|20\d\d|2100)\b(?![.,']?\d)")


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_YEAR_UNIT = re.compile(r"\s?(?:%|€|\$|£|k\b|m€|millions?|pts?\b|points?\b)")
_YEAR_CURRENCY = re.compile(r"[€$£]\s?$")
_YEAR_WORDS = re.compile(r"[a-zà-ÿ.]+|[(:]")
_YEAR_END = re.compile(r"\s*(?:$|[.;,!?)])")


def _is_year(low: str, start: int, end: int) -> bool:
    after = low[end:end + 12]
    if _YEAR_UNIT.match(after):
        return False
    if _YEAR_CURRENCY.search(low[:start]):
        return False
    words = _YEAR_WORDS.findall(low[:start])
    last1 = words[-1] if words else ""
    last2 = " ".join(words[-2:])
    if last1 in YEAR_BEFORE or last2 in YEAR_BEFORE or last1 in ("(", ":"):
        return True
    leads = ("de", "from", "à", "to", "atteindre", "reach", "moins", "plus", "least", "most",
             "than", "par", "per", "sur", "of", "by")
    return _YEAR_END.match(after) is not None and last1 not in leads


@functools.lru_cache(maxsize=256)
def _factors(low: str) -> tuple[tuple[Decimal, tuple[int, int]], ...]:
    found = []
    for needles, pattern, fixed in _FACTOR_PATTERNS:
        if not any(map(low.__contains__, needles)):
            continue
        for m in pattern.finditer(low):
            if fixed is not None:
                found.append((fixed, m.span()))
                continue
            word = m.group("n")
            n = Decimal(NUMBER_WORDS.get(word, word.replace(",", ".")))
            if n == 0:
                continue
            found.append((1 / n if "divi" in m.group(0) or m.group(0).startswith("/") else n,
                          m.span("tail")))
    return tuple(sorted(found, key=lambda f: f[1]))


def clear_caches() -> None:
    """Forget the per-sentence memos (so a benchmark's cold run is really cold)."""
    masked_spans.cache_clear()
    words_of.cache_clear()
    _factors.cache_clear()


def find_factor(low: str) -> tuple[Decimal, tuple[int, int]] | None:
    """The first "doubler", "diviser par deux", "halve"… of the sentence, if any."""
    found = _factors(low)
    return found[0] if found else None
