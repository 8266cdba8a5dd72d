"""compile_fast (kr_regex.py) gives the matches the pattern as written gives.

Every pattern the sentence reader compiles with it is compared, compiled both ways, on the
labelled corpus and on generated text: a match (or none) at every position, with its groups.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr_workshop.domain.rules import kr_masks, kr_parse, kr_sentence  # noqa: F401
from okr_workshop.domain.rules.kr_numbers import lower, normalise
from okr_workshop.domain.rules.kr_regex import SOURCES, compile_fast, fast_source

CORPUS = Path(__file__).parents[1] / "data" / "kr_corpus.jsonl"
PAIRS = [(re.compile(source), re.compile(fast_source(source))) for source in dict.fromkeys(SOURCES)]
# Rewritten by hand the same way: (as first written, as compiled).
PAIRS += [
    (re.compile(r"(?<![\d.,'])\b(?:19[5-9]\d|20\d\d|2100)\b(?![.,']?\d)"), kr_masks._YEAR),
]


def corpus() -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return [lower(normalise(text)) for text in texts]


def same_everywhere(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (
            plain.pattern, text, pos)
    a, b = plain.search(text), fast.search(text)
    assert (a and a.span()) == (b and b.span()), (plain.pattern, text)


def test_the_reader_compiles_its_patterns_here() -> None:
    assert len(PAIRS) > 20
    assert any(r"\b" in source for source in SOURCES)


@pytest.mark.parametrize(("plain", "fast"), PAIRS, ids=lambda p: p.pattern[:30])
def test_same_matches_on_the_corpus(plain: re.Pattern[str], fast: re.Pattern[str]) -> None:
    for text in corpus():
        same_everywhere(plain, fast, text)


WORDS = ["1999", "2026", "2100", "1949", "20261", "fy2026",
         "de", "d'", "du", "à", "au", "to", "by", "from", "en", "in", "la", "le", "pour", "per",
         "moins", "plus", "at least", "zéro", "zero", "doubler", "par", "deux", "mars", "march",
         "t2", "q3", "fy26", "iso", "27001", "lot", "niveau", "n°", "24/7", "12", "1,5", "2027",
         "%", "€", "$", "k", "m", "h", "jours", "days", "ici", "d'ici", "fin", "aujourd'hui",
         "vs", "contre", "over", "under", "sous", "within", "the", "next", "prochains", "taux",
         "afin", "so that", "atteindre", "reach", "augmenter", "increase", "monde", "x2", "×"]
SEPARATORS = [" ", "", "  ", "-", "_", "'", ",", ".", ":", "\n", "(", ")", "/", "é"]


@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=10))
@settings(max_examples=600, deadline=None)
def test_same_matches_on_generated_text(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in pieces)
    for plain, fast in PAIRS:
        same_everywhere(plain, fast, text)


@given(st.text(alphabet="abdeinoprstuxyzàé'_-.:/ 0123569\n", max_size=30))
@settings(max_examples=600, deadline=None)
def test_same_matches_on_noise(text: str) -> None:
    for plain, fast in PAIRS:
        same_everywhere(plain, fast, text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bde\s*$", r"d(?<!\w.)e\s*$"),
        (r"\b(?:per|tous les)\s*$", r"(?:p(?<!\w.)er|t(?<!\w.)ous les)\s*$"),
        (r"(?:\bà|:)", r"(?:à(?<!\w.)|:)"),
        (r"\bs?x", r"\bs?x"),  # a quantified letter keeps its boundary
        (r"\b\d+", r"\b\d+"),  # so does a digit class
        (r"\b(?:a|[|)]b)", r"(?:a(?<!\w.)|\b[|)]b)"),  # "|" and ")" in a class are literal
        (r"\d\b(?:-\bq)?", r"\d\b(?:-q(?<!\w.))?"),  # an optional group keeps its boundary
    ],
)
def test_fast_source(source: str, expected: str) -> None:
    assert fast_source(source) == expected


def test_compile_fast_keeps_the_flags() -> None:
    assert compile_fast(r"\bkr\d", re.IGNORECASE).match("KR1")


@given(st.lists(st.tuples(st.sampled_from(WORDS + ["tripler", "x 3", "×2", "halving", "de moitié",
                                                   "multiplier", "diviser", "by half"]),
                          st.sampled_from(SEPARATORS)), max_size=8))
@settings(max_examples=400, deadline=None)
def test_no_factor_without_its_hint(pieces: list[tuple[str, str]]) -> None:
    # kr_masks skips the factor patterns when _FACTOR_HINT finds nothing.
    text = "".join(word + separator for word, separator in pieces)
    if kr_masks._FACTOR_HINT.search(text) is None:
        assert not any(p.search(text) for _, p, _ in kr_masks._FACTOR_PATTERNS), text
