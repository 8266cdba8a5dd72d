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
from okr_workshop.domain.rules.kr_tail import PhraseTail, expand

# What the words around a number say about it.
_BASELINE_BEFORE = re.compile(
    r"(?:aujourd'hui|actuellement|currently|today|now|contre|vs\.?|versus|baseline|"
    r"point de départ|initialement|current|was)\s*[:=]?\s*(?:à|at|de|of)?\s*$")
_BASELINE_AFTER = re.compile(r"\s*(?:aujourd'hui|actuellement|today|currently|now|at present|"
                             r"en ce moment|actuels?|actuellement)\b")
# Thresholds said before the number, read from the end like the metric's markers.
_AT_LEAST_BEFORE = PhraseTail((), free=tuple(p for phrase in (
    "au moins", "au minimum", "minimum", "min[.]", "at least", "no less than", "not less than",
    "pas moins de", "plus de", "more than", "over", "above", "au-dessus de", "au dessus de",
    "au-delà de", "au-dela de", "supérieur[e][s] [ou égal[e][s] ]à", "greater than",
    "higher than", "≥", ">=", ">", "beyond", "upwards of", "at or above", "no fewer than",
    "not fewer than", "no lower than", "dépasser", "exceed", "surpass", "franchir",
) for p in expand(phrase)))
_AT_LEAST_AFTER = re.compile(r"\+(?!\s?\d)|\s*(?:[a-zà-ÿ]+\s+)?(?:minimum|min\b|au moins|ou plus|"
                             r"or more|or above|and above|et plus|at least|au minimum)")
_AT_MOST_BEFORE = PhraseTail((), free=tuple(p for phrase in (
    "au plus", "au maximum", "maximum", "max[.]", "at most", "no more than", "not more than",
    "pas plus de", "moins de", "less than", "fewer than", "under", "below", "sous",
    "en dessous de", "en-dessous de", "au-dessous de", "inférieur[e][s] [ou égal[e][s] ]à",
    "lower than", "at or below", "≤", "<=", "<", "within", "in under", "jusqu'à",
    "no higher than", "not higher than", "no greater than", "ne pas dépasser", "sans dépasser",
    "not exceed", "not to exceed", "never exceed", "not exceeding",
) for p in expand(phrase)))
_AT_MOST_AFTER = re.compile(r"\s*(?:[a-zà-ÿ]+\s+)?(?:maximum|max\b|au plus|ou moins|or less|"
                            r"or fewer|and below|at most|au maximum)")
_RELATIVE_AFTER = re.compile(
    r"\s*(?:de plus|de moins|supplémentaires?|en plus|more|less|fewer|higher|lower|"
    r"increase|growth|uplift|reduction|decrease|drop|improvement|de hausse|de baisse|"
    r"d'augmentation|de réduction|de croissance|yoy|year over year|year-on-year|"
    r"sur un an|en glissement annuel)\b")
RELATIVE_NOUNS = compile_fast(
    rf"\b(?:{'|'.join(w.INCREASE_NOUNS + w.DECREASE_NOUNS)})\s+(?:de\s+|d'|of\s+)?$")
_FROM_BEFORE = compile_fast(r"(?:\bde|\bd'|\bdu|\bfrom|\bpasser|:)\s*$")
_TARGET_BEFORE = compile_fast(
    r"(?:\bà|\bto|atteindre|reach|hit|achieve|jusqu'à|up to|→|->|=>|vers|cible|target|"
    r"objectif|goal|obtenir|get)\s*:?\s*$")
_PER_BEFORE = compile_fast(r"\b(?:per|pour|par|every|each|chaque|tous les|toutes les)\s*$")
_CONDITION_BEFORE = compile_fast(
    r"(?:en moins de|in under|in less than|within(?: the first)?|sous|under|\ben|\bin|"
    r"dans un délai de|dans les|\bà)\s*$")
_FRAME_BEFORE = compile_fast(
    r"(?:ici|dans|within|\bin|\ben|over|sur|pendant|durant|\bfor|after|après|au bout de|"
    r"au cours des|\bà|\bat)\s*(?:les\s+|the\s+|des\s+)?"
    r"(?:(?:prochains?|prochaines?|next|premiers?|first|derniers?|last|past)\s+)?$")
_CONNECTOR = re.compile(
    r"^\s*(?:[a-zà-ÿœ'-]+\s+){0,3}?(?:à|a|to|→|->|=>|⟶|➝|jusqu'à|vers)\s*"
    r"(?:(?:moins de|plus de|au moins|au plus|less than|fewer than|more than|under|below|"
    r"over|above|at least|at most)\s*)?$")
# "de 20 à un NPS de 35", "from an NPS of 20 to an NPS of 35": the noun said twice.
_CONNECTOR_NOUN = re.compile(r"^\s*(?:à|to)\s+(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:de|d'|of)\s*$")
_FROM_NOUN_BEFORE = re.compile(
    r"(?:\bfrom\s+|\bde\s+|\bd')(?:[a-zà-ÿœ'-]+\s+){1,4}?(?:of|de|d')\s*$|"
    r"(?:\bde|\bd'|\bfrom)\s*$")
_ARROW = re.compile(r"^\s*(?:→|->|=>|⟶|➝)\s*$")
_BY_BEFORE = compile_fast(r"\bby\s*$")
_TO_BEFORE = compile_fast(r"\b(?:à|to)\s*$")
_DE_BEFORE = compile_fast(r"(?:\bde|\bd')\s*$")
_BAND_BEFORE = compile_fast(r"\b(?:entre|between)\s*$")
_BAND_AND = re.compile(r"\s*(?:et|and)\s*")
_DOWN_AFTER = re.compile(
    r"\s*(?:de moins|less|fewer|lower|reduction|decrease|drop|de baisse|de réduction)\b")


def text_before(low: str, q: Quantity) -> str:
    return low[max(0, q.start - 40):q.start]


def find_pair(low: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    for q1, q2 in zip(qs, qs[1:], strict=False):
        between = low[q1.end:q2.start]
        if q1.qualifier == "hard":
            continue
        if _CONNECTOR_NOUN.match(between) and _FROM_NOUN_BEFORE.search(text_before(low, q1)):
            return q1, q2
        if not _CONNECTOR.match(between):
            continue
        if q1.unit and q2.unit and q1.unit != q2.unit:
            continue
        words_between = between.split()[:-1]
        if _ARROW.match(between) or _FROM_BEFORE.search(text_before(low, q1)) or not words_between:
            if _BY_BEFORE.search(text_before(low, q1)):
                continue
            return q1, q2
    return None


def qualify(low: str, q: Quantity) -> None:
    before = text_before(low, q)
    if q.unit in w.DURATION_UNITS:
        if q.unit in w.SHORT_DURATIONS and _CONDITION_BEFORE.search(before):
            q.qualifier = q.qualifier or "soft"
        elif q.unit not in w.SHORT_DURATIONS and _FRAME_BEFORE.search(before):
            q.qualifier = "hard"
        elif _FRAME_BEFORE.search(before) and not _TO_BEFORE.search(before):
            q.qualifier = "hard"  # "d'ici 90 jours", "over the next 30 days"
    elif _PER_BEFORE.search(before) and q.unit not in ("%", "€", "$", "£"):
        q.qualifier = "hard"  # "pour 1 000 commandes": a denominator


def _threshold(before: str, after: str) -> str | None:
    """The longer phrase wins: "no more than 3" is a ceiling although it ends in "more than"."""
    floor, ceiling = _AT_LEAST_BEFORE.last(before), _AT_MOST_BEFORE.last(before)
    if floor is not None and ceiling is not None:
        return "at_least" if floor < ceiling else "at_most"
    if floor is not None or ceiling is not None:
        return "at_least" if floor is not None else "at_most"
    if _AT_LEAST_AFTER.match(after):
        return "at_least"
    return "at_most" if _AT_MOST_AFTER.match(after) else None


def mark(low: str, q: Quantity, relative_de: bool, language: Language) -> None:
    before, after = text_before(low, q), low[q.end:q.end + 30]
    if _BASELINE_BEFORE.search(before) or _BASELINE_AFTER.match(after):
        q.marker = "baseline"
    elif q.sign or _RELATIVE_AFTER.match(after) or RELATIVE_NOUNS.search(before):
        q.marker = "relative"
    elif (threshold := _threshold(before, after)) is not None:
        q.marker = threshold
    elif _BY_BEFORE.search(before):
        q.marker = "relative"
    elif _FROM_BEFORE.search(before):
        if relative_de and _DE_BEFORE.search(before):
            q.marker = "relative"
        else:
            q.marker = "from" if language is Language.ENGLISH and "from" in before else "de"
    elif _TARGET_BEFORE.search(before):
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
