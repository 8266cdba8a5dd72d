"""The editors of the check-in round's new cells, and the keys of a 15-minute ritual.

Type the value, Tab, the confidence, Tab, what changed, Enter: the row is saved (the tab
listens to ``entered``) and the next key result's value opens. A milestone's value is
done / not yet. What cannot be a value is refused where it is typed (RefusingDelegate).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QStyleOptionViewItem, QWidget

from okr_workshop.domain.model import KeyResult, Workshop
from okr_workshop.domain.numbers import parse_number
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.check_in_reasons import confidence_problem, number_problem
from okr_workshop.ui.models.check_in_round_model import (
    AUTHOR,
    KR_ROLE,
    NEW_CONFIDENCE,
    NEW_VALUE,
    RAW_ROLE,
    milestone_text,
)
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.refusing_delegate import (
    ConfidenceSpin,
    RefusingDelegate,
    author_combo,
    milestone_combo,
)


class CheckInDelegate(RefusingDelegate):
    # An editor opened on a cell: the round publishes what is typed in it as it is typed.
    opened = Signal(QWidget, QModelIndex)

    def __init__(self, workshop_of: Callable[[], Workshop],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workshop_of = workshop_of  # the workshop on screen, for the author list

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        kr: KeyResult = index.data(KR_ROLE)
        column = index.column()
        if column == NEW_VALUE and kr.milestone:
            editor: QWidget = milestone_combo(parent, milestone_text(True), milestone_text(False))
        elif column == NEW_VALUE:
            editor = QLineEdit(parent)
            editor.setObjectName("newValueEdit")
        elif column == NEW_CONFIDENCE:
            editor = ConfidenceSpin(parent)
            editor.setObjectName("newConfidenceSpin")
        elif column == AUTHOR:
            row = index.model().row_at(index.row())  # type: ignore[attr-defined]
            editor = author_combo(parent, self._workshop_of(), row.team.id if row else None)
        else:  # the comment or the next step: the same limit
            editor = limited(QLineEdit(parent), "check_in", "comment")
        self.opened.emit(editor, index)
        return self.remember(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        raw = index.data(RAW_ROLE)
        if isinstance(editor, QComboBox):
            wanted = (1.0 if raw and raw >= 0.5 else 0.0) if index.column() == NEW_VALUE else raw
            editor.setCurrentIndex(max(0, editor.findData(wanted)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(raw))
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()  # typing replaces the preset value

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        reason = self.problem(editor, index)
        if reason:
            self.refused.emit(reason)  # left with a click: the draft keeps its last good value
            return
        model.setData(index, self._value(editor, index), Qt.ItemDataRole.EditRole)

    def _value(self, editor: QWidget, index: QModelIndex) -> object:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return int(editor.text().strip())
        text = editor.text()  # type: ignore[attr-defined]
        if index.column() == NEW_VALUE:
            return parse_number(text, ui_language())
        return text.strip()

    def problem(self, editor: QWidget, index: QModelIndex) -> str:
        if isinstance(editor, QSpinBox):
            return confidence_problem(editor.text())
        if index.column() == NEW_VALUE and isinstance(editor, QLineEdit):
            return number_problem(editor.text())
        return ""
