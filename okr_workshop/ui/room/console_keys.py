"""The audience view's single-letter keys, pressed in the console: B, F, S, N, P act on the
audience view only while it is open and only when the focus is not where a letter is
typing (a text field, a spin box, an editable cell) nor on a widget that claims the letter
for itself through Qt's ShortcutOverride (the Focus table's P parks). Typing is never
eaten."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QKeySequenceEdit)


def claims(widget: QWidget, event: QKeyEvent) -> bool:
    """Whether ``widget`` wants the key itself, asked as Qt asks before a shortcut."""
    probe = QKeyEvent(QEvent.Type.ShortcutOverride, event.key(), event.modifiers(),
                      event.text())
    probe.ignore()
    QCoreApplication.sendEvent(widget, probe)
    return probe.isAccepted()


def edits_text(widget: QWidget | None) -> bool:
    """Whether a letter pressed in ``widget`` would type (or start typing) text."""
    if widget is None:
        return False
    if isinstance(widget, TEXT_WIDGETS):
        return not (isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly())
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractItemView):
        # A letter in a table opens the current cell's editor when it is editable.
        index = widget.currentIndex()
        return bool(
            widget.state() == QAbstractItemView.State.EditingState
            or (widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
                and index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable)
        )
    return False


class ConsoleKeys(QObject):
    """Installed on the application; acts for keys pressed in ``console``'s window."""

    def __init__(self, console: QWidget, keys: dict[Qt.Key, Callable[[], None]],
                 active: Callable[[], bool]) -> None:
        super().__init__(console)
        self.console = console
        self.keys = keys
        self.active = active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        action = self.keys.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        if (watched is not focus or focus is None or not self.active()
                or focus.window() is not self.console.window() or edits_text(focus)
                or claims(focus, event)):
            return False
        action()
        return True
