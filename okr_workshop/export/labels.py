"""The deck's fixed words, read from the catalogue's "deck" section (codes "deck.*", declared
beside the deck in :mod:`~okr_workshop.export.deck_labels` and
:mod:`~okr_workshop.export.deck_terms`), and numbers and dates written the way each language
writes them ("1,8 %" / "1.8%")."""

from __future__ import annotations

from datetime import date
from typing import Any

from okr_workshop.domain.catalogue import words
from okr_workshop.domain.model import Language
from okr_workshop.export.formats import format_day, format_value


def label(code: str, language: Language, **params: Any) -> str:
    """The message of ``code`` (plain text: escape it like any other text)."""
    return words("deck", code, language)[0].format(**params)


def describe(code: str, language: Language) -> str:
    """The advice of ``code``: for a section, the line under its title."""
    return words("deck", code, language)[1].format()


def number(value: float, language: Language, unit: str = "") -> str:
    return format_value(value, language, unit)


def day(value: date, language: Language) -> str:
    return format_day(value, language)


def score(value: float, language: Language) -> str:
    """An objective's score, 0 to 1, with two decimals at most ("0,75")."""
    return number(round(value, 2), language)


def percent(fraction: float, language: Language) -> str:
    """A progress fraction as a whole percentage ("50 %" / "50%")."""
    return number(round(fraction * 100), language, "%")
