"""Typing not saved yet: one registry every editor reports to, and one rule for all of them.

What is typed is saved after a short pause, and never later than ``MAX_WAIT_MS`` after the
first unsaved keystroke, so a laptop that dies loses at most a second of typing. It is saved
at once, before anything else happens, when a shortcut or mnemonic runs, a mouse button is
pressed elsewhere, an edit or undo runs, the step changes, the workshop or the window closes,
the session logs out, or the process is asked to end (see ``termination``).

Editors do not register by hand: ``typing_watcher.TypingWatcher`` (installed on the
application) adopts every editor of the window the first time it gets the focus or a key,
whatever page or table made it, and learns from its type how it saves. A field whose text is
a draft rather than data (a search box, the "new candidate" line) opts out with
``mark_draft``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

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
