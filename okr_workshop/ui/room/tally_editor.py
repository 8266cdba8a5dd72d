"""The counts of a tally round, typed by the coach from the dots on the wall; read-only, the
totals of a round already revealed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from okr_workshop.domain.model import Objective
from okr_workshop.domain.room import MAX_TALLY


class TallyEditor(QWidget):
    """One spin box an objective; a count is saved when it is confirmed (Enter, leaving the
    box, the arrows): each saved count is one undo step."""

    counted = Signal(str, int)  # objective id, dots
    rebuilt = Signal()  # new boxes: the panel puts them in its Tab chain

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.boxes: dict[str, QSpinBox] = {}
        self._titles: dict[str, QLabel] = {}
        self._order: list[str] = []

    def show_counts(self, objectives: tuple[Objective, ...], counts: dict[str, int],
                    editable: bool) -> None:
        order = [o.id for o in objectives]
        if order != self._order:
            self._rebuild(objectives)
        for objective in objectives:
            self._titles[objective.id].setText(objective.title)
            box = self.boxes[objective.id]
            box.blockSignals(True)
            box.setValue(counts.get(objective.id, 0))
            box.blockSignals(False)
            box.setReadOnly(not editable)
            box.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if editable
                                 else QSpinBox.ButtonSymbols.NoButtons)

    def _rebuild(self, objectives: tuple[Objective, ...]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from this frame, not only after the event loop
                item.widget().deleteLater()
        self.boxes, self._titles = {}, {}
        self._order = [o.id for o in objectives]
        for row, objective in enumerate(objectives):
            title = QLabel(objective.title)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            box = QSpinBox()
            box.setRange(0, MAX_TALLY)
            box.setKeyboardTracking(False)  # "12" is one count, not 1 then 12
            box.setAccessibleName(objective.title)
            title.setBuddy(box)
            box.valueChanged.connect(lambda value, o=objective.id: self.counted.emit(o, value))
            self._grid.addWidget(title, row, 0)
            self._grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            self.boxes[objective.id], self._titles[objective.id] = box, title
            title.show()  # at once, not after the event loop's turn: the page is on screen
            box.show()
        self.rebuilt.emit()
