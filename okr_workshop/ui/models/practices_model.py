"""The good practices of one step as a checkable list: ticking one saves a ChecklistTick with
its code, unticking deletes it; each is one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from okr_workshop.domain.enums import Step
from okr_workshop.domain.good_practices import Practice, practice_text, practices_for_step
from okr_workshop.domain.model import ChecklistTick, Workshop
from okr_workshop.domain.rules.health import mistake_title
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import ID_ROLE
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.session_bridge import SessionBridge

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class PracticesModel(QAbstractListModel):
    ticks_changed = Signal()

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._practices: tuple[Practice, ...] = ()
        self._ticks: dict[str, ChecklistTick] = {}
        self._workshop: Workshop | None = None

    def show_step(self, workshop: Workshop, step: Step) -> None:
        practices = practices_for_step(step)
        ticks: dict[str, ChecklistTick] = {}
        for tick in workshop.checklist:
            ticks.setdefault(tick.item, tick)
        if practices != self._practices:
            self.beginResetModel()
            self._practices, self._ticks, self._workshop = practices, ticks, workshop
            self.endResetModel()
        else:
            self._ticks, self._workshop = ticks, workshop
            if practices:
                self.dataChanged.emit(self.index(0), self.index(len(practices) - 1))
        self.ticks_changed.emit()

    def ticked_count(self) -> int:
        return sum(1 for p in self._practices if p.code in self._ticks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._practices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._practices):
            return None
        practice = self._practices[index.row()]
        language = self._workshop.language if self._workshop else "en"
        if role == Qt.ItemDataRole.DisplayRole:
            return practice_text(practice.code, language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(translate("PracticesModel", "%1\nAgainst mistake %2: %3"),
                        practice_text(practice.code, language), practice.mistake,
                        mistake_title(practice.mistake, language))
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = practice.code in self._ticks
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return practice.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._practices[index.row()].code
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        tick = self._ticks.get(code)
        if wanted == (tick is not None):
            return True
        if wanted:
            return self.bridge.edit(
                lambda s: s.add(edit_label("tick_practice"), ChecklistTick(item=code)))
        return self.bridge.edit(lambda s: s.delete(edit_label("untick_practice"), tick))
