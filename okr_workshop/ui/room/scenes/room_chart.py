"""A key result's chart on the audience view: the window's chart (the deck's chart scene,
painted as ``ui/widgets/kr_chart.py`` paints it) in the room's colours — light words and
grid on the dark ground, the series in the palette's brighter twins."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from okr_workshop.domain.model import KeyResult, Workshop
from okr_workshop.domain.steering import chart_scene as parts
from okr_workshop.domain.steering.chart_geometry import KrChart, kr_chart
from okr_workshop.ui.room.scene import room_pixels
from okr_workshop.ui.widgets.kr_chart import chart_words, paint_scene

CHART_PIXELS_1080 = 24  # the chart's words: secondary to the value typed above it


def _room_colours(ink: QColor, ground: QColor) -> dict[str, str]:
    return {
        parts.TEXT: ink.name(), parts.MUTED: "#C5CBD3", parts.GRID: "#3A4049",
        parts.EXPECTED: "#AEB6C0", parts.BASELINE: "#AEB6C0", "#FFFFFF": ground.name(),
        parts.VALUES: "#56B4E9",  # Okabe–Ito's sky blue: the blue that reads on black
    }


class RoomChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart: KrChart | None = None
        self.view = 1080

    def show_key_result(self, workshop: Workshop, kr: KeyResult | None, view: int) -> None:
        self.chart = kr_chart(workshop, kr) if kr is not None else None
        self.view = view
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.chart is None or self.width() < 200 or self.height() < 120:
            return
        scene = parts.chart_scene(self.chart, chart_words(), self.width() - 2,
                                  self.height() - 2, room_pixels(self.view, CHART_PIXELS_1080))
        # Copies: color() refers into a palette that palette() made for this line only.
        ink = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        ground = QColor(self.palette().color(QPalette.ColorRole.Window))
        colours = _room_colours(ink, ground)
        scene.shapes = [replace(s, colour=colours.get(s.colour, s.colour))
                        for s in scene.shapes]
        painter = QPainter(self)
        painter.translate(1, 1)
        paint_scene(painter, scene, self.font())
        painter.end()
