"""The people in the room as a table: name, role, team.

Like the team table, every edit is saved through the session bridge at once, and the page
refreshes the model from the reloaded workshop (``set_workshop``).
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

from okr_workshop.domain.model import Participant, Workshop
from okr_workshop.ui.session_bridge import SessionBridge

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
NO_TEAM = ""  # the "— no team —" choice (combo boxes cannot find None)


class ParticipantModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    NAME, ROLE, TEAM = range(3)

    message = Signal(str)  # a sentence when an edit is refused

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._workshop: Workshop | None = None
        self._people: tuple[Participant, ...] = ()

    def set_workshop(self, workshop: Workshop) -> None:
        people = workshop.participants
        if tuple(p.id for p in people) == tuple(p.id for p in self._people):
            # Same rows: update in place so selection, scroll and open editors survive.
            self._workshop, self._people = workshop, people
            if people:
                self.dataChanged.emit(self.index(0, 0), self.index(len(people) - 1, 2))
            return
        self.beginResetModel()
        self._workshop, self._people = workshop, people
        self.endResetModel()

    def participant_at(self, row: int) -> Participant:
        return self._people[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == participant_id), -1)

    # Qt's table interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("ParticipantModel", "Name"),
                translate("ParticipantModel", "Role"),
                translate("ParticipantModel", "Team"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tip(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person, column = self._people[index.row()], index.column()
        if role == self.ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEAM:
                team = self._workshop.team(person.team_id or "") if self._workshop else None
                return team.name if team else translate("ParticipantModel", "— no team —")
            return person.name if column == self.NAME else person.role
        if role == Qt.ItemDataRole.EditRole:
            return (person.name, person.role, person.team_id or NO_TEAM)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tip(column)
        return None

    @staticmethod
    def _column_tip(column: int) -> str:
        return (
            translate("ParticipantModel", "The person's name. F2 or a double click edits it."),
            translate("ParticipantModel", "Their job, so the room knows who speaks for what."),
            translate(
                "ParticipantModel",
                "The team they write objectives with. People from every department belong "
                "in the room, not only product and IT."
            ),
        )[column]

    def choices(self, index: Index) -> list[tuple[str, object]]:
        """What the combo box of a team cell offers."""
        if index.column() != self.TEAM or self._workshop is None:
            return []
        return [
            (translate("ParticipantModel", "— no team —"), NO_TEAM),
            *((t.name, t.id) for t in self._workshop.teams),
        ]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._people):
            return False
        person, column = self._people[index.row()], index.column()
        if column == self.NAME:
            name = str(value or "").strip()
            if not name:
                self.message.emit(
                    translate(
                        "ParticipantModel", "A participant needs a name: the previous name is back."
                    )
                )
                return False
            return self._update(
                person, translate("ParticipantModel", "rename participant"), name=name
            )
        if column == self.ROLE:
            return self._update(
                person, translate("ParticipantModel", "edit role"), role=str(value or "").strip()
            )
        if column == self.TEAM:
            team_id = str(value) if value else None
            return self._update(
                person, translate("ParticipantModel", "change team"), team_id=team_id
            )
        return False

    def _update(self, person: Participant, label: str, **changes: object) -> bool:
        if all(getattr(person, name) == wanted for name, wanted in changes.items()):
            return True
        return self.bridge.edit(lambda s: s.update(label, person, **changes))
