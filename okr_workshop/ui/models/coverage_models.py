"""The Review step's coverage lists: gaps, departments taking part, dependencies between teams.

Read-only models over :func:`okr_workshop.domain.coverage.coverage`; each keeps the ids of
what it shows in ``ID_ROLE``. Rows are compared on each load so an unrelated edit does not
reset the views.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from okr_workshop.domain.coverage import DepartmentShare, DependencyLink
from okr_workshop.ui.models.base import ID_ROLE, Index, RowsModel
from okr_workshop.ui.models.departments import shown_department
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


class LinesModel(QAbstractListModel):
    """Lines of text, each with its tooltip and the id of what it names."""

    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, str, str], ...] = ()

    def set_lines(self, rows: tuple[tuple[str, str, str], ...]) -> None:
        """(text, tooltip, id) per line."""
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, tooltip, entity_id = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip or text
        if role == ID_ROLE:
            return entity_id
        return None


class DepartmentsModel(RowsModel):
    DEPARTMENT, TEAMS, KEPT = range(3)
    COLUMNS = 3  # ID_ROLE holds the department's name as stored

    def set_departments(self, rows: tuple[DepartmentShare, ...]) -> None:
        self._replace_rows(rows)

    def row_id(self, share: DepartmentShare) -> str:
        return share.name

    def cell(self, share: DepartmentShare, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.DEPARTMENT:
                return shown_department(share.name)
            if column == self.TEAMS:
                return ", ".join(t.name for t in share.teams)
            return str(share.kept_objectives)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.KEPT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if share.product_or_it:
                return fill(
                    translate(
                        "CoverageModels", "%1 counts as a product, digital or IT department."
                    ),
                    shown_department(share.name),
                )
            return fill(translate("CoverageModels", "%1 is a department beyond product and IT."),
                        shown_department(share.name))
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("CoverageModels", "Department"),
            translate("CoverageModels", "Teams"),
            translate("CoverageModels", "Kept objectives"),
        )


class DependenciesModel(RowsModel):
    """One row per dependency: the team and objective that need, then the team and objective
    needed, then the note. Team columns are bold so the eye finds who needs whom."""

    FROM_TEAM, FROM_OBJECTIVE, TO_TEAM, TO_OBJECTIVE, NOTE = range(5)
    TEAM_COLUMNS = (FROM_TEAM, TO_TEAM)
    COLUMNS = 5  # ID_ROLE holds the dependency's id

    def set_links(self, rows: tuple[DependencyLink, ...]) -> None:
        self._replace_rows(rows)

    def row_id(self, link: DependencyLink) -> str:
        return link.dependency.id

    def _text(self, link: DependencyLink, column: int) -> str:
        if column == self.NOTE:
            return link.dependency.note
        team, objective = (
            (link.from_team, link.from_objective) if column < self.TO_TEAM
            else (link.to_team, link.to_objective)
        )
        if column in self.TEAM_COLUMNS:
            return team.name if team else ""
        return (
            objective.title
            if objective
            else translate("CoverageModels", "(an objective that no longer exists)")
        )

    def cell(self, link: DependencyLink, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._text(link, column)
        if role == Qt.ItemDataRole.FontRole and column in self.TEAM_COLUMNS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("CoverageModels", "Team"),
            translate("CoverageModels", "Objective"),
            translate("CoverageModels", "Depends on team"),
            translate("CoverageModels", "Objective it depends on"),
            translate("CoverageModels", "Note"),
        )
