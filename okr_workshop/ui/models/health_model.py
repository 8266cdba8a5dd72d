"""The health of the five mistakes as a tree: each mistake with its status, then its evidence.

Words come from the domain in the workshop's language (the room reads them); each status is
a pill with a symbol and words, and each evidence line carries its advice as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from okr_workshop.domain.model import Language
from okr_workshop.domain.rules.health import (
    HealthStatus,
    MistakeHealth,
    mistake_scope,
    status_label,
)
from okr_workshop.ui.models.base import Index, NodeTreeModel
from okr_workshop.ui.models.review_badges import (
    SEVERITY_MARK,
    Tone,
    background,
    badge_text,
    foreground,
)
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

MISTAKE, STATUS = range(2)

TONES = {
    HealthStatus.OK: Tone.GOOD,
    HealthStatus.AT_RISK: Tone.WARNING,
    HealthStatus.MISSING: Tone.BAD,
}


class HealthModel(NodeTreeModel):
    """Each mistake a top-level row, its evidence (findings) the rows under it."""

    STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the HealthStatus value, on a mistake row
    CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding's code, on an evidence row
    COLUMNS = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[MistakeHealth, ...] = ()
        self._language = Language.FRENCH

    def set_health(self, rows: tuple[MistakeHealth, ...], language: Language) -> bool:
        if rows == self._rows and language == self._language:
            return False
        self.beginResetModel()
        self._rows = tuple(rows)
        self._language = Language(language)
        self._clear_nodes()
        for health in self._rows:
            mistake = self._add_node(health)
            for finding in health.evidence:
                self._add_node(finding, mistake)
        self.endResetModel()
        return True

    def health_at(self, row: int) -> MistakeHealth | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt's model interface ---------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._node(index).item
        if isinstance(item, MistakeHealth):
            return self._mistake_data(item, index.column(), role)
        finding = item
        if index.column() != MISTAKE:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{SEVERITY_MARK[finding.severity]} {finding.message(self._language)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.advice(self._language)
        if role == self.CODE_ROLE:
            return finding.code
        return None

    def _mistake_data(self, health: MistakeHealth, column: int, role: int):
        tone = TONES[health.status]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MISTAKE:
                return fill(
                    translate("HealthModel", "%1. %2"), health.mistake, health.title(self._language)
                )
            return badge_text(tone, status_label(health.status, self._language))
        if role == Qt.ItemDataRole.ToolTipRole:
            return mistake_scope(health.mistake, self._language)
        if role == self.STATUS_ROLE:
            return health.status.value
        if role == Qt.ItemDataRole.FontRole and column == MISTAKE:
            font = QFont()
            font.setBold(True)
            return font
        if column == STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return background(tone)
        if column == STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return foreground(tone)
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("HealthModel", "Mistake to avoid, and what shows it"),
            translate("HealthModel", "Status"),
        )
