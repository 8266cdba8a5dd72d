"""Vision on the audience view: the Present view's slides (the vision, then each strategic
objective with its why), the slide chosen by the pointer's ``objective_id`` (a strategic
objective's id; None: the vision)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.present_view import Slide, vision_slides
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import MAIN_PIXELS_1080, SECOND_PIXELS_1080, Scene, room_label
from okr_workshop.ui.room.scenes.fit import fit, view_height


class VisionScene(Scene):
    step = Step.VISION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = room_label(pixels=SECOND_PIXELS_1080, name="visionHeading")
        self.body = room_label(name="visionBody")
        self.detail = room_label(pixels=SECOND_PIXELS_1080, name="visionDetail")
        for label in (self.heading, self.body, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.detail, 2)
        self.slide = Slide("", "")

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        slides = vision_slides(workshop)
        self.slide = next((s for s in slides if s.strategic_id == pointer.objective_id),
                          slides[0])
        self.heading.setText(self.slide.heading)
        self.body.setText(self.slide.body)
        self.detail.setText(self.slide.detail)
        self.detail.setVisible(bool(self.slide.detail))
        self._fit()

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        ids = [s.strategic_id for s in vision_slides(workshop)]
        here = ids.index(pointer.objective_id) if pointer.objective_id in ids else 0
        return Pointer(self.step, objective_id=ids[(here + delta) % len(ids)])

    def _fit(self) -> None:
        """As the Present view did: the body as large as its room allows, the why under it."""
        view = view_height(self)
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = width // 14
        text_width = width - 2 * margin
        self.layout().setContentsMargins(margin, height // 24, margin, height // 40)
        fit(self.heading, text_width, height // 8, SECOND_PIXELS_1080, SECOND_PIXELS_1080, view)
        room = int(height * (0.42 if self.slide.detail else 0.7))
        fit(self.body, text_width, room, 120, MAIN_PIXELS_1080, view)
        if self.slide.detail:
            fit(self.detail, text_width, int(height * 0.3), 50, MAIN_PIXELS_1080, view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
