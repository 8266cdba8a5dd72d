"""Step 3, Contributions: each team proposes its own candidate objectives.

Mistake 1 of the source: OKRs imposed top-down. Here each team writes its contribution,
linked to the strategic objective it serves or openly "not aligned" with the reason, with
who proposed it. The quick-entry line adds one candidate per Enter and stays put, so the
facilitator types as fast as the room talks.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Objective, ObjectiveStatus, Step, Workshop, new_id
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.contributions_model import ContributionsModel, reason_heading
from okr_workshop.ui.models.team_choice_model import TeamChoiceModel
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.severity import INFO, WARNING
from okr_workshop.ui.tab_order import set_tab_chain
from okr_workshop.ui.widgets.choice_delegate import ChoiceDelegate
from okr_workshop.ui.widgets.column_shares import ColumnShares
from okr_workshop.ui.widgets.objective_notes import ObjectiveNotes
from okr_workshop.ui.widgets.quick_entry import QuickEntry
from okr_workshop.ui.widgets.row_actions import RowActions
from okr_workshop.ui.widgets.team_keys import add_team_shortcuts

Model = ContributionsModel


class ContributionsPage(StepPage):
    step = Step.CONTRIBUTIONS

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self._team_id: str | None = None
        self._typed_id = new_id()  # the candidate being typed, as the room sees it
        self._loading = False
        self._build()
        bridge.room.pointer_changed.connect(self._follow_room)

    def title(self) -> str:
        return self.tr("Contributions")

    def focus_first(self) -> None:
        # The quick-entry line, to type what the room says; the team first when none exists.
        target = self.quick.line if self.quick.line.isEnabled() else self.team_combo
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.teams = TeamChoiceModel(self)
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.setModel(self.teams)
        self.team_combo.setToolTip(
            self.tr("The team writing its contribution now (Ctrl+1 to Ctrl+9).")
        )
        self.team_combo.currentIndexChanged.connect(self._team_chosen)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_combo)

        self.quick = QuickEntry()
        self.quick.submitted.connect(self.add_candidate)
        self.quick.line.textChanged.connect(self._typed)
        self.quick.grid.addWidget(team_label, 0, 0)
        self.quick.grid.addWidget(self.team_combo, 0, 1)

        self.model = ContributionsModel(self.bridge, self)
        self.model.reason_wanted.connect(self._ask_reason)
        self.model.message.connect(self.bridge.save_failed.emit)  # a refused edit, said why
        self.table = QTableView()
        self.table.setObjectName("contributionsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Widths in characters: again at each zoom.
        follow_font(self.table, self._size_columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        table_label = QLabel(self.tr("The team's &objectives"))
        table_label.setBuddy(self.table)

        self.notes = ObjectiveNotes(self.bridge)
        self.rows = RowActions(
            self.table,
            self.delete_current,
            self.move_current,
            (
                self.tr("Delete the selected objective (Del). Ctrl+Z brings it back."),
                self.tr("Move the selected objective up (Alt+Up)."),
                self.tr("Move the selected objective down (Alt+Down)."),
            ),
        )
        self._add_shortcuts()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table_label)
        column.addWidget(self.table, 1)
        column.addLayout(self.rows.button_row())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.quick)
        layout.addWidget(splitter, 1)
        # The quick entry from top to bottom, the table, the why of its chosen row beside it,
        # then the row's buttons.
        set_tab_chain([self.team_combo, self.quick.line, self.quick.strategic, self.quick.author,
                       self.table, self.notes.why_edit, *self.rows.buttons])

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Model.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Model.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        # The why is a paragraph: it is edited beside the table, where it has room.
        self.table.setColumnHidden(Model.WHY, True)
        unit = self.table.fontMetrics().averageCharWidth()
        for column, characters in ((Model.STRATEGIC, 24), (Model.REASON, 18),
                                   (Model.AUTHOR, 16), (Model.COMMITMENT, 12)):
            # Never narrower than the column's heading, in whatever language it is.
            heading = self.model.headerData(column, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(heading) + 4 * unit
            self.table.setColumnWidth(column, max(characters * unit, needed))
        # Rows as tall as their wrapped text, so a reason is read whole, not cut at "…".
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.table.fontMetrics().height() + 10)
        # On a wide screen what serves, the reason and the author get room too.
        if getattr(self, "column_shares", None) is None:
            self.column_shares = ColumnShares(
                self.table, {Model.STRATEGIC: 0.2, Model.REASON: 0.2, Model.AUTHOR: 0.1}, 40 * unit
            )
        else:
            self.column_shares.refit(40 * unit)

    def _add_shortcuts(self) -> None:
        self.add_action = QAction(self.tr("New candidate"), self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.triggered.connect(self.focus_quick_entry)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.add_action)
        self.team_actions = [self.add_action, *add_team_shortcuts(self, self.choose_team_row)]

    # Showing --------------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._loading = True
        try:
            self.teams.set_workshop(workshop)
            if workshop.team(self._team_id or "") is None:
                self._team_id = workshop.teams[0].id if workshop.teams else None
            self.team_combo.setCurrentIndex(self.teams.row_of(self._team_id))
            self._show_team(workshop)
        finally:
            self._loading = False

    def _show_team(self, workshop: Workshop, keep_selection: bool = True) -> None:
        wanted = self.current_id() if keep_selection else None
        row = self.table.currentIndex().row() if keep_selection else 0
        self.model.set_team(workshop, self._team_id)
        self._select(wanted, max(row, 0))
        self.quick.show_workshop(workshop, self._team_id)
        self.notes.show_objective(workshop, self.current())
        self.rows.update()
        self._point()

    def reveal(self, touched: Touched) -> None:
        objective = self.bridge.workshop.objective(touched.id)
        if touched.kind is not Objective or objective is None:
            return
        if objective.team_id != self._team_id:
            self.choose_team_row(self.teams.row_of(objective.team_id))
        self._select(objective.id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.objective_at(index.row()).id if index.isValid() else None

    def current(self) -> Objective | None:
        index = self.table.currentIndex()
        return self.model.objective_at(index.row()) if index.isValid() else None

    def _select(self, objective_id: str | None, fallback_row: int = -1) -> None:
        row = self.model.row_of(objective_id)
        if row < 0 and fallback_row >= 0:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row < 0 or row == self.table.currentIndex().row():
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, Model.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._loading:
            self.notes.flush()  # the why typed belongs to the previous objective
        self.notes.show_objective(self.bridge.workshop, self.current())
        self.rows.update()
        self._point()

    def _team_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self.notes.flush()
        self._team_id = self.teams.team_at(row).id
        self._loading = True
        try:
            self._show_team(self.bridge.workshop, keep_selection=False)
        finally:
            self._loading = False

    def choose_team_row(self, row: int) -> None:
        if 0 <= row < self.teams.rowCount():
            self.team_combo.setCurrentIndex(row)

    # The audience view -------------------------------------------------------------------------

    def draft(self, workshop: Workshop) -> Workshop:
        """The candidate being typed in the quick entry, as it will be once added: the room
        sees it appear as the facilitator types it."""
        title = self.quick.line.text().strip()
        team = workshop.team(self._team_id or "")
        if not title or team is None:
            return workshop
        typed = Objective(team_id=team.id, title=title, id=self._typed_id,
                          strategic_objective_id=self.quick.strategic.currentData() or None)
        return dataclasses.replace(workshop, teams=tuple(
            dataclasses.replace(t, objectives=(*t.objectives, typed)) if t.id == team.id else t
            for t in workshop.teams))

    def _typed(self, text: str) -> None:
        if self._loading:
            return
        self.draft_changed.emit()
        room = self.bridge.room
        if text.strip() and room.pointer.step == self.step:
            room.point(team_id=self._team_id, objective_id=self._typed_id)
        else:
            self._point()

    def _point(self) -> None:
        """The room sees the team (and the candidate) chosen here."""
        room = self.bridge.room
        if room.pointer.step == self.step:
            room.point(team_id=self._team_id, objective_id=self.current_id())

    def _follow_room(self, pointer: Pointer) -> None:
        """The step just reached (point at this page's team), or the audience view's next /
        previous team keys (choose it here too)."""
        if pointer.step != self.step or self.stale:
            return
        if pointer.team_id is None:
            self._point()
        elif pointer.team_id != self._team_id:
            self.choose_team_row(self.teams.row_of(pointer.team_id))

    def missing(self, workshop: Workshop) -> list[str]:
        # Marked like the rules' findings above them in the same panel.
        lines = [
            INFO + fill(self.tr("Team “%1” has no candidate objective yet."), team.name)
            for team in workshop.teams
            if not team.objectives
        ]
        # Kept objectives are reported by the rules; candidates are reminded here.
        lines += [
            WARNING + fill(self.tr("“%1” serves no strategic objective: choose the one it "
                                   "serves, or fill in “%2”."), o.title, reason_heading())
            for o in workshop.objectives()
            if o.status != ObjectiveStatus.KEPT
            and not o.is_aligned
            and not o.non_alignment_reason.strip()
        ]
        return lines

    # Editing --------------------------------------------------------------------------------

    def focus_quick_entry(self) -> None:
        self.quick.take_focus()

    def add_candidate(self, title: str, strategic_id: str | None, author_id: str | None) -> None:
        team_id = self._team_id
        if team_id is None:
            return
        objective = Objective(
            team_id=team_id, title=title, strategic_objective_id=strategic_id, author_id=author_id
        )
        label = edit_label("add_candidate")
        # On failure the title stays in the line: nothing the room said is lost.
        if self.bridge.edit(lambda s: s.add(label, objective, team_id)):
            self.quick.line.clear()
            self.quick.line.setModified(False)  # Ctrl+Z here now undoes the addition
            self._select(objective.id)

    def delete_current(self) -> None:
        item = self.current()
        if item is not None:
            self.notes.discard()
            self.bridge.edit(lambda s: s.delete(edit_label("delete_objective"), item))

    def move_current(self, step: int) -> None:
        item, row = self.current(), self.table.currentIndex().row()
        if item is None or not 0 <= row + step < self.model.rowCount():
            return
        self.bridge.edit(lambda s: s.move(edit_label("move_objective"), item, row + step))
        self._select(item.id)

    def _ask_reason(self, objective_id: str) -> None:
        # After the combo box has closed: open the reason cell of that objective.
        QTimer.singleShot(0, lambda: self._edit_reason(objective_id))

    def _edit_reason(self, objective_id: str) -> None:
        row = self.model.row_of(objective_id)
        if row < 0:
            return
        index = self.model.index(row, Model.REASON)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
