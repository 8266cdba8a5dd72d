"""What the main window asks of the open document, the library or a workshop, to undo and
redo: it never branches on which page shows. Each document keeps one ``UndoStack``
(``app/undo_stack.py``); its page (``HomePage``) or bridge (``SessionBridge``) undoes on it
and says what happened (a message, the change selected)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from okr_workshop.app.undo_stack import Document


class EditedDocument(Protocol):
    @property
    def document(self) -> Document: ...

    def undo(self) -> None: ...

    def redo(self) -> None: ...
