"""The open workshop, seen from Qt: signals on change, and save errors turned into messages.

Pages call ``bridge.edit(...)`` with a function that performs one session edit; once it is
saved, ``applied`` carries its change set (``app/changes.py``) to the window, which updates the
page on screen from it. A failure to
save never raises into a slot (which would lose the message): it is reported through
``save_failed`` and the status bar says the edit was not saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from okr_workshop.app.errors import LibraryError, error_sentence
from okr_workshop.app.session import WorkshopSession
from okr_workshop.app.undo_stack import GONE
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.pending_edits import PendingEdits
from okr_workshop.ui.room.channel import RoomChannel
from okr_workshop.ui.value_errors import refused_value


class SessionBridge(QObject):
    changed = Signal(object)  # the Workshop, as it is after an edit, undo or redo
    applied = Signal(object)  # the ChangeSet of that edit: what changed
    saved = Signal(str)  # what the status bar says: "Team renamed", "Team renaming undone"
    save_failed = Signal(str)  # a sentence saying what went wrong
    undo_state_changed = Signal()
    revealed = Signal(object)  # a Touched: what an undo or redo changed, to show it

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The last edit the library refused (busy, disk full, read-only), kept for Retry;
        # nothing of it was saved, so running it again is the same edit.
        self.failed: tuple[Callable[[WorkshopSession], object], str] | None = None
        # Typing not saved yet in this workshop's fields: saved before any other edit runs,
        # so an action never works on (or replaces) text that exists only on the screen.
        self.pending = PendingEdits(self)
        # What the audience view shows: the workshop view keeps it current, pages point.
        self.room = RoomChannel(session.workshop, self)
        session.subscribe(self.changed.emit)
        session.subscribe_changes(self.applied.emit)

    @property
    def document(self) -> WorkshopSession:
        """The workshop's undo stack and labels, for the Edit menu."""
        return self.session

    @property
    def workshop(self) -> Workshop:
        return self.session.workshop

    def edit(self, action: Callable[[WorkshopSession], object], status: str = "") -> bool:
        """Run one edit; True when it was saved."""
        self.pending.flush()
        # A save of typing in progress continues the same undo step as the previous one.
        self.session.typing = self.pending.saving
        try:
            action(self.session)
        except InvalidValue as error:
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", refused_value(error)))
            return False
        except (LibraryError, OSError) as error:
            # Kept for Retry unless it can never run again (``app/undo_stack.py``: what it
            # changes is gone, and an undo or redo that found it so was dropped).
            self.failed = None if isinstance(error, GONE) else (action, status)
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", _reason(error)))
            return False
        finally:
            self.session.typing = False
        self.failed = None
        if not status and self.session.undo_edit is not None:
            status = self.session.undo_edit.done
        self.saved.emit(status)
        self.undo_state_changed.emit()
        return True

    def retry(self) -> bool:
        """Run the edit the library refused again (after closing the other program, making
        room on the disk…); True when it is now saved."""
        if self.failed is None:
            return False
        action, status = self.failed
        return self.edit(action, status)

    def remember_step(self, step: Step) -> None:
        """Where the workshop reopens. Navigation, not an edit: no undo entry, no "Saved"."""
        self.pending.flush()
        try:
            self.session.go_to_step(step)
        except (LibraryError, OSError) as error:
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", _reason(error)))

    def undo(self) -> None:
        edit = self.session.undo_edit
        if edit is not None and self.edit(lambda s: s.undo(), edit.undone):
            self._reveal()

    def redo(self) -> None:
        edit = self.session.redo_edit
        if edit is not None and self.edit(lambda s: s.redo(), edit.redone):
            self._reveal()

    def _reveal(self) -> None:
        if self.session.last_touched is not None:
            self.revealed.emit(self.session.last_touched)


def _reason(error: Exception) -> str:
    """Any error in the window's language, from its code (a system error by its errno)."""
    return error_sentence(error, ui_language())
