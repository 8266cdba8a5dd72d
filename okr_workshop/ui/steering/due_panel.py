"""The "What is due today" panel at the top of the Rituals tab: one sentence per thing due,
and a button (or Enter, or a double click) that goes to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app import clock
from okr_workshop.app.formats import format_day
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.steering.due import DueItem, what_is_due
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.due_model import DueModel

_VISIBLE_LINES = 5  # the list scrolls beyond: the rituals below stay on a 1366×768 screen


class DuePanel(QGroupBox):
    ritual_chosen = Signal(str)  # a ritual's id: show it
    key_result_chosen = Signal(str)  # a key result's id: go to its check-ins

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_show_key_results = False  # set when a tab takes key results to check in
        self.model = DueModel(self)
        self.view = QListView()
        self.view.setObjectName("dueList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("What is due today"))
        follow_font(self.view, lambda: self.view.setMaximumHeight(
            self.view.fontMetrics().lineSpacing() * _VISIBLE_LINES + 2 * self.view.frameWidth()
            + 6))
        self.nothing = QLabel()
        self.nothing.setObjectName("nothingDue")
        self.nothing.setWordWrap(True)
        self.jump = QPushButton(self.tr("&Jump to it"))
        self.jump.setObjectName("jumpToDue")
        self.jump.setToolTip(self.tr("Go to the ritual or key result of the selected line "
                                     "(Enter in the list does the same)."))
        self.jump.clicked.connect(self.go_to_current)
        self.view.activated.connect(lambda _index: self.go_to_current())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.jump)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nothing)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def load(self, workshop: Workshop) -> None:
        today = clock.today()
        self.setTitle(self.tr("What is due today, %1").replace(
            "%1", format_day(today, ui_language())))
        due = what_is_due(workshop, today)
        self.model.load(due)
        if not due:
            self.nothing.setText(self._nothing_sentence(workshop, today))
        self.nothing.setVisible(not due)
        self.view.setVisible(bool(due))
        if due and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._enable()

    def _nothing_sentence(self, workshop: Workshop, today) -> str:
        if workshop.cycle_start is not None and today < workshop.cycle_start:
            return self.tr("Nothing is due: the cycle starts on %1.").replace(
                "%1", format_day(workshop.cycle_start, ui_language()))
        if workshop.cycle_end is not None and today > workshop.cycle_end:
            return self.tr("Nothing is due: the cycle ended on %1.").replace(
                "%1", format_day(workshop.cycle_end, ui_language()))
        if not workshop.rituals:
            return self.tr("Nothing is due today. Propose the usual rituals below to know "
                           "when the check-ins and reviews are.")
        return self.tr("Nothing is due today: every ritual was held and every key result "
                       "has a recent check-in.")

    def sentences(self) -> list[str]:
        """What the panel says, line by line (for the tests and screen readers)."""
        if not self.model.rowCount():
            return [self.nothing.text()]
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    def _current(self) -> DueItem | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        item = self._current()
        useful = item is not None and (item.ritual_id is not None or self.can_show_key_results)
        self.jump.setEnabled(useful)
        self.jump.setVisible(self.model.rowCount() > 0)

    def go_to_current(self) -> None:
        item = self._current()
        if item is None:
            return
        if item.ritual_id is not None:
            self.ritual_chosen.emit(item.ritual_id)
        elif item.key_result_id is not None and self.can_show_key_results:
            self.key_result_chosen.emit(item.key_result_id)

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
