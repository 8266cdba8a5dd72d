"""Issue 11 point 8: one reader for numbers typed anywhere (a field, a key-result sentence).

The examples are the rule (okr_workshop/domain/numbers.py says why): what a French or an
English coach types, and what it means.
"""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import Language
from okr_workshop.domain.numbers import parse_number
from okr_workshop.domain.rules.kr_numbers import lower, normalise, scan

FR, EN = Language.FRENCH, Language.ENGLISH
NBSP, NNBSP = "\u00a0", "\u202f"

EXAMPLES = [
    # typed, French, English
    ("3,000", 3000, 3000),  # nobody writes three with three zero decimals
    ("3.000", 3000, 3000),
    ("3 000", 3000, 3000),
    (f"3{NBSP}000", 3000, 3000),
    (f"3{NNBSP}000", 3000, 3000),
    ("1,5", 1.5, 1.5),  # a decimal comma, whoever types it
    ("1.5", 1.5, 1.5),  # a decimal point too (the numeric keypad of a French keyboard)
    ("1,500", 1.5, 1500),  # the language's own mark is decimal
    ("1.500", 1500, 1.5),
    ("1,250", 1.25, 1250),
    ("1'000", 1000, 1000),  # Switzerland
    ("1’000", 1000, 1000),
    ("1 200,5", 1200.5, 1200.5),
    ("1.200,5", 1200.5, 1200.5),
    ("1,200.5", 1200.5, 1200.5),
    ("1,200,000", 1_200_000, 1_200_000),
    ("1.200.000", 1_200_000, 1_200_000),
    ("-5", -5, -5),
    ("\u22125", -5, -5),  # the typographic minus
    ("+20", 20, 20),
    ("0,25", 0.25, 0.25),
]


@pytest.mark.parametrize(("typed", "french", "english"), EXAMPLES)
def test_a_typed_number_means_the_same_in_a_field_and_in_a_sentence(typed, french, english):
    for language, expected in ((FR, french), (EN, english)):
        assert parse_number(typed, language) == expected, language
        sentence = f"Atteindre {typed} clients" if language is FR else f"Reach {typed} customers"
        text = normalise(sentence)
        (quantity,) = scan(text, lower(text), language)
        assert float(quantity.value) == expected, (language, sentence)


@pytest.mark.parametrize("typed", ["12 k€", "1,2,3", "1.000.5", "abc", "1 5", "--5", "5-"])
def test_what_is_not_one_number_is_refused(typed):
    for language in (FR, EN):
        with pytest.raises(ValueError):
            parse_number(typed, language)


def test_a_scale_and_a_currency_are_the_sentence_readers_not_a_fields():
    text = normalise("Atteindre 12 k€ de ventes")
    (quantity,) = scan(text, lower(text), FR)
    assert (float(quantity.value), quantity.unit) == (12000, "€")


def test_an_empty_field_is_no_value():
    assert parse_number("  ", FR) is None
    assert parse_number(NBSP, EN) is None
