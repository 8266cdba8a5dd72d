"""The window's messages quote user text (workshop titles, file names, paths): it is shown
as typed, never read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from okr_workshop.ui.prompts import Prompts

TITLE = "<b>Q1</b> & <i>Ventes</i> « été » 🚀"


def _answered(button: QMessageBox.StandardButton, seen: list[dict]) -> None:
    """Read the message box Qt shows next (its texts and their format), then press
    ``button``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append({"texts": [label.text() for label in box.findChildren(QLabel)],
                     "format": box.textFormat()})
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_an_error_shows_markup_in_a_title_as_text(qapp):
    seen: list[dict] = []
    _answered(QMessageBox.StandardButton.Ok, seen)
    Prompts(None).error("Cannot import", f"The workshop “{TITLE}” is damaged.")
    (box,) = seen
    assert box["format"] == Qt.TextFormat.PlainText
    assert f"The workshop “{TITLE}” is damaged." in box["texts"]


def test_confirm_answers_and_shows_plain_text(qapp):
    seen: list[dict] = []
    _answered(QMessageBox.StandardButton.Yes, seen)
    assert Prompts(None).confirm("Delete", f"Delete “{TITLE}”?") is True
    _answered(QMessageBox.StandardButton.No, seen)
    assert Prompts(None).confirm("Delete", f"Delete “{TITLE}”?") is False
    assert all(box["format"] == Qt.TextFormat.PlainText for box in seen)


def test_information_shows_plain_text(qapp):
    seen: list[dict] = []
    _answered(QMessageBox.StandardButton.Ok, seen)
    Prompts(None).information("Exported", f"Saved to /tmp/{TITLE}.pdf")
    assert seen[0]["format"] == Qt.TextFormat.PlainText
