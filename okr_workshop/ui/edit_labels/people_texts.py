"""What the edits of feedback, actions, dependencies and good practices are called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        "tick_practice": (
            translate("EditLabels", "tick good practice"),
            translate("EditLabels", "Good practice ticked"),
            translate("EditLabels", "Ticking of the good practice undone"),
            translate("EditLabels", "Ticking of the good practice redone"),
        ),
        "untick_practice": (
            translate("EditLabels", "untick good practice"),
            translate("EditLabels", "Good practice unticked"),
            translate("EditLabels", "Unticking of the good practice undone"),
            translate("EditLabels", "Unticking of the good practice redone"),
        ),
        "add_roti": (
            translate("EditLabels", "add ROTI vote"),
            translate("EditLabels", "ROTI vote added"),
            translate("EditLabels", "ROTI vote addition undone"),
            translate("EditLabels", "ROTI vote addition redone"),
        ),
        "delete_roti": (
            translate("EditLabels", "delete ROTI vote"),
            translate("EditLabels", "ROTI vote deleted"),
            translate("EditLabels", "ROTI vote deletion undone"),
            translate("EditLabels", "ROTI vote deletion redone"),
        ),
        "add_feedback": (
            translate("EditLabels", "add feedback note"),
            translate("EditLabels", "Feedback note added"),
            translate("EditLabels", "Feedback note addition undone"),
            translate("EditLabels", "Feedback note addition redone"),
        ),
        "edit_feedback": (
            translate("EditLabels", "edit feedback note"),
            translate("EditLabels", "Feedback note changed"),
            translate("EditLabels", "Change to the feedback note undone"),
            translate("EditLabels", "Change to the feedback note redone"),
        ),
        "delete_feedback": (
            translate("EditLabels", "delete feedback note"),
            translate("EditLabels", "Feedback note deleted"),
            translate("EditLabels", "Feedback note deletion undone"),
            translate("EditLabels", "Feedback note deletion redone"),
        ),
        "add_action": (
            translate("EditLabels", "add action"),
            translate("EditLabels", "Action added"),
            translate("EditLabels", "Action addition undone"),
            translate("EditLabels", "Action addition redone"),
        ),
        "edit_action": (
            translate("EditLabels", "edit action"),
            translate("EditLabels", "Action changed"),
            translate("EditLabels", "Change to the action undone"),
            translate("EditLabels", "Change to the action redone"),
        ),
        "delete_action": (
            translate("EditLabels", "delete action"),
            translate("EditLabels", "Action deleted"),
            translate("EditLabels", "Action deletion undone"),
            translate("EditLabels", "Action deletion redone"),
        ),
        "add_dependency": (
            translate("EditLabels", "add dependency"),
            translate("EditLabels", "Dependency added"),
            translate("EditLabels", "Dependency addition undone"),
            translate("EditLabels", "Dependency addition redone"),
        ),
        "edit_dependency": (
            translate("EditLabels", "edit dependency"),
            translate("EditLabels", "Dependency changed"),
            translate("EditLabels", "Change to the dependency undone"),
            translate("EditLabels", "Change to the dependency redone"),
        ),
        "delete_dependency": (
            translate("EditLabels", "delete dependency"),
            translate("EditLabels", "Dependency deleted"),
            translate("EditLabels", "Dependency deletion undone"),
            translate("EditLabels", "Dependency deletion redone"),
        ),
    }
