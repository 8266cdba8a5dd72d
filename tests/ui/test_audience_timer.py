"""The timer the audience window shows: the console's reading, its colours, nothing before
the coach starts it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.timer_reading import TimerReading
from okr_workshop.ui.room.audience_timer import AudienceTimer
from okr_workshop.ui.room.channel import RoomChannel
from okr_workshop.ui.room.scene import AMBER, MAIN_MIN_PIXELS, RED


def test_it_follows_the_channel(qtbot):
    channel = RoomChannel(Workshop(title="Atelier"))
    host = QWidget()
    qtbot.addWidget(host)
    timer = AudienceTimer(channel, host)
    host.show()
    assert not timer.isVisible()  # not started: the room sees no clock
    channel.show_timer(TimerReading(Step.FOCUS, 900, 65, True))
    assert timer.isVisible() and timer.text() == "13:55"
    assert timer.colour() == host.palette().windowText().color()
    channel.show_timer(TimerReading(Step.FOCUS, 900, 800, True))
    assert timer.colour() == AMBER
    channel.show_timer(TimerReading(Step.FOCUS, 900, 990, True))
    assert (timer.text(), timer.colour()) == ("+01:30", RED)
    channel.show_timer(TimerReading(Step.FOCUS, 900, 990, False))
    assert timer.colour().alphaF() < 1 and timer.colour().rgb() == RED.rgb()
    assert timer.font().pixelSize() >= MAIN_MIN_PIXELS
    channel.show_timer(None)
    assert not timer.isVisible()
