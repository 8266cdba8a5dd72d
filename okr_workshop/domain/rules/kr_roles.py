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
from okr_workshop.domain.rules.kr_regex import compile_fast
from okr_workshop.domain.rules.kr_tail import Endings, expand, one_of

# What the words around a number say about it. Those before it are read from the end of the
# 40 characters before it, in the order they decide on its role (Endings): one match of the
# text reversed, where searching each expression tried every position of the text.
BASELINE_PHRASES = tuple(p for phrase in (
    "aujourd'hui", "actuellement", "currently", "today", "now", "contre", "vs[.]", "versus",
    "baseline", "point de départ", "initialement", "current", "was", "compared with",
    "compared to", "up from", "down from", "instead of", "au lieu de", "today's",
    "this year's", "last year's", "par rapport à", "où nous sommes à", "où nous en sommes à",
    "où l'on est à", "nous sommes à", "we are at", "we're at", "we sit at", "we stand at",
    "sits at", "stands at", "is at", "qui atteignent", "qui atteint", "qui plafonne[nt] à",
    "qui s'élève[nt] à", "from the current", "from a current", "currently at",
    "actuellement à", "en partant de", "starting from", "starting at") for p in expand(phrase))
_BASELINE_WORDS = one_of(BASELINE_PHRASES)
# Thresholds said before the number: the longest phrase is read ("no more than 3" is a
# ceiling although it ends in "more than").
_AT_LEAST = frozenset(p for phrase in (
    "au moins", "au minimum", "minimum", "min[.]", "at least", "no less than", "not less than",
    "pas moins de", "plus de", "more than", "over", "above", "au-dessus de", "au dessus de",
    "au-delà de", "au-dela de", "supérieur[e][s] [ou égal[e][s] ]à", "greater than",
    "higher than", "≥", ">=", ">", "beyond", "upwards of", "at or above", "no fewer than",
    "not fewer than", "no lower than", "dépasser", "exceed", "surpass", "franchir",
) for p in expand(phrase))
_AT_MOST = frozenset(p for phrase in (
    "au plus", "au maximum", "maximum", "max[.]", "at most", "no more than", "not more than",
    "pas plus de", "moins de", "less than", "fewer than", "under", "below", "sous",
    "en dessous de", "en-dessous de", "au-dessous de", "inférieur[e][s] [ou égal[e][s] ]à",
    "lower than", "at or below", "≤", "<=", "<", "within", "in under", "jusqu'à",
    "no higher than", "not higher than", "no greater than", "ne pas dépasser", "sans dépasser",
    "not exceed", "not to exceed", "never exceed", "not exceeding",
) for p in expand(phrase))
_THRESHOLDS = one_of(tuple(sorted(_AT_LEAST | _AT_MOST)))  # sorted: the same pattern each run
_RELATIVE_NOUNS = (
    rf"\b(?:{'|'.join(w.INCREASE_NOUNS + w.DECREASE_NOUNS)})\s+(?:de\s+|d'|of\s+)?$")
RELATIVE_NOUNS = compile_fast(_RELATIVE_NOUNS)
_FROM = r"\bde|\bd'|\bdu|\bfrom|\bpasser|:"
_BY = r"\bby"
_SAID_BEFORE = Endings(
    baseline=_BASELINE_WORDS + r"(?:\s*[:=])?(?:\s*(?:à|at|de|of))?",
    noun=_RELATIVE_NOUNS,
    threshold=_THRESHOLDS,
    by=_BY,
    de=r"\bde|\bd'",  # a starting point that may also be a change ("augmenter de 20 %")
    start=_FROM,
    target=r"(?:\bà|\bto|atteindre|reach|hit|achieve|jusqu'à|up to|→|->|=>|vers|cible|"
           r"target|objectif|goal|obtenir|get)(?:\s*:)?")
# find_pair asks one or two of these only, searched forwards ("b" is rare: quickly).
_FROM_BEFORE = compile_fast(rf"(?:{_FROM})\s*$")
_BY_BEFORE = compile_fast(rf"{_BY}\s*$")
_FRAME = (r"(?:ici|dans|within|\bin|\ben|over|sur|pendant|durant|\bfor|after|après|au bout de|"
          r"au cours des|\bà|\bat)\s*(?:les\s+|the\s+|des\s+)?"
          r"(?:(?:prochains?|prochaines?|next|premiers?|first|derniers?|last|past)\s+)?$")
_SHORT_DURATION = Endings(
    condition=r"en moins de|in under|in less than|within(?: the first)?|sous|under|\ben|\bin|"
              r"moins de|less than|no more than|pas plus de|"
              r"dans un délai de|dans les|\bà",
    to=r"\b(?:à|to)",  # "à 30 jours" is not a time frame
    frame=_FRAME)
_LONG_DURATION = Endings(frame=_FRAME)
_PER = Endings(per=r"\b(?:per|pour|par|every|each|chaque|tous les|toutes les)")
# Said after the number, in the order they decide on its role. "*+" and "++" give nothing
# back (what follows them never starts with a space or a letter they took): no retries.
_SAID_AFTER = re.compile(
    r"(?P<baseline>\s*+(?:aujourd'hui|actuellement|today|currently|now|at present|"
    r"en ce moment|actuels?|actuellement)\b)"
    # "500 clients de plus": the thing counted may come between the number and "de plus".
    r"|(?P<relative>\s*+(?:[a-zà-ÿ]++\s++)?(?:de plus|de moins|supplémentaires?|en plus)\b"
    r"|\s*+(?:de plus|de moins|supplémentaires?|en plus|more|less|fewer|higher|"
    r"lower|increase|growth|uplift|reduction|decrease|drop|improvement|de hausse|de baisse|"
    r"d'augmentation|de réduction|de croissance|yoy|year over year|year-on-year|"
    r"sur un an|en glissement annuel)\b)"
    r"|(?P<at_least>\+(?!\s?\d)|\s*+(?:[a-zà-ÿ]++\s++|)(?:minimum|min\b|au moins|ou plus|"
    r"or more|or above|and above|et plus|at least|au minimum))"
    r"|(?P<at_most>\s*+(?:[a-zà-ÿ]++\s++|)(?:maximum|max\b|au plus|ou moins|or less|"
    r"or fewer|and below|at most|au maximum))")
_CONNECTORS = ("à", "a", "to", "→", "->", "=>", "⟶", "➝", "jusqu'à", "vers")
_CONNECTOR = re.compile(
    rf"^\s*(?:[a-zà-ÿœ'-]+\s+){{0,3}}?(?:{'|'.join(_CONNECTORS)})\s*"
    r"(?:(?:moins de|plus de|au moins|au plus|less than|fewer than|more than|under|below|"
    r"over|above|at least|at most|no more than|not more than|pas plus de|no less than|"
    r"pas moins de|au maximum|au minimum|maximum|minimum|no fewer than)\s*)?$")
_LONE_CONNECTORS = frozenset(_CONNECTORS)  # "de 30 à 45": _CONNECTOR matches at once
# "de 20 à un NPS de 35", "from an NPS of 20 to an NPS of 35": the noun said twice.
_CONNECTOR_NOUN = re.compile(r"^\s*(?:à|to)\s+(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:de|d'|of)\s*$")
_FROM_NOUN_BEFORE = re.compile(
    r"(?:\bfrom\s+|\bde\s+|\bd')(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:of|de|d')\s*$|"
    r"(?:\bde|\bd'|\bfrom)\s*$")
_ARROW = re.compile(r"^\s*(?:→|->|=>|⟶|➝)\s*$")
_BAND_BEFORE = compile_fast(r"\b(?:entre|between)\s*$")
_BAND_AND = re.compile(r"\s*(?:et|and)\s*")
_DOWN_AFTER = re.compile(
    r"\s*(?:de moins|less|fewer|lower|reduction|decrease|drop|de baisse|de réduction)\b")


def text_before(low: str, q: Quantity) -> str:
    return low[max(0, q.start - 40):q.start]


def find_pair(low: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    for q1, q2 in zip(qs, qs[1:], strict=False):
        if q1.qualifier == "hard":
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
        if lone or len(between.split()) < 2 or _ARROW.match(between) or _FROM_BEFORE.search(before):
            if _BY_BEFORE.search(before):
                continue
            return q1, q2
    return None


def qualify(low: str, q: Quantity) -> None:
    if q.unit in w.SHORT_DURATIONS:
        said, _ = _SHORT_DURATION.first(text_before(low, q))
        if said == "condition":
            q.qualifier = q.qualifier or "soft"
        elif said == "frame":
            q.qualifier = "hard"  # "d'ici 90 jours", "over the next 30 days"
    elif q.unit in w.DURATION_UNITS:
        if _LONG_DURATION.first(text_before(low, q))[0] is not None:
            q.qualifier = "hard"
    elif q.unit not in ("%", "€", "$", "£") and _PER.first(text_before(low, q))[0] is not None:
        q.qualifier = "hard"  # "pour 1 000 commandes": a denominator


def mark(low: str, q: Quantity, relative_de: bool, language: Language) -> None:
    """In this order: a baseline said on either side, a relative change, a threshold (said
    before, else after), "by", a starting point, a target."""
    before = text_before(low, q)
    said, start = _SAID_BEFORE.first(before)
    # The 30 characters after the number, matched in place (no expression looks behind
    # where it starts); nothing after a number that ends the sentence.
    after = _SAID_AFTER.match(low, q.end, q.end + 30) if q.end < len(low) else None
    said_after = after.lastgroup if after is not None else None
    if said == "baseline" or said_after == "baseline":
        q.marker = "baseline"
    elif q.sign or said == "noun":
        q.marker = "relative"
    elif said == "threshold":  # "pas plus de 2 réunions de plus d'une heure": a ceiling
        q.marker = "at_least" if before[start:].rstrip() in _AT_LEAST else "at_most"
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


def find_range(low: str, qs: list[Quantity]) -> None:
    """"entre 20 et 25 %", "between 20 and 25%": a band, read as its floor (the ceiling
    stays in the sentence for the coach)."""
    if "entre" not in low and "between" not in low:
        return  # what _BAND_BEFORE looks for
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
        noun is not None and any(n in noun.group(0) for n in w.DECREASE_NOUNS)
    ):
        return Direction.DECREASE
    if q.sign == "+" or verb is None:
        return Direction.INCREASE
    return verb
