"""The Progress tab: where the cycle stands, for one team or all, and each key result's chart.

On top the dashboard (status counts, progress per objective, confidence per week); below,
the kept key results with their status, and the chosen one's chart, large enough for the
room, with its status explained in a sentence beside its colour. Status is computed on the
window's today (``app.clock``), so a test can set the day.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app import clock
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.steering.dashboard import dashboard, kept_key_results
from okr_workshop.domain.steering.pace import status_sentence
from okr_workshop.ui.font_follow import scale_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.progress_model import ProgressModel, ProgressRow
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.dashboard_view import DashboardView, status_meaning, swatch
from okr_workshop.ui.steering.progress_publisher import ProgressPublisher
from okr_workshop.ui.steering.tab import SteeringTab
from okr_workshop.ui.widgets.kr_chart import KrChartView

ALL_TEAMS = ""  # the chooser's data for "All teams"


class ProgressTab(SteeringTab):
    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.workshop: Workshop | None = None
        self.teams = QComboBox()
        self.teams.setObjectName("progressTeam")
        self.teams.setToolTip(self.tr("The dashboard and the list show this team, or all."))
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.teams)
        self.dashboard = DashboardView()
        self.model = ProgressModel(self)
        self.list = QListView()
        self.list.setObjectName("progressList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("Key results and their status"))
        list_label = QLabel(self.tr("&Key results:"))
        list_label.setBuddy(self.list)
        self.title = QLabel()
        self.title.setObjectName("progressTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.title.setWordWrap(True)
        scale_font(self.title, 1.35, bold=True)
        self.status_mark = QLabel()
        self.status_mark.setObjectName("progressStatusMark")
        self.status_mark.setTextFormat(Qt.TextFormat.RichText)
        self.status_text = QLabel()
        self.status_text.setObjectName("progressStatus")
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.status_text.setWordWrap(True)
        # The sentence keeps its lines: the chart gives up height first.
        self.status_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = KrChartView()
        self._layout(team_label, list_label)
        self.teams.currentIndexChanged.connect(self._team_chosen)
        self.list.selectionModel().currentChanged.connect(self._kr_chosen)
        self.room = ProgressPublisher(self)  # the room sees the team chosen here

    def _layout(self, team_label: QLabel, list_label: QLabel) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(team_label)
        chooser.addWidget(self.teams, 1)
        chooser.addStretch(2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        status = QHBoxLayout()
        status.addWidget(self.status_mark, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status_text, 1)
        right_layout.addLayout(status)
        right_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 900])
        self.list.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.dashboard)
        layout.addWidget(splitter, 1)

    def tab_title(self) -> str:
        return self.tr("&Progress")

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, workshop: Workshop) -> None:
        self.workshop = workshop
        chosen = self.teams.currentData() or ALL_TEAMS
        self.teams.blockSignals(True)
        self.teams.clear()
        self.teams.addItem(self.tr("All teams"), ALL_TEAMS)
        for team in workshop.teams:
            self.teams.addItem(" ".join(team.name.split()) or self.tr("(unnamed team)"), team.id)
        found = self.teams.findData(chosen)
        self.teams.setCurrentIndex(max(found, 0))
        self.teams.blockSignals(False)
        self._refresh()

    def _team_chosen(self, _index: int) -> None:
        if self.workshop is not None:
            self._refresh()

    def _refresh(self) -> None:
        workshop = self.workshop
        assert workshop is not None
        team_id = self.teams.currentData() or None
        board = dashboard(workshop, clock.today(), team_id)
        self.dashboard.show_dashboard(board, show_team=team_id is None)
        current = self.model.row_at(self.list.currentIndex().row())
        kept = current.kr.id if current else None
        rows = [ProgressRow(team, objective, kr, board.statuses[kr.id])
                for team, objective, kr in kept_key_results(workshop, team_id)]
        self.model.set_rows(rows)
        row = max(self.model.row_of(kept), 0) if rows else -1
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._kr_chosen()

    def _kr_chosen(self, *_args) -> None:
        row = self.model.row_at(self.list.currentIndex().row())
        if row is None:
            self.title.setText(self.tr("No kept key result for this choice yet."))
            self.status_mark.clear()
            self.status_text.clear()
            self.chart.show_key_result(None, None)
            return
        self.title.setText(" ".join(row.kr.text.split()))
        self.status_mark.setText(swatch(row.status.status))
        self.status_mark.setToolTip(status_meaning(row.status.status))
        self.status_text.setText(status_sentence(row.status, ui_language()))
        self._fit_sentence()
        self.chart.show_key_result(self.workshop, row.kr)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_sentence()

    def _fit_sentence(self) -> None:
        # A splitter's side does not ask its wrapped labels for their height at a width:
        # the sentence would be cut; it takes the lines it needs, the chart gives way.
        width = self.status_text.width()
        if width > 0:
            # An empty sentence has no height for a width (-1): Qt would complain in app.log.
            self.status_text.setMinimumHeight(max(0, self.status_text.heightForWidth(width)))
