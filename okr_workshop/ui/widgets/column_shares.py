"""A wide table shares its extra room among several columns, not only the stretched one.

Qt gives all the room beyond the columns' widths to the stretched column: on a 1920-pixel
screen a title column grew half the screen wide while the columns beside it wrapped and cut
their text ("L’inspection sanitaire l’a …"). Here each listed column keeps its width as a
minimum and takes its share of what is left once the stretched column has its own minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnShares(QObject):
    """``shares``: column → fraction of the extra room (the stretched column gets the rest)."""

    def __init__(self, view: QTableView, shares: dict[int, float], stretched_minimum: int):
        super().__init__(view)
        self.view = view
        self.shares = shares
        self.stretched_minimum = stretched_minimum
        self.minimums = {column: view.columnWidth(column) for column in shares}
        view.viewport().installEventFilter(self)

    def refit(self, stretched_minimum: int) -> None:
        """The columns' widths were set again (another zoom): they are the new minimums."""
        self.stretched_minimum = stretched_minimum
        self.minimums = {column: self.view.columnWidth(column) for column in self.shares}
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self.shares
            and not header.isSectionHidden(column)
            and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
        )
        needed = others + self.stretched_minimum + sum(self.minimums.values())
        extra = max(0, self.view.viewport().width() - needed)
        for column, share in self.shares.items():
            self.view.setColumnWidth(column, self.minimums[column] + int(share * extra))
