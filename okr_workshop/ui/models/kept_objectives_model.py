"""The Key results step's tree: every team, and under it the objectives it kept."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from okr_workshop.domain.model import Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "team" or "objective"

# internalId of a team row; an objective row stores its team's row + 1.
TEAM_ROW = 0


class KeptObjectivesModel(QAbstractItemModel):
    ID_ROLE = ID_ROLE
    KIND_ROLE = KIND_ROLE
    TITLE, COUNT = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._teams: list[tuple[Team, tuple[Objective, ...]]] = []
        self._limit = 2

    def set_workshop(self, workshop: Workshop) -> None:
        self.beginResetModel()
        self._limit = workshop.rule.max_key_results_per_objective
        self._teams = [(t, t.objectives_with(ObjectiveStatus.KEPT)) for t in workshop.teams]
        self.endResetModel()

    def objective_of(self, index: Index) -> Objective | None:
        if not index.isValid() or index.internalId() == TEAM_ROW:
            return None
        team_row = index.internalId() - 1
        objectives = self._teams[team_row][1]
        return objectives[index.row()] if index.row() < len(objectives) else None

    def index_of(self, objective_id: str) -> QModelIndex:
        for team_row, (_team, objectives) in enumerate(self._teams):
            for row, objective in enumerate(objectives):
                if objective.id == objective_id:
                    return self.createIndex(row, 0, team_row + 1)
        return QModelIndex()

    def first_objective(self) -> QModelIndex:
        for team_row, (_team, objectives) in enumerate(self._teams):
            if objectives:
                return self.createIndex(0, 0, team_row + 1)
        return QModelIndex()

    # QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TEAM_ROW)
        if parent.internalId() == TEAM_ROW:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == TEAM_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TEAM_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._teams)
        if parent.column() == 0 and parent.internalId() == TEAM_ROW:
            return len(self._teams[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == TEAM_ROW:
            return self._team_data(index, role)
        objective = self.objective_of(index)
        if objective is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.TITLE:
                return objective.title
            return fill(
                translate("KeptObjectivesModel", "%1 / %2"), len(objective.key_results), self._limit
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(objective.key_results)
            if count == 0:
                return fill(
                    translate(
                        "KeptObjectivesModel",
                        "%1\nNo key result yet; the common rule allows %2.",
                    ),
                    objective.title,
                    self._limit,
                )
            if count == 1:
                return fill(
                    translate(
                        "KeptObjectivesModel", "%1\nOne key result; the common rule allows %2."
                    ),
                    objective.title,
                    self._limit,
                )
            return fill(
                translate("KeptObjectivesModel", "%1\n%2 key results; the common rule allows %3."),
                objective.title,
                count,
                self._limit,
            )
        if role == ID_ROLE:
            return objective.id
        if role == KIND_ROLE:
            return "objective"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _team_data(self, index: Index, role: int):
        team, objectives = self._teams[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.TITLE:
                return team.name
            return None
        if role == Qt.ItemDataRole.ToolTipRole and not objectives:
            return translate(
                "KeptObjectivesModel", "This team has not kept an objective yet (Focus step)."
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return team.id
        if role == KIND_ROLE:
            return "team"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                translate("KeptObjectivesModel", "Kept objective"),
                translate("KeptObjectivesModel", "Key results"),
            )
            if 0 <= section < len(headers):
                return headers[section]
        return None
