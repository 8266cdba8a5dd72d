"""The Progress tab's list: every kept key result of the chosen team(s), with its status.

A row reads as a person would say it: the key result, then its status word (with its
symbol) and its team; the colour only repeats what the words say. The tooltip is the
status explained in a sentence (pace's :func:`status_sentence`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from okr_workshop.domain.model import KeyResult, Objective, Team
from okr_workshop.domain.steering.chart_scene import STATUS_COLOURS, STATUS_SYMBOLS
from okr_workshop.domain.steering.pace import KrStatus, status_label, status_sentence
from okr_workshop.ui.language import ui_language

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgressRow:
    __slots__ = ("team", "objective", "kr", "status")

    def __init__(self, team: Team, objective: Objective, kr: KeyResult, status: KrStatus):
        self.team, self.objective, self.kr, self.status = team, objective, kr, status

    def status_key(self) -> str:
        return self.status.status.value if self.status.status else "none"

    def status_words(self) -> str:
        symbol = STATUS_SYMBOLS[self.status_key()]
        if self.status.status is None:
            return symbol + " " + translate("ProgressModel", "No check-in yet")
        return f"{symbol} {status_label(self.status.status, ui_language())}"


class ProgressModel(QAbstractListModel):
    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[ProgressRow, ...] = ()

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProgressRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, kr_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.kr.id == kr_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(row.kr.text.split())
            return f"{text}\n{row.status_words()} · {' '.join(row.team.name.split())}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(STATUS_COLOURS[row.status_key()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_sentence(row.status, ui_language())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{' '.join(row.kr.text.split())}. {row.status_words()}"
        if role == ID_ROLE:
            return row.kr.id
        return None
