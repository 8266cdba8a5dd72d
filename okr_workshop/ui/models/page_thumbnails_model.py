"""The deck preview's pages as a list model: one row per page, its thumbnail once rendered.

Until a page's thumbnail arrives, the row shows a blank image of the same size, so rows do
not jump when the thumbnails come in. A rebuilt deck keeps the old thumbnails of the pages
it still has until their new ones replace them: the list does not flash empty.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage

Index = QModelIndex | QPersistentModelIndex
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the page's 0-based index

translate = QCoreApplication.translate


def page_label(number: int, total: int) -> str:
    """ "Page 3 of 22" (1-based ``number``)."""
    return (
        translate("PageThumbnailsModel", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total))
    )


class PageThumbnailsModel(QAbstractListModel):
    PAGE_ROLE = PAGE_ROLE

    def __init__(self, thumbnail_size: QSize, parent=None) -> None:
        super().__init__(parent)
        self._count = 0
        self._images: dict[int, QImage] = {}
        self._blank = QImage(thumbnail_size, QImage.Format.Format_ARGB32_Premultiplied)
        self._blank.fill(Qt.GlobalColor.transparent)

    def set_page_count(self, count: int) -> None:
        if count == self._count:
            return
        self.beginResetModel()
        self._count = max(0, count)
        self._images = {row: image for row, image in self._images.items() if row < self._count}
        self.endResetModel()

    def set_thumbnail(self, row: int, image: QImage) -> None:
        if not 0 <= row < self._count:
            return
        self._images[row] = image
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def thumbnail(self, row: int) -> QImage | None:
        return self._images.get(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._images.get(row, self._blank)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return page_label(row + 1, self._count)
        if role == PAGE_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
