"""The window's words for the cycle's fixed vocabularies: how often a ritual comes round,
how an objective ended. Ritual kinds are the catalogue's (``rituals.kind_label``), shared
with the calendar file and the deck."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.enums import Cadence, ClosingOutcome, RitualKind
from okr_workshop.domain.steering.rituals import kind_label
from okr_workshop.ui.language import ui_language

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def cadence_label(cadence: Cadence) -> str:
    return {
        Cadence.WEEKLY: translate("CycleWords", "Every week"),
        Cadence.FORTNIGHTLY: translate("CycleWords", "Every two weeks"),
        Cadence.MONTHLY: translate("CycleWords", "Every month"),
        Cadence.QUARTERLY: translate("CycleWords", "Every quarter"),
        Cadence.ONCE: translate("CycleWords", "Once"),
    }[cadence]


def outcome_label(outcome: ClosingOutcome | None) -> str:
    if outcome is None:
        return translate("CycleWords", "Not closed yet")
    return {
        ClosingOutcome.ACCOMPLISHED: translate("CycleWords", "Accomplished"),
        ClosingOutcome.MISSED: translate("CycleWords", "Missed"),
        ClosingOutcome.POSTPONED: translate("CycleWords", "Postponed"),
        ClosingOutcome.CARRIED: translate("CycleWords", "Carried to the next cycle"),
    }[outcome]


def ritual_kind_label(kind: RitualKind) -> str:
    """"Check-in", "Monthly review"… in the window's language."""
    return kind_label(kind, ui_language())


def duration_text(minutes: int) -> str:
    """"30 min", "1 h 30", "2 h": how long a ritual lasts, as people say it."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("CycleWords", "%1 min").replace("%1", str(rest))
    if not rest:
        return translate("CycleWords", "%1 h").replace("%1", str(hours))
    return (translate("CycleWords", "%1 h %2").replace("%1", str(hours))
            .replace("%2", f"{rest:02d}"))
