"""The small contract each tab of the Steering page keeps (the step-page contract, scaled
down): built with the bridge and the prompts, never loading in its constructor; ``load``
shows the whole workshop; edits go through ``self.bridge.edit``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge


class SteeringTab(QWidget):
    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.prompts = prompts

    def tab_title(self) -> str:
        """The tab's label, with an & before its Alt+letter."""
        raise NotImplementedError

    def load(self, workshop: Workshop) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the keys where work on the tab starts."""
        self.focusNextChild()

    def reveal(self, touched: Touched) -> bool:
        """Select what an undo or redo just changed; False when this tab does not show it."""
        return False
