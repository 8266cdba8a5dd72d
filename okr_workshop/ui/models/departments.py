"""The suggested departments, translated for display; the library stores the English name.

Each name is a literal ``translate`` call so the translation tools find it. A department
typed by hand is free text: stored and shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS


def _translated() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "Product": translate("Department", "Product"),
        "Engineering": translate("Department", "Engineering"),
        "IT": translate("Department", "IT"),
        "Digital": translate("Department", "Digital"),
        "Data": translate("Department", "Data"),
        "Design": translate("Department", "Design"),
        "Marketing": translate("Department", "Marketing"),
        "Sales": translate("Department", "Sales"),
        "Customer Service": translate("Department", "Customer Service"),
        "Operations": translate("Department", "Operations"),
        "Logistics": translate("Department", "Logistics"),
        "Finance": translate("Department", "Finance"),
        "Human Resources": translate("Department", "Human Resources"),
        "Legal": translate("Department", "Legal"),
        "Purchasing": translate("Department", "Purchasing"),
        "Quality": translate("Department", "Quality"),
        "Communication": translate("Department", "Communication"),
        "Executive Committee": translate("Department", "Executive Committee"),
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
