"""The Check-ins tab: the weekly check-in round of a 15-minute ritual (issue 13, points 1–3).

One table lists every kept key result of the chosen team (or all teams) with its last
value and confidence beside the new ones, preset with the last. Keyboard only: type the
value, Tab, the confidence, Tab, what changed, Enter — the check-in is saved, dated the
round's day, and the next key result's value opens. Under the table, what moved in this
round; beside it, the chosen key result's history, status and override.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app import clock
from okr_workshop.domain.model import CheckIn, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.check_in_round_model import (
    KEY_RESULT,
    NEW_VALUE,
    CheckInRoundModel,
    round_rows,
)
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.export_check_ins import CheckInExport
from okr_workshop.ui.steering.import_check_ins import CheckInImport
from okr_workshop.ui.steering.round_room import RoundRoom
from okr_workshop.ui.steering.round_summary import round_summary
from okr_workshop.ui.steering.tab import SteeringTab
from okr_workshop.ui.tab_order import set_tab_chain
from okr_workshop.ui.value_errors import refused_value
from okr_workshop.ui.widgets.check_in_delegate import CheckInDelegate
from okr_workshop.ui.widgets.date_field import DateEdit
from okr_workshop.ui.widgets.kr_history_panel import KrHistoryPanel
from okr_workshop.ui.widgets.round_table import RoundTable

PROBLEM_STYLE = "color: #B83232;"


class CheckInRoundTab(SteeringTab):
    def __init__(self, bridge: SessionBridge, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(bridge, prompts, parent)
        self._workshop: Workshop | None = None
        self._dated_for: str | None = None  # the workshop whose round day is set
        self.team = QComboBox()
        self.team.setObjectName("roundTeam")
        self.day = DateEdit()
        self.day.setObjectName("roundDate")
        self.cycle_note = QLabel()
        self.cycle_note.setObjectName("cycleNote")
        self.lowest_first = QCheckBox(self.tr("&Lowest confidence first"))
        self.lowest_first.setObjectName("lowestFirst")
        self.import_button = QPushButton(self.tr("I&mport check-ins…"))
        self.import_button.setObjectName("importCheckIns")
        self.importer = CheckInImport(bridge, prompts, self.show_problem, self)
        self.export_button = QPushButton(self.tr("E&xport check-ins…"))
        self.export_button.setObjectName("exportCheckIns")
        self.notice = QLabel()  # what the export did: a sentence, not a problem
        self.notice.setObjectName("roundNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.exporter = CheckInExport(bridge, prompts, self.show_notice, self)

        self.model = CheckInRoundModel(self)
        self.view = RoundTable(self.model)
        self.delegate = CheckInDelegate(lambda: self.bridge.workshop, self.view)
        self.view.setItemDelegate(self.delegate)
        self.problem = QLabel()
        self.problem.setObjectName("roundProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("roundSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.history = KrHistoryPanel(bridge)
        self._build_layout()
        self._connect()
        history = self.history
        set_tab_chain([self.team, self.day, self.lowest_first, self.import_button,
                       self.export_button, self.view,
                       history.override, history.reason, history.clear_button,
                       history.delete_button, history.view])
        self.room = RoundRoom(self)  # the audience view and the fist-to-five vote

    def _build_layout(self) -> None:
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team)
        day_label = QLabel(self.tr("Round &date:"))
        day_label.setBuddy(self.day)
        table_label = QLabel(self.tr("Key results of the ro&und — type the value, Tab, the "
                                     "confidence, Tab, what changed, Enter:"))
        table_label.setBuddy(self.view)
        table_label.setWordWrap(True)
        # Two rows: in one, a French window at scale 1.5 (1280 pixels) cut the date to
        # « 027 » and the buttons to « nporter des points d’étape. ».
        top = QHBoxLayout()
        for widget in (team_label, self.team, day_label, self.day, self.cycle_note):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.lowest_first)
        heading = self.heading_row = QHBoxLayout()  # the round's tools go on this row
        heading.addWidget(table_label, 1)
        heading.addWidget(self.import_button)
        heading.addWidget(self.export_button)
        round_part = QWidget()
        round_layout = QVBoxLayout(round_part)
        round_layout.setContentsMargins(0, 0, 0, 0)
        round_layout.addLayout(heading)
        for widget in (self.view, self.problem, self.notice, self.summary):
            round_layout.addWidget(widget, 1 if widget is self.view else 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(round_part)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 260])  # the round first; the history below, enough for 4 rows
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.team.setMinimumContentsLength(16)

    def _connect(self) -> None:
        self.team.activated.connect(lambda _i: self._new_round())
        self.day.dateChanged.connect(lambda _d: self._new_round())
        self.day.editingFinished.connect(lambda: self.show_problem(self.day.problem()))
        # Another order is another round: it starts from its top (the worries first).
        self.lowest_first.toggled.connect(lambda _on: self._new_round())
        self.import_button.clicked.connect(self.importer.start)
        self.export_button.clicked.connect(self.exporter.start)
        self.delegate.refused.connect(self.show_problem)
        self.delegate.entered.connect(self.save_row)
        self.view.enter_pressed.connect(self.save_row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.history.message.connect(self.show_problem)

    def tab_title(self) -> str:
        return self.tr("C&heck-ins")

    # Showing -----------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._fill_teams(workshop)
        start, end = workshop.cycle_start, workshop.cycle_end
        self.day.setMinimumDate(start or date.min)
        self.day.setMaximumDate(end or date.max)
        if self._dated_for != workshop.id:
            self._dated_for = workshop.id
            self.day.blockSignals(True)
            self.day.setDate(clock.today())  # kept within the cycle
            self.day.blockSignals(False)
        if start and end:
            self.cycle_note.setText(fill(self.tr("(cycle: %1 – %2)"), show_day(start),
                                         show_day(end)))
        else:
            self.cycle_note.setText(self.tr("(the cycle has no dates: any day is accepted)"))
        self.refresh()
        self.view.size_columns()

    def _fill_teams(self, workshop: Workshop) -> None:
        chosen = self.team.currentData()
        wanted = [(self.tr("All teams"), None)] + [(t.name, t.id) for t in workshop.teams]
        shown = [(self.team.itemText(i), self.team.itemData(i)) for i in range(self.team.count())]
        if shown != wanted:
            self.team.clear()
            for name, team_id in wanted:
                self.team.addItem(name, team_id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))

    def round_day(self) -> date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        """The rows for the team, day and order chosen, the cursor kept on its key result."""
        workshop = self.bridge.workshop
        self._workshop = workshop
        current = self.view.currentIndex()
        kept = current.siblingAtColumn(0).data(self.model.ID_ROLE) if current.isValid() else None
        rows = round_rows(workshop, self.team.currentData(), self.round_day(),
                          self.lowest_first.isChecked())
        self.model.show_rows(workshop, rows)
        row = self.model.row_of(kept) if kept else -1
        if row < 0 and rows:
            row = 0
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, max(current.column(), NEW_VALUE)))
        self.summary.setText(round_summary(rows, self.round_day()))
        self._show_history()

    def _new_round(self) -> None:
        """Another team or day: the round starts again from its first key result."""
        self.refresh()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, NEW_VALUE))
            if self.view.hasFocus():
                self._edit(0)

    def _show_history(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        self.history.show_key_result(self.bridge.workshop, row.kr if row else None,
                                     self.round_day())

    def show_key_result(self, key_result_id: str) -> None:
        """Open the key result's new value in the round (from "What is due"): its team's
        round when another team is chosen and it is not in it."""
        if self.model.row_of(key_result_id) < 0:
            self.team.setCurrentIndex(0)  # All teams
            self.refresh()
        row = self.model.row_of(key_result_id)
        if row >= 0:
            self._edit(row)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def focus_first(self) -> None:
        """The keys on the current key result's new value, its editor open: the room types
        the value, or Tab keeps the preset one."""
        if self.model.rowCount():
            self._edit(max(0, self.view.currentIndex().row()))
        else:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # Saving ------------------------------------------------------------------------------

    def save_row(self, number: int) -> None:
        """Save the row's draft as the round day's check-in, then open the next value."""
        row = self.model.row_at(number)
        if row is None:
            return
        draft = self.model.draft(row)
        if draft.value is None:
            self.show_problem(self.tr("Type the value measured before Enter."))
            self._edit(number)
            return
        fields = {"value": draft.value, "confidence": draft.confidence,
                  "comment": draft.comment, "next_step": draft.next_step,
                  "author_id": draft.author_id}
        try:
            if row.saved is not None:
                saved = self.bridge.edit(lambda s: s.update(edit_label("edit_check_in"),
                                                            row.saved, **fields))
            else:
                check_in = CheckIn(on=self.round_day(), **fields)
                saved = self.bridge.edit(lambda s: s.add(edit_label("add_check_in"), check_in,
                                                         row.kr.id))
        except InvalidValue as refused:
            self.show_problem(refused_value(refused))
            return
        if saved:
            self.show_problem("")
            self.model.forget_draft(row.kr.id)
            following = self.model.row_of(row.kr.id) + 1
            self._edit(following if following < self.model.rowCount() else following - 1,
                       open_editor=following < self.model.rowCount())

    def _edit(self, number: int, open_editor: bool = True) -> None:
        index = self.model.index(number, NEW_VALUE)
        if not index.isValid():
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if open_editor:
            self.view.edit(index)
        else:
            self.view.setCurrentIndex(index.siblingAtColumn(KEY_RESULT))

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
