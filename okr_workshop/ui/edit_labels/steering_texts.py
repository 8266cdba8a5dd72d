"""What the edits of the check-in round are called (Steering, step 8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        "add_check_in": (
            translate("EditLabels", "add check-in"), translate("EditLabels", "Check-in added"),
            translate("EditLabels", "Check-in addition undone"),
            translate("EditLabels", "Check-in addition redone"),
        ),
        "edit_check_in": (
            translate("EditLabels", "change check-in"),
            translate("EditLabels", "Check-in changed"),
            translate("EditLabels", "Check-in change undone"),
            translate("EditLabels", "Check-in change redone"),
        ),
        "delete_check_in": (
            translate("EditLabels", "delete check-in"),
            translate("EditLabels", "Check-in deleted"),
            translate("EditLabels", "Check-in deletion undone"),
            translate("EditLabels", "Check-in deletion redone"),
        ),
        "override_status": (
            translate("EditLabels", "override status"),
            translate("EditLabels", "Status overridden"),
            translate("EditLabels", "Status override undone"),
            translate("EditLabels", "Status override redone"),
        ),
        "clear_status_override": (
            translate("EditLabels", "clear status override"),
            translate("EditLabels", "Status override cleared"),
            translate("EditLabels", "Clearing of the status override undone"),
            translate("EditLabels", "Clearing of the status override redone"),
        ),
        "import_check_ins": (
            translate("EditLabels", "import check-ins"),
            translate("EditLabels", "Check-ins imported"),
            translate("EditLabels", "Check-in import undone"),
            translate("EditLabels", "Check-in import redone"),
        ),
    }
