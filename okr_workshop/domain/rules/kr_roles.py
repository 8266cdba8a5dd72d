"""What the words around each number of a key-result sentence say about it.

"de 45 € à 60 €" is a starting point and a target, "au moins 97 %" a floor, "by 20%" a
relative change, "(aujourd'hui 62 %)" a baseline, "en moins de 48 h" a condition and
"à 12 mois" or "within 6 months" a time frame. :func:`pick_roles` then chooses the
baseline and the target among the numbers.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_numbers import Part, Quantity, Role

# The words before a number, one token per word, apostrophe-ended elision or sign: "d'ici",
# "(base :" gives "(", "base", ":"; phrases are split the same way, so "jusqu'à" is "jusqu'",
# "à" on both sides.
_TOKEN = re.compile(r"[^\W\d_]+'|[^\W\d_][\w.-]*|\d+|[^\w\s]")


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase))


class _Phrases:
    """Phrases said just before a number, each naming a role, indexed by their last word:
    which one ends the words before a number is one dictionary look-up. Roles are asked in
    the order given (``objectif :`` is read at ":", a starting point, before "objectif", a
    target); within one step the longest phrase wins ("no more than 3" is a ceiling)."""

    def __init__(self, *steps: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        self._role: dict[tuple[str, ...], tuple[int, str]] = {}  # phrase: (step, role)
        lengths: dict[str, set[int]] = {}
        for order, step in enumerate(steps):
            for role, phrases in step:
                for words in map(_split, phrases):
                    self._role.setdefault(words, (order, role))
                    lengths.setdefault(words[-1], set()).add(len(words))
        self._lengths = {last: sorted(found, reverse=True) for last, found in lengths.items()}

    def first(self, words: tuple[str, ...]) -> str | None:
        best = None
        for length in self._lengths.get(words[-1], ()) if words else ():
            found = self._role.get(words[-length:])
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        return best[1] if best is not None else None


def _followed(phrases: tuple[str, ...], *tails: str) -> tuple[str, ...]:
    """Each phrase alone and followed by each of ``tails`` ("contre", "contre :")."""
    return tuple(f"{p} {t}".strip() for p in phrases for t in ("", *tails))


_EQUAL = ("", "ou égal", "ou égale", "ou égals", "ou égales")
_ABOVE = tuple(f"supérieur{e} {q} à" for e in ("", "e", "s", "es") for q in _EQUAL)
_BELOW = tuple(f"inférieur{e} {q} à" for e in ("", "e", "s", "es") for q in _EQUAL)
_SAID_BEFORE = _Phrases(
    # "where we're at today (52k)": a starting value may be said aside, in parentheses
    (("baseline", _followed(_followed(_followed(w.BASELINE_BEFORE, ":", "="),
                                      "à", "at", "de", "of"), "(")),),
    (("noun", tuple(
        phrase for noun in w.INCREASE_NOUNS + w.DECREASE_NOUNS + w.NEUTRAL_CHANGE_NOUNS
        for phrase in ((f"{noun} of",) if noun in w.ENGLISH_CHANGE_NOUNS
                       else (noun, f"{noun} de", f"{noun} d'")))),),
    (("at_least", w.AT_LEAST_BEFORE + w.AT_LEAST_SIGNS + _ABOVE),
     ("at_most", w.AT_MOST_BEFORE + w.AT_MOST_SIGNS + _BELOW)),
    (("by", w.CHANGE_BEFORE),),
    (("de", w.CHANGE_OR_START_BEFORE),),  # a starting point that may also be a change
    (("start", w.START_BEFORE + (":",)),),
    (("target", _followed(w.TARGET_BEFORE + w.ARROWS, ":")),),
)
_DECREASE_NOUNS = frozenset(w.DECREASE_NOUNS)
_START = _Phrases((("start", w.START_BEFORE + (":",)),))
_BY = _Phrases((("by", w.CHANGE_BEFORE),))
# "dans un délai de 48 h" is a condition; "d'ici 90 jours", "over the next 30 days" a frame.
_DURATION_BEFORE = _Phrases(
    (("condition", w.CONDITION_BEFORE),),
    (("frame", _followed(_followed(w.FRAME_BEFORE, *w.FRAME_ARTICLES), *w.FRAME_NEXT)),))
_FRAME = _Phrases((("frame", _followed(_followed(w.FRAME_BEFORE, *w.FRAME_ARTICLES),
                                       *w.FRAME_NEXT)),))
# A denominator, said after another number: "2 incidents pour 1 000 commandes".
_PER = _Phrases((("per", w.PER_BEFORE),))
_BAND = _Phrases((("band", w.BAND_BEFORE),))
# "gagner 2 jours sur la clôture", "shave 2 days off": a duration saved is a change, downwards
_SAVES_TIME = _Phrases((("saved", ("gagner", "économiser", "save", "saving", "shave",
                                   "shaving", "take", "knock", "trim", "cut")),))
# "dans nos 3 magasins", "in all 3 distribution centres": the scope, not a number to reach
_SCOPE = _Phrases((("scope", tuple(
    f"{where} {every}{whose}"
    for where in ("dans", "in", "across", "sur", "auprès de", "chez", "to", "à", "for", "pour")
    for every in ("", "all ", "all of ", "tous ", "toutes ")
    for whose in ("les", "nos", "ses", "leurs", "our", "the", "its", "their", "all")
    if where not in ("to", "à", "for", "pour") or every
    or whose in ("all", "nos", "the", "les"))),))
# Between a marker and its number, words that leave its role as it is: "on part d'environ 80",
# "from around 900", "d'une vingtaine", "from a couple".
_LOOSE = frozenset(("environ", "around", "about", "approximately", "roughly", "nearly",
                    "almost", "presque", "quelque", "some", "~", "≈", "un", "une", "an"))
_PERIOD = re.compile(r"20\d\d|fy|[tqsh][1-4]")


@functools.lru_cache(maxsize=1024)
def _words_before(low: str, start: int) -> tuple[str, ...]:
    """The last words before the number that starts at ``start`` (40 characters at most),
    without the loose words above, and without a period named before a colon ("(base 2025 :
    4 800 €)")."""
    words = _TOKEN.findall(low, max(0, start - 40), start)
    while words:
        if words[-1] in _LOOSE or (words[-1] == "a" and words[-2:-1] in (["from"], ["to"])):
            words.pop()
        elif words[-2:] == ["près", "de"]:
            del words[-2:]
        elif words[-1] == ":" and len(words) > 1 and _PERIOD.fullmatch(words[-2]):
            del words[-2]
        else:
            break
    return tuple(words)


def words_before(low: str, q: Quantity) -> tuple[str, ...]:
    return _words_before(low, q.start)


# Said after the number, matched where it ends; the first group that matches names the role.
_SAID_AFTER = re.compile(
    rf"(?P<baseline>\s*(?:{w.alternation(w.BASELINE_AFTER)})\b)"
    # "500 clients de plus", not "75 % de patients de plus de 65 ans"
    rf"|(?P<relative>\s*(?:[a-zà-ÿ']+\s+){{0,2}}(?:{w.alternation(w.CHANGE_AFTER_NOUN)})\b"
    r"(?!\s+(?:de\b|d'(?!ici)))"
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
_BAND_AND = re.compile(rf"\s*(?:{w.alternation(w.BAND_AND)})\s*")


# "(we converted 22 in the last cohort)", "(150 switched last year)": a number said aside, in
# the past, is where we start.
_ASIDE = re.compile(r"\(([^()]*)$")
_PAST = re.compile(
    r"\b(?:last|previous|prior|this|l'an|l'année|dernier|dernière|précédente?|passée?|"
    r"today|aujourd'hui|currently|actuellement|now|en 20\d\d|in 20\d\d)\b")


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


# "; 9 l'ont déjà fait", ", 110 have joined so far": a clause of its own that says where we are
_OPENS_CLAUSE = re.compile(r"[;,(]\s*$")
_SO_FAR = re.compile(
    rf"(?:\s+[^\W\d_][\w'-]*){{0,4}}?\s+(?:{w.alternation(w.BASELINE_AFTER_CLAUSE)})\b")


def _clause_so_far(low: str, q: Quantity) -> bool:
    return (_OPENS_CLAUSE.search(low, max(0, q.start - 4), q.start) is not None
            and _SO_FAR.match(low, q.end) is not None)


def find_pair(low: str, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    # A pair said aside is the sentence's only when nothing is said outside the parentheses.
    outside = "(" in low and any(not aside(low, q) for q in qs)
    for q1, q2 in zip(qs, qs[1:], strict=False):
        if q1.part == Part.CONTEXT or (outside and aside(low, q1)):
            continue
        between, before = low[q1.end:q2.start], words_before(low, q1)
        # The usual case, a lone connector, needs none of the expressions (the noun said
        # twice needs more words between).
        lone = between.strip() in _LONE_CONNECTORS
        if not lone:
            if _CONNECTOR_NOUN.match(between) and _FROM_NOUN_BEFORE.search(
                    low, max(0, q1.start - 40), q1.start):
                return q1, q2
            if not _CONNECTOR.match(between):
                continue
        if q1.unit and q2.unit and q1.unit != q2.unit:
            continue
        # One word at most between, an arrow, or a starting point: cheapest test first.
        if lone or len(between.split()) < 2 or _ARROW.match(between) or _START.first(before):
            if _BY.first(before):
                continue
            return q1, q2
    return None


def qualify(low: str, q: Quantity) -> None:
    before = words_before(low, q)
    if q.unit in w.SHORT_DURATIONS:
        said = _DURATION_BEFORE.first(before)
        if said == "condition":
            q.part = q.part or Part.CONDITION
        elif said == "frame":
            q.part = Part.CONTEXT  # "d'ici 90 jours", "over the next 30 days"
    elif q.unit in w.DURATION_UNITS:
        if _FRAME.first(before):
            q.part = Part.CONTEXT
    elif q.unit not in ("%", "€", "$", "£") and _PER.first(before) and any(
            word.isdigit() or word in w.NUMBER_WORDS for word in before[:-1]):
        q.part = Part.CONTEXT  # "2 incidents pour 1 000 commandes": a denominator
    elif not q.unit and _SCOPE.first(before):
        q.part = Part.CONTEXT


def mark(low: str, q: Quantity, relative_de: bool, language: Language) -> None:
    """In this order: a baseline said on either side, a relative change, a threshold (said
    before, else after), "by", a starting point, a target."""
    before = words_before(low, q)
    said = _SAID_BEFORE.first(before)
    # The 30 characters after the number, matched in place (no expression looks behind
    # where it starts); nothing after a number that ends the sentence.
    after = _SAID_AFTER.match(low, q.end, q.end + 30) if q.end < len(low) else None
    said_after = after.lastgroup if after is not None else None
    if said == "baseline" or said_after == "baseline" or (
            "(" in low and _said_aside_in_the_past(low, q)) or _clause_so_far(low, q):
        q.role = Role.BASELINE
    elif q.unit in w.DURATION_UNITS and _SAVES_TIME.first(before):
        q.role = Role.RELATIVE
    elif q.sign or said == "noun":
        q.role = Role.RELATIVE
    elif said in ("at_least", "at_most"):  # "pas plus de 2 réunions de plus d'une heure"
        q.role = Role(said)
    elif said_after == "relative":
        q.role = Role.RELATIVE
    elif said_after in ("at_least", "at_most"):
        q.role = Role(said_after)
    elif said == "by":
        q.role = Role.RELATIVE
    elif said in ("de", "start"):
        if relative_de and said == "de":
            q.role = Role.RELATIVE
        else:
            q.role = Role.FROM if language is Language.ENGLISH and "from" in before else Role.DE
    elif said == "target":
        q.role = Role.TARGET
    elif aside(low, q):
        q.role = Role.ASIDE


def find_range(low: str, qs: list[Quantity]) -> None:
    """"entre 20 et 25 %", "between 20 and 25%": a band, read as its floor (the ceiling
    stays in the sentence for the coach)."""
    for q1, q2 in zip(qs, qs[1:], strict=False):
        if (_BAND.first(words_before(low, q1))
                and _BAND_AND.fullmatch(low[q1.end:q2.start])):
            inherit(q1, q2)
            q1.role, q2.role, q2.part = Role.AT_LEAST, Role.CEILING, Part.CONTEXT


def inherit(a: Quantity, b: Quantity) -> None:
    """"de 2 à 3 M€": the first number takes the unit and scale of the second."""
    if not a.unit and b.unit:
        a.unit = b.unit
        if a.scale == 1 and b.scale != 1:
            a.value *= b.scale


def relative_direction(low: str, q: Quantity, verb: Direction | None) -> Direction:
    after = low[q.end:q.end + 30]
    before = words_before(low, q)
    down_noun = _SAID_BEFORE.first(before) == "noun" and not _DECREASE_NOUNS.isdisjoint(
        before[-2:])  # "une baisse de 10 %"
    saved = q.unit in w.DURATION_UNITS and _SAVES_TIME.first(before)
    if q.sign == "-" or _DOWN_AFTER.match(after) or saved or down_noun:
        return Direction.DECREASE
    if q.sign == "+" or verb is None:
        return Direction.INCREASE
    return verb


# "(objectif 2027 : 500)", "(alert threshold: 10)": an aside that names a goal or a limit
# says no starting value.
_GOAL_ASIDE = re.compile(
    r"\b(?:target|goal|objective|objectif|cible|seuil|threshold|alerte?|limite?|plafond|"
    r"plancher|ceiling|floor|max|min|maximum|minimum|budget)\b")


def _aside_says_a_goal(low: str, q: Quantity) -> bool:
    return _GOAL_ASIDE.search(low, max(0, low.rfind("(", 0, q.start)), q.start) is not None


def pick_roles(
    qs: list[Quantity], pair: tuple[Quantity, Quantity] | None, factor: Decimal | None,
    low: str,
) -> tuple[Quantity | None, Quantity | None]:
    """(baseline, target) among the numbers, once each number's marker is known."""
    if not qs and pair is None:
        return None, None
    if pair is not None:
        inherit(pair[0], pair[1])
        inherit(pair[1], pair[0])
        return pair
    # Said aside in parentheses ("(Q1 average: 2.6%)"), a number is where we start, and the
    # target only when nothing else is said.
    asides = [q for q in qs
              if q.role in (Role.NONE, Role.ASIDE, Role.DE, Role.FROM) and aside(low, q)]
    if asides and len(asides) < len(qs):
        base, target = pick_roles([q for q in qs if q not in asides], None, factor, low)
        if base is None and target is not None:
            base = next((q for q in asides if q.unit == target.unit
                         and q.part != Part.CONTEXT and not _aside_says_a_goal(low, q)), None)
        return base, target
    pool = [q for q in qs if q.part != Part.CONTEXT]
    primary = [q for q in pool if q.part != Part.CONDITION] or pool  # conditions only if alone
    base = next((q for q in primary if q.role == Role.BASELINE), None)
    # "in five days instead of eight": a condition is the target when only the baseline
    # is left besides it.
    rest = [q for q in primary if q is not base] or [q for q in pool if q is not base]
    if base is not None:  # "150 demandeurs … de plus de 6 mois, contre 90": what is counted
        rest = [q for q in rest if q.unit == base.unit] or rest
    rank = {Role.TARGET: 0, Role.AT_LEAST: 1, Role.AT_MOST: 1, Role.RELATIVE: 2}
    strong = sorted((q for q in rest if q.role in rank), key=lambda q: rank[q.role])
    if base is None and len(rest) > 1:  # "Get 9 out of 10 …, from 6 out of 10 last time"
        base = next((q for q in rest if q.role == Role.FROM), None)
        rest = [q for q in rest if q is not base]
    if factor is not None:  # "doubler le CA de 2 M€": the number is where we start
        target = next((q for q in rest if q.role == Role.TARGET), None)
        return base or next((q for q in rest if q is not target), None), target
    if strong:
        return base, strong[0]
    if len(rest) == 1 and rest[0].role == Role.FROM and base is None:
        return rest[0], None  # "Reduce churn from 5%": a starting point, no target yet
    return base, rest[0] if rest else None
