"""The contract every step page keeps (like Picard's settings pages: one small interface).

- ``load(workshop)``: show the whole workshop. Never called in the constructor: a page loads
  when it is first shown, once per opened workshop. Must keep the user's focus and selection
  where they can (find rows by id).
- Lazy: after an edit, undo or redo only the page on screen is brought up to date, with
  ``show_changes(workshop, changes)`` (a ``ChangeSet``, ``app/changes.py``: the kinds and ids
  that changed). By default it loads the whole workshop; a page whose full load is slow on a
  large workshop redraws only what changed. Hidden pages are only marked stale
  (``mark_stale``, no work) and load when shown (``bring_up_to_date``).
- Edits go through ``self.bridge.edit(lambda s: s.<edit>(...))``; pages never write SQL.
- ``missing(workshop)``: extra sentences about what is still missing, beyond the rules'
  findings for this step (``domain/steps.py``) that the window already shows under the page.
- Modal questions (files, confirmations) go through ``self.prompts`` so tests can answer them.
- ``focus_first()``: put the keys where work on the step starts; the window calls it when
  the step is reached with Alt+digit or Ctrl+PgUp/PgDown.
- ``draft(workshop)``: the workshop with what is typed on the page and not saved yet, so
  what the window says is missing follows the typing; ``draft_changed`` says it changed.
- ``reveal(touched)``: select what an undo or redo just changed (``app/touched.py``); the
  window has already brought the step on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from okr_workshop.app.changes import ChangeSet
from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge


class StepPage(QWidget):
    step: Step
    draft_changed = Signal()

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.prompts = prompts
        self._stale = True  # nothing loaded yet: the first showing loads the workshop

    def title(self) -> str:
        raise NotImplementedError

    def load(self, workshop: Workshop) -> None:
        raise NotImplementedError

    def show_changes(self, workshop: Workshop, changes: ChangeSet) -> None:
        """The page is on screen and ``changes`` were just saved (or undone, redone)."""
        self.load(workshop)

    # Laziness, kept by the window: pages need not override these.

    @property
    def stale(self) -> bool:
        """The page does not show the workshop as it is (hidden during an edit, or never
        shown since the workshop opened)."""
        return self._stale

    def mark_stale(self) -> None:
        self._stale = True

    def bring_up_to_date(self) -> None:
        """Called when the page comes on screen: load the workshop if it changed meanwhile."""
        if self._stale:
            self._stale = False
            self.load(self.bridge.workshop)

    def update_visible(self, workshop: Workshop, changes: ChangeSet) -> None:
        """Called on the page on screen after an edit."""
        if self._stale:
            self.bring_up_to_date()
        else:
            self.show_changes(workshop, changes)

    def missing(self, workshop: Workshop) -> list[str]:
        return []

    def draft(self, workshop: Workshop) -> Workshop:
        """By default nothing typed on the page changes what is judged."""
        return workshop

    def focus_first(self) -> None:
        """By default the keys stay where Qt's focus chain puts them."""

    def reveal(self, touched: Touched) -> None:
        """By default nothing is selected: the step on screen shows the change."""
