"""The one reader of numbers people type: the number fields of the window and the key-result
sentence reader (:mod:`okr_workshop.domain.rules.kr_numbers`) both decide with it.

The rule, as a French or an English coach types (examples are tests in
tests/domain/test_numbers.py):

- Spaces of any width (" ", U+00A0, U+202F, U+2009) and apostrophes (Swiss "1'000", "1’000")
  group thousands, in both languages.
- With both marks, the last one is the decimal mark: "1.200,5" and "1,200.5" are 1200.5.
- A mark used several times groups thousands: "1,200,000", "1.200.000".
- A mark used once is the language's decimal mark when it is that language's ("1,5" in
  French, "1.5" in English) and a decimal mark too when no group of three digits follows it
  ("1,5" and "1.5" are 1.5 in both). Followed by exactly three digits, the *other*
  language's mark groups thousands: "1.500" is 1500 in French, "1,500" is 1500 in English.
- One exception, the same in both languages: a mark followed by "000" groups thousands.
  "3,000" is 3000 in a French window too: nobody writes three with three zero decimals, while
  "3,000" copied from an English document is common. ("3,250" stays 3.25 in French.)
- "−" (U+2212) is a minus; a leading "+" or "-" is a sign.

Pure standard library: the domain uses it, and Babel (the formatter) would be too strict
here — it reads only its own locale's marks.
"""

from __future__ import annotations

import re
from decimal import Decimal

from okr_workshop.domain.model import Language

# Characters that group thousands whatever the language, mapped to a plain space.
_GROUPING = {ord(c): " " for c in "\u00a0\u202f\u2009\u2007\t"} | {
    ord(c): "'" for c in "\u2019\u02bc"
} | {ord("\u2212"): "-"}

_NUMBER = re.compile(
    r"(?P<sign>[+-])?\s*"
    r"(?P<int>\d{1,3}(?:(?P<g>[ ,.'])\d{3})(?:(?P=g)\d{3})*(?!\d)|\d+)"
    r"(?:(?P<dsep>[.,])(?P<dec>\d+))?"
)
_DECIMAL_MARK = {Language.FRENCH: ",", Language.ENGLISH: "."}


def decimal_from_parts(
    integer: str, group: str | None, dsep: str | None, dec: str | None, language: Language
) -> Decimal:
    """The value of digits already split by a pattern: ``integer`` ("1,200" or "48"), the
    mark repeated inside it (``group``), then an optional decimal mark and decimals."""
    if not group:  # "48", "1,8": most numbers have no thousands separator
        return Decimal(f"{integer}.{dec}") if dec else Decimal(integer)
    groups = integer.split(group)
    # A lone "1,500" in French or "1.500" in English: the language's decimal mark, not a
    # thousands separator — unless the three digits are "000" (see the module's docstring).
    if (
        len(groups) == 2
        and not dsep
        and groups[1] != "000"
        and group == _DECIMAL_MARK.get(Language(language))
    ):
        return Decimal(f"{groups[0]}.{groups[1]}")
    text = "".join(groups)
    return Decimal(f"{text}.{dec}") if dec else Decimal(text)


def parse_number(text: str, language: Language | str = Language.FRENCH) -> float | None:
    """The number typed in ``text``, alone in it (a field); None when empty.

    Raises ValueError when the text is not one number: "12 k€", "1,2,3", "1.000.5".
    """
    text = " ".join(text.translate(_GROUPING).split())
    if not text:
        return None
    m = _NUMBER.fullmatch(text)
    if m is None or (m.group("g") and m.group("g") == m.group("dsep")):
        raise ValueError(f"not a number: {text!r}")
    value = decimal_from_parts(*m.group("int", "g", "dsep", "dec"), Language(language))
    return float(-value if m.group("sign") == "-" else value)
