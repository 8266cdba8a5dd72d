"""An Alt+letter that no control answers types nothing in a text field, and chooses
nothing in a list (a combo box searches its items by the letter typed: Alt+C moved a
ritual's time zone to Canada/Atlantic, and saved it).

Qt on Linux and Windows inserts the letter of an Alt+letter no shortcut took: Alt+I, meant
for a field whose letter is another, wrote "iBy the end of 2027…" into the vision. Shortcuts
and mnemonics are resolved before the key reaches the field, so what the filter sees is only
the Alt+letter nobody wanted. AltGr is not Alt (X11 reports it apart; Windows as Ctrl+Alt,
which is let through); on macOS Option+letter types accents, so the filter stays out there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class _StrayAltLetters(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        return modifiers in (_ALT, _ALT | _SHIFT) and text.isprintable() and bool(text.strip())


_FILTER = _StrayAltLetters()


def guard_text_fields(root: QWidget) -> None:
    """Every text field under ``root`` (made by then) ignores stray Alt+letters."""
    if sys.platform == "darwin":
        return
    for field in root.findChildren(QWidget):
        if isinstance(field, _TEXT_FIELDS):
            field.installEventFilter(_FILTER)
