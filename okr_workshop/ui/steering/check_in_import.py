"""Import check-ins from a CSV file, from the Check-ins tab: the file is asked for through
the prompts, checked whole (a wrong line refuses the file with its number: nothing is
half-imported), previewed in a dialog, and added as ONE undoable command on OK."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

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

if TYPE_CHECKING:
    from okr_workshop.ui.steering.check_in_round import CheckInRoundTab


class CheckInImport(QObject):
    def __init__(self, tab: CheckInRoundTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.dialog: CheckInImportDialog | None = None

    def start(self) -> None:
        title = self.tr("Import check-ins")
        path = self.tab.prompts.open_file(
            title, self.tr("Check-in files (*.csv);;All files (*)"))
        if path is None:
            return
        try:
            preview = read_check_in_file(self.tab.bridge.workshop, path)
        except (CheckInFileError, OSError) as error:
            # The sentence says nothing was imported, and the line that is wrong.
            text = error_sentence(error, ui_language())
            self.tab.show_problem(text)
            self.tab.prompts.error(title, text)
            return
        if not preview.added:
            self.tab.prompts.information(
                title, self.tr("Nothing to import: every line of this file is already in "
                               "the workshop."))
            return
        self.dialog = CheckInImportDialog(preview, path.name, self.tab)
        self.dialog.accepted.connect(lambda: self.apply(preview))
        self.dialog.open()

    def apply(self, preview: CheckInPreview) -> None:
        command = check_in_import_command(preview, edit_label("import_check_ins"))
        if self.tab.bridge.edit(lambda s: s.execute(command)):
            self.tab.show_problem("")
