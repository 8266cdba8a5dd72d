"""One key result's check-ins, newest first, each cell editable: a change is saved at once
as one undoable edit, and what cannot be is refused with its reason (``message``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt

from okr_workshop.app.formats import date_field_pattern, parse_date
from okr_workshop.domain.model import CheckIn, KeyResult, Workshop
from okr_workshop.domain.numbers import parse_number
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import show_day, ui_language
from okr_workshop.ui.models.base import EditableRowsModel, Index
from okr_workshop.ui.models.check_in_reasons import (
    confidence_problem,
    magnitude_problem,
    number_problem,
    outside_cycle,
)
from okr_workshop.ui.models.check_in_round_model import exact_number, value_text
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate
DATE, VALUE, CONFIDENCE, COMMENT, NEXT_STEP, AUTHOR = range(6)
RAW_ROLE = Qt.ItemDataRole.UserRole + 3


class CheckInHistoryModel(EditableRowsModel):
    COLUMNS = 6

    def __init__(self, bridge, parent=None) -> None:
        super().__init__(bridge, parent)
        self.kr: KeyResult | None = None

    def headers(self) -> tuple[str, ...]:
        return (translate("CheckInHistoryModel", "Date"),
                translate("CheckInHistoryModel", "Value"),
                translate("CheckInHistoryModel", "Confidence"),
                translate("CheckInHistoryModel", "What changed"),
                translate("CheckInHistoryModel", "Next step"),
                translate("CheckInHistoryModel", "Author"))

    def show_key_result(self, workshop: Workshop, kr: KeyResult | None) -> None:
        self.kr = kr
        rows = () if kr is None else tuple(sorted(kr.check_ins, key=lambda c: c.on,
                                                  reverse=True))
        self._load(workshop, rows, same_place=True)

    def check_in_at(self, row: int) -> CheckIn | None:
        return self._row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def cell(self, row: CheckIn, column: int, role: int):
        if role == RAW_ROLE:
            return (row.on, row.value, row.confidence, row.comment, row.next_step,
                    row.author_id)[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == DATE:
                return show_day_short(row.on)
            if column == VALUE and self.kr is not None and not self.kr.milestone:
                return exact_number(row.value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COMMENT, NEXT_STEP):
            return self._text(row, column) or None
        return None

    def _text(self, row: CheckIn, column: int) -> str:
        if column == DATE:
            return show_day(row.on)
        if column == VALUE:
            return value_text(self.kr, row.value) if self.kr is not None else ""
        if column == CONFIDENCE:
            return str(row.confidence)
        if column == COMMENT:
            return row.comment
        if column == NEXT_STEP:
            return row.next_step
        person = self._workshop.participant(row.author_id) if (
            self._workshop and row.author_id) else None
        return person.name if person else ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row(index)
        if row is None or role != Qt.ItemDataRole.EditRole or self._workshop is None:
            return False
        try:
            changes = self._changes(index.column(), value)
        except ValueError as refused:
            self.message.emit(str(refused))
            return False
        self.message.emit("")
        return self._update(row, edit_label("edit_check_in"), **changes)

    def problem(self, column: int, value: object) -> str:
        """Why ``value`` typed in ``column`` is refused; empty when it can be saved."""
        try:
            self._changes(column, value)
        except ValueError as refused:
            return str(refused)
        return ""

    def _changes(self, column: int, value: object) -> dict[str, object]:
        """The fields ``value`` typed in ``column`` sets; ValueError with the reason."""
        if column == DATE:
            text = str(value)
            try:
                day = value if isinstance(value, date) else parse_date(
                    text, date_field_pattern(ui_language()))
            except ValueError:
                raise ValueError(fill(translate("CheckInHistoryModel",
                                                "“%1” is not a date."), text)) from None
            reason = outside_cycle(self._workshop, day)
            if reason:
                raise ValueError(reason)
            return {"on": day}
        if column == VALUE:
            if isinstance(value, float):
                reason = magnitude_problem(value)
                if reason:
                    raise ValueError(reason)
                return {"value": value}
            reason = number_problem(str(value))
            if reason:
                raise ValueError(reason)
            return {"value": parse_number(str(value), ui_language())}
        if column == CONFIDENCE:
            reason = confidence_problem(str(value))
            if reason:
                raise ValueError(reason)
            return {"confidence": int(str(value).strip())}
        if column == AUTHOR:
            return {"author_id": value or None}
        return {("comment" if column == COMMENT else "next_step"): str(value).strip()}


def show_day_short(day: date) -> str:
    """The date as a date field shows it, to be typed over."""
    return QDate(day).toString(date_field_pattern(ui_language()))
