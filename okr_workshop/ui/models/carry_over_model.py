"""What carries over to the next cycle: a checkable tree of teams → objectives → key results.

Teams always carry over (they are who takes part); objectives and key results are ticked.
Kept objectives and their key results start ticked, parked and candidate ones do not. A key
result only travels with its objective: under an unticked objective it is greyed out and
left out of the choice, but keeps its tick for when the objective is ticked again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from okr_workshop.domain.model import KeyResult, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ROOT = 0
NAME, DETAIL = range(2)


def _status_text(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.KEPT: translate("CarryOverModel", "Kept"),
        ObjectiveStatus.PARKED: translate("CarryOverModel", "Parked"),
        ObjectiveStatus.CANDIDATE: translate("CarryOverModel", "Candidate"),
    }[status]


@dataclass
class _Node:
    entity: Team | Objective | KeyResult | None
    parent: int  # the parent's node number (ROOT for teams)
    row: int
    checked: bool = False
    children: list[int] = field(default_factory=list)


class CarryOverModel(QAbstractItemModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workshop: Workshop, parent=None) -> None:
        super().__init__(parent)
        # Node numbers are the indexes' internal ids; node 0 is the invisible root.
        self._nodes: list[_Node] = [_Node(None, -1, 0)]
        for team in workshop.teams:
            team_node = self._add(team, ROOT)
            for objective in team.objectives:
                kept = objective.status is ObjectiveStatus.KEPT
                objective_node = self._add(objective, team_node, checked=kept)
                for key_result in objective.key_results:
                    self._add(key_result, objective_node, checked=True)

    def _add(self, entity, parent: int, checked: bool = False) -> int:
        siblings = self._nodes[parent].children
        self._nodes.append(_Node(entity, parent, len(siblings), checked))
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    # What was chosen ----------------------------------------------------------------------

    def chosen_ids(self) -> tuple[frozenset[str], frozenset[str]]:
        """(objective ids, key result ids) to carry; key results only under ticked objectives."""
        objectives, key_results = set(), set()
        for node in self._nodes:
            if isinstance(node.entity, Objective) and node.checked:
                objectives.add(node.entity.id)
                key_results.update(
                    self._nodes[k].entity.id for k in node.children if self._nodes[k].checked
                )
        return frozenset(objectives), frozenset(key_results)

    # Qt's model interface ---------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        return self._nodes[index.internalId()] if index.isValid() else self._nodes[ROOT]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId()].parent
        if parent == ROOT:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsSelectable
        if self._enabled(node):
            flags |= Qt.ItemFlag.ItemIsEnabled
        if index.column() == NAME and not isinstance(node.entity, Team):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _enabled(self, node: _Node) -> bool:
        return not isinstance(node.entity, KeyResult) or self._nodes[node.parent].checked

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        entity = node.entity
        if role == self.ID_ROLE:
            return entity.id
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == NAME:
            if isinstance(entity, Team):
                return None
            return Qt.CheckState.Checked if node.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return entity.name if isinstance(entity, Team) else self._title(entity)
            return self._detail(node)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            if not self._enabled(node):
                return translate(
                    "CarryOverModel",
                    "Tick its objective first: a key result travels with its objective.",
                )
            # The whole title, which a narrow column may cut.
            return entity.name if isinstance(entity, Team) else self._title(entity)
        return None

    @staticmethod
    def _title(entity: Objective | KeyResult) -> str:
        return entity.title if isinstance(entity, Objective) else entity.text

    def _detail(self, node: _Node) -> str:
        entity = node.entity
        if isinstance(entity, Team):
            carried = sum(self._nodes[o].checked for o in node.children)
            total = len(node.children)
            if total == 0:
                return translate("CarryOverModel", "No objectives yet")
            if total == 1:
                return translate("CarryOverModel", "%1 of 1 objective carried over").replace(
                    "%1", str(carried)
                )
            return fill(
                translate("CarryOverModel", "%1 of %2 objectives carried over"), carried, total
            )
        if isinstance(entity, Objective):
            return _status_text(entity.status)
        latest = entity.latest_check_in()
        if latest is None:
            return ""
        value = QLocale().toString(latest.value, "g", 12)
        return translate("CarryOverModel", "Starts from %1, its last check-in").replace("%1", value)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        node = self._node(index)
        checked = _as_check_state(value) == Qt.CheckState.Checked
        if checked == node.checked:
            return True
        node.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if isinstance(node.entity, Objective):
            team = self.parent(index)
            detail = self.index(team.row(), DETAIL, team.parent())
            self.dataChanged.emit(detail, detail, [Qt.ItemDataRole.DisplayRole])
            if node.children:
                # Their flags (enabled or not) follow the objective's tick.
                first = self.index(0, NAME, index)
                last = self.index(len(node.children) - 1, DETAIL, index)
                self.dataChanged.emit(first, last)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                translate("CarryOverModel", "Team, objective or key result"),
                translate("CarryOverModel", "Status"),
            )
            return headers[section] if 0 <= section < len(headers) else None
        return None


def _as_check_state(value) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
