"""What is said after a number (kr_roles._SAID_AFTER) is read as the expressions it replaced.

They were matched one after the other, in the order they decide on the number's role; the
one expression names the first that matches, and gives nothing back where that cannot help.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from okr_workshop.domain.rules.kr_roles import _SAID_AFTER

REFERENCES = [
    ("baseline", re.compile(r"\s*(?:aujourd'hui|actuellement|today|currently|now|at present|"
                            r"en ce moment|actuels?|actuellement)\b")),
    # "500 clients de plus", "25 % de visites en plus": up to two words may come between the
    # number and the French expressions.
    ("relative", re.compile(
        r"\s*(?:[a-zà-ÿ']+\s+){0,2}(?:de plus|de moins|supplémentaires?|en plus)\b|"
        r"\s*(?:de plus|de moins|supplémentaires?|en plus|more|less|fewer|higher|lower|"
        r"increase|growth|uplift|reduction|decrease|drop|improvement|de hausse|de baisse|"
        r"d'augmentation|de réduction|de croissance|yoy|year over year|year-on-year|"
        r"sur un an|en glissement annuel)\b")),
    ("at_least", re.compile(r"\+(?!\s?\d)|\s*(?:[a-zà-ÿ]+\s+)?(?:minimum|min\b|au moins|ou plus|"
                            r"or more|or above|and above|et plus|at least|au minimum)")),
    ("at_most", re.compile(r"\s*(?:[a-zà-ÿ]+\s+)?(?:maximum|max\b|au plus|ou moins|or less|"
                           r"or fewer|and below|at most|au maximum)")),
]
PIECES = [
    "aujourd'hui", "today", "now", "nowhere", "at present", "actuels", "de plus", "more",
    "moreover", "yoy", "year-on-year", "+", "+1", "+ 2", "min", "minimum", "mini", "max",
    "maximum", "au moins", "au plus", "or more", "or less", "ou moins", "clients", "été", "x",
    "2", "%", "€", ".", ",", "'", "-", " ", "  ", "\n", "\t", "\u00a0",
]


@given(st.lists(st.sampled_from(PIECES), max_size=8), st.integers(0, 3))
@settings(max_examples=3000, deadline=None)
def test_the_first_expression_that_matches_is_named(pieces: list[str], cut: int) -> None:
    sentence = "x+ 1"[:cut] + "".join(pieces) + " min"
    after = sentence[cut:cut + 30]
    expected = next((name for name, pattern in REFERENCES if pattern.match(after)), None)
    # Matched in place, as mark() does: the characters around the 30 are not seen.
    found = _SAID_AFTER.match(sentence, cut, cut + 30)
    assert (found.lastgroup if found is not None else None) == expected, after
