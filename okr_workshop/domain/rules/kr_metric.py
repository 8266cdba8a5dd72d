"""The metric of a key-result sentence: what is left once the numbers and dates are read.

Generous on purpose: "Augmenter le taux de conversion du site de 2,1 % à 3 % d'ici fin T2"
gives "taux de conversion du site", and "Au moins 90 % des commandes livrées en moins de
48 h" gives "part des commandes livrées en moins de 48 h" (conditions stay in the metric,
they say what is counted). The coach edits it in the window.
"""

from __future__ import annotations

import re

from okr_workshop.domain.model import Language
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_numbers import Quantity, Role, lower, normalise

# Words that introduce a number ("de", "à", "au moins", "by"...), removed with it: the
# leftmost start from which the 40 characters before the number are nothing but these.
_BEFORE_NUMBER = re.compile(
    rf"(?:(?:\b(?:{w.alternation(w.NUMBER_MARKERS)}|{w.ABOVE_OR_EQUAL}|{w.BELOW_OR_EQUAL})"
    rf"|{w.alternation(w.NUMBER_MARKER_SIGNS)})\s*)+$")
_AFTER_NUMBER = re.compile(rf"\+(?!\s?\d)|\s*(?:{w.alternation(w.NUMBER_MARKERS_AFTER)})")
# Words that introduce a date ("d'ici fin", "by the end of"), removed with it.
_BEFORE_DATE = re.compile(rf"(?:\b(?:{w.alternation(w.DATE_MARKERS)})\s*)+$")
_LEADING = re.compile(
    r"^(?:(?:le|la|les|l'|un|une|the|a|an|our|nos|notre|leur|leurs|their|its|son|sa|ses|de|d'|"
    r"du|des|of|à|au|aux|to|by|from|en|in|sur|on|et|and|pour|for|down|up|with|avec|"
    r"significativement|fortement|nettement|sensiblement|considérablement|significantly|"
    r"substantially|greatly|sharply|considerably)\b\s*|l'|d')*"
)
_TRAILING_WORDS = ("de", "d'", "du", "des", "à", "au", "aux", "to", "from", "by", "of", "the",
                   "en", "in", "par", "per", "sur", "on", "et", "and", "pour", "for", "le", "la",
                   "les", "avec", "with", "grâce", "vs", "down", "up", "at", "l'")
_TRAILING_SIGNS = ":;,-–—→("
_TRAILING = re.compile(
    rf"(?:\s+(?:{'|'.join(_TRAILING_WORDS)})|\s*[{re.escape(_TRAILING_SIGNS)}])+$")
# What a text without newlines must end with for _TRAILING to match (most metrics end with
# none of them, and ``endswith`` costs far less than a search).
_TRAILING_ENDS = _TRAILING_WORDS + tuple(_TRAILING_SIGNS)


def _marker_start(low: str, q: Quantity) -> int:
    window = low[max(0, q.start - 40):q.start]
    m = _BEFORE_NUMBER.search(window)
    return q.start - len(window) + m.start() if m is not None else q.start


def _marker_end(low: str, q: Quantity) -> int:
    m = _AFTER_NUMBER.match(low, q.end)
    return m.end() if m and not low[m.end():m.end() + 1].isalpha() else q.end


def metric_phrase(
    s: str,
    low: str,
    language: Language,
    start: int,
    base: Quantity | None,
    target: Quantity | None,
    pair: bool,
    dates: tuple[tuple[int, int], ...],
    factor_span: tuple[int, int] | None,
    others: list[Quantity] = (),  # type: ignore[assignment]
) -> str:
    drop: list[tuple[int, int]] = []  # spans of ``s`` left out of the metric

    def cut(a: int, b: int) -> None:
        drop.append((a, b))

    cut(0, start)  # the opening verb, or everything up to "pour atteindre" / "to reach"
    if factor_span is not None:
        cut(*factor_span)
    for a, b in dates:
        window = low[max(0, a - 40):a]
        m = _BEFORE_DATE.search(window)
        cut(a - len(window) + (m.start() if m is not None else len(window)), b)
    for q in others:  # "de 10 €" in "Augmenter le panier de 10 € (de 45 € à 55 €)"
        cut(_marker_start(low, q), _marker_end(low, q))
    for q in (base, target):
        if q is None:
            continue
        if pair and q is target and base is not None:
            between = low[base.end:q.start]
            conn = _CONNECTOR.search(between)
            cut(q.start - (len(conn.group(0)) if conn else 0), q.end)
            continue
        inside = _parentheses(low, q)
        if inside is not None and q.role == Role.BASELINE:
            cut(*inside)
            continue
        cut(_marker_start(low, q), _marker_end(low, q))
    gaps = _gaps(drop, len(s))
    if target is not None and not pair and target.unit == "%":
        return _share(s, low, gaps, language, target)
    return _tidy("".join(s[a:b] for a, b in gaps), language, target)


def _gaps(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The spans of ``range(size)`` outside every span of ``spans``, in order."""
    gaps, pos = [], 0
    for a, b in sorted(spans):
        a, b = max(a, 0), min(b, size)
        if a >= b:
            continue  # an empty span leaves everything
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < size:
        gaps.append((pos, size))
    return gaps


def _kept(s: str, gaps: list[tuple[int, int]], lo: int, hi: int) -> str:
    return "".join(s[max(a, lo):min(b, hi)] for a, b in gaps if a < hi and b > lo)


_OF = re.compile(r"\s*(?P<of>of(?:\s+the)?|des|du|de la|de l'|d'|de)\b\s*")
_FR_ARTICLE = {"des": "les ", "du": "le ", "de la": "la ", "de l'": "l'", "d'": "", "de": ""}


def _share(s: str, low: str, gaps: list[tuple[int, int]], language: Language,
           target: Quantity) -> str:
    """"90 % des commandes", "30% of new bookings": the metric is a share."""
    # The first character kept after the target.
    end = next((max(a, target.end) for a, b in gaps if b > target.end), len(s))
    of = _OF.match(low, end)
    before, after = _kept(s, gaps, 0, end), _kept(s, gaps, end, len(s))
    words = before.split()
    if of is None or not words:
        return _tidy(before + " " + after, language, target)
    rest = after[of.end() - end:]
    if len(words) == 1:  # "Résoudre 80 % des demandes": keep the verb, drop the "of"
        # An English "of" in a French workshop (a sentence typed in English) has no article.
        article = "" if language is Language.ENGLISH else _FR_ARTICLE.get(of.group("of"), "")
        return _tidy(f"{before} {article}{rest}", language, None)
    if language is Language.ENGLISH:  # "the partner channel share of new bookings"
        return _tidy(f"{before} share {after}", language, None)
    return _tidy(before + " " + after, language, None)


def _parentheses(low: str, q: Quantity) -> tuple[int, int] | None:
    opening = low.rfind("(", 0, q.start)
    closing = low.find(")", q.end)
    if opening < 0 or closing < 0 or ")" in low[opening:q.start]:
        return None
    return opening, closing + 1


_CONNECTOR = re.compile(r"(?:\bà|\ba|\bto|→|->|=>|⟶|➝|jusqu'à|\bvers)\b.*$")
_EMPTY_PARENTHESES = re.compile(r"\(\s*\)")
_SPACES = re.compile(r"\s+")
_FR_SHARE = re.compile(r"(?:des|du|de la|de l'|d')\b")
_EN_SHARE = re.compile(r"of\b")


def _tidy(text: str, language: Language, target: Quantity | None) -> str:
    text = _EMPTY_PARENTHESES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" ,;:-–—→.\"«»“”")
    share = target is not None and target.unit == "%"
    low = lower(normalise(text))  # for matching; ``text`` keeps the user's typography
    if share and language is Language.FRENCH and _FR_SHARE.match(low):
        text = f"part {text}"
    elif share and _EN_SHARE.match(low):
        text = f"share {text}"
    else:
        text = text[len(_LEADING.match(low).group(0)):]
    while ((low := lower(normalise(text))).endswith(_TRAILING_ENDS)
           and (m := _TRAILING.search(low)) is not None and m.group(0)):
        text = text[:m.start()]
    text = text.strip(" ,;:-–—→.\"«»“”")
    if (len(text) > 1 and text[0].isupper() and text[1].islower()
            and not any(word[0].isupper() for word in text.split()[1:3])):
        text = text[0].lower() + text[1:]
    return text
