"""Typing not saved yet: one registry every editor reports to, and one rule for all of them.

What is typed is saved after a short pause, and never later than ``MAX_WAIT_MS`` after the
first unsaved keystroke, so a laptop that dies loses at most a second of typing. It is saved
at once, before anything else happens, when a shortcut or mnemonic runs, a mouse button is
pressed elsewhere, an edit or undo runs, the step changes, the workshop or the window closes,
the session logs out, or the process is asked to end (see ``termination``).

Editors do not register by hand: ``TypingWatcher`` (installed on the application) adopts
every editor of the window the first time it gets the focus or a key, whatever page or table
made it, and learns from its type how it saves (``commit_for``). A field whose text is a
draft rather than data (a search box, the "new candidate" line) opts out with ``mark_draft``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
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

# A pause this long in typing saves; long enough not to save every letter.
PAUSE_MS = 600
# Typing without a pause is still saved this soon after its first unsaved keystroke.
MAX_WAIT_MS = 1000
DRAFT = "okrDraft"  # the dynamic property marking a draft field
SAVES_TYPING = "okrSavesTyping"  # an action that saves the typing itself, in its own edit

Commit = Callable[[], None]
Waiting = Callable[[], bool]  # True while a pause must not save the field yet


def mark_draft(widget: QWidget) -> None:
    """``widget`` (and what it holds) is a draft: its text is not workshop data."""
    widget.setProperty(DRAFT, True)


def saves_typing(action: QObject) -> None:
    """``action`` saves the typing itself as part of its one undoable edit (accepting the
    proposed fields saves the sentence with them): no separate save before it runs."""
    action.setProperty(SAVES_TYPING, True)


class PendingEdits(QObject):
    """The fields with typing not saved yet, each with the function that saves it."""

    pending_changed = Signal(bool)  # True from the first unsaved keystroke until saved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commits: dict[int, tuple[Commit, Waiting | None]] = {}
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._pause_over)
        self._flushing = False

    def is_pending(self) -> bool:
        return bool(self._commits)

    @property
    def saving(self) -> bool:
        """True while typing is being saved (after a pause, or before something else runs)."""
        return self._flushing

    def typed(self, widget: QObject, commit: Commit, waiting: Waiting | None = None) -> None:
        """``widget`` has typing not saved yet, saved by ``commit``. While ``waiting()`` says
        so, a pause does not save it (the field was emptied to be retyped, or holds half a
        number); anything else that saves still does."""
        first = not self._commits
        self._commits[id(widget)] = (commit, waiting)
        if first:
            self._since.start()
        wait = max(0, min(PAUSE_MS, MAX_WAIT_MS - self._since.elapsed()))
        self._timer.start(wait)
        if first:
            self.pending_changed.emit(True)

    def forget(self, widget: QObject | int) -> None:
        """``widget`` (or its id) is gone: nothing of it is left to save."""
        self._commits.pop(widget if isinstance(widget, int) else id(widget), None)
        if not self._commits and not self._flushing and self._timer.isActive():
            self._timer.stop()
            self.pending_changed.emit(False)

    def flush(self) -> None:
        """Save every field's typing now. Safe to call from anywhere, even while saving."""
        self._save(set(self._commits))

    def _pause_over(self) -> None:
        keys = set()
        for key, (_commit, waiting) in self._commits.items():
            try:
                if waiting is None or not waiting():
                    keys.add(key)
            except RuntimeError:
                keys.add(key)  # its widget is gone: saving it will find nothing to do
        self._save(keys)
        if self._commits:
            self._timer.start(PAUSE_MS)  # asked again after the next pause

    def _save(self, keys: set[int]) -> None:
        if self._flushing or not keys:
            return
        self._flushing = True
        self._timer.stop()
        try:
            for key in keys:
                entry = self._commits.pop(key, None)
                if entry is None:
                    continue
                try:
                    entry[0]()
                except RuntimeError:
                    pass  # its widget was deleted meanwhile: nothing left to read
        finally:
            self._flushing = False
        if not self._commits:
            self.pending_changed.emit(False)


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
    if isinstance(field, QLineEdit):
        field.setText(text)
    elif hasattr(field, "setText"):  # our own fields, and rich text cells
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
