"""A one-line field that shows a long text whole, wrapped over a few lines.

A key result's sentence or data source is often longer than the field is wide; a line edit
then shows only its end. This field keeps a line edit's manners, so forms treat it as one:
Enter (and Shift+Enter) finishes the text and stays (``editingFinished``), Tab moves on, and
the text is one paragraph: a line break pasted in becomes a space.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from okr_workshop.domain.entered import clean_text
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.widgets.program_text import ProgramTextEdit

_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2029": " ", "\u2028": " "})


class WrapLineEdit(ProgramTextEdit):
    multiline = False  # one line, wrapped on screen

    textEdited = Signal(str)  # typed or pasted by the person, never set by the program
    editingFinished = Signal()  # Enter, or the focus left
    returnPressed = Signal()

    def __init__(
        self, lines: int = 2, max_lines: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Shown on ``lines`` lines, growing with the text up to ``max_lines`` (then scrolling).
        self._min_lines = lines
        self._max_lines = max(lines, max_lines or lines)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        follow_font(self, lambda: self.setFixedHeight(self.sizeHint().height()))
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_args) -> None:
        # documentSize of a plain text edit counts lines once wrapped to the width.
        wanted = int(self.document().documentLayout().documentSize().height())
        lines = min(self._max_lines, max(self._min_lines, wanted))
        if lines != self._lines:
            self._lines = lines
            self.setFixedHeight(self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()  # a narrower field wraps onto more lines

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        document_margin = 2 * self.document().documentMargin()
        # A few pixels more than the lines: Qt scrolls when the last line touches the edge.
        height = self.fontMetrics().lineSpacing() * self._lines + document_margin + 4
        return QSize(super().sizeHint().width(), int(height + margins.top() + margins.bottom()))

    # The line edit's interface -------------------------------------------------------------

    def text(self) -> str:
        # Raw text keeps the non-breaking spaces of French typography ("20 %").
        return self.document().toRawText().translate(_BREAKS)

    def setText(self, text: str) -> None:
        """Show ``text`` as saved (no ``textEdited``); the cursor stays put when it is the
        text already shown, so a save while typing does not move it."""
        text = text.translate(_BREAKS)
        if text != self.text():
            self._show_text(text)
        self.document().setModified(False)

    def clear(self) -> None:
        self.setText("")

    def selectedText(self) -> str:
        return self.textCursor().selectedText()

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def commit_typing(self) -> None:
        """Save what was typed: what Enter does."""
        self.editingFinished.emit()

    # Keys and focus ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A sentence has no line breaks: Enter finishes it, as in a one-line field.
            self.returnPressed.emit()
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        if source.hasText():  # one line: breaks and tabs as spaces, no control character
            self.insertPlainText(clean_text(source.text(), multiline=False))
        else:
            super().insertFromMimeData(source)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu is no leaving
            self.editingFinished.emit()

    def _changed(self) -> None:
        if not self._loading:
            self.textEdited.emit(self.text())
