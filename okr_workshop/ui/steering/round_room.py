"""The check-in round's room kit, wired in one place: what is typed goes up on the audience
view (:mod:`.round_publisher`), and the fist-to-five box under the round
(:mod:`.fist_to_five_box`) records the room's confidence in the key result's cell."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from okr_workshop.ui.models.check_in_round_model import NEW_CONFIDENCE
from okr_workshop.ui.steering.fist_to_five_box import FistToFiveBox
from okr_workshop.ui.steering.round_publisher import RoundPublisher
from okr_workshop.ui.tab_order import set_tab_chain


class RoundRoom(QObject):
    def __init__(self, tab) -> None:  # a CheckInRoundTab (it imports this module)
        super().__init__(tab)
        self.tab = tab
        self.publisher = RoundPublisher(tab)
        self.fist = FistToFiveBox()
        # With the round's other tools, over the table.
        self.fist_button = QPushButton(self.fist.toggle_action.text())
        self.fist_button.setObjectName("fistToFiveButton")
        self.fist_button.setCheckable(True)
        self.fist_button.setToolTip(self.fist.toggle_action.toolTip())
        self.fist_button.toggled.connect(self.fist.toggle_action.setChecked)
        self.fist.toggle_action.toggled.connect(self.fist_button.setChecked)
        tab.heading_row.insertWidget(1, self.fist_button)
        tab.layout().addWidget(self.fist)
        tab.addAction(self.fist.toggle_action)
        # Tab reads the page in order: the button on its row, the box last, under the history.
        set_tab_chain([tab.lowest_first, self.fist_button, tab.import_button])
        set_tab_chain([tab.history.view, *self.fist.spins, self.fist.clear_button,
                       self.fist.record_button])
        self.fist.changed.connect(self.publisher.show_vote)
        self.fist.recorded.connect(self._record)
        # A vote is about one key result: another one, another vote.
        tab.view.selectionModel().currentRowChanged.connect(self._row_changed)

    def _row_changed(self, current, previous) -> None:
        if current.row() != previous.row() and self.fist.isVisible():
            self.fist.clear()

    def _record(self, confidence: int) -> None:
        """The room's confidence in the cell, the row still a draft: Enter saves it."""
        number = self.tab.view.currentIndex().row()
        if self.tab.model.row_at(number) is None:
            return
        self.tab.model.set_draft(number, confidence=confidence)
        index = self.tab.model.index(number, NEW_CONFIDENCE)
        self.tab.view.setCurrentIndex(index)
        self.tab.view.setFocus(Qt.FocusReason.OtherFocusReason)
