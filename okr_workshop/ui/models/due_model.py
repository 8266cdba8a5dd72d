"""What is due today, one sentence per line (``domain/steering/due.py``): rituals due or
overdue, then key results waiting for a check-in. Overdue lines are in red *and* say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from okr_workshop.domain.steering.due import DueItem, DueList
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.base import RowsModel

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

OVERDUE = QColor("#B83232")


class DueModel(RowsModel):
    COLUMNS = 1

    def load(self, due: DueList) -> None:
        self._replace_rows(tuple(due))

    def item(self, row: int) -> DueItem | None:
        return self._row_at(row)

    def row_id(self, row: DueItem) -> str:
        return row.ritual_id or row.key_result_id or ""

    def cell(self, row: DueItem, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.sentence(ui_language())
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.ritual_id:
                return translate("DueModel", "Enter shows this ritual in the list below.")
            return translate("DueModel", "Check it in on the Check-ins tab (Ctrl+Tab).")
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE)
        return None

    def headers(self) -> tuple[str, ...]:
        return (translate("DueModel", "What is due"),)
