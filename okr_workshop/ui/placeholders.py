"""Filling "%1", "%2"… in a translated sentence in one pass.

Chained ``.replace("%1", a).replace("%2", b)`` goes wrong when ``a`` itself contains "%2"
(user text can); one pass over the template cannot.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
