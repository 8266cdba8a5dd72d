"""Numbers, units, money and dates the way a language writes them, for the window and the
command line (which reach the export layer's formatter through here, DESIGN.md section 3).

One formatter for the whole application: :mod:`okr_workshop.export.formats` (CLDR through
Babel). One reader of typed numbers: :func:`okr_workshop.domain.numbers.parse_number`.
"""

from __future__ import annotations

import os

from okr_workshop.domain.numbers import parse_number
from okr_workshop.export.formats import (
    date_field_pattern,
    format_day,
    format_value,
    locale_name,
    use_region,
)

__all__ = [
    "date_field_pattern",
    "format_day",
    "format_value",
    "locale_name",
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
