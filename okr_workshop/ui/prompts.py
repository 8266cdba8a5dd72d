"""The single seam for modal prompts: file dialogs, confirmations, messages.

Pages and windows ask ``self.prompts``; tests hand in a scripted replacement, so no test
ever blocks on a real modal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def open_file(self, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", name_filter)
        return Path(path) if path else None

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, name_filter)
        return Path(path) if path else None

    def choose_folder(self, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(path) if path else None

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
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def information(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)
