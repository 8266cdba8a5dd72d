"""The words of the key-result editor: undo labels and tooltips that explain the rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyResultEditor", text)


def edit_labels() -> dict[str, str]:
    """Shown as "Undo <label>"."""
    return {
        "text": _tr("edit the key result"),
        "metric": _tr("edit the metric"),
        "baseline": _tr("edit the baseline"),
        "target": _tr("edit the target"),
        "unit": _tr("edit the unit"),
        "direction": _tr("change the direction"),
        "data_source": _tr("edit the data source"),
        "owner": _tr("change the owner"),
        "due": _tr("change the due date"),
    }


def tooltips() -> dict[str, str]:
    return {
        "text": _tr("The key result as the room says it, with its numbers (“from 1.8% to "
                    "3%”). The fields below are proposed from it."),
        "metric": _tr("What is measured, in a few words: “conversion rate”."),
        "baseline": _tr("Where we start today. Without it, nobody can tell how far we have "
                        "come. Leave empty when it is not known yet."),
        "target": _tr("The number to reach by the end of the cycle."),
        "unit": _tr("What is counted: %, €, customers, days…"),
        "direction": _tr("Which way progress goes: up, down, or a threshold to stay above or "
                         "below."),
        "data_source": _tr("Where the value is read: a tool, a dashboard, a file. A key result "
                           "nobody can read is forgotten during the cycle."),
        "owner": _tr("One person who follows it and reports on it at every check-in."),
        "due": _tr("When the target should be reached, inside the cycle."),
    }
