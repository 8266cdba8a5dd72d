"""The contract every step page keeps (like Picard's settings pages: one small interface).

- ``load(workshop)``: show the workshop; called on open and after every saved edit, undo
  or redo. Must keep the user's focus and selection where they can (find rows by id).
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

    def title(self) -> str:
        raise NotImplementedError

    def load(self, workshop: Workshop) -> None:
        raise NotImplementedError

    def missing(self, workshop: Workshop) -> list[str]:
        return []

    def draft(self, workshop: Workshop) -> Workshop:
        """By default nothing typed on the page changes what is judged."""
        return workshop

    def focus_first(self) -> None:
        """By default the keys stay where Qt's focus chain puts them."""

    def reveal(self, touched: Touched) -> None:
        """By default nothing is selected: the step on screen shows the change."""
