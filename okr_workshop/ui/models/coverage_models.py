"""The Review step's coverage lists: gaps, departments taking part, dependencies between teams.

Read-only models over :func:`okr_workshop.domain.coverage.coverage`; each keeps the ids of
what it shows in ``ID_ROLE``. Rows are compared on each load so an unrelated edit does not
reset the views.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from okr_workshop.domain.coverage import DepartmentShare, DependencyLink
from okr_workshop.ui.models.departments import shown_department
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


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


class DepartmentsModel(QAbstractTableModel):
    DEPARTMENT, TEAMS, KEPT = range(3)
    ID_ROLE = ID_ROLE  # the department's name as stored

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[DepartmentShare, ...] = ()

    def set_departments(self, rows: tuple[DepartmentShare, ...]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        share = self._rows[index.row()]
        column = index.column()
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
        if role == ID_ROLE:
            return share.name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                translate("CoverageModels", "Department"),
                translate("CoverageModels", "Teams"),
                translate("CoverageModels", "Kept objectives"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        return None


class DependenciesModel(QAbstractTableModel):
    """One row per dependency: the team and objective that need, then the team and objective
    needed, then the note. Team columns are bold so the eye finds who needs whom."""

    FROM_TEAM, FROM_OBJECTIVE, TO_TEAM, TO_OBJECTIVE, NOTE = range(5)
    TEAM_COLUMNS = (FROM_TEAM, TO_TEAM)
    ID_ROLE = ID_ROLE  # the dependency's id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[DependencyLink, ...] = ()

    def set_links(self, rows: tuple[DependencyLink, ...]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        link = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._text(link, index.column())
        if role == Qt.ItemDataRole.FontRole and index.column() in self.TEAM_COLUMNS:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return link.dependency.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                translate("CoverageModels", "Team"),
                translate("CoverageModels", "Objective"),
                translate("CoverageModels", "Depends on team"),
                translate("CoverageModels", "Objective it depends on"),
                translate("CoverageModels", "Note"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        return None
