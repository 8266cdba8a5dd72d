"""Findings of the rules as a list: the message in the workshop's language, advice as tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from okr_workshop.domain.findings import Finding, by_severity
from okr_workshop.domain.model import Language
from okr_workshop.ui.severity import MARK

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ADVICE_ROLE = Qt.ItemDataRole.UserRole + 2



class FindingsModel(QAbstractListModel):
    CODE_ROLE = CODE_ROLE
    ADVICE_ROLE = ADVICE_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Finding, str, str]] = []

    def set_findings(self, findings: Sequence[Finding], language: Language | str) -> None:
        self.beginResetModel()
        self._rows = [(f, f.message(language), f.advice(language))
                      for f in by_severity(list(findings))]
        self.endResetModel()

    def messages(self) -> list[str]:
        return [message for _, message, _ in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        finding, message, advice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{MARK[finding.severity]} {message}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return message
        if role in (Qt.ItemDataRole.ToolTipRole, ADVICE_ROLE):
            return advice
        if role == CODE_ROLE:
            return finding.code
        return None
