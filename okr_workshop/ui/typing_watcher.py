"""Adopts every editor of the window into the registry of unsaved typing (``pending_edits``).

An editor is adopted the first time it gets the focus or a key, whatever page, form or table
made it; its type says how its typing is saved (``commit_for``): a line edit finishes as on
Enter, a spin or date box interprets its text, a table cell commits through its delegate, our
own fields say it themselves (``commit_typing``). The watcher also saves the typing before a
shortcut, accelerator or mnemonic runs and before a click lands elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from okr_workshop.ui.pending_edits import DRAFT, SAVES_TYPING, Commit, PendingEdits


def commit_for(widget: QWidget) -> tuple[object, Commit] | None:
    """(the signal saying the person typed, the function saving it) for an editor; None for
    a widget that is not an editor of workshop data."""
    if not isinstance(widget, QWidget) or _is_draft(widget):
        return None
    if hasattr(widget, "commit_typing") and hasattr(widget, "textEdited"):
        # Our own fields say how they save.
        return widget.textEdited, _keeping_typing(widget, widget.commit_typing)
    view = _view_of(widget)
    if view is not None:
        return _cell_editor(widget, view)
    if isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly():
        line = widget.findChild(QLineEdit)
        if line is None:
            return None

        def commit_spin() -> None:
            # Half a date or number is left alone: interpreting it would rewrite the text.
            if widget.hasAcceptableInput():
                widget.interpretText()
                widget.editingFinished.emit()

        return line.textEdited, commit_spin
    if isinstance(widget, QComboBox):
        line = widget.lineEdit() if widget.isEditable() else None
        if line is None:
            return None  # a choice is saved when chosen
        return line.textEdited, _keeping_typing(line, lambda: _finish_line(line))
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            return commit_for(owner)
        return widget.textEdited, _keeping_typing(widget, lambda: _finish_line(widget))
    return None


def _finish_line(line: QLineEdit) -> None:
    # Qt's own rule for Enter: a line edit finishes only with acceptable input ("1," is not).
    if line.hasAcceptableInput():
        line.editingFinished.emit()


def _cell_editor(widget: QWidget, view: QAbstractItemView) -> tuple[object, Commit] | None:
    """A table cell being edited: saved through the view's delegate, the editor kept open."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        line = widget.lineEdit()
        typed = line.textEdited
    elif isinstance(widget, QLineEdit):
        line, typed = widget, widget.textEdited
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        line, typed = widget, widget.textChanged
    else:
        return None  # lists and check boxes save when chosen
    return typed, _keeping_typing(line, lambda: view.itemDelegate().commitData.emit(widget))


def _keeping_typing(field: QWidget, commit: Commit) -> Commit:
    """``commit``, after which ``field`` still shows what was being typed, where it was typed.

    Saving reloads the workshop and shows its values again: the cursor would jump to the end,
    and the space just typed before the next word would be trimmed away ("Ventes " + "et"
    becoming "Venteset"). Only a difference of spaces at the ends is put back: a value the
    model refused and replaced stays replaced."""

    def run() -> None:
        before, position = _text(field), _cursor(field)
        commit()
        try:
            after = _text(field)
        except RuntimeError:
            return  # the field was closed by the save
        if after != before and after.strip() == before.strip():
            _set_text(field, before)
            after = before
        if after == before:
            _put_cursor(field, position)

    return run


def _text(field: QWidget) -> str:
    if isinstance(field, QPlainTextEdit | QTextEdit) and not hasattr(field, "text"):
        return field.toPlainText()
    return field.text()  # type: ignore[attr-defined]


def _set_text(field: QWidget, text: str) -> None:
    if hasattr(field, "setText"):  # line edits, our own fields, rich text cells
        field.setText(text)
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(text)


def _view_of(widget: QWidget) -> QAbstractItemView | None:
    viewport = widget.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if isinstance(view, QAbstractItemView) and view.viewport() is viewport:
        return view
    return None


def _is_draft(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(DRAFT):
            return True
        widget = widget.parentWidget()
    return False


def _cursor(widget: QWidget) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    return widget.textCursor().position()  # type: ignore[attr-defined]


def _put_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


# Events after which an editor is adopted: it got the keys.
_ADOPT = (QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.InputMethod)


class TypingWatcher(QObject):
    """Install on the application. Adopts the editors of ``window`` into the registry that
    ``registry()`` returns (the open workshop's), and saves their typing before a shortcut
    runs or a click lands elsewhere."""

    def __init__(
        self, window: QWidget, registry: Callable[[], PendingEdits | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self._adopted: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut and not watched.property(SAVES_TYPING):
            # A shortcut, an accelerator or a mnemonic is about to run: what it acts on
            # must include what was typed (Alt+A used to add a key result over it).
            self._flush()
        elif kind == QEvent.Type.MouseButtonPress:
            pending = self._registry()
            if (pending is not None and pending.is_pending() and not _inside_editor(watched)
                    and not watched.property(SAVES_TYPING)):
                pending.flush()
        elif kind in _ADOPT and isinstance(watched, QWidget):
            self._adopt(watched)
        return False

    def _flush(self) -> None:
        pending = self._registry()
        if pending is not None:
            pending.flush()

    def _adopt(self, widget: QWidget) -> None:
        owner = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(owner, QAbstractSpinBox | QComboBox):
            widget = owner  # one entry per field, whichever part got the keys
        if id(widget) in self._adopted or widget.window() is not self._window:
            return
        found = commit_for(widget)
        if found is None:
            return
        typed, commit = found
        self._adopted.add(id(widget))
        key = id(widget)
        typed.connect(lambda *_: self._typed(widget, commit))
        widget.destroyed.connect(lambda *_: self._gone(key))

    def _typed(self, widget: QWidget, commit: Commit) -> None:
        pending = self._registry()
        if pending is not None:
            pending.typed(widget, commit, lambda: _unfinished(widget))

    def _gone(self, key: int) -> None:
        self._adopted.discard(key)
        pending = self._registry()
        if pending is not None:
            pending.forget(key)


def _unfinished(widget: QWidget) -> bool:
    """Typing a pause should not save yet, as the person is still at it: a field emptied to be
    retyped (saving it would refuse an empty title and put the old one back under their
    fingers) or half a number or date ("1,")."""
    focused = QApplication.focusWidget()
    if focused is None or not (focused is widget or widget.isAncestorOf(focused)):
        return False
    if isinstance(widget, QAbstractSpinBox):
        return not widget.hasAcceptableInput()
    if hasattr(widget, "is_complete"):  # a field that knows when its text can be read
        return not widget.is_complete()
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if isinstance(line, QLineEdit) and not line.hasAcceptableInput():
        return True
    try:
        return not _text(line).strip()
    except AttributeError:
        return False


def _inside_editor(watched: QObject) -> bool:
    """A click in the field being typed in (moving the cursor) is not a reason to save."""
    focused = QApplication.focusWidget()
    return (
        focused is not None
        and isinstance(watched, QWidget)
        and (watched is focused or focused.isAncestorOf(watched) or watched.isAncestorOf(focused))
    )
