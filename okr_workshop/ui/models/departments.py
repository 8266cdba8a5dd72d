"""The suggested departments, shown in the window's language; the library stores the English
name. A department typed by hand is free text: stored and shown as typed.

The names in each language live in the domain (the rules and the deck name them too).
"""

from __future__ import annotations

from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.ui.language import ui_language


def suggested_departments() -> list[tuple[str, str]]:
    """(stored English name, name shown) in the domain's order."""
    language = ui_language()
    return [(name, department_label(name, language)) for name in SUGGESTED_DEPARTMENTS]


def shown_department(stored: str) -> str:
    return department_label(stored, ui_language())


def stored_department(text: str) -> str:
    """What to store for ``text`` typed or picked: a suggested name in English, else as typed."""
    text = text.strip()
    wanted = text.casefold()
    for name, shown in suggested_departments():
        if wanted in (name.casefold(), shown.casefold()):
            return name
    return text
