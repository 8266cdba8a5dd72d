"""Numbers written in words in a key-result sentence: "de cinq à huit", "quarante-cinq",
"from forty-two to a dozen", "une vingtaine", "four and a half", "une seule".

:func:`spelled_out` puts the digits in the words' place, right-aligned, so the scanner
(:mod:`.kr_numbers`) reads them like any number and every span stays the same. The words
themselves are tables in :mod:`.kr_words`.
"""

from __future__ import annotations

import re

from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_masks import words_of

# Compounds ("quatre-vingts") are single words joined after the match: in the pattern they
# would overlap with the separator and make it backtrack exponentially.
_WORD = "|".join(re.escape(word) for word in sorted(
    {*w.NUMBER_WORDS, *w.NUMBER_MULTIPLIERS, *w.NUMBER_ONE, *w.NUMBER_HALVES,
     *w.NUMBER_SINGLE}, key=len, reverse=True))
# A run of number words: "quarante-cinq", "deux cent cinquante", "a dozen".
_WORD_RUN = re.compile(
    rf"(?<![\w'-])(?:{_WORD})(?![\w'])(?:(?:\s*-\s*|\s+(?:(?:et|and)\s+)?)(?:{_WORD})(?![\w']))*+")
_RUN_WORD = re.compile(rf"(?:{_WORD})(?![\w'])|et|and")
_ARTICLES = frozenset(("a", "an", "un", "une"))
_PERIOD_WORD = re.compile(r"\b(?:first|second|1st|2nd|the|this|next|last|other)\s+$")
# What an article may be followed by inside a run: "a thousand", "and a half".
_NOT_ALONE = frozenset((*w.NUMBER_MULTIPLIERS, *w.NUMBER_HALVES))
# Every word a number in words can be made of, articles apart (a run needs one of these).
_NUMBER_TOKENS = frozenset(
    part for word in (*w.NUMBER_WORDS, *w.NUMBER_MULTIPLIERS, *w.NUMBER_HALVES, *w.NUMBER_SINGLE,
                      *w.NUMBER_COMPOUNDS) for part in re.split(r"[\s-]", word))
_ONE_AFTER = frozenset(("un", "une", "one", "onze", "a", *w.NUMBER_HALVES))


def _word_value(words: list[str]) -> float | None:
    """The number a run of words says, or None when it is no number ("a", "une")."""
    if words[-1:] and words[-1] in w.NUMBER_SINGLE:
        return 1 if words[:-1] and words[-2] in w.NUMBER_ONE else None  # "une seule"
    # "and a half", "half a": the article only goes with the half
    words = [word for i, word in enumerate(words) if not (word in w.NUMBER_ONE and (
        words[i + 1:i + 2] in ([h] for h in w.NUMBER_HALVES)
        or words[i - 1:i] in ([h] for h in w.NUMBER_HALVES)))]
    while words and words[0] in w.NUMBER_ONE and (
            len(words) == 1 or words[1] not in w.NUMBER_MULTIPLIERS):
        words = words[1:]  # an article: "a two-week sprint" starts at "two"
    while len(words) > 1 and words[-1] in ("a", "an", "un", "une") and words[-2] not in (
            "et", "and"):
        words = words[:-1]  # "seven a year": the article goes with what follows
    if not words or words[0] in ("et", "and"):
        return None
    total = current = 0
    for previous, word in zip([""] + words, words, strict=False):
        if word in ("et", "and"):
            continue
        if previous in ("et", "and") and not (word in _ONE_AFTER or current >= 100):
            return None  # "cinq et six" is two numbers
        key = " ".join(word.replace("-", " ").split())
        if key in w.NUMBER_COMPOUNDS:
            current += w.NUMBER_COMPOUNDS[key]
        elif word in w.NUMBER_HALVES:
            current += 0.5
        elif word in w.NUMBER_MULTIPLIERS:
            times = w.NUMBER_MULTIPLIERS[word]
            if word in w.NUMBER_GROUPS:
                total, current = total + max(current, 1) * times, 0
            else:
                current = max(current, 1) * times
        else:
            current += w.NUMBER_WORDS.get(word, 1)
    return total + current


def spelled_out(low: str) -> tuple[str, list[tuple[int, int]]]:
    """``low`` with each number written in words replaced by its digits, right-aligned in the
    words' place (so the length, and every span, stays the same), and the runs replaced.

    Not replaced: an article alone ("un", "a"), a word right after a number ("15 sept" is a
    date, "2 millions" a scale the scanner reads), "pour cent" and "pour mille"."""
    if _NUMBER_TOKENS.isdisjoint(words_of(low)):
        return low, []  # no number word at all, the usual case
    out, runs, last, pos = [], [], 0, 0
    while (m := _WORD_RUN.search(low, pos)) is not None:
        start, end = m.span()
        pos = end
        found = [(w_.group(), w_.span()) for w_ in _RUN_WORD.finditer(low, start, end)]
        words = [" ".join(word.split()) for word, _ in found]
        # "de onze a trois": an article inside a run ends it ("a" may be "à" typed fast)
        cut = next((i for i in range(1, len(words)) if words[i] in _ARTICLES
                    and words[i - 1] not in ("et", "and", *w.NUMBER_HALVES)
                    and not (words[i + 1:i + 2] and words[i + 1] in _NOT_ALONE)), None)
        if cut is None and low[end:end + 1] == "-":  # "one hundred five-star": not "five"
            cut = len(words) - 1
        if cut is not None:
            if cut == 0:
                continue
            words, end, pos = words[:cut], found[cut - 1][1][1], found[cut][1][0]
        before = low[max(0, start - 12):start].rstrip()
        if before[-1:].isdigit() or before.endswith(("pour", "per")):
            continue
        if words in (["half"], ["demi"]) and _PERIOD_WORD.search(low, 0, start):
            continue  # "the second half": a period, not a number
        value = _word_value(_joined_compounds(words))
        if words[0] in w.NUMBER_ONE and words[1:2] and words[1] not in w.NUMBER_MULTIPLIERS:
            # "a deux" typed for "à deux", "une vingtaine": the article stays a word
            start = found[1][1][0]
        if value is None or len(str(value)) > end - start:
            continue
        out.append(low[last:start] + str(value).rjust(end - start))
        runs.append((start, end))
        last = end
    return ("".join(out) + low[last:], runs) if runs else (low, [])


def _joined_compounds(words: list[str]) -> list[str]:
    """"quatre", "vingt" as one word when they make eighty."""
    joined: list[str] = []
    for word in words:
        if joined and f"{joined[-1]} {word}" in w.NUMBER_COMPOUNDS:
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined
