"""Numbers, units, money and dates the way a language writes them, for the window and the
command line (which reach the export layer's formatter through here, DESIGN.md section 3).

One formatter for the whole application: :mod:`okr_workshop.export.formats` (CLDR through
Babel). One reader of typed numbers: :func:`okr_workshop.domain.numbers.parse_number`.
"""

from __future__ import annotations

import os
import re
from datetime import date

from okr_workshop.domain.numbers import parse_number
from okr_workshop.export.formats import (
    date_field_pattern,
    format_day,
    format_grade,
    format_moment,
    format_short_day,
    format_value,
    locale_name,
    use_region,
)

__all__ = [
    "date_field_pattern",
    "format_day",
    "format_grade",
    "format_moment",
    "format_short_day",
    "format_value",
    "locale_name",
    "parse_date",
    "parse_number",
    "use_region",
    "use_system_region",
]


def use_system_region(environ: dict[str, str] | None = None) -> None:
    """The command line's region: the locale the environment names (LC_ALL, LC_NUMERIC,
    then LANG, as the C library reads them). The window asks Qt instead."""
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_NUMERIC", "LANG") if env.get(k)), None)
    use_region(name)


_PARTS = re.compile(r"\d+")
_ISO = re.compile(r"(\d{4})[-/.\s](\d{1,2})[-/.\s](\d{1,2})")


def parse_date(text: str, pattern: str) -> date:
    """The date typed in a date field shown as ``pattern`` ("dd/MM/yyyy"): "04/01/2027",
    "4/1/27", "04012027", or ISO "2027-01-04" whatever the language. Raises ValueError for
    anything else ("31/02/2027" is refused, never moved to another day)."""
    text = text.strip()
    order = [c for c in re.sub(r"(.)\1+", r"\1", re.sub(r"[^dMy]", "", pattern))]
    iso = _ISO.fullmatch(text)
    if iso is not None:
        year, month, day = (int(g) for g in iso.groups())
        return date(year, month, day)
    parts = _PARTS.findall(text)
    if len(parts) == 1 and len(parts[0]) in (6, 8) and not re.search(r"[^\d]", text):
        digits = parts[0]
        widths = {"d": 2, "M": 2, "y": len(digits) - 4}
        attempts = [order] + ([["y", "M", "d"]] if len(digits) == 8 else [])
        for attempt in attempts:
            try:
                return _built(_split(digits, attempt, widths), attempt)
            except ValueError:
                continue
        raise ValueError(f"not a date: {text!r}")
    if len(parts) != 3 or re.search(r"[^\d\s/.\-]", text):
        raise ValueError(f"not a date: {text!r}")
    return _built(parts, order)


def _split(digits: str, order: list[str], widths: dict[str, int]) -> list[str]:
    parts, start = [], 0
    for letter in order:
        parts.append(digits[start:start + widths[letter]])
        start += widths[letter]
    return parts


def _built(parts: list[str], order: list[str]) -> date:
    values = dict(zip(order, parts, strict=True))
    year = values["y"]
    if len(year) == 2:
        full = 2000 + int(year)  # "27" is 2027: a workshop plans this century
    elif len(year) == 4:
        full = int(year)
    else:
        raise ValueError(f"not a year: {year!r}")
    return date(full, int(values["M"]), int(values["d"]))
