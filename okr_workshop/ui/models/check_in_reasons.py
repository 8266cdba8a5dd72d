"""Why a value typed for a check-in is refused, in the window's language: a value that is
not a number, a confidence outside 0–10, a date outside the cycle. Empty when it is fine."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.field_limits import MAGNITUDE, number_beyond
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.numbers import parse_number
from okr_workshop.ui.language import show_day, show_number, ui_language
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate


def number_problem(text: str) -> str:
    try:
        value = parse_number(text, ui_language())
    except ValueError:
        return fill(translate("CheckInReasons", "“%1” is not a number: type the value "
                              "measured, for example 42 or 3.5."), text.strip())
    if value is None:
        return translate("CheckInReasons", "Type the value measured (a number).")
    return magnitude_problem(value, text.strip())


def magnitude_problem(value: float, typed: str = "") -> str:
    """Why ``value`` (``typed`` so) is beyond what a workshop holds (domain/field_limits.py
    MAGNITUDE, a file's limit too); empty when it is within."""
    if not number_beyond(value):
        return ""
    return fill(translate("CheckInReasons",
                          "“%1” is too large: a value lies between -%2 and %2."),
                typed or show_number(value), show_number(MAGNITUDE))


def confidence_problem(text: str) -> str:
    stripped = text.strip()
    if stripped.lstrip("-").isdigit() and 0 <= int(stripped) <= 10:
        return ""
    return fill(translate("CheckInReasons", "Confidence runs from 0 to 10: %1 is refused."),
                stripped or "—")


def outside_cycle(workshop: Workshop, day: date) -> str:
    """Why ``day`` cannot hold a check-in of this workshop."""
    start, end = workshop.cycle_start, workshop.cycle_end
    if (start and day < start) or (end and day > end):
        return fill(translate("CheckInReasons",
                              "%1 is outside the cycle, which runs from %2 to %3."),
                    show_day(day), show_day(start) if start else "…",
                    show_day(end) if end else "…")
    return ""
