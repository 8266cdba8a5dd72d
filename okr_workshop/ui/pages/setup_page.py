"""Step 1, Setup: the workshop's identity, its teams and people, and the common rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from okr_workshop.domain.model import Step, Workshop
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.workshop_form import WorkshopForm


class SetupPage(StepPage):
    step = Step.SETUP

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.notice = QLabel()
        self.notice.setObjectName("setupNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()

        self.workshop_form = WorkshopForm(bridge)
        self.workshop_form.message.connect(self.show_notice)
        workshop_box = QGroupBox(self.tr("Workshop"))
        QVBoxLayout(workshop_box).addWidget(self.workshop_form)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.notice)
        column.addWidget(workshop_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.load(bridge.workshop)

    def title(self) -> str:
        return self.tr("Setup")

    def load(self, workshop: Workshop) -> None:
        self.workshop_form.load(workshop)

    def show_notice(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))
