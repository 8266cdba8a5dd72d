"""What the window's table models share: named headers, rows of domain values with their id in
``ID_ROLE``, and edits saved through the session bridge.

Each model keeps its own words (``headers()``, tooltips, refusals) with their translation
context; this module holds only the plumbing Qt asks of every table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okr_workshop.domain.model import Participant, Workshop
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_delegate import SEPARATOR

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


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

    def _update(self, item: Any, label: str, **changes: object) -> bool:
        """Save ``changes`` to ``item`` as one undoable step named ``label``; True when saved or
        when nothing changes."""
        if all(getattr(item, name) == wanted for name, wanted in changes.items()):
            return True
        return self.bridge.edit(lambda s: s.update(label, item, **changes))
