"""Rows as tall as their wrapped text, in a tree: objectives' titles are whole sentences.

QTreeView elides long text rather than wrapping it; this delegate measures the wrapped text
against the column's current width, and the view lays its rows out again when a column is
resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def _depth(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        # Asked of the (Python) model itself: in PySide6 6.12, QModelIndex.data() drops a
        # reference to None each time it returns None (so does initStyleOption), and
        # sizeHint runs for every row on every layout: enough to crash the interpreter.
        model = index.model()
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if not text:
            return hint
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = self._view.columnWidth(index.column()) - 2 * margin
        if index.column() == 0:
            # The tree's indentation and branch arrows (root items included when decorated).
            levels = self._depth(index) + (1 if self._view.rootIsDecorated() else 0)
            width -= self._view.indentation() * levels
        if width <= 20:
            return hint
        font = model.data(index, Qt.ItemDataRole.FontRole) or option.font
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 2 * margin + 2))
