"""The parking lot of the Focus step: parked objectives, always in view, never deleted here.

Mistake 2 of the source: cutting is easier when nothing is lost. The list shows the team's
parked objectives (or every team's) and brings one back as a candidate on request.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.focus_model import ParkingLotModel


class ParkingLot(QGroupBox):
    bring_back = Signal(str)  # the id of a parked objective to make a candidate again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Parking lot"))
        self.setToolTip(
            self.tr(
                "Objectives set aside for now. Nothing here is lost: bring one back as a "
                "candidate whenever the team wants to."
            )
        )
        self.model = ParkingLotModel(self)
        self.list = QListView()
        self.list.setObjectName("parkingList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("Parking lot"))
        self.all_teams = QCheckBox(self.tr("Show &all teams"))
        self.all_teams.setObjectName("allTeamsCheck")
        self.all_teams.setToolTip(self.tr("Show the parked objectives of every team."))
        self.bring_back_button = QPushButton(self.tr("&Bring back as candidate"))
        self.bring_back_button.setObjectName("bringBackButton")
        self.bring_back_button.setToolTip(
            self.tr("Make the selected objective a candidate again (Enter in the list).")
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.all_teams)
        buttons.addStretch(1)
        buttons.addWidget(self.bring_back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self._workshop: Workshop | None = None
        self._team_id: str | None = None
        self.all_teams.toggled.connect(lambda _checked: self._refresh())
        self.bring_back_button.clicked.connect(self._bring_back_selected)
        self.list.activated.connect(lambda _index: self._bring_back_selected())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_button())

    def show_team(self, workshop: Workshop, team_id: str | None) -> None:
        self._workshop = workshop
        self._team_id = team_id
        self._refresh()

    def selected_id(self) -> str | None:
        objective = self.model.objective_at(self.list.currentIndex().row())
        return objective.id if objective else None

    def _refresh(self) -> None:
        if self._workshop is None:
            return
        keep_id, keep_row = self.selected_id(), self.list.currentIndex().row()
        every = self.all_teams.isChecked()
        team = self._workshop.team(self._team_id or "")
        teams = self._workshop.teams if every else ((team,) if team else ())
        self.model.set_teams(teams, with_team_names=every)
        row = self.model.row_of(keep_id) if keep_id else -1
        if row < 0 and keep_row >= 0:
            row = min(keep_row, self.model.rowCount() - 1)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_button()

    def _update_button(self) -> None:
        self.bring_back_button.setEnabled(self.selected_id() is not None)

    def _bring_back_selected(self) -> None:
        objective_id = self.selected_id()
        if objective_id is not None:
            self.bring_back.emit(objective_id)
