"""The "Good practices" panel under each step: the source's practices that apply to the step
on screen, ticked off by the facilitator (Space or a click), counted by the health check.
Its header folds it away to give the "still to do" lines the room; it stays folded or open
from one step to the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QToolButton, QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.practices_model import PracticesModel
from okr_workshop.ui.session_bridge import SessionBridge


class PracticesPanel(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicesPanel")
        self.model = PracticesModel(bridge, self)
        self.toggle = QToolButton()
        self.toggle.setObjectName("practicesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Show or hide the source’s good practices for this "
                                       "step. The health check counts those ticked."))
        self.list = QListView()
        self.list.setObjectName("practicesList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Good practices"))
        self.list.setToolTip(self.tr("Space ticks or unticks the selected practice."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.list, 1)
        self.toggle.toggled.connect(self._fold)
        self.model.ticks_changed.connect(self._show_count)
        self.model.modelReset.connect(self._select_first)
        self._fold(True)

    def show_step(self, workshop: Workshop, step: Step) -> None:
        self.model.show_step(workshop, step)
        self.setVisible(self.model.rowCount() > 0)

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _fold(self, open_: bool) -> None:
        self.list.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _show_count(self) -> None:
        self.toggle.setText(
            self.tr("Good practices: %1 of %2 ticked")
            .replace("%1", str(self.model.ticked_count()))
            .replace("%2", str(self.model.rowCount())))
