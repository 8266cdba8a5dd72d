"""What the run sheet's edits are called (Edit menu, status bar): whole sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.app.commands import EditLabel

translate = QCoreApplication.translate


def run_sheet_label(key: str) -> EditLabel:
    texts = {
        "planned": (
            translate("RunSheetEdits", "change planned minutes"),
            translate("RunSheetEdits", "Planned minutes changed"),
            translate("RunSheetEdits", "Change to the planned minutes undone"),
            translate("RunSheetEdits", "Change to the planned minutes redone"),
        ),
        "title": (
            translate("RunSheetEdits", "rename run-sheet line"),
            translate("RunSheetEdits", "Run-sheet line renamed"),
            translate("RunSheetEdits", "Renaming of the run-sheet line undone"),
            translate("RunSheetEdits", "Renaming of the run-sheet line redone"),
        ),
        "add_break": (
            translate("RunSheetEdits", "add break"),
            translate("RunSheetEdits", "Break added"),
            translate("RunSheetEdits", "Break addition undone"),
            translate("RunSheetEdits", "Break addition redone"),
        ),
        "remove_break": (
            translate("RunSheetEdits", "remove break"),
            translate("RunSheetEdits", "Break removed"),
            translate("RunSheetEdits", "Break removal undone"),
            translate("RunSheetEdits", "Break removal redone"),
        ),
        "move": (
            translate("RunSheetEdits", "move run-sheet line"),
            translate("RunSheetEdits", "Run-sheet line moved"),
            translate("RunSheetEdits", "Move of the run-sheet line undone"),
            translate("RunSheetEdits", "Move of the run-sheet line redone"),
        ),
        "session": (
            translate("RunSheetEdits", "change session date and time"),
            translate("RunSheetEdits", "Session date and time changed"),
            translate("RunSheetEdits", "Change to the session date and time undone"),
            translate("RunSheetEdits", "Change to the session date and time redone"),
        ),
    }
    return EditLabel(*texts[key])
