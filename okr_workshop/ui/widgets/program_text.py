"""A plain-text field whose text the program can replace without it counting as typing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from okr_workshop.domain.entered import clean_text


class ProgramTextEdit(QPlainTextEdit):
    """``_loading`` is True while the program sets the text, so subclasses tell typing from
    loading in their ``textChanged`` handler.

    ``setMaxLength`` stops typing and pasting at a length, like QLineEdit's (counted as Qt
    counts, an emoji beyond the basic plane as two, so never more than the file allows).
    Text the program shows is never cut: a longer text stored before the limit stays whole
    and can only shrink."""

    # Whether the field keeps line breaks (a paragraph) or makes them spaces (one line).
    multiline = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._max_length = 0  # 0: no limit
        self.document().contentsChange.connect(self._limit)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """Pasted or dropped text, as plain text without control characters (an escape
        sequence from a terminal, a form feed from a PDF)."""
        if source.hasText():
            self.textCursor().insertText(clean_text(source.text(), self.multiline))
            self.ensureCursorVisible()

    def setMaxLength(self, length: int) -> None:  # noqa: N802 (QLineEdit's name)
        self._max_length = length

    def maxLength(self) -> int:  # noqa: N802
        return self._max_length

    def _limit(self, position: int, removed: int, added: int) -> None:
        if not self._max_length or self._loading or added <= removed:
            return
        length = self.document().characterCount() - 1  # less the final paragraph mark
        end = min(position + added, length)  # Qt may count that mark in ``added``
        start = max(end - (length - self._max_length), position)
        if start >= end:
            return
        if 0xDC00 <= ord(self.document().characterAt(start) or "\0") <= 0xDFFF:
            start -= 1  # never half an emoji
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

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
