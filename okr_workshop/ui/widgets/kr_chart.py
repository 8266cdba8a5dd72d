"""A key result's chart in the window: the deck's chart scene painted with QPainter.

The layout is :func:`~okr_workshop.domain.steering.chart_scene.chart_scene`'s (shared with
``export/charts.py``), so the chart on screen is the one on the slide. The widget repaints
at any size; its accessible name and description say in words what the chart shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from okr_workshop.app.formats import format_short_day
from okr_workshop.domain.model import KeyResult, Workshop
from okr_workshop.domain.steering.chart_geometry import KrChart, kr_chart
from okr_workshop.domain.steering.chart_scene import (
    Box,
    ChartWords,
    Label,
    Mark,
    Scene,
    Stroke,
    chart_scene,
)
from okr_workshop.ui.language import show_day, show_number, ui_language
from okr_workshop.ui.placeholders import fill

TEXT_PIXELS = 17  # large enough to read on a projector from the back of the room
ROOMY_HEIGHT = 260  # below this the words give way to the plot


# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def chart_words() -> ChartWords:
    language = ui_language()
    return ChartWords(
        values=translate("KrChart", "Measured values"),
        expected=translate("KrChart", "Expected pace"),
        target=translate("KrChart", "Target"),
        baseline=translate("KrChart", "Baseline"),
        confidence=translate("KrChart", "Confidence (0-10, right)"),
        lower_is_better=translate("KrChart", "Lower is better"),
        higher_is_better=translate("KrChart", "Higher is better"),
        done=translate("KrChart", "Done"),
        not_yet=translate("KrChart", "Not yet"),
        no_check_in=translate("KrChart", "No check-in yet"),
        number=show_number,
        day=lambda on: format_short_day(on, language),
    )


def paint_scene(painter: QPainter, scene: Scene, font: QFont) -> None:
    """Copy the scene's shapes onto ``painter`` (origin top left, like the scene)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fonts: dict[tuple[int, bool], QFont] = {}
    for shape in scene.shapes:
        if isinstance(shape, Stroke):
            pen = QPen(QColor(shape.colour), shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if shape.dash:
                # Qt counts dashes in pen widths, the scene in units like reportlab.
                pen.setDashPattern([d / shape.width for d in shape.dash])
            painter.setPen(pen)
            if shape.pairs:
                painter.drawLines([QPointF(x, y) for x, y in shape.points])
            else:
                painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        elif isinstance(shape, Mark):
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor(shape.colour))
            half = shape.size / 2
            rect = QRectF(shape.x - half, shape.y - half, shape.size, shape.size)
            if shape.shape == "circle":
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif isinstance(shape, Box):
            painter.fillRect(
                QRectF(shape.x, shape.y, shape.width, shape.height), QColor(shape.colour)
            )
        elif isinstance(shape, Label):
            _label(painter, shape, font, fonts)


def _label(painter: QPainter, label: Label, font: QFont, fonts: dict) -> None:
    key = (round(label.size), label.bold)
    if key not in fonts:
        text_font = QFont(font)
        text_font.setPixelSize(max(1, key[0]))
        text_font.setBold(label.bold)
        fonts[key] = text_font
    painter.setFont(fonts[key])
    painter.setPen(QColor(label.colour))
    width = painter.fontMetrics().horizontalAdvance(label.text)
    x = label.x - (width if label.anchor == "end" else width / 2 if label.anchor == "middle"
                   else 0)
    painter.drawText(QPointF(x, label.y), label.text)


class KrChartView(QWidget):
    """One key result's chart, as large as the room needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("krChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart: KrChart | None = None
        self._words: ChartWords | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 220)

    def show_key_result(self, workshop: Workshop | None, kr: KeyResult | None) -> None:
        self.chart = None if workshop is None or kr is None else kr_chart(workshop, kr)
        self._words = chart_words()
        self.setAccessibleName(
            fill(translate("KrChart", "Chart of “%1”"), kr.text.strip()) if kr else ""
        )
        self.setAccessibleDescription(self._describe(kr))
        self.update()

    def scene(self) -> Scene | None:
        if self.chart is None or self._words is None:
            return None
        # Short or narrow (a window at scale 1.5), smaller words: the legend and the axes
        # would otherwise leave the values a strip of 50 pixels.
        roomy = self.width() >= 600 and self.height() >= ROOMY_HEIGHT
        size = TEXT_PIXELS if roomy else TEXT_PIXELS - 4
        return chart_scene(self.chart, self._words, self.width() - 2, self.height() - 2, size)

    def paintEvent(self, event) -> None:  # noqa: N802
        scene = self.scene()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if scene is not None:
            painter.translate(1, 1)
            paint_scene(painter, scene, self.font())
        painter.end()

    def _describe(self, kr: KeyResult | None) -> str:
        """What the chart shows, for a screen reader and a tooltip."""
        if kr is None or self.chart is None or self.chart.empty:
            return translate("KrChart", "No check-in yet")
        last = kr.latest_check_in()
        value = (
            (translate("KrChart", "done") if last.value >= 0.5 else translate("KrChart", "not yet"))
            if kr.milestone
            else show_number(last.value, kr.unit)
        )
        parts = [
            fill(
                translate("KrChart", "Latest value %1 on %2, confidence %3/10"),
                value,
                show_day(last.on),
                last.confidence,
            )
        ]
        if self.chart.target is not None:
            parts.append(
                fill(translate("KrChart", "target %1"), show_number(self.chart.target, kr.unit))
            )
        if self.chart.lower_is_better:
            parts.append(translate("KrChart", "lower is better"))
        gaps = len(self.chart.runs) - 1
        if gaps:
            if gaps == 1:
                text = translate("KrChart", "the line breaks once, where a week has no check-in")
            else:
                text = translate("KrChart", "the line breaks %1 times, where weeks lack a check-in")
            parts.append(fill(text, gaps))
        return "; ".join(parts)
