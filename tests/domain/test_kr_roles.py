"""What the words around a number say about it (kr_roles), and which words the metric
reader removes with a number (kr_metric).

Moved here from the tests of the pattern rewriters (kr_tail, kr_regex) when plain regular
expressions replaced them: these check what a phrase means, not how it is matched.
"""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules.kr_metric import _BEFORE_DATE, _BEFORE_NUMBER
from okr_workshop.domain.rules.kr_numbers import lower, normalise, scan
from okr_workshop.domain.rules.kr_roles import _SAID_BEFORE, _split, mark
from okr_workshop.domain.rules.kr_sentence import parse_sentence


def said(before: str) -> str | None:
    """The role the words just before a number give it."""
    return _SAID_BEFORE.first(_split(before))


def marker(sentence: str, language: Language = Language.ENGLISH, relative_de: bool = False) -> str:
    """The role of the last number of ``sentence``."""
    low = lower(normalise(sentence))
    q = scan(sentence, low, language)[-1]
    mark(low, q, relative_de, language)
    return q.role


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The longest threshold phrase is read: "no more than" ends in "more than".
        ("Keep incidents to no more than 3 a month", "at_most"),
        ("Ne pas dépasser 3 incidents", "at_most"),  # not "dépasser" alone
        ("Dépasser 500 clients", "at_least"),
        ("Keep at least 97% of orders on time", "at_least"),
        ("Taux de service supérieures ou égales à 95 %", "at_least"),
        ("Taux d'erreur inférieur à 2 %", "at_most"),
        ("Taux de disponibilité ≥ 99,5 %", "at_least"),
        ("Délai <= 48 h", "at_most"),
        ("Passer de 20 à 30", "target"),
        ("Increase revenue by 10%", "relative"),
        ("Une hausse de 10 %", "relative"),  # the noun, not "de"
        ("NPS de 30 (aujourd'hui 42)", "baseline"),
        ("Churn vs. 8%", "baseline"),
        ("Churn at 8% today", "baseline"),  # said after
        ("500 clients de plus", "relative"),
        ("Réponse en 48 h maximum", "at_most"),
        ("Réponse à 97 % minimum", "at_least"),
        ("Revenue up 12% yoy", "relative"),
    ],
)
def test_what_the_words_around_a_number_say(sentence: str, expected: str) -> None:
    language = Language.FRENCH if "é" in sentence or " de " in sentence else Language.ENGLISH
    assert marker(sentence, language) == expected


def test_a_starting_point_that_may_be_a_change() -> None:
    assert marker("Augmenter le panier de 10 €", Language.FRENCH, relative_de=True) == "relative"
    assert marker("Augmenter le panier de 10 €", Language.FRENCH) == "de"
    assert marker("Move the NPS from 30", Language.ENGLISH) == "from"


def test_the_order_of_the_roles_decides_not_where_the_words_start() -> None:
    # The starting point (":") comes before the target ("objectif :") in the order.
    assert said("objectif : ") == "start"
    assert said("une hausse de ") == "noun"
    assert said("au-delà de ") == "at_least" and said("no more than ") == "at_most"
    assert said("contre ") == "baseline" and said("aujourd'hui : ") == "baseline"
    assert said("le monde  ") is None  # "de" inside a word is no marker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("passer le nps de ", 14),
        ("au plus de ", 0),  # "au plus" then "de": the whole run is removed
        ("supérieures ou égales à ", 0),
        ("le monde ", None),  # "de" inside a word is not the marker
        ("cible : ", 0),
        ("", None),
        ("   ", None),
    ],
)
def test_the_words_removed_with_a_number(text: str, start: int | None) -> None:
    m = _BEFORE_NUMBER.search(text)
    assert (m.start() if m is not None else None) == start


def test_the_words_removed_with_a_date() -> None:
    text = "livrer le site d'ici la fin "
    assert text[_BEFORE_DATE.search(text).start():] == "d'ici la fin "
    assert _BEFORE_DATE.search("le budget ") is None


@pytest.mark.parametrize(
    ("sentence", "baseline", "target", "direction"),
    [
        # The words around a number are whole words: "turnover" ends in "over" (a floor),
        # "snow" in "now" (a baseline), without saying either.
        ("Keep staff turnover 12% or lower", None, 12.0, Direction.AT_MOST),
        ("Snow 95% of roads cleared", None, 95.0, Direction.INCREASE),
        ("Clear snow 95% of roads within 4 h", None, 95.0, Direction.INCREASE),
    ],
)
def test_role_words_are_whole_words(sentence: str, baseline: float | None, target: float,
                                    direction: Direction) -> None:
    parsed = parse_sentence(sentence)
    assert (parsed.baseline, parsed.target, parsed.direction) == (baseline, target, direction)
