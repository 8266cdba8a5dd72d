"""The check-in round's table: compact rows, columns shared out by the width (never
narrower than their heading), Enter on a row without an open cell asks to save it.

Tab in an open cell goes on to the next cell (value → confidence → comment…); with no cell
open it leaves the table, as everywhere in the window. The new cells are a draft until
Enter saves the row as one check-in, so the window's saving of typing after a pause leaves
them alone.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.check_in_round_model import KEY_RESULT
from okr_workshop.ui.pending_edits import mark_draft

# Share of the width per column, so 1366 pixels show the sentence and the cells.
_WIDTHS = (8, 11, 22, 8, 6, 8, 7, 12, 10, 8)


class RoundTable(QTableView):
    enter_pressed = Signal(int)  # Enter on this row, no cell open

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Compact rows: 40 teams' key results should not need pages of scrolling.
        follow_font(self, lambda: self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 10))
        self.horizontalHeader().setStretchLastSection(True)
        mark_draft(self)

    def size_columns(self) -> None:
        """Each column its share of the width, never narrower than its heading."""
        width = max(self.viewport().width(), 1100)
        metrics = self.horizontalHeader().fontMetrics()
        widths = []
        for column, share in enumerate(_WIDTHS):
            heading = self.model().headerData(column, Qt.Orientation.Horizontal) or ""
            widths.append(max(width * share // sum(_WIDTHS),
                              metrics.horizontalAdvance(heading) + 16))
        # Headings wider than their share: the sentence's column gives the room back.
        widths[KEY_RESULT] = max(160, widths[KEY_RESULT] - max(0, sum(widths) - width))
        for column, wanted in enumerate(widths[:-1]):
            self.setColumnWidth(column, wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.size_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState:
            self.enter_pressed.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

