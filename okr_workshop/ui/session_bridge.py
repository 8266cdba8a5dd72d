"""The open workshop, seen from Qt: signals on change, and save errors turned into messages.

Pages call ``bridge.edit(...)`` with a function that performs one session edit. A failure to
save never raises into a slot (which would lose the message): it is reported through
``save_failed`` and the status bar says the edit was not saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from okr_workshop.app.errors import error_sentence
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.connection import LibraryError
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.value_errors import refused_value


class SessionBridge(QObject):
    changed = Signal(object)  # the reloaded Workshop
    saved = Signal(str)  # what the status bar says: "Team renamed", "Team renaming undone"
    save_failed = Signal(str)  # a sentence saying what went wrong
    undo_state_changed = Signal()

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The last edit the library refused (busy, disk full, read-only), kept for Retry;
        # nothing of it was saved, so running it again is the same edit.
        self.failed: tuple[Callable[[WorkshopSession], object], str] | None = None
        session.subscribe(self.changed.emit)

    @property
    def workshop(self) -> Workshop:
        return self.session.workshop

    def edit(self, action: Callable[[WorkshopSession], object], status: str = "") -> bool:
        """Run one edit; True when it was saved."""
        try:
            action(self.session)
        except InvalidValue as error:
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", refused_value(error)))
            return False
        except (LibraryError, OSError) as error:
            self.failed = (action, status)
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", _reason(error)))
            return False
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
        try:
            self.session.go_to_step(step)
        except (LibraryError, OSError) as error:
            self.save_failed.emit(self.tr("Not saved: %1").replace("%1", _reason(error)))

    def undo(self) -> None:
        edit = self.session.undo_edit
        if edit is not None:
            self.edit(lambda s: s.undo(), edit.undone)

    def redo(self) -> None:
        edit = self.session.redo_edit
        if edit is not None:
            self.edit(lambda s: s.redo(), edit.redone)


def _reason(error: Exception) -> str:
    """Any error in the window's language, from its code (a system error by its errno)."""
    return error_sentence(error, ui_language())
