"""Fist-to-five in the check-in round (issue 15, point 7): the room shows its confidence in
the key result on its fingers, the coach counts the hands, the audience view shows the
spread as bars. A wide spread asks to hear the lowest and the highest hands first; "Record"
puts the confidence (the middle hand × 2, on the round's 0–10 scale) in the key result's
confidence cell — saved with the row, by Enter, like a typed one.

Keyboard: Ctrl+Shift+V opens and closes it; type each count (Tab between them), Alt+N
(French: Alt+G) records, Esc closes without recording.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.fist_to_five import FINGERS, MAX_HANDS, FistToFive
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.fist_words import finger_name, vote_summary, wide_spread_warning

WARNING_STYLE = ("QLabel { background: #f2b233; color: #1f1f1f; border-radius: 4px;"
                 " padding: 4px 8px; }")


class FistToFiveBox(QGroupBox):
    changed = Signal(object)  # the FistToFive counted so far, or None once closed
    recorded = Signal(int)  # the confidence (0–10) to put in the round's cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fistToFive")
        self.setTitle(self.tr("Fist to five: the room’s confidence in this key result"))
        self.spins: list[QSpinBox] = []
        counts = QGridLayout()
        for fingers in FINGERS:
            spin = QSpinBox()
            spin.setObjectName(f"fingers{fingers}")
            spin.setRange(0, MAX_HANDS)
            spin.valueChanged.connect(lambda _v: self._changed())
            label = QLabel(self._hand_name(fingers))
            label.setBuddy(spin)
            spin.setAccessibleName(fill(self.tr("People showing: %1"), label.text()))
            counts.addWidget(label, 0, fingers)
            counts.addWidget(spin, 1, fingers)
            self.spins.append(spin)
        self.summary = QLabel()
        self.summary.setObjectName("fistSummary")
        self.summary.setWordWrap(True)
        self.scale = QLabel(self.tr("The confidence recorded is the middle hand × 2 "
                                    "(a fist 0, five fingers 10)."))
        self.scale.setWordWrap(True)
        self.warning = QLabel(wide_spread_warning())
        self.warning.setObjectName("fistWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.record_button = QPushButton(self.tr("Record confide&nce"))
        self.record_button.setObjectName("recordConfidence")
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton(self.tr("Start &again"))
        self.clear_button.setObjectName("clearHands")
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.scale)
        self.toggle_action = QAction(self.tr("Fist to five…"), self)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.toggle_action.setToolTip(self.tr("Count the room’s fingers for the confidence "
                                              "of this key result (Ctrl+Shift+V)"))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self._open)
        self.hide()
        self._changed()

    def _hand_name(self, fingers: int) -> str:
        if fingers == 0:
            return finger_name(0)
        return self.tr("1 finger") if fingers == 1 else fill(self.tr("%1 fingers"), fingers)

    def vote(self) -> FistToFive:
        return FistToFive(tuple(spin.value() for spin in self.spins))

    def _open(self, on: bool) -> None:
        self.setVisible(on)
        if on:
            self.spins[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.spins[0].selectAll()
            self.changed.emit(self.vote())
        else:
            self.changed.emit(None)

    def close_vote(self) -> None:
        self.clear()
        self.toggle_action.setChecked(False)

    def clear(self) -> None:
        for spin in self.spins:
            spin.blockSignals(True)
            spin.setValue(0)
            spin.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        vote = self.vote()
        self.summary.setText(vote_summary(vote))
        self.warning.setVisible(vote.wide)
        self.record_button.setEnabled(vote.confidence is not None)
        if self.isVisible():
            self.changed.emit(vote)

    def record(self) -> None:
        confidence = self.vote().confidence
        if confidence is not None:
            self.recorded.emit(confidence)
            self.close_vote()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_vote()
            return
        super().keyPressEvent(event)
