"""One undo model for every document: a workshop (its session) and the library.

Each document owns one :class:`UndoStack` of commands that keep one protocol: a ``label``
(what the Edit menu and the status bar say), ``apply`` and ``revert`` against the library.
The window asks the current document's stack, whichever page shows.

A failure is handled the same way in both: a step that can never run again (what it changes
was deleted meanwhile, by the command line or another window) is dropped, so the history never
gets stuck on it; one refused for now (library busy, disk full, read-only) stays where it was,
to be tried again. Either way the error rises to the caller, which says it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from okr_workshop.app.commands import EditLabel
from okr_workshop.storage.errors import EditRefused, EntityNotFound, WorkshopNotFound
from okr_workshop.storage.repository import Repository

# Errors after which the same step can never succeed.
GONE = (WorkshopNotFound, EntityNotFound, EditRefused)


class UndoableCommand(Protocol):
    label: EditLabel

    def apply(self, repository: Repository) -> None: ...

    def revert(self, repository: Repository) -> None: ...


C = TypeVar("C", bound=UndoableCommand)


class UndoStack(Generic[C]):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._undo: list[C] = []
        self._redo: list[C] = []

    # What the Edit menu and the status bar read ------------------------------------------

    @property
    def undo_label(self) -> str | None:
        """The name of the edit Undo would take back, for the Edit menu."""
        return self._undo[-1].label.name if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label.name if self._redo else None

    @property
    def undo_edit(self) -> EditLabel | None:
        """The last edit done (or redone), with its status sentences."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_edit(self) -> EditLabel | None:
        return self._redo[-1].label if self._redo else None

    # Changing it -------------------------------------------------------------------------

    @property
    def top(self) -> C | None:
        return self._undo[-1] if self._undo else None

    def commands(self) -> list[C]:
        """The steps that can be undone, oldest first."""
        return list(self._undo)

    def undone(self) -> list[C]:
        """The steps that can be redone, the next to redo last."""
        return list(self._redo)

    def push(self, command: C) -> None:
        """``command`` was just done: it is the next to undo, and nothing can be redone."""
        self._undo.append(command)
        del self._undo[: -self.limit]
        self._redo.clear()

    def pop(self) -> C:
        """Take the top step off (an edit continuing it replaces it)."""
        return self._undo.pop()

    def undo(self, run: Callable[[C], object]) -> C | None:
        """Take back the top step with ``run(command)``; None when there is none."""
        return self._move(self._undo, self._redo, run)

    def redo(self, run: Callable[[C], object]) -> C | None:
        return self._move(self._redo, self._undo, run)

    @staticmethod
    def _move(source: list[C], target: list[C], run: Callable[[C], object]) -> C | None:
        if not source:
            return None
        command = source.pop()
        try:
            run(command)
        except GONE:
            raise  # dropped: it can never run again
        except Exception:
            source.append(command)  # refused for now: still there to try again
            raise
        target.append(command)
        return command


class Document:
    """What the window asks of the open document (the library, or a workshop), whichever
    it is: its one stack, and undo/redo that return what they took back."""

    history: UndoStack

    @property
    def undo_label(self) -> str | None:
        return self.history.undo_label

    @property
    def redo_label(self) -> str | None:
        return self.history.redo_label

    @property
    def undo_edit(self) -> EditLabel | None:
        return self.history.undo_edit

    @property
    def redo_edit(self) -> EditLabel | None:
        return self.history.redo_edit
