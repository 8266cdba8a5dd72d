"""The workshop's teams as a list to choose one from: name and how many objectives so far.

The count lets the facilitator see at a glance which team has not contributed yet.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from okr_workshop.domain.model import Team, Workshop
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class TeamChoiceModel(QAbstractListModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._teams: tuple[Team, ...] = ()

    def set_workshop(self, workshop: Workshop) -> None:
        teams = workshop.teams
        if tuple(t.id for t in teams) == tuple(t.id for t in self._teams):
            self._teams = teams  # same rows: a combo box keeps its current item
            if teams:
                self.dataChanged.emit(self.index(0), self.index(len(teams) - 1))
            return
        self.beginResetModel()
        self._teams = teams
        self.endResetModel()

    def team_at(self, row: int) -> Team:
        return self._teams[row]

    def row_of(self, team_id: str | None) -> int:
        return next((i for i, t in enumerate(self._teams) if t.id == team_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._teams)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._teams):
            return None
        team = self._teams[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fill("%1 (%2)", team.name, len(team.objectives))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(team, index.row())
        if role == self.ID_ROLE:
            return team.id
        return None

    @staticmethod
    def _tooltip(team: Team, row: int) -> str:
        count = len(team.objectives)
        if count == 0:
            text = translate("TeamChoiceModel", "“%1” has no objective yet.")
        elif count == 1:
            text = translate("TeamChoiceModel", "“%1” has one objective.")
        else:
            text = translate("TeamChoiceModel", "“%1” has %2 objectives.")
        lines = [fill(text, team.name, count)]
        if row < 9:
            lines.append(fill(translate("TeamChoiceModel", "Ctrl+%1 chooses it."), row + 1))
        return "\n".join(lines)
