"""The fist-to-five spread as six large bars (a fist, then 1 to 5 fingers), the count of
hands above each bar; the lowest and highest hands stand out when the spread is wide."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from okr_workshop.domain.fist_to_five import FINGERS, FistToFive
from okr_workshop.ui.room.fist_words import finger_name
from okr_workshop.ui.room.scene import AMBER, BLUE, SECOND_PIXELS_1080, room_pixels


class FistBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fistBars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.vote = FistToFive()
        self.view = 1080

    def show_vote(self, vote: FistToFive, view: int) -> None:
        self.vote, self.view = vote, view
        self.setAccessibleDescription(", ".join(
            f"{finger_name(f)}: {vote.counts[f]}" for f in FINGERS))
        self.update()

    def texts(self) -> list[str]:
        return [f"{finger_name(f)}: {self.vote.counts[f]}" for f in FINGERS]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(room_pixels(self.view, SECOND_PIXELS_1080))
        font.setBold(True)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        # Copies: color() refers into a palette that palette() made for this line only.
        ink = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        slot = self.width() / len(FINGERS)
        bar_width = slot * 0.6
        floor = self.height() - line * 1.4  # the finger names under the bars
        top = line * 1.4  # room for the count above the tallest bar
        most = max(self.vote.counts) or 1
        ends = {self.vote.lowest, self.vote.highest} if self.vote.wide else set()
        for fingers in FINGERS:
            count = self.vote.counts[fingers]
            x = slot * fingers + (slot - bar_width) / 2
            height = (floor - top) * count / most
            colour = QColor(AMBER if fingers in ends else BLUE)
            if count:
                painter.fillRect(QRectF(x, floor - height, bar_width, height), colour)
            else:  # no hand: a thin line, so the scale still reads 0 to 5
                painter.fillRect(QRectF(x, floor - 3, bar_width, 3), ink)
            painter.setPen(ink)
            painter.drawText(QRectF(x - slot * 0.2, floor - height - line * 1.3,
                                    bar_width + slot * 0.4, line * 1.2),
                             Qt.AlignmentFlag.AlignCenter, str(count))
            painter.drawText(QRectF(slot * fingers, floor + line * 0.2, slot, line * 1.2),
                             Qt.AlignmentFlag.AlignCenter, finger_name(fingers))
        painter.end()
