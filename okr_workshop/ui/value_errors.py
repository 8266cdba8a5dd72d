"""Why the domain refused a value, as a sentence in the window's language.

The domain's checks speak English to developers ("title: must be at most 200 characters");
the person at the window reads the reason in their language. A reason with no sentence here
is shown as technical detail inside a translated one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate

_AT_MOST = re.compile(r"must be at most (\d+) characters")
_BETWEEN = re.compile(r"must be between (\S+) and (\S+)")


def refused_value(error: InvalidValue) -> str:
    """"This text is too long: 200 characters at most." and the like."""
    reason = error.message
    if reason == "must be a non-empty string":
        return translate("ValueErrors", "This text cannot be empty.")
    if found := _AT_MOST.fullmatch(reason):
        return fill(
            translate("ValueErrors", "This text is too long: %1 characters at most."),
            found.group(1),
        )
    if found := _BETWEEN.fullmatch(reason):
        return fill(translate("ValueErrors", "The value must be between %1 and %2."),
                    found.group(1), found.group(2))  # fmt: skip
    if reason in ("must be a number", "must be a finite number"):
        return translate("ValueErrors", "The value must be a number.")
    if reason == "must be a whole number":
        return translate("ValueErrors", "The value must be a whole number.")
    if reason == "must not be before cycle_start":
        return translate("ValueErrors", "The cycle cannot end before it starts.")
    return fill(
        translate("ValueErrors", "The value was refused (technical detail: %1: %2)."),
        error.field, reason,
    )  # fmt: skip
