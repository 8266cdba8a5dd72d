"""The Progress tab's dashboard: status counts, progress per objective, confidence trend.

Every colour comes with its symbol, its word and a sentence saying what it means, so the
room never has to guess what amber stands for.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.formats import format_short_day
from okr_workshop.domain.enums import PaceStatus
from okr_workshop.domain.steering.chart_scene import STATUS_COLOURS, STATUS_SYMBOLS
from okr_workshop.domain.steering.dashboard import STATUS_ORDER, Dashboard
from okr_workshop.domain.steering.pace import (
    AT_RISK_LAG,
    CONFIDENCE_AT_RISK,
    CONFIDENCE_ON_TRACK,
    ON_TRACK_LAG,
    status_label,
)
from okr_workshop.ui.font_follow import console_zoom, follow_font
from okr_workshop.ui.language import show_number, ui_language
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def status_key(status: PaceStatus | None) -> str:
    return status.value if status else "none"


def status_meaning(status: PaceStatus | None) -> str:
    """What a status means, in one sentence, with pace's own thresholds."""
    if status is PaceStatus.ON_TRACK:
        return fill(
            translate("Dashboard", "At most %1 behind the expected line, and confidence %2 to 10."),
            show_number(ON_TRACK_LAG * 100, "%"),
            CONFIDENCE_ON_TRACK,
        )
    if status is PaceStatus.AT_RISK:
        return fill(
            translate("Dashboard", "Up to %1 behind the line, or confidence %2 to %3."),
            show_number(AT_RISK_LAG * 100, "%"),
            CONFIDENCE_AT_RISK,
            CONFIDENCE_ON_TRACK - 1,
        )
    if status is PaceStatus.OFF_TRACK:
        return fill(
            translate(
                "Dashboard", "Further behind the line, a threshold breached, or confidence 0 to %1."
            ),
            CONFIDENCE_AT_RISK - 1,
        )
    return translate("Dashboard", "No value recorded yet.")


def swatch(status: PaceStatus | None) -> str:
    """The status's symbol in its colour, as rich text (the symbol tells it without colour)."""
    key = status_key(status)
    return (
        f'<span style="color:{STATUS_COLOURS[key]}; font-size:x-large; font-weight:bold">'
        f"{STATUS_SYMBOLS[key]}</span>"
    )


class StatusCount(QLabel):
    def __init__(self, status: PaceStatus | None) -> None:
        super().__init__()
        self.status = status
        self.setObjectName(f"count_{status_key(status)}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_count(self, count: int) -> None:
        word = (
            status_label(self.status, ui_language())
            if self.status
            else translate("Dashboard", "No check-in yet")
        )
        self.setText(
            f"{swatch(self.status)}&nbsp;<b style='font-size:large'>{count}</b>"
            f"&nbsp;<b>{word}</b><br/><small>{status_meaning(self.status)}</small>"
        )
        self.setAccessibleName(f"{word}: {count}")
        self.setAccessibleDescription(status_meaning(self.status))


class ConfidenceTrend(QWidget):
    """The mean confidence of each week as bars, the number written on each."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confidenceTrend")
        self.weeks: list[tuple[str, float]] = []
        self.setMinimumSize(QSize(220, 105))  # the bars, their means and a line of dates
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_weeks(self, weeks: list[tuple[str, float]]) -> None:
        self.weeks = weeks
        said = "; ".join(f"{day}: {show_number(round(mean, 1))}" for day, mean in weeks)
        self.setAccessibleName(translate("Dashboard", "Confidence trend"))
        self.setAccessibleDescription(said or translate("Dashboard", "No check-in yet"))
        self.setToolTip(said)
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        """(top of the bars, the axis, each week's slot width) at the widget's size: the
        axis leaves a line under it for the weeks' dates."""
        metrics = self.fontMetrics()
        top = metrics.height() + 2
        axis = self.height() - metrics.height() - 4
        return top, axis, self.width() / max(len(self.weeks), 13)

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """Each dated bar's box and date under the axis: every bar when the dates fit side
        by side, else every second or third one, so that no two overlap or leave the widget."""
        if not self.weeks:
            return []
        metrics = self.fontMetrics()
        _, axis, slot = self._geometry()
        widest = max(metrics.horizontalAdvance(day) for day, _ in self.weeks) + 6
        every = max(1, math.ceil(widest / slot))
        labels = []
        for index in range(0, len(self.weeks), every):
            centre = index * slot + slot / 2
            left = min(max(centre - widest / 2, 0.0), self.width() - widest)
            if labels and left < labels[-1][0].right():
                continue  # pushed back from the right edge onto the date before it
            labels.append((QRectF(left, axis + 2, widest, metrics.height()),
                           self.weeks[index][0]))
        return labels

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        if not self.weeks:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("Dashboard", "No check-in yet")
            )
            return
        top, bottom, slot = self._geometry()
        for index, (_, mean) in enumerate(self.weeks):
            height = (bottom - top) * mean / 10
            bar = QRectF(index * slot + slot * 0.15, bottom - height, slot * 0.7, height)
            painter.fillRect(bar, QColor("#D55E00"))
            if slot >= metrics.horizontalAdvance("10"):
                painter.setPen(QColor("#1F2937"))
                painter.drawText(
                    QRectF(
                        bar.left() - 4,
                        bar.top() - metrics.height() - 1,
                        bar.width() + 8,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    show_number(round(mean)),
                )
        painter.setPen(QColor("#4B5563"))
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.setPen(QColor("#1F2937"))
        for box, day in self.axis_labels():
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, day)


class DashboardView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.counts = {status: StatusCount(status) for status in STATUS_ORDER}
        counts = QHBoxLayout()
        for status in STATUS_ORDER:
            counts.addWidget(self.counts[status], 1, Qt.AlignmentFlag.AlignTop)
        self.objectives = QWidget()
        self.objectives_layout = QGridLayout(self.objectives)
        self.objectives_layout.setContentsMargins(0, 0, 8, 0)
        self.objectives_layout.setColumnStretch(0, 3)
        self.objectives_layout.setColumnStretch(1, 2)
        scroll = QScrollArea()
        scroll.setWidget(self.objectives)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.trend = ConfidenceTrend()
        below = QHBoxLayout()
        for title, widget, stretch in (
            (translate("Dashboard", "Progress per objective"), scroll, 3),
            (translate("Dashboard", "Confidence, mean per week (0-10)"), self.trend, 2),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget, 1)
            below.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = translate("Dashboard", "Status of the key results")
        layout.addWidget(QLabel(f"<b>{heading}</b>"))
        layout.addLayout(counts)
        layout.addLayout(below, 1)
        # 195 pixels at the usual size (the trend chart and its counts): more when zoomed.
        follow_font(self, lambda: self.setMaximumHeight(round(195 * console_zoom())))

    def show_dashboard(self, board: Dashboard, show_team: bool) -> None:
        for status, label in self.counts.items():
            label.show_count(board.counts.get(status, 0))
        while self.objectives_layout.count():
            item = self.objectives_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, entry in enumerate(board.objectives):
            name = entry.objective.title.strip() or translate("Dashboard", "(untitled objective)")
            if show_team:
                name = f"{entry.team.name.strip()} — {name}"
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(0, 100)
            if entry.progress is None:
                bar.setValue(0)
                bar.setFormat(translate("Dashboard", "not scored yet"))
            else:
                bar.setValue(round(entry.progress * 100))
                bar.setFormat(show_number(round(entry.progress * 100), "%"))
            bar.setAccessibleName(f"{name}: {bar.format()}")
            self.objectives_layout.addWidget(label, row, 0)
            self.objectives_layout.addWidget(bar, row, 1)
        self.objectives_layout.setRowStretch(len(board.objectives), 1)
        language = ui_language()
        self.trend.show_weeks(
            [(format_short_day(w.week, language), w.mean) for w in board.confidence]
        )
