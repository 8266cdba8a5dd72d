"""The workshop's teams as a table: name, department, ambassador, number of objectives.

Edits go through the session bridge, so each one is saved at once and can be undone. The
model is refreshed from the reloaded workshop by the page (``set_workshop``) after each save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.domain.model import Team, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import EditableRowsModel, Index, members_first
from okr_workshop.ui.models.departments import (
    shown_department,
    stored_department,
    suggested_departments,
)

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

NO_ONE = ""  # the "— none —" choice (an empty id: combo boxes cannot find None)


class TeamModel(EditableRowsModel):
    NAME, DEPARTMENT, AMBASSADOR, OBJECTIVES = range(4)
    COLUMNS = 4
    LENGTHS = {NAME: ("team", "name"), DEPARTMENT: ("team", "department")}  # field_lengths

    # Content ------------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        self._load(workshop, workshop.teams)

    def team_at(self, row: int) -> Team:
        return self._rows[row]

    # Qt's table interface -------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (
            translate("TeamModel", "Team"),
            translate("TeamModel", "Department"),
            translate("TeamModel", "Ambassador"),
            translate("TeamModel", "Objectives"),
        )

    def header_tips(self) -> tuple[str, ...]:
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
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.OBJECTIVES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, team: Team, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(team, column)
        if role == Qt.ItemDataRole.EditRole:
            return (team.name, team.department, team.ambassador_id or NO_ONE, None)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips()[column]
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

    def choices(self, index: Index) -> list[tuple[str, object]]:
        """What the combo box of a department or ambassador cell offers."""
        if index.column() == self.DEPARTMENT:
            return [(shown, name) for name, shown in suggested_departments()]
        if index.column() != self.AMBASSADOR or self._workshop is None:
            return []
        team_id = self._rows[index.row()].id
        return [
            (translate("TeamModel", "— none —"), NO_ONE),
            *members_first(self._workshop.participants, team_id),
        ]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        team = self._row(index)
        if role != Qt.ItemDataRole.EditRole or team is None:
            return False
        column = index.column()
        if column == self.NAME:
            name = str(value or "").strip()
            if not name:
                self.message.emit(
                    translate("TeamModel", "A team needs a name: the previous name is back.")
                )
                return False
            return self._update(team, edit_label("rename_team"), name=name)
        if column == self.DEPARTMENT:
            department = stored_department(str(value or ""))
            return self._update(
                team, edit_label("change_department"), department=department
            )
        if column == self.AMBASSADOR:
            ambassador = str(value) if value else None
            return self._update(
                team, edit_label("change_ambassador"), ambassador_id=ambassador
            )
        return False
