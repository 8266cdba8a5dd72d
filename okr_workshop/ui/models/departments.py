"""The suggested departments, translated for display; the library stores the English name.

Each name is a literal ``translate`` call so the translation tools find it. A department
typed by hand is free text: stored and shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS


def _translated() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "Product": tr("Department", "Product"),
        "Engineering": tr("Department", "Engineering"),
        "IT": tr("Department", "IT"),
        "Digital": tr("Department", "Digital"),
        "Data": tr("Department", "Data"),
        "Design": tr("Department", "Design"),
        "Marketing": tr("Department", "Marketing"),
        "Sales": tr("Department", "Sales"),
        "Customer Service": tr("Department", "Customer Service"),
        "Operations": tr("Department", "Operations"),
        "Logistics": tr("Department", "Logistics"),
        "Finance": tr("Department", "Finance"),
        "Human Resources": tr("Department", "Human Resources"),
        "Legal": tr("Department", "Legal"),
        "Purchasing": tr("Department", "Purchasing"),
        "Quality": tr("Department", "Quality"),
        "Communication": tr("Department", "Communication"),
        "Executive Committee": tr("Department", "Executive Committee"),
    }


def suggested_departments() -> list[tuple[str, str]]:
    """(stored English name, name shown) in the domain's order."""
    shown = _translated()
    return [(name, shown.get(name, name)) for name in SUGGESTED_DEPARTMENTS]


def shown_department(stored: str) -> str:
    return _translated().get(stored, stored)


def stored_department(text: str) -> str:
    """What to store for ``text`` typed or picked: a suggested name in English, else as typed."""
    text = text.strip()
    wanted = text.casefold()
    for name, shown in suggested_departments():
        if wanted in (name.casefold(), shown.casefold()):
            return name
    return text
