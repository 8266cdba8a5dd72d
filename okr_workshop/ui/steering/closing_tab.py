"""The Closing tab of Steering: at the end of the cycle, a team's kept objectives graded
(0.0–1.0, proposed from the last values, editable) and closed (how each ended, what the team
learned, what it decided)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.grades_model import OBJECTIVE_GRADE, TITLE, ClosingObjectivesModel
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.closing_form import ClosingForm
from okr_workshop.ui.steering.tab import SteeringTab
from okr_workshop.ui.widgets.form_rows import buddy_label


class ClosingTab(SteeringTab):
    def __init__(self, bridge: SessionBridge, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(bridge, prompts, parent)
        self.team = QComboBox()
        self.team.setObjectName("closingTeam")
        self.objectives_model = ClosingObjectivesModel(self)
        self.objectives = QTableView()
        self.objectives.setObjectName("closingObjectives")
        self.objectives.setModel(self.objectives_model)
        self.objectives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.objectives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objectives.setTabKeyNavigation(False)
        self.objectives.setWordWrap(True)
        self.objectives.verticalHeader().hide()
        # A long objective wraps onto the lines it needs instead of being cut after two.
        self.objectives.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.objectives.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OBJECTIVE_GRADE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.form = ClosingForm(bridge)
        self._build()
        self.team.activated.connect(lambda _i: self._show_team(select_first=True))
        self.objectives.selectionModel().currentRowChanged.connect(lambda *_: self._show_form())
        # Enter on an objective goes to its first key result's grade, ready to type.
        self.objectives.activated.connect(lambda _index: self.form.edit_grade(0))

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Team:"), self.team))
        row.addWidget(self.team, 1)
        column.addLayout(row)
        column.addWidget(buddy_label(self.tr("&Objectives kept:"), self.objectives))
        column.addWidget(self.objectives, 1)
        column.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 630])  # the titles wrap in three lines, not seven
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        chain = [self.team, self.objectives, *self.form.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_title(self) -> str:
        return self.tr("Clos&ing")

    def load(self, workshop: Workshop) -> None:
        chosen = self.team.currentData()
        self.team.blockSignals(True)
        try:
            self.team.clear()
            for team in workshop.teams:
                self.team.addItem(team.name, team.id)
            row = self.team.findData(chosen)
            self.team.setCurrentIndex(row if row >= 0 else 0)
        finally:
            self.team.blockSignals(False)
        self._show_team(select_first=False)

    def focus_first(self) -> None:
        target = self.objectives if self.objectives_model.rowCount() else self.team
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_team(self, team_id: str) -> None:
        self.team.setCurrentIndex(self.team.findData(team_id))
        self._show_team(select_first=True)

    def _show_team(self, select_first: bool) -> None:
        workshop = self.bridge.workshop
        team = workshop.team(self.team.currentData()) if self.team.count() else None
        chosen = None if select_first else self._selected_id()
        self.objectives_model.load(workshop, team)
        row = self.objectives_model.row_of(chosen)
        if row < 0 and self.objectives_model.rowCount():
            row = 0
        if row >= 0:
            self.objectives.selectionModel().setCurrentIndex(
                self.objectives_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        has_rows = self.objectives_model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if not workshop.teams:
            self.empty.setText(self.tr("No team yet: add the teams in Setup."))
        elif not has_rows:
            self.empty.setText(self.tr("This team kept no objective in the Focus step: "
                                       "nothing to grade."))
        self._show_form()

    def _selected_id(self) -> str | None:
        objective = self.objectives_model.objective(self.objectives.currentIndex().row())
        return objective.id if objective is not None else None

    def _show_form(self) -> None:
        objective = self.objectives_model.objective(self.objectives.currentIndex().row())
        self.form.show_objective(self.bridge.workshop, objective)
