"""The workshop's teams as a table: name, department, ambassador, number of objectives.

Edits go through the session bridge, so each one is saved at once and can be undone. The
model is refreshed from the reloaded workshop by the page (``set_workshop``) after each save.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okr_workshop.domain.model import Team, Workshop
from okr_workshop.ui.models.departments import (
    shown_department,
    stored_department,
    suggested_departments,
)
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_delegate import SEPARATOR

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
NO_ONE = ""  # the "— none —" choice (an empty id: combo boxes cannot find None)


class TeamModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    NAME, DEPARTMENT, AMBASSADOR, OBJECTIVES = range(4)

    message = Signal(str)  # a sentence when an edit is refused

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._workshop: Workshop | None = None
        self._teams: tuple[Team, ...] = ()

    # Content ------------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        teams = workshop.teams
        if tuple(t.id for t in teams) == tuple(t.id for t in self._teams):
            # Same rows: update in place so selection, scroll and open editors survive.
            self._workshop, self._teams = workshop, teams
            if teams:
                last = self.index(len(teams) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._workshop, self._teams = workshop, teams
        self.endResetModel()

    def team_at(self, row: int) -> Team:
        return self._teams[row]

    def row_of(self, team_id: str) -> int:
        return next((i for i, t in enumerate(self._teams) if t.id == team_id), -1)

    # Qt's table interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._teams)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("TeamModel", "Team"),
                translate("TeamModel", "Department"),
                translate("TeamModel", "Ambassador"),
                translate("TeamModel", "Objectives"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tip(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.OBJECTIVES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._teams):
            return None
        team, column = self._teams[index.row()], index.column()
        if role == self.ID_ROLE:
            return team.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(team, column)
        if role == Qt.ItemDataRole.EditRole:
            return (team.name, team.department, team.ambassador_id or NO_ONE, None)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OBJECTIVES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, team: Team, column: int) -> str:
        if column == self.NAME:
            return team.name
        if column == self.DEPARTMENT:
            return shown_department(team.department)
        if column == self.AMBASSADOR:
            workshop = self._workshop
            person = workshop.participant(team.ambassador_id or "") if workshop else None
            return person.name if person else translate("TeamModel", "— none —")
        return str(len(team.objectives))

    @staticmethod
    def _column_tip(column: int) -> str:
        return (
            translate("TeamModel", "The team's name. F2 or a double click renames it."),
            translate(
                "TeamModel",
                "Pick a department from the list or type your own. OKRs concern the whole "
                "company, not only product and IT teams."
            ),
            translate(
                "TeamModel",
                "The person who will keep the OKRs alive in this team after the workshop. "
                "Every team needs one."
            ),
            translate("TeamModel", "How many objectives the team has written so far."),
        )[column]

    def choices(self, index: Index) -> list[tuple[str, object]]:
        """What the combo box of a department or ambassador cell offers."""
        if index.column() == self.DEPARTMENT:
            return [(shown, name) for name, shown in suggested_departments()]
        if index.column() != self.AMBASSADOR or self._workshop is None:
            return []
        team_id = self._teams[index.row()].id
        people = self._workshop.participants
        members = [(p.name, p.id) for p in people if p.team_id == team_id]
        others = [(p.name, p.id) for p in people if p.team_id != team_id]
        separator = [("", SEPARATOR)] if members and others else []
        return [(translate("TeamModel", "— none —"), NO_ONE), *members, *separator, *others]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._teams):
            return False
        team, column = self._teams[index.row()], index.column()
        if column == self.NAME:
            name = str(value or "").strip()
            if not name:
                self.message.emit(
                    translate("TeamModel", "A team needs a name: the previous name is back.")
                )
                return False
            return self._update(team, translate("TeamModel", "rename team"), name=name)
        if column == self.DEPARTMENT:
            department = stored_department(str(value or ""))
            return self._update(
                team, translate("TeamModel", "change department"), department=department
            )
        if column == self.AMBASSADOR:
            ambassador = str(value) if value else None
            return self._update(
                team, translate("TeamModel", "change ambassador"), ambassador_id=ambassador
            )
        return False

    def _update(self, team: Team, label: str, **changes: object) -> bool:
        if all(getattr(team, name) == wanted for name, wanted in changes.items()):
            return True
        return self.bridge.edit(lambda s: s.update(label, team, **changes))
