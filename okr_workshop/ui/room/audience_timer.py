"""The step timer as the room sees it, for the audience window to place where it likes
(a corner of every scene): the countdown in large type, amber for the last minutes, red at
zero and counting the overtime, dimmed while paused; nothing at all until the coach starts
the timer (the channel's reading is None).

It draws only what the console published (``RoomChannel.timer``), so both views always
show the same reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.domain.timer_reading import TimerReading, Urgency
from okr_workshop.ui.room.channel import RoomChannel
from okr_workshop.ui.room.scene import AMBER, MAIN_PIXELS_1080, RED, room_pixels

URGENCY_COLOURS = {Urgency.AMBER: AMBER, Urgency.OVER: RED}


class AudienceTimer(QLabel):
    def __init__(self, channel: RoomChannel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceTimer")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reading: TimerReading | None = None
        self.fit(1080)
        channel.timer_changed.connect(self.show_reading)
        self.show_reading(channel.timer)

    def fit(self, view_height: int) -> None:
        """Type sized for a view ``view_height`` pixels high (as large as the main text)."""
        font = QFont(self.font())
        font.setPixelSize(room_pixels(view_height, MAIN_PIXELS_1080))
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of one width: the clock stays still
        self.setFont(font)

    def colour(self) -> QColor:
        """The colour the reading is drawn in (the palette's text while calm)."""
        return self.palette().color(QPalette.ColorRole.WindowText)

    def show_reading(self, reading: TimerReading | None) -> None:
        self.reading = reading
        if reading is None:
            self.hide()
            return
        self.setText(reading.clock_text)
        base = self.parentWidget().palette() if self.parentWidget() else QPalette()
        colour = QColor(URGENCY_COLOURS.get(reading.urgency,
                                            base.color(QPalette.ColorRole.WindowText)))
        if not reading.running:
            colour.setAlphaF(0.55)  # paused: still there, quieter
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        self.show()
