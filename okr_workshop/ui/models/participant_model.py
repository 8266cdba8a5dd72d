"""The people in the room as a table: name, role, team.

Like the team table, every edit is saved through the session bridge at once, and the page
refreshes the model from the reloaded workshop (``set_workshop``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.domain.model import Participant, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import EditableRowsModel, Index

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

NO_TEAM = ""  # the "— no team —" choice (combo boxes cannot find None)


class ParticipantModel(EditableRowsModel):
    NAME, ROLE, TEAM = range(3)
    COLUMNS = 3
    LENGTHS = {NAME: ("participant", "name"), ROLE: ("participant", "role")}  # field_lengths

    def set_workshop(self, workshop: Workshop) -> None:
        self._load(workshop, workshop.participants)

    def participant_at(self, row: int) -> Participant:
        return self._rows[row]

    # Qt's table interface -------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (
            translate("ParticipantModel", "Name"),
            translate("ParticipantModel", "Role"),
            translate("ParticipantModel", "Team"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            translate("ParticipantModel", "The person's name. F2 or a double click edits it."),
            translate("ParticipantModel", "Their job, so the room knows who speaks for what."),
            translate(
                "ParticipantModel",
                "The team they write objectives with. People from every department belong "
                "in the room, not only product and IT."
            ),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def cell(self, person: Participant, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEAM:
                team = self._workshop.team(person.team_id or "") if self._workshop else None
                return team.name if team else translate("ParticipantModel", "— no team —")
            return person.name if column == self.NAME else person.role
        if role == Qt.ItemDataRole.EditRole:
            return (person.name, person.role, person.team_id or NO_TEAM)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[column]
        return None

    def choices(self, index: Index) -> list[tuple[str, object]]:
        """What the combo box of a team cell offers."""
        if index.column() != self.TEAM or self._workshop is None:
            return []
        return [
            (translate("ParticipantModel", "— no team —"), NO_TEAM),
            *((t.name, t.id) for t in self._workshop.teams),
        ]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self._row(index)
        if role != Qt.ItemDataRole.EditRole or person is None:
            return False
        column = index.column()
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
                person, edit_label("rename_participant"), name=name
            )
        if column == self.ROLE:
            return self._update(
                person, edit_label("edit_role"), role=str(value or "").strip()
            )
        if column == self.TEAM:
            team_id = str(value) if value else None
            return self._update(
                person, edit_label("change_participant_team"), team_id=team_id
            )
        return False
