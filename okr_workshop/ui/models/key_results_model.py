"""The key results of one objective as a table: sentence and measurable fields."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from okr_workshop.domain.model import Direction, KeyResult, Language
from okr_workshop.domain.rules.wording import format_number
from okr_workshop.ui.language import show_day
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def direction_text(direction: Direction | None) -> str:
    """The direction inside a sentence ("…, direction: increase.")."""
    if direction is None:
        return translate("KeyResultsModel", "not set")
    return {
        Direction.INCREASE: translate("KeyResultsModel", "increase"),
        Direction.DECREASE: translate("KeyResultsModel", "decrease"),
        Direction.AT_LEAST: translate("KeyResultsModel", "at least"),
        Direction.AT_MOST: translate("KeyResultsModel", "at most"),
    }[direction]


def direction_label(direction: Direction | None) -> str:
    """The direction on its own, in a list or a table cell, written like the other labels
    there ("Not set", "Committed") rather than like the stored value ("increase")."""
    if direction is None:
        return translate("KeyResultsModel", "Not set")
    return {
        Direction.INCREASE: translate("KeyResultsModel", "Increase"),
        Direction.DECREASE: translate("KeyResultsModel", "Decrease"),
        Direction.AT_LEAST: translate("KeyResultsModel", "At least"),
        Direction.AT_MOST: translate("KeyResultsModel", "At most"),
    }[direction]


def number_text(value: float | None, language: Language | str) -> str:
    return "—" if value is None else format_number(value, language)


class KeyResultsModel(QAbstractTableModel):
    ID_ROLE = ID_ROLE
    TEXT, METRIC, VALUES, UNIT, DIRECTION, OWNER, DUE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[KeyResult, ...] = ()
        self._language: Language = Language.FRENCH

    def set_key_results(self, rows: tuple[KeyResult, ...], language: Language) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._language = language
        self.endResetModel()

    def key_result_at(self, row: int) -> KeyResult | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kr_id: str) -> int:
        return next((i for i, kr in enumerate(self._rows) if kr.id == kr_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kr = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(kr, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return kr.text if index.column() == self.TEXT else self._text(kr, index.column())
        if role == ID_ROLE:
            return kr.id
        return None

    def _text(self, kr: KeyResult, column: int) -> str:
        if column == self.TEXT:
            return kr.text
        if column == self.METRIC:
            return kr.metric
        if column == self.VALUES:
            return fill(
                translate("KeyResultsModel", "%1 → %2"),
                number_text(kr.baseline, self._language),
                number_text(kr.target, self._language),
            )
        if column == self.UNIT:
            return kr.unit
        if column == self.DIRECTION:
            return direction_label(kr.direction)
        if column == self.OWNER:
            return kr.owner
        return show_day(kr.due) if kr.due else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (
                translate("KeyResultsModel", "Key result"),
                translate("KeyResultsModel", "Metric"),
                translate("KeyResultsModel", "Baseline → target"),
                translate("KeyResultsModel", "Unit"),
                translate("KeyResultsModel", "Direction"),
                translate("KeyResultsModel", "Owner"),
                translate("KeyResultsModel", "Due"),
            )
            if 0 <= section < len(headers):
                return headers[section]
        return None
