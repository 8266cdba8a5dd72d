"""The key results of one objective as a table: sentence and measurable fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.app.formats import format_value
from okr_workshop.domain.model import Direction, KeyResult, Language
from okr_workshop.domain.relative_change import change_text
from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.base import RowsModel
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


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


def number_text(value: float | None, language: Language | str, unit: str = "") -> str:
    return "—" if value is None else format_value(value, language, unit)


def target_text(kr: KeyResult, language: Language | str) -> str:
    """The target, or for a relative change the change itself ("−20 %") until the
    baseline is known, then the target that follows from it ("960 (−20 %)")."""
    if not kr.is_relative:
        return number_text(kr.target, language, kr.unit)
    change = change_text(kr, language)
    aimed = kr.aimed_target()
    return change if aimed is None else f"{number_text(aimed, language, kr.unit)} ({change})"


class KeyResultsModel(RowsModel):
    TEXT, METRIC, VALUES, UNIT, DIRECTION, OWNER, DUE = range(7)
    COLUMNS = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._language: Language = Language.FRENCH

    def set_key_results(self, rows: tuple[KeyResult, ...], language: Language) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._language = language
        self.endResetModel()

    def key_result_at(self, row: int) -> KeyResult | None:
        return self._row_at(row)

    def cell(self, kr: KeyResult, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(kr, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kr.text if column == self.TEXT else self._text(kr, column)
        return None

    def _text(self, kr: KeyResult, column: int) -> str:
        if column == self.TEXT:
            return kr.text
        if column == self.METRIC:
            return kr.metric
        if column == self.VALUES:
            return fill(
                translate("KeyResultsModel", "%1 → %2"),
                number_text(kr.baseline, self._language, kr.unit),
                target_text(kr, self._language),
            )
        if column == self.UNIT:
            return kr.unit
        if column == self.DIRECTION:
            return direction_label(kr.direction)
        if column == self.OWNER:
            return kr.owner
        return show_day(kr.due) if kr.due else ""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("KeyResultsModel", "Key result"),
            translate("KeyResultsModel", "Metric"),
            translate("KeyResultsModel", "Baseline → target"),
            translate("KeyResultsModel", "Unit"),
            translate("KeyResultsModel", "Direction"),
            translate("KeyResultsModel", "Owner"),
            translate("KeyResultsModel", "Due"),
        )
