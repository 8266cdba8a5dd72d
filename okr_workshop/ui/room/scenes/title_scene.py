"""Setup and Presentation on the audience view: the workshop's title, organisation and
cycle, and the step the room is at. Calm: what a room reads while it settles in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.language import show_day
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import MAIN_PIXELS_1080, SECOND_PIXELS_1080, Scene, room_label
from okr_workshop.ui.room.scenes.fit import fit, view_height
from okr_workshop.ui.step_names import step_name


class TitleScene(Scene):
    step = Step.SETUP  # and Step.RESTITUTION: the pointer says which

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = room_label(pixels=SECOND_PIXELS_1080, name="titleStep")
        self.title = room_label(name="titleTitle")
        self.organisation = room_label(name="titleOrganisation")
        self.cycle = room_label(pixels=SECOND_PIXELS_1080, name="titleCycle")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.step_label, self.title, self.organisation, self.cycle):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(3)
        layout.setSpacing(24)

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        self.step_label.setText(step_name(pointer.step))
        self.title.setText(workshop.title.strip())
        self.organisation.setText(workshop.organisation.strip())
        self.organisation.setVisible(bool(self.organisation.text()))
        self.cycle.setText(self._cycle(workshop))
        self.cycle.setVisible(bool(self.cycle.text()))
        self._fit()

    def _cycle(self, workshop: Workshop) -> str:
        label = workshop.cycle_label.strip()
        if workshop.cycle_start and workshop.cycle_end:
            dates = (self.tr("%1 to %2").replace("%1", show_day(workshop.cycle_start))
                     .replace("%2", show_day(workshop.cycle_end)))
            return f"{label} · {dates}" if label else dates
        return label

    def _fit(self) -> None:
        view = view_height(self)
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = width // 12
        self.layout().setContentsMargins(margin, 0, margin, 0)
        text_width = width - 2 * margin
        fit(self.step_label, text_width, height // 8, SECOND_PIXELS_1080, SECOND_PIXELS_1080,
            view)
        fit(self.title, text_width, height * 2 // 5, 96, MAIN_PIXELS_1080, view)
        fit(self.organisation, text_width, height // 6, 54, MAIN_PIXELS_1080, view)
        fit(self.cycle, text_width, height // 8, 40, SECOND_PIXELS_1080, view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
