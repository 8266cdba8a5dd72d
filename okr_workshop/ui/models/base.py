"""What the window's table and tree models share: named headers, rows of domain values with
their id in ``ID_ROLE``, edits saved through the session bridge, and trees kept as node lists.

Each model keeps its own words (``headers()``, tooltips, refusals) with their translation
context; this module holds only the plumbing Qt asks of every table and tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Participant, Workshop
from okr_workshop.ui.models.choices import SEPARATOR

if TYPE_CHECKING:  # the library's list model loads at start-up, the session later
    from okr_workshop.ui.session_bridge import SessionBridge

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = 0  # the invisible root's node number in a NodeTreeModel


def members_first(people: Sequence[Participant], team_id: str | None) -> list[tuple[str, str]]:
    """Combo box choices (name, id): the team's members, a separator, then everyone else."""
    members = [(p.name, p.id) for p in people if p.team_id == team_id]
    others = [(p.name, p.id) for p in people if p.team_id != team_id]
    separator = [("", SEPARATOR)] if members and others else []
    return [*members, *separator, *others]


class Headers:
    """Horizontal headers named by ``headers()``, with ``header_tips()`` as their tooltips.

    A mixin for Qt models (listed before the Qt class): Qt's views find its ``headerData``.
    """

    COLUMNS = 1

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_tips(self) -> tuple[str, ...]:
        return ()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
        elif role == Qt.ItemDataRole.ToolTipRole:
            names = self.header_tips()
        else:
            return None
        return names[section] if 0 <= section < len(names) else None


class RowsModel(Headers, QAbstractTableModel):
    """A flat table: one row per domain value in ``_rows``, ``COLUMNS`` columns, the value's id
    in ``ID_ROLE``. Subclasses answer the other roles in ``cell``."""

    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def row_id(self, row: Any) -> str:
        """What ``ID_ROLE`` holds for ``row``."""
        return row.id

    def row_of(self, row_id: str | None) -> int:
        """The row showing ``row_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if self.row_id(row) == row_id), -1)

    def _row_at(self, row: int) -> Any | None:
        """The value shown on ``row``; None for a row outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row(self, index: Index) -> Any | None:
        """The value shown on ``index``'s row; None for an index outside the table."""
        return self._row_at(index.row()) if index.isValid() else None

    def _replace_rows(self, rows: Sequence[Any]) -> bool:
        """Show ``rows``; False (and the views left alone) when they are the rows shown."""
        rows = tuple(rows)
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def cell(self, row: Any, column: int, role: int):
        """What ``data`` answers for ``role`` (other than ``ID_ROLE``) in a cell of ``row``."""
        return None

    # Qt's table interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self._row(index)
        if row is None:
            return None
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)


class EditableRowsModel(RowsModel):
    """A table of one workshop's values whose cells are edited through the session bridge, so
    each edit is saved at once and can be undone; the page hands the reloaded workshop back."""

    message = Signal(str)  # a sentence when an edit is refused

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._workshop: Workshop | None = None

    def _load(self, workshop: Workshop, rows: tuple[Any, ...], same_place: bool = True) -> None:
        """Show ``rows`` of ``workshop``. The same rows (by id, and ``same_place``) are updated
        in place so selection, scroll and open editors survive; other rows reset the table."""
        if same_place and tuple(r.id for r in rows) == tuple(r.id for r in self._rows):
            self._workshop, self._rows = workshop, rows
            if rows:
                last = self.index(len(rows) - 1, self.COLUMNS - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._workshop, self._rows = workshop, rows
        self.endResetModel()

    def _update(self, item: Any, label: EditLabel, **changes: object) -> bool:
        """Save ``changes`` to ``item`` as one undoable step named ``label``; True when saved or
        when nothing changes."""
        if all(getattr(item, name) == wanted for name, wanted in changes.items()):
            return True
        return self.bridge.edit(lambda s: s.update(label, item, **changes))


@dataclass
class TreeNode:
    item: Any  # the value its row shows; None for the invisible root
    parent: int  # the parent's node number: ROOT for a top-level row, -1 for the root
    row: int  # its row among its siblings
    children: list[int] = field(default_factory=list)


class NodeTreeModel(Headers, QAbstractItemModel):
    """A read-mostly tree kept as a list of nodes: a node's number in the list is its indexes'
    internal id, node ROOT the invisible root. Subclasses add nodes parents first
    (``_add_node``) and read ``_node(index).item``; ``node_type`` may carry more per node."""

    node_type: type[TreeNode] = TreeNode

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clear_nodes()

    def _clear_nodes(self) -> None:
        self._nodes: list[TreeNode] = [self.node_type(None, -1, 0)]

    def _add_node(self, item: Any, parent: int = ROOT, **more: Any) -> int:
        """Add ``item`` as the last child of node ``parent``; its node number."""
        siblings = self._nodes[parent].children
        self._nodes.append(self.node_type(item, parent, len(siblings), **more))
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    def _node(self, index: Index) -> TreeNode:
        return self._nodes[index.internalId()] if index.isValid() else self._nodes[ROOT]

    def refresh_items(self, items: dict[str, Any], redraw: bool = True) -> None:
        """Rows showing these items (by id) take their new values in place: no reset, so the
        view keeps its expansion, selection and scroll, and nothing else is laid out again.
        ``redraw=False``: what changed shows nowhere in the rows (kept, not repainted)."""
        for number, node in enumerate(self._nodes):
            if node.item is not None and node.item.id in items:
                node.item = items[node.item.id]
                if redraw:
                    self.dataChanged.emit(
                        self._index_of_node(number),
                        self._index_of_node(number, self.COLUMNS - 1),
                    )

    def _index_of_node(self, number: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._nodes[number].row, column, number)

    # Qt's model interface ---------------------------------------------------------------

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
        return self._index_of_node(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
