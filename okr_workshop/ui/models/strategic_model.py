"""The workshop's strategic objectives as a table: title and why.

The title is edited in place (F2); the why, a paragraph, is edited beside the table. Every
edit goes through the session bridge, so it is saved at once and can be undone.
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

from okr_workshop.domain.model import StrategicObjective, Workshop
from okr_workshop.ui.session_bridge import SessionBridge

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex

# How much of a why the table shows before "…"; the full text is in the tooltip.
WHY_PREVIEW = 120


def preview(text: str, limit: int = WHY_PREVIEW) -> str:
    """One line of ``text``, cut at a word with "…" when too long."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,;:") + "…"


class StrategicObjectivesModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    TITLE, WHY = range(2)

    message = Signal(str)  # a sentence when an edit is refused

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._rows: tuple[StrategicObjective, ...] = ()

    # Content ------------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        rows = workshop.strategic_objectives
        if tuple(s.id for s in rows) == tuple(s.id for s in self._rows):
            # Same rows: update in place so selection and an open editor survive.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.WHY))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def objective_at(self, row: int) -> StrategicObjective:
        return self._rows[row]

    def row_of(self, strategic_id: str | None) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == strategic_id), -1)

    # Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return item.title
            return (
                preview(item.why)
                if item.why.strip()
                else translate("StrategicObjectivesModel", "Why is still to write")
            )
        if role == Qt.ItemDataRole.EditRole:
            return item.title if column == self.TITLE else item.why
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return translate(
                    "StrategicObjectivesModel",
                    "F2 or a double click renames it. Alt+Up and Alt+Down reorder.",
                )
            if item.why.strip():
                return item.why
            return translate(
                "StrategicObjectivesModel",
                "Every strategic objective needs its why: teams commit to what they "
                "understand. Write it in the field beside the list."
            )
        if role == self.ID_ROLE:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section in (self.TITLE, self.WHY):
                return (
                    translate("StrategicObjectivesModel", "Strategic objective"),
                    translate("StrategicObjectivesModel", "Why it matters"),
                )[section]
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.TITLE or not 0 <= index.row() < len(self._rows):
            return False
        item = self._rows[index.row()]
        title = str(value or "").strip()
        if not title:
            self.message.emit(
                translate(
                    "StrategicObjectivesModel",
                    "A strategic objective needs a title: the previous title is back.",
                )
            )
            return False
        if title == item.title:
            return True
        return self.bridge.edit(
            lambda s: s.update(
                translate("StrategicObjectivesModel", "rename strategic objective"),
                item,
                title=title,
            )
        )
