"""What the words around each number of a key-result sentence say about it.

"de 45 € à 60 €" is a starting point and a target, "au moins 97 %" a floor, "by 20%" a
relative change, "(aujourd'hui 62 %)" a baseline, "en moins de 48 h" a condition and
"à 12 mois" or "within 6 months" a time frame. :mod:`.kr_parse` picks the roles from these.
"""

from __future__ import annotations

import re

from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_numbers import Quantity


def _words(words: tuple[str, ...], signs: tuple[str, ...] = (), also: str = "") -> str:
    """One of ``words`` (a whole word at its start; ``also``, a pattern, too) or of ``signs``
    (anywhere)."""
    either = f"{w.alternation(words)}|{also}" if also else w.alternation(words)
    return f"\\b(?:{either})|{w.alternation(signs)}" if signs else f"\\b(?:{either})"


# Said before a number, read in the 40 characters before it (text_before). The patterns
# are tried in order and the first that ends the text names the role (its group): the
# order decides, not where the words start ("objectif : 45" is read at ":", a starting
# point, before "objectif", a target). Within a pattern the leftmost start wins, so the
# longest threshold phrase is read ("no more than 3" is a ceiling).
_AT_LEAST = _words(w.AT_LEAST_BEFORE, w.AT_LEAST_SIGNS, w.ABOVE_OR_EQUAL)
_AT_MOST = _words(w.AT_MOST_BEFORE, w.AT_MOST_SIGNS, w.BELOW_OR_EQUAL)
_START = re.compile(rf"(?P<start>{_words(w.START_BEFORE, (':',))})\s*$")
_BY = re.compile(rf"(?P<by>{_words(w.CHANGE_BEFORE)})\s*$")
RELATIVE_NOUNS = re.compile(
    rf"(?P<noun>\b(?:{w.alternation(w.INCREASE_NOUNS + w.DECREASE_NOUNS)})\s+(?:de\s+|d'|of\s+)?)$")
_SAID_BEFORE = (
    re.compile(rf"(?P<baseline>{_words(w.BASELINE_BEFORE)})(?:\s*[:=])?(?:\s*(?:à|at|de|of))?\s*$"),
    RELATIVE_NOUNS,
    re.compile(rf"(?:(?P<at_least>{_AT_LEAST})|(?P<at_most>{_AT_MOST}))\s*$"),
    _BY,
    # a starting point that may also be a change ("augmenter de 20 %")
    re.compile(rf"(?P<de>{_words(w.CHANGE_OR_START_BEFORE)})\s*$"),
    _START,
    re.compile(rf"(?P<target>{_words(w.TARGET_BEFORE, w.ARROWS)})(?:\s*:)?\s*$"),
)
_FRAME = re.compile(
    rf"(?P<frame>{_words(w.FRAME_BEFORE)})\s*(?:(?:{w.alternation(w.FRAME_ARTICLES)})\s+)?"
    rf"(?:(?:{w.alternation(w.FRAME_NEXT)})\s+)?$")
# "à 30 jours" is a condition, not a time frame.
_SHORT_DURATION = (re.compile(rf"(?P<condition>{_words(w.CONDITION_BEFORE)})\s*$"), _FRAME)
# A denominator follows another number: "2 incidents pour 1 000 commandes", not "adoptée
# par 60 médecins".
_PER = re.compile(rf"\d[^\d]{{0,30}}?{_words(w.PER_BEFORE)}\s*$")
# Said after the number, matched where it ends; the first group that matches names the role.
_SAID_AFTER = re.compile(
    rf"(?P<baseline>\s*(?:{w.alternation(w.BASELINE_AFTER)})\b)"
    rf"|(?P<relative>\s*(?:[a-zà-ÿ']+\s+){{0,2}}(?:{w.alternation(w.CHANGE_AFTER_NOUN)})\b"
    rf"|\s*(?:{w.alternation(w.CHANGE_UP_AFTER + w.CHANGE_DOWN_AFTER + w.CHANGE_YEARLY_AFTER)})\b"
    # "12% versus last year", "25 per cent on last year's 1,200"
    r"|\s*(?:vs\.?|versus|compared\s+(?:to|with)|over|on|against)\s+"
    r"(?:last|the\s+previous|the\s+prior)\b"
    r"|\s*(?:par\s+rapport\s+à|vs\.?|contre)\s+(?:l'an|l'année)\s+(?:dernière?|précédente|passée?)\b)"
    rf"|(?P<at_least>\+(?!\s?\d)|\s*(?:[a-zà-ÿ]+\s+)?(?:{w.alternation(w.AT_LEAST_AFTER)})\b)"
    rf"|(?P<at_most>\s*(?:[a-zà-ÿ]+\s+)?(?:{w.alternation(w.AT_MOST_AFTER)})\b)")
_DOWN_AFTER = re.compile(rf"\s*(?:{w.alternation(w.CHANGE_DOWN_AFTER)})\b")
_CONNECTOR = re.compile(
    rf"^\s*(?:[a-zà-ÿœ'-]+\s+){{0,3}}?(?:{w.alternation(w.CONNECTORS + w.ARROWS)})\s*"
    r"(?:(?:une?|an?)\s+)?"  # "d'une vingtaine à une cinquantaine"
    rf"(?:(?:{w.alternation(w.AT_LEAST_BEFORE + w.AT_MOST_BEFORE)})\s*)?$")
_LONE_CONNECTORS = frozenset(w.CONNECTORS + w.ARROWS)  # "de 30 à 45": no pattern needed
# "de 20 à un NPS de 35", "from an NPS of 20 to an NPS of 35": the noun said twice.
_CONNECTOR_NOUN = re.compile(r"^\s*(?:à|to)\s+(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:de|d'|of)\s*$")
_FROM_NOUN_BEFORE = re.compile(
    r"(?:\bfrom\s+|\bde\s+|\bd')(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:of|de|d')\s*$|"
    r"(?:\bde|\bd'|\bfrom)\s*$")
_ARROW = re.compile(rf"^\s*(?:{w.alternation(w.ARROWS)})\s*$")
_BAND_BEFORE = re.compile(rf"{_words(w.BAND_BEFORE)}\s*$")
_BAND_AND = re.compile(rf"\s*(?:{w.alternation(w.BAND_AND)})\s*")


def _said(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    """The role named by the first of ``patterns`` found in ``text``, if any."""
    for pattern in patterns:
        if (m := pattern.search(text)) is not None:
            return m.lastgroup
    return None


# Said between a marker and its number without changing its role: "on part d'environ 80",
# "from around 900", "where we're at today (52k)".
_LOOSE_TAIL = re.compile(
    r"(?:\s*(?:\(|environ|around|about|approximately|roughly|nearly|almost|près de|presque|"
    r"quelque|some|~|≈))+\s*$")
# "d'une vingtaine", "from a couple of": the article goes ("a" alone may be "à" typed fast)
_ARTICLE = re.compile(r"(?:\b(?:une?|an)|(?<=from )a|(?<=to )a)\s*$")
_PERIOD_COLON = re.compile(r"\s(?:20\d\d|fy\s?\d{2,4}|[tqsh][1-4])\s*:\s*$")
# "gagner 2 jours sur la clôture", "shave 2 days off": a duration saved is a change, downwards
_SAVES_TIME = re.compile(
    r"\b(?:gagner|économiser|save|saving|shave|shaving|take|knock|trim|cut)\s*$")
# "dans nos 3 magasins", "in all 3 distribution centres": the scope, not a number to reach
_SCOPE = re.compile(
    r"\b(?:dans|in|across|sur|auprès de|chez)\s+(?:all\s+(?:of\s+)?|tous\s+|toutes\s+)?"
    r"(?:les|nos|ses|leurs|our|the|its|their|all)\s*$"
    r"|\b(?:to|à)\s+(?:all(?:\s+(?:of\s+)?(?:the|our))?|tous\s+les|toutes\s+les|nos)\s*$")
# "(we converted 22 in the last cohort)", "(150 switched last year)": a number said aside, in
# the past, is where we start.
_ASIDE = re.compile(r"\(([^()]*)$")
_PAST = re.compile(
    r"\b(?:last|previous|prior|this|l'an|l'année|dernier|dernière|précédente?|passée?|"
    r"today|aujourd'hui|currently|actuellement|now|en 20\d\d|in 20\d\d)\b")


def text_before(low: str, q: Quantity) -> str:
    before = low[max(0, q.start - 40):q.start]
    if ":" in before:  # "(base 2025 : 4 800 €)": the period named before the colon
        before = _PERIOD_COLON.sub(" :", before)
    loose = _LOOSE_TAIL.search(before) or _ARTICLE.search(before)
    return before if loose is None else before[:loose.start()] + " "


def aside(low: str, q: Quantity) -> bool:
    """Said in parentheses: "(Q1 average: 2.6%)", "(cours de 8 h à 10 h)"."""
    return "(" in low and _ASIDE.search(low, 0, q.start) is not None


def _said_aside_in_the_past(low: str, q: Quantity) -> bool:
    aside = _ASIDE.search(low, 0, q.start)
    if aside is None:
        return False
    closing = low.find(")", q.end)
    inside = aside.group(1) + low[q.end:closing if closing >= 0 else len(low)]
    return _PAST.search(inside) is not None


def find_pair(low: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    # A pair said aside is the sentence's only when nothing is said outside the parentheses.
    outside = "(" in low and any(not aside(low, q) for q in qs)
    for q1, q2 in zip(qs, qs[1:], strict=False):
        if q1.qualifier == "hard" or (outside and aside(low, q1)):
            continue
        between, before = low[q1.end:q2.start], text_before(low, q1)
        # The usual case, a lone connector, needs none of the expressions (the noun said
        # twice needs more words between).
        lone = between.strip() in _LONE_CONNECTORS
        if not lone:
            if _CONNECTOR_NOUN.match(between) and _FROM_NOUN_BEFORE.search(before):
                return q1, q2
            if not _CONNECTOR.match(between):
                continue
        if q1.unit and q2.unit and q1.unit != q2.unit:
            continue
        # One word at most between, an arrow, or a starting point: cheapest test first.
        if lone or len(between.split()) < 2 or _ARROW.match(between) or _START.search(before):
            if _BY.search(before):
                continue
            return q1, q2
    return None


def qualify(low: str, q: Quantity) -> None:
    if q.unit in w.SHORT_DURATIONS:
        said = _said(_SHORT_DURATION, text_before(low, q))
        if said == "condition":
            q.qualifier = q.qualifier or "soft"
        elif said == "frame":
            q.qualifier = "hard"  # "d'ici 90 jours", "over the next 30 days"
    elif q.unit in w.DURATION_UNITS:
        if _FRAME.search(text_before(low, q)):
            q.qualifier = "hard"
    elif q.unit not in ("%", "€", "$", "£") and _PER.search(text_before(low, q)):
        q.qualifier = "hard"  # "pour 1 000 commandes": a denominator
    elif not q.unit and _SCOPE.search(text_before(low, q)):
        q.qualifier = "hard"


def mark(low: str, q: Quantity, relative_de: bool, language: Language) -> None:
    """In this order: a baseline said on either side, a relative change, a threshold (said
    before, else after), "by", a starting point, a target."""
    before = text_before(low, q)
    said = _said(_SAID_BEFORE, before)
    # The 30 characters after the number, matched in place (no expression looks behind
    # where it starts); nothing after a number that ends the sentence.
    after = _SAID_AFTER.match(low, q.end, q.end + 30) if q.end < len(low) else None
    said_after = after.lastgroup if after is not None else None
    if said == "baseline" or said_after == "baseline" or (
            "(" in low and _said_aside_in_the_past(low, q)):
        q.marker = "baseline"
    elif q.unit in w.DURATION_UNITS and _SAVES_TIME.search(before):
        q.marker = "relative"
    elif q.sign or said == "noun":
        q.marker = "relative"
    elif said in ("at_least", "at_most"):  # "pas plus de 2 réunions de plus d'une heure"
        q.marker = said
    elif said_after == "relative":
        q.marker = "relative"
    elif said_after in ("at_least", "at_most"):
        q.marker = said_after
    elif said == "by":
        q.marker = "relative"
    elif said in ("de", "start"):
        if relative_de and said == "de":
            q.marker = "relative"
        else:
            q.marker = "from" if language is Language.ENGLISH and "from" in before else "de"
    elif said == "target":
        q.marker = "target"
    elif aside(low, q):
        q.marker = "aside"


def find_range(low: str, qs: list[Quantity]) -> None:
    """"entre 20 et 25 %", "between 20 and 25%": a band, read as its floor (the ceiling
    stays in the sentence for the coach)."""
    for q1, q2 in zip(qs, qs[1:], strict=False):
        if (_BAND_BEFORE.search(text_before(low, q1))
                and _BAND_AND.fullmatch(low[q1.end:q2.start])):
            inherit(q1, q2)
            q1.marker, q2.marker, q2.qualifier = "at_least", "ceiling", "hard"


def inherit(a: Quantity, b: Quantity) -> None:
    """"de 2 à 3 M€": the first number takes the unit and scale of the second."""
    if not a.unit and b.unit:
        a.unit = b.unit
        if a.scale == 1 and b.scale != 1:
            a.value *= b.scale


def relative_direction(low: str, q: Quantity, verb: Direction | None) -> Direction:
    after = low[q.end:q.end + 30]
    noun = RELATIVE_NOUNS.search(text_before(low, q))
    if q.sign == "-" or _DOWN_AFTER.match(after) or (
        q.unit in w.DURATION_UNITS and _SAVES_TIME.search(text_before(low, q))) or (
        noun is not None and any(n in noun.group(0) for n in w.DECREASE_NOUNS)
    ):
        return Direction.DECREASE
    if q.sign == "+" or verb is None:
        return Direction.INCREASE
    return verb
