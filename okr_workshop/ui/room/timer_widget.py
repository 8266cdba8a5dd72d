"""The step timer on the console: the countdown in large type over the page, coloured as
the room will see it (amber for the last minutes, red at zero and in overtime), with its
buttons. It only draws readings; ``timer_control.py`` runs the clock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from okr_workshop.domain.timer_reading import TimerReading, Urgency
from okr_workshop.ui.step_names import step_name

# The console's clock reads at a glance from a step back: well over the page's text.
CLOCK_SCALE = 1.5
URGENCY = "urgency"  # the dynamic property the style sheet colours by
STYLE = """
QLabel#timerClock { padding: 0 10px; border-radius: 6px; }
QLabel#timerClock[urgency="amber"] { background: #f2b233; color: #1a1a1a; }
QLabel#timerClock[urgency="over"] { background: #c62828; color: #ffffff; }
QLabel#timerClock[urgency="idle"] { color: palette(mid); }
"""


class TimerWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepTimer")
        self.setStyleSheet(STYLE)
        self.clock = QLabel("--:--")
        self.clock.setObjectName("timerClock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.clock.font())
        font.setPointSizeF(font.pointSizeF() * CLOCK_SCALE)
        font.setBold(True)
        # Digits of one width, so the clock does not wobble as it counts.
        font.setFeature(QFont.Tag("tnum"), 1)
        self.clock.setFont(font)
        self.clock.setProperty(URGENCY, "idle")
        self.caption = QLabel()
        self.caption.setObjectName("timerCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.clock.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # As wide as an overtime reading from the start: the buttons never shift as it counts.
        self.clock.setMinimumWidth(self.clock.fontMetrics().horizontalAdvance("+88:88") + 24)
        layout.addWidget(self.clock)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # the buttons at the end of the bar, the clock at its start
        self._layout = layout

    def add_button(self, name: str, action: QAction) -> QToolButton:
        """A button for ``action`` (its text, tooltip, enabled state follow the action)."""
        button = QToolButton()
        button.setObjectName(f"timer_{name}")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Off the Tab chain (it reads the step list, then the page) and a click never takes a
        # field's focus: the keys are Ctrl+T, F7, F8, Shift+F8 and the Room menu.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons[name] = button
        self._layout.addWidget(button)
        return button

    def show_reading(self, reading: TimerReading | None, started: bool) -> None:
        """``reading`` of the step on screen (None: the step has no line on the run sheet);
        ``started``: the timer has run this session (before that the clock is grey)."""
        if reading is None:
            self.clock.setText("--:--")
            self._set_urgency("idle")
            self.caption.setText(self.tr("Not on the run sheet"))
            return
        self.clock.setText(reading.clock_text)
        self._set_urgency(reading.urgency.value if started or reading.elapsed_seconds else "idle")
        minutes = round(reading.planned_seconds / 60)
        # The step is the one highlighted in the list beside: the bar, shared with the
        # still-to-do panel on a 1366-pixel screen, says only the plan; the tooltip says all.
        self.setToolTip(self.tr("%1: %2 min planned").replace("%1", step_name(reading.step))
                        .replace("%2", str(minutes)))
        caption = self.tr("%1 min planned").replace("%1", str(minutes))
        if reading.urgency == Urgency.OVER:
            caption = self.tr("%1 — over time").replace("%1", caption)
        elif started and not reading.running:
            caption = self.tr("%1 — paused").replace("%1", caption)
        self.caption.setText(caption)

    @property
    def urgency(self) -> str:
        return str(self.clock.property(URGENCY))

    def _set_urgency(self, value: str) -> None:
        if self.clock.property(URGENCY) != value:
            self.clock.setProperty(URGENCY, value)
            # A dynamic property does not restyle by itself.
            self.clock.style().unpolish(self.clock)
            self.clock.style().polish(self.clock)
