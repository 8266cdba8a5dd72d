"""Ctrl+Z in a text field: undo the typing in progress, else the last saved edit.

Qt's text fields claim Undo and Redo for themselves even when they have nothing of their own
to undo, so with the cursor in a field the window's Undo never ran. This filter lets the key
through to the window's actions unless the field has unsaved typing to take back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _has_own(widget: QObject, redo: bool) -> bool:
    """Whether ``widget`` has typing of its own to undo (or redo)."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        line = widget.findChild(QLineEdit)
        return line is not None and _has_own(line, redo)
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        if redo:
            return widget.isRedoAvailable()
        return widget.isModified() and widget.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        if redo:
            return document.isRedoAvailable()
        return document.isModified() and document.isUndoAvailable()
    return True  # anything else keeps its own behaviour


class WindowUndoKeys(QObject):
    """Install on the application: ``app.installEventFilter(WindowUndoKeys(window))``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = not undo and (event.matches(QKeySequence.StandardKey.Redo) or _is_redo(event))
        if not (undo or redo) or _has_own(watched, redo=not undo):
            return False
        event.ignore()  # not the field's: the window's Undo/Redo shortcut runs
        return True


def _is_redo(event: QKeyEvent) -> bool:
    # Ctrl+Shift+Z and Ctrl+Y are both Redo in this application, on every platform.
    combination = event.keyCombination().toCombined()
    return combination in (
        QKeySequence("Ctrl+Shift+Z")[0].toCombined(),
        QKeySequence("Ctrl+Y")[0].toCombined(),
    )
