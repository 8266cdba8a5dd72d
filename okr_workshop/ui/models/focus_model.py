"""The Focus step as Qt models: a team's objectives ranked by votes, and the parking lot."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from okr_workshop.domain.model import Objective, ObjectiveStatus, Team
from okr_workshop.ui.models.base import ID_ROLE, Index, RowsModel
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def status_text(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.CANDIDATE: translate("FocusModel", "Candidate"),
        ObjectiveStatus.KEPT: translate("FocusModel", "Kept"),
        ObjectiveStatus.PARKED: translate("FocusModel", "Parked"),
    }[status]


def ranked(team: Team | None) -> list[Objective]:
    """Candidates and kept objectives, most votes first; ties keep the team's order."""
    if team is None:
        return []
    shown = [o for o in team.objectives if o.status != ObjectiveStatus.PARKED]
    return sorted(shown, key=lambda o: -o.votes)


class FocusModel(RowsModel):
    """One team's candidates and kept objectives: title, votes, status."""

    TITLE, VOTES, STATUS = range(3)
    COLUMNS = 3
    # Ties at the common rule's cut (issue 15): amber as on the audience view; the room decides.
    TIE_BRUSH = QBrush(QColor("#f2b233"))
    TIE_TEXT = QBrush(QColor("#1f1f1f"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tied: frozenset[str] = frozenset()

    def set_tied(self, tied: frozenset[str]) -> None:
        """The objectives whose equal votes straddle the cut (highlighted)."""
        if tied != self.tied:
            self.tied = tied
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.COLUMNS - 1))

    def set_team(self, team: Team | None, keep_order: bool = False) -> None:
        """Show ``team`` ranked by votes; with ``keep_order``, the rows already shown stay
        where they are (a vote must not move the row under the cursor), new ones after."""
        rows = ranked(team)
        if keep_order and team is not None:
            place = {o.id: i for i, o in enumerate(self._rows)}
            rows.sort(key=lambda o: place.get(o.id, len(place)))  # stable: new ones ranked
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def objective_at(self, row: int) -> Objective | None:
        return self._row_at(row)

    def cell(self, objective: Objective, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return objective.title
            if column == self.VOTES:
                if objective.id in self.tied:  # in words too: amber fades on a projector
                    return fill(translate("FocusModel", "%1 (tie)"), objective.votes)
                return str(objective.votes)
            return status_text(objective.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            if objective.id in self.tied:
                return fill(translate("FocusModel", "Tied at the cut: the room decides.\n%1"),
                            objective.why or objective.title)
            return objective.why or objective.title
        if role == Qt.ItemDataRole.BackgroundRole and objective.id in self.tied:
            return self.TIE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and objective.id in self.tied:
            return self.TIE_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and objective.status == ObjectiveStatus.KEPT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("FocusModel", "Objective"),
            translate("FocusModel", "Votes"),
            translate("FocusModel", "Status"),
        )


class ParkingLotModel(QAbstractListModel):
    """Parked objectives: of one team, or of every team with the team's name beside each."""

    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Objective, str]] = []
        self._with_team = False

    def set_teams(self, teams: Sequence[Team], with_team_names: bool) -> None:
        self.beginResetModel()
        self._with_team = with_team_names
        self._rows = [
            (objective, team.name)
            for team in teams
            for objective in team.objectives_with(ObjectiveStatus.PARKED)
        ]
        self.endResetModel()

    def objective_at(self, row: int) -> Objective | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, objective_id: str) -> int:
        return next((i for i, (o, _) in enumerate(self._rows) if o.id == objective_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        objective, team_name = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self._with_team:
                return fill(translate("FocusModel", "%1 — %2"), team_name, objective.title)
            return objective.title
        if role == ID_ROLE:
            return objective.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return objective.why or objective.title
        return None
