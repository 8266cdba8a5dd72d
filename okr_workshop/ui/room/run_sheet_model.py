"""The run sheet as a table: each line's planned clock times, what it is, its minutes
(editable) and the real time the step timer recorded. Edits go through ``edited``: the
dialog saves them, undoably, through the session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from okr_workshop.domain.agenda import ClockTime, Line, RunSheet, duration_text, run_sheet
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.step_names import step_name

Index = QModelIndex | QPersistentModelIndex
TIME, WHAT, PLANNED, SPENT = range(4)
MAX_MINUTES = 24 * 60


def clock_text(clock: ClockTime) -> str:
    """"09:30"; past midnight "00:15 (+1 d)"."""
    if clock.days:
        text = QCoreApplication.translate("RunSheetModel", "%1 (+%2 d)")
        return text.replace("%1", clock.text).replace("%2", str(clock.days))
    return clock.text


def offset_text(minutes: int) -> str:
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}"


class RunSheetModel(QAbstractTableModel):
    # (row, field name, new value): the person edited a cell.
    edited = Signal(int, str, object)

    def __init__(self, workshop: Workshop, parent=None) -> None:
        super().__init__(parent)
        self.sheet: RunSheet = run_sheet(workshop)

    def set_workshop(self, workshop: Workshop) -> None:
        sheet = run_sheet(workshop)
        if len(sheet.lines) != len(self.sheet.lines):
            self.beginResetModel()
            self.sheet = sheet
            self.endResetModel()
            return
        self.sheet = sheet
        if sheet.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(sheet.lines) - 1, SPENT))

    def line(self, row: int) -> Line:
        return self.sheet.lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.sheet.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == TIME:
            return self.tr("Time") if self.sheet.starts else self.tr("From start")
        return (None, self.tr("What"), self.tr("Planned (min)"), self.tr("Spent"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (WHAT, PLANNED):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sheet.lines):
            return None
        line = self.sheet.lines[index.row()]
        item, column = line.item, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), line, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == WHAT:
                return item.title
            if column == PLANNED:
                return item.planned_minutes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PLANNED, SPENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == WHAT and item.step is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return (self.tr("A break: its title, its minutes; Delete removes it")
                    if item.step is None else
                    self.tr("A step of the workshop: a title of your own is shown beside "
                            "its name; the step timer counts it"))
        return None

    def _display(self, row: int, line: Line, column: int) -> str:
        item = line.item
        if column == TIME:
            if line.starts is not None and line.ends is not None:
                return f"{clock_text(line.starts)}–{clock_text(line.ends)}"
            at = sum(other.item.planned_minutes for other in self.sheet.lines[:row])
            return f"{offset_text(at)}–{offset_text(at + item.planned_minutes)}"
        if column == WHAT:
            if item.step is None:
                return item.title
            name = step_name(item.step)
            title = item.title.strip()
            return f"{name} · {title}" if title and title != name else name
        if column == PLANNED:
            return str(item.planned_minutes)
        if item.step is None or not item.spent_seconds:
            return ""
        return duration_text(item.spent_seconds)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.sheet.lines[index.row()].item
        if index.column() == PLANNED:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            minutes = max(0, min(minutes, MAX_MINUTES))
            if minutes != item.planned_minutes:
                self.edited.emit(index.row(), "planned_minutes", minutes)
            return True
        if index.column() == WHAT:
            title = str(value).strip()
            if title != item.title:
                self.edited.emit(index.row(), "title", title)
            return True
        return False
