"""What the edits of the Steering step's Rituals and Closing tabs are called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        "add_ritual": (
            translate("EditLabels", "add ritual"), translate("EditLabels", "Ritual added"),
            translate("EditLabels", "Ritual addition undone"),
            translate("EditLabels", "Ritual addition redone"),
        ),
        "delete_ritual": (
            translate("EditLabels", "delete ritual “%1”"),
            translate("EditLabels", "Ritual “%1” deleted"),
            translate("EditLabels", "Deletion of ritual “%1” undone"),
            translate("EditLabels", "Deletion of ritual “%1” redone"),
        ),
        "propose_rituals": (
            translate("EditLabels", "add the usual rituals"),
            translate("EditLabels", "Usual rituals added"),
            translate("EditLabels", "Addition of the usual rituals undone"),
            translate("EditLabels", "Addition of the usual rituals redone"),
        ),
        "edit_ritual": (
            translate("EditLabels", "edit ritual"), translate("EditLabels", "Ritual changed"),
            translate("EditLabels", "Change to the ritual undone"),
            translate("EditLabels", "Change to the ritual redone"),
        ),
        "grade_kr": (
            translate("EditLabels", "grade key result"),
            translate("EditLabels", "Grade changed"),
            translate("EditLabels", "Change to the grade undone"),
            translate("EditLabels", "Change to the grade redone"),
        ),
        "edit_outcome": (
            translate("EditLabels", "change how the objective ended"),
            translate("EditLabels", "Objective’s outcome changed"),
            translate("EditLabels", "Change to the objective’s outcome undone"),
            translate("EditLabels", "Change to the objective’s outcome redone"),
        ),
        "edit_learnings": (
            translate("EditLabels", "edit what we learned"),
            translate("EditLabels", "What we learned changed"),
            translate("EditLabels", "Change to what we learned undone"),
            translate("EditLabels", "Change to what we learned redone"),
        ),
        "edit_decisions": (
            translate("EditLabels", "edit decisions"),
            translate("EditLabels", "Decisions changed"),
            translate("EditLabels", "Change to the decisions undone"),
            translate("EditLabels", "Change to the decisions redone"),
        ),
    }
