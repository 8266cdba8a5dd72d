"""The Key results step's tree: every team, and under it the objectives it kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from okr_workshop.domain.model import Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.ui.models.base import ID_ROLE, Index, NodeTreeModel, TreeNode
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "team" or "objective"


class KeptObjectivesModel(NodeTreeModel):
    ID_ROLE = ID_ROLE
    KIND_ROLE = KIND_ROLE
    TITLE, COUNT = range(2)
    COLUMNS = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._limit = 2

    def set_workshop(self, workshop: Workshop) -> None:
        self.beginResetModel()
        self._limit = workshop.rule.max_key_results_per_objective
        self._clear_nodes()
        for team in workshop.teams:
            team_node = self._add_node(team)
            for objective in team.objectives_with(ObjectiveStatus.KEPT):
                self._add_node(objective, team_node)
        self.endResetModel()

    def objective_of(self, index: Index) -> Objective | None:
        item = self._node(index).item if index.isValid() else None
        return item if isinstance(item, Objective) else None

    def index_of(self, objective_id: str) -> QModelIndex:
        return self._first(lambda item: item.id == objective_id)

    def first_objective(self) -> QModelIndex:
        return self._first(lambda item: True)

    def _first(self, wanted: Callable[[Objective], bool]) -> QModelIndex:
        """The first objective's index for which ``wanted(objective)``, in the tree's order."""
        for number, node in enumerate(self._nodes):
            if isinstance(node.item, Objective) and wanted(node.item):
                return self._index_of_node(number)
        return QModelIndex()

    # QAbstractItemModel ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if isinstance(node.item, Team):
            return self._team_data(node, index.column(), role)
        objective = node.item
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

    def _team_data(self, node: TreeNode, column: int, role: int):
        team = node.item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return team.name
            return None
        if role == Qt.ItemDataRole.ToolTipRole and not node.children:
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

    def headers(self) -> tuple[str, ...]:
        return (
            translate("KeptObjectivesModel", "Kept objective"),
            # Short: the count column must leave the objectives' titles their room.
            translate("KeptObjectivesModel", "KRs"),
        )
