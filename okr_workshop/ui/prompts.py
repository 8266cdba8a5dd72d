"""The single seam for modal prompts: file dialogs, confirmations, messages.

Pages and windows ask ``self.prompts``; tests hand in a scripted replacement, so no test
ever blocks on a real modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from okr_workshop.app.output_guard import TargetRefused, output_file, output_folder
from okr_workshop.domain.error_messages import Reason
from okr_workshop.ui.language import ui_language


class Prompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        # The library the window has open (set by the main window): no save dialog may
        # write over it, its backups, its lock or its working files.
        self.library: Path | None = None

    def open_file(self, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", name_filter)
        return Path(path) if path else None

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return Path(path) if path else None

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(path) if path else None

    def writable(self, path: Path, title: str) -> Path | None:
        """Where a file chosen in a save dialog is written, once the app layer agrees
        (:func:`~okr_workshop.app.output_guard.output_file`); else None, after saying why
        under ``title``: the library's files, a folder, a device, a read-only file or a
        database are never replaced by an export."""
        try:
            return output_file(path, self.library)
        except TargetRefused as error:
            self.error(title, _sentence(error))
            return None

    def writable_folder(self, folder: Path, title: str) -> Path | None:
        """The same for the folder a set of files (the posters) goes into."""
        try:
            return output_folder(folder, self.library)
        except TargetRefused as error:
            self.error(title, _sentence(error))
            return None

    def text(self, title: str, label: str, value: str = "") -> str | None:
        dialog = self.text_dialog(title, label, value)
        try:
            return dialog.textValue() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def text_dialog(self, title: str, label: str, value: str = "") -> QInputDialog:
        """A one-line question wide enough to show a normal title whole (Qt's default shows
        about twenty characters), never wider than the screen."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        if self.parent is not None:
            dialog.setFont(self.parent.window().font())  # the console's zoom, to measure
        metrics = dialog.fontMetrics()
        wanted = max(metrics.averageCharWidth() * 60, metrics.horizontalAdvance(value + "MMMM"))
        screen = (self.parent.screen() if self.parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() * 9 // 10 if screen else wanted
        dialog.resize(min(wanted, room), dialog.sizeHint().height())
        return dialog

    def confirm(self, title: str, text: str) -> bool:
        answer = self._box(QMessageBox.Icon.Question, title, text,
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                           QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str) -> None:
        self._box(QMessageBox.Icon.Warning, title, text)

    def information(self, title: str, text: str) -> None:
        self._box(QMessageBox.Icon.Information, title, text)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str,
             buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
             default: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
             ) -> QMessageBox.StandardButton:
        box = QMessageBox(icon, title, text, buttons, self.parent)
        # The text quotes workshop titles, file names and paths: shown as typed, never read
        # as markup (Qt's static helpers guess, and "<b>Q1</b>" would come out bold).
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(default)
        answer = QMessageBox.StandardButton(box.exec())
        box.deleteLater()  # a child of the window: not kept for the session
        return answer


def _sentence(error: TargetRefused) -> str:
    """"Nothing was written to “/path/deck.pdf”: the file is read-only." """
    reason = Reason.of(error).sentence(ui_language())
    return QCoreApplication.translate("Prompts", "Nothing was written to “%1”: %2.").replace(
        "%1", str(error.path)).replace("%2", reason)
