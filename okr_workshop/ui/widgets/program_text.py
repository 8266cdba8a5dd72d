"""A plain-text field whose text the program can replace without it counting as typing."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class ProgramTextEdit(QPlainTextEdit):
    """``_loading`` is True while the program sets the text, so subclasses tell typing from
    loading in their ``textChanged`` handler."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

    def _show_text(self, text: str) -> None:
        """Show ``text`` as the program's, the cursor where it was: a save while typing
        must not throw the cursor to the end."""
        position = self.textCursor().position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(cursor)
