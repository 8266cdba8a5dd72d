"""PhraseTail and Endings (kr_tail.py) find what the regular expressions they replaced found.

The metric reader used to search ``(?:(?:\\bde|\\bau moins|…)\\s*)+$`` in the 40 characters
before a number or a date, and the role reader (kr_roles.py) one expression "…$" after another.
Those expressions are kept here as the reference: on texts made of their own phrases, near
misses and noise, reading from the end must give the same answer.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr_workshop.domain.rules.kr_metric import _BEFORE_DATE, _BEFORE_NUMBER
from okr_workshop.domain.rules.kr_roles import (
    _AT_LEAST,
    _LONG_DURATION,
    _PER,
    _SAID_BEFORE,
    _SHORT_DURATION,
    _THRESHOLDS,
    BASELINE_PHRASES,
)
from okr_workshop.domain.rules.kr_tail import Endings, PhraseTail, backwards, expand, one_of

REFERENCE_NUMBER = re.compile(
    r"(?:(?:\bde|\bd'|\bdu|\bfrom|\bà|\bto|\bby|\bau moins|\bau minimum|\bat least|"
    r"\bplus de|\bmore than|\bover|\babove|\bau-dessus de|\bau dessus de|\bau-delà de|"
    r"\bsupérieure?s? (?:ou égale?s? )?à|\bgreater than|\bhigher than|≥|>=|>|"
    r"\bat or above|\bat or below|\bau plus|\bau maximum|\bat most|\bno more than|"
    r"\bno less than|\bpas plus de|\bpas moins de|\bnot less than|\bnot more than|"
    r"\bno higher than|\bnot higher than|\bno greater than|\bno fewer than|\bno lower than|"
    r"\bne pas dépasser|\bsans dépasser|\bnot to exceed|\bnot exceed|\bnever exceed|"
    r"\bdépasser|\bexceed|\bmoins de|\bless than|\bfewer than|"
    r"\bunder|\bbelow|\bsous|\ben dessous de|\bau-dessous de|\binférieure?s? (?:ou égale?s? )?à|"
    r"\blower than|≤|<=|<|\bwithin|\bjusqu'à|\bup to|\batteindre|\breach|\bhit|\bachieve|"
    r"\bof|\bat|\bcible|\btarget|\bobjectif|\bgoal|\baujourd'hui|\bactuellement|\bcurrently|\btoday|"
    r"\bcontre|\bvs\.?|\bversus|\bbaseline|\benviron|\babout|\baround|\bapproximately|"
    r"\bprès de|\bnearly|\balmost|\bpresque|\bentre|\bbetween|\bet|\band|~|≈|:|→|->|=>)\s*)+$"
)
REFERENCE_DATE = re.compile(
    r"(?:(?:\bd'ici|\bby|\bbefore|\bavant|\buntil|\bjusqu'à|\bjusqu'en|\ben|\bin|\bau|\bà|"
    r"\bat|\bthe|\ble|\bla|\bfin|\bend|\bof|\bdébut|\bmi-?|\bmid-?|\bfor|\bpour|\bde|\bdu|"
    r"\bvs\.?|\bversus|\bpar rapport à|\bcompared (?:to|with)|\bthis|\bcette|\bcet|\bce)\s*)+$"
)
CASES = [(REFERENCE_NUMBER, _BEFORE_NUMBER), (REFERENCE_DATE, _BEFORE_DATE)]
# One phrase only, no word boundary: the thresholds of kr_roles (the longest is read).
REFERENCE_AT_LEAST = re.compile(
    r"(?:au moins|au minimum|minimum|min\.?|at least|no less than|not less than|pas moins de|"
    r"plus de|more than|over|above|au-dessus de|au dessus de|au-delà de|au-dela de|"
    r"supérieure?s? (?:ou égale?s? )?à|greater than|higher than|≥|>=|>|beyond|upwards of|"
    r"at or above|no fewer than|not fewer than|no lower than|dépasser|exceed|surpass|"
    r"franchir)\s*$")
REFERENCE_AT_MOST = re.compile(
    r"(?:au plus|au maximum|maximum|max\.?|at most|no more than|not more than|pas plus de|"
    r"moins de|less than|fewer than|under|below|sous|en dessous de|en-dessous de|"
    r"au-dessous de|inférieure?s? (?:ou égale?s? )?à|lower than|at or below|≤|<=|<|"
    r"within|in under|jusqu'à|no higher than|not higher than|no greater than|"
    r"ne pas dépasser|sans dépasser|not exceed|not to exceed|never exceed|not exceeding)\s*$")
THRESHOLD = Endings(threshold=_THRESHOLDS)
# kr_roles' expressions as they were searched before being read backwards (reshaped since).
REFERENCE_BASELINE = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(BASELINE_PHRASES, key=len, reverse=True)))})"
    r"\s*[:=]?\s*(?:à|at|de|of)?\s*$")
REFERENCE_TARGET = re.compile(
    r"(?:\bà|\bto|atteindre|reach|hit|achieve|jusqu'à|up to|→|->|=>|vers|cible|target|"
    r"objectif|goal|obtenir|get)\s*:?\s*$")
ROLES = [_SAID_BEFORE, _SHORT_DURATION, _LONG_DURATION, _PER]

# Pieces the texts are made of: the phrases themselves, pieces of them, and what surrounds
# them in a sentence (letters glued on, digits, punctuation, odd spaces).
PIECES = [
    "de", "d'", "du", "à", "au", "moins", "au moins", "plus de", "au plus", "pas plus de",
    "no more than", "more than", "than", "at", "at least", "or above", "supérieure à",
    "supérieures ou égales à", "inférieur ou égal à", "ou égal", "vs", "vs.", "jusqu'à",
    "d'ici", "fin", "mi-", "mid", "mi", "the end of", "compared with", "par rapport à",
    "cette", "ce", "cet", "≥", ">=", ">", "->", "=>", "→", "~", ":", "≈", "x", "monde", "e",
    "taux", "2", "42", "_", "é", "œ", "'", "-", ",", "(", ")", ".", " ", "  ", "\n", "\t",
    "\u00a0", "\u2003", "today", "aujourd'hui", "entre", "and", "et", "of", "baseline",
    "no", "not", "fewer than", "exceed", "not exceeding", "min.", "max", "<=", "≤", "under",
    "in under", "within", "en-dessous de", "supérieurs à", "inférieure ou égale à", "over",
]
# What else kr_roles reads before a number, with look-alikes ("baby", "budget", "snow").
ROLE_PIECES = PIECES + [
    "by", "baby", "from", "passer", "to", "up to", "cible", "target", "budget", "get", "hit",
    "objectif", "hausse", "baisse", "réduction", "augmentation", "contre", "rencontre", "was",
    "now", "snow", "currently", "=", "per", "pour", "par", "tous les", "chaque", "en moins de",
    "within the first", "dans les", "dans", "prochains", "next", "the", "les", "des", "en", "in",
    "for", "ne pas dépasser", "sans dépasser",
]


def reference(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.search(text)
    return None if m is None else len(text) - len(m.group(0))


def reference_start(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.search(text)
    return None if m is None else m.start()


def check_thresholds(text: str) -> None:
    """The longest threshold phrase ending the text, and whether it is a floor."""
    floor = reference_start(REFERENCE_AT_LEAST, text)
    ceiling = reference_start(REFERENCE_AT_MOST, text)
    name, start = THRESHOLD.first(text)
    if floor is None and ceiling is None:
        assert name is None, text
        return
    assert start == min(s for s in (floor, ceiling) if s is not None), text
    is_floor = floor is not None and (ceiling is None or floor < ceiling)
    assert (text[start:].rstrip() in _AT_LEAST) == is_floor, text


def check_roles(text: str) -> None:
    """Each Endings names the first of its expressions that a forward search finds."""
    for endings in ROLES:
        found = [name for name, source in endings.sources.items() if re.search(source, text)]
        assert endings.first(text)[0] == (found[0] if found else None), (text, found)
    for reference, name in ((REFERENCE_BASELINE, "baseline"), (REFERENCE_TARGET, "target")):
        reshaped = re.search(_SAID_BEFORE.sources[name], text)
        assert (reference.search(text) is None) == (reshaped is None), (name, text)
    check_thresholds(text)


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.booleans())
@settings(max_examples=3000, deadline=None)
def test_same_start_as_the_regular_expression(pieces: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(pieces)[-40:]
    for pattern, tail in CASES:
        assert tail.start(text) == reference(pattern, text), (pattern.pattern[:30], text)
    check_thresholds(text)


@given(st.text(alphabet="adeilmnoprstuvxà' .:<>=≤≥-→2é\n", max_size=40))
@settings(max_examples=2000, deadline=None)
def test_same_start_on_noise(text: str) -> None:
    for pattern, tail in CASES:
        assert tail.start(text) == reference(pattern, text), (pattern.pattern[:30], text)
    check_roles(text)


@given(st.lists(st.sampled_from(ROLE_PIECES), max_size=12),
       st.sampled_from(["", " ", "  ", "\n", " \n", "x"]))
@settings(max_examples=3000, deadline=None)
def test_roles_read_as_searched(pieces: list[str], joint: str) -> None:
    check_roles(joint.join(pieces)[-40:])


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("passer le nps de ", 14),
        ("au plus de ", 0),  # "au plus" then "de": the longer run wins
        ("le monde ", None),  # "de" inside a word is not the marker
        ("cible : ", 0),
        ("", None),
        ("   ", None),
    ],
)
def test_examples(text: str, start: int | None) -> None:
    assert _BEFORE_NUMBER.start(text) == start


def test_the_longest_phrase_wins() -> None:
    text = "ne pas dépasser "
    assert THRESHOLD.first(text) == ("threshold", 0)  # not "dépasser" alone (at 7)
    assert "ne pas dépasser" not in _AT_LEAST
    assert THRESHOLD.first("the rate")[0] is None
    assert Endings(t=one_of(("than", "more than", "no more than"))).first("no more than ") == (
        "t", 0)


@pytest.mark.parametrize("source", [
    r"\bde\s*$", "d'$", r"x\s+(?:de\s+|d'|of\s+)?$", r"(?:a|bc)+d??$", r"[^a-c]{1,3}?\.$",
    r"\bfrom\s+(?:[a-z]+\s+){1,4}?of\s*$|\bde\s*$", r"\w\W\s\S\d\D\B.$", r"[]a]\$$",
])
@given(text=st.text(alphabet="abcdefmorx' .\n1_é$]", max_size=20))
@settings(max_examples=300, deadline=None)
def test_read_backwards_matches_where_searched(source: str, text: str) -> None:
    assert (re.match(backwards(source), text[::-1]) is None) == (re.search(source, text) is None)


@pytest.mark.parametrize(("source", "anchored"), [
    ("a$?", True), ("(?:a$)", True), ("a$b", True), ("a$|b", True), ("a", True), ("a$", False),
    ("(?=a)$", True), ("(a)$", True), ("^a$", True), (r"(?:a)\1$", True), ("a*+$", True),
])
def test_what_cannot_be_read_backwards(source: str, anchored: bool) -> None:
    with pytest.raises(ValueError):
        backwards(source, anchored)


def test_endings_in_order() -> None:
    endings = Endings(noun=r"\bhausse\s+(?:de\s+)?$", de=r"\bde", start=r"\bde|:")
    assert endings.first("hausse de ") == ("noun", 0)  # "de" ends it too, but comes later
    assert endings.first("hausse de") == ("de", 7)  # the noun wants a space after "de"
    assert endings.first("le monde  ") == (None, 10)
    assert endings.first("nps : ") == ("start", 4)
    assert endings.first("passer de") == ("de", 7)


def test_expand_spells_out_the_optional_parts() -> None:
    assert expand("vs[.]") == ("vs.", "vs")
    assert len(expand("supérieur[e][s] [ou égal[e][s] ]à")) == 20
    assert "supérieures ou égales à" in expand("supérieur[e][s] [ou égal[e][s] ]à")
    assert "supérieur à" in expand("supérieur[e][s] [ou égal[e][s] ]à")


def test_a_phrase_cannot_start_or_end_with_a_space() -> None:
    with pytest.raises(ValueError):
        PhraseTail((" de",))
    with pytest.raises(ValueError):
        one_of(("de ",))
