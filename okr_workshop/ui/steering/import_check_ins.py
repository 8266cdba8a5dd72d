"""Import check-ins from a CSV file, from the Check-ins tab: the file is asked for through
the prompts, checked whole (a wrong line refuses the file with its number: nothing is
half-imported), previewed in a dialog, and added as ONE undoable command on OK."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from okr_workshop.app.check_in_file import (
    CheckInFileError,
    CheckInPreview,
    check_in_import_command,
    read_check_in_file,
)
from okr_workshop.app.errors import error_sentence
from okr_workshop.ui.dialogs.check_in_import_dialog import CheckInImportDialog
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge


class CheckInImport(QObject):
    """The import's steps for a tab: its bridge and prompts, and where it shows a refusal."""

    def __init__(self, bridge: SessionBridge, prompts: Prompts,
                 show_problem: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.bridge, self.prompts, self.show_problem = bridge, prompts, show_problem
        self.parent_widget = parent
        self.dialog: CheckInImportDialog | None = None

    def start(self) -> None:
        title = self.tr("Import check-ins")
        path = self.prompts.open_file(
            title, self.tr("Check-in files (*.csv);;All files (*)"))
        if path is None:
            return
        try:
            preview = read_check_in_file(self.bridge.workshop, path)
        except (CheckInFileError, OSError) as error:
            # The sentence says nothing was imported, and the line that is wrong.
            text = error_sentence(error, ui_language())
            self.show_problem(text)
            self.prompts.error(title, text)
            return
        if not preview.added:
            self.prompts.information(
                title, self.tr("Nothing to import: every line of this file is already in "
                               "the workshop."))
            return
        self.dialog = CheckInImportDialog(preview, path.name, self.parent_widget)
        self.dialog.accepted.connect(lambda: self.apply(preview))
        self.dialog.open()

    def apply(self, preview: CheckInPreview) -> None:
        command = check_in_import_command(preview, edit_label("import_check_ins"))
        if self.bridge.edit(lambda s: s.execute(command)):
            self.show_problem("")
