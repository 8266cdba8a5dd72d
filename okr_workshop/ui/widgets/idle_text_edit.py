"""A multi-line text field saved when the person pauses or leaves it.

Saving every keystroke would make one undo step per letter; saving only on leaving would
lose a paragraph typed just before the laptop dies. So the text is committed after a short
pause in typing, or at once when the focus leaves: one undo step per pause.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import QWidget

from okr_workshop.ui.widgets.program_text import ProgramTextEdit

# Long enough not to save mid-word, short enough that a pause in the room saves the text.
IDLE_MS = 800


class IdleTextEdit(ProgramTextEdit):
    committed = Signal(str)  # the text to save
    textEdited = Signal(str)  # typed by the person (the window's registry of unsaved typing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""  # the stored value this field last showed or committed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        # Tab moves to the next field, so the page stays reachable from the keyboard.
        self.setTabChangesFocus(True)

    def text(self) -> str:
        """The text as typed. ``toPlainText()`` would turn the non-breaking spaces of French
        typography ("fierté : ") into plain ones, changing text nobody touched."""
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def is_pending(self) -> bool:
        """True while typed text waits for its pause to be saved."""
        return self._timer.isActive()

    def show_value(self, text: str) -> None:
        """Show the stored value, unless the person has typed something not saved yet."""
        if self.is_pending():
            return
        self._saved = text
        if self.text() == text:
            return
        self._show_text(text)

    def commit(self) -> None:
        """Save now what was typed, if anything changed."""
        self._timer.stop()
        text = self.text()
        # Saved typing is no longer the field's own to undo: Ctrl+Z now goes to the window.
        self.document().setModified(False)
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def commit_typing(self) -> None:
        self.commit()

    def discard(self) -> None:
        """Forget unsaved typing (the field is about to show something else)."""
        self._timer.stop()

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()
            self.textEdited.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the step or the workshop hides the field before it is destroyed, when a
        # focus change can no longer be relied upon: the last words are saved here.
        self.commit()
        super().hideEvent(event)
