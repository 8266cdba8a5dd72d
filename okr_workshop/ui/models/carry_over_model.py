"""What carries over to the next cycle: a checkable tree of teams → objectives → key results.

Teams always carry over (they are who takes part); objectives and key results are ticked.
What :func:`~okr_workshop.domain.next_cycle.proposed_carry_over` proposes starts ticked: kept
objectives not closed as accomplished or missed, and those closed as carried over or
postponed, with their key results. A key
result only travels with its objective: under an unticked objective it is greyed out and
left out of the choice, but keeps its tick for when the objective is ticked again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.domain.model import KeyResult, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.domain.next_cycle import carried_baseline, proposed_carry_over
from okr_workshop.ui.language import show_day, show_number
from okr_workshop.ui.models.base import ID_ROLE, ROOT, Index, NodeTreeModel, TreeNode
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

NAME, DETAIL = range(2)


def _status_text(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.KEPT: translate("CarryOverModel", "Kept"),
        ObjectiveStatus.PARKED: translate("CarryOverModel", "Parked"),
        ObjectiveStatus.CANDIDATE: translate("CarryOverModel", "Candidate"),
    }[status]


@dataclass
class _Node(TreeNode):
    item: Team | Objective | KeyResult | None
    checked: bool = False


class CarryOverModel(NodeTreeModel):
    ID_ROLE = ID_ROLE
    COLUMNS = 2
    node_type = _Node

    def __init__(self, workshop: Workshop, parent=None) -> None:
        super().__init__(parent)
        proposed, _ = proposed_carry_over(workshop)
        for team in workshop.teams:
            team_node = self._add_node(team, ROOT)
            for objective in team.objectives:
                ticked = objective.id in proposed
                objective_node = self._add_node(objective, team_node, checked=ticked)
                for key_result in objective.key_results:
                    self._add_node(key_result, objective_node, checked=True)

    # What was chosen ----------------------------------------------------------------------

    def chosen_ids(self) -> tuple[frozenset[str], frozenset[str]]:
        """(objective ids, key result ids) to carry; key results only under ticked objectives."""
        objectives, key_results = set(), set()
        for node in self._nodes:
            if isinstance(node.item, Objective) and node.checked:
                objectives.add(node.item.id)
                key_results.update(
                    self._nodes[k].item.id for k in node.children if self._nodes[k].checked
                )
        return frozenset(objectives), frozenset(key_results)

    # Qt's model interface ---------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        flags = Qt.ItemFlag.ItemIsSelectable
        if self._enabled(node):
            flags |= Qt.ItemFlag.ItemIsEnabled
        if index.column() == NAME and not isinstance(node.item, Team):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _enabled(self, node: _Node) -> bool:
        return not isinstance(node.item, KeyResult) or self._nodes[node.parent].checked

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        entity = node.item
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
        entity = node.item
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
        carried = carried_baseline(entity)
        if carried.on is None or carried.baseline is None:
            return ""  # no check-in, or a milestone: it starts as it was written
        return fill(
            translate("CarryOverModel", "Baseline ← last value %1 (check-in of %2)"),
            show_number(carried.baseline, entity.unit),
            show_day(carried.on),
        )

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
        if isinstance(node.item, Objective):
            team = self.parent(index)
            detail = self.index(team.row(), DETAIL, team.parent())
            self.dataChanged.emit(detail, detail, [Qt.ItemDataRole.DisplayRole])
            if node.children:
                # Their flags (enabled or not) follow the objective's tick.
                first = self.index(0, NAME, index)
                last = self.index(len(node.children) - 1, DETAIL, index)
                self.dataChanged.emit(first, last)
        return True

    def headers(self) -> tuple[str, ...]:
        return (
            translate("CarryOverModel", "Team, objective or key result"),
            translate("CarryOverModel", "Status"),
        )


def _as_check_state(value) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
