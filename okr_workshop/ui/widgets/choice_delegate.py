"""Table cells edited with a drop-down list when the model offers choices.

A model opts in per cell with ``choices(index) -> [(label, value), ...]`` (an empty list
keeps the default editor); the edit role holds the current value. ``SEPARATOR`` as a value
draws a line between groups (e.g. the team's members, then everyone else). Picking an entry
saves it at once, so no Enter is needed after a choice. With ``editable=True`` the person may
also type free text (a department not in the list), handed to the model as typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from okr_workshop.ui.models.choices import SEPARATOR
from okr_workshop.ui.widgets.field_lengths import limit_cell_editor

Index = QModelIndex | QPersistentModelIndex


def _choices(index: Index) -> list[tuple[str, object]]:
    offer = getattr(index.model(), "choices", None)
    return list(offer(index)) if callable(offer) else []


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = _choices(index)
        if not choices:
            editor = super().createEditor(parent, option, index)
            limit_cell_editor(editor, index)
            return editor
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        combo.setEditable(self.editable)
        if self.editable:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, value in choices:
            if value == SEPARATOR:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(label, value)
        combo.activated.connect(lambda _row, c=combo: self._chosen(c))
        limit_cell_editor(combo, index)  # a department typed in
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter in a typed-in list: commit once here. Qt would commit it twice, once for
        # the entry the text names and once more, later, for the Enter key itself.
        if (
            isinstance(editor, QComboBox)
            and editor.isEditable()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._chosen(editor)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        row = editor.findData(value if value is not None else "")
        if row >= 0:
            editor.setCurrentIndex(row)
        elif self.editable:
            editor.setEditText(str(value or ""))
        elif value:
            # A value outside the list stays selectable rather than silently replaced.
            editor.addItem(str(value), value)
            editor.setCurrentIndex(editor.count() - 1)
        else:
            editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        if self.editable:
            # Typed text that names an entry (in any case) is that entry; else it is free text.
            text = editor.currentText().strip()
            row = editor.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
            value = editor.itemData(row) if row >= 0 else text
        else:
            value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
