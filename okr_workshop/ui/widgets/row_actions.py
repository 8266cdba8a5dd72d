"""Delete, move up and move down for the selected row of a table: keys and buttons alike.

Del, Alt+Up and Alt+Down act only while the table has the focus (so Del in a text field
still deletes a letter); the buttons do the same for the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton


class RowActions(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        delete: Callable[[], None],
        move: Callable[[int], None],
        tips: tuple[str, str, str],
    ) -> None:
        """``move(step)`` moves the selected row by ``step`` (-1 up, +1 down); ``tips`` are
        the tooltips of delete, move up and move down, naming what the rows are."""
        super().__init__(view)
        self.view = view
        self.delete_action = self._action(self.tr("Delete"), Qt.Key.Key_Delete, delete, tips[0])
        self.up_action = self._action(
            self.tr("Move up"), QKeySequence("Alt+Up"), lambda: move(-1), tips[1]
        )
        self.down_action = self._action(
            self.tr("Move down"), QKeySequence("Alt+Down"), lambda: move(1), tips[2]
        )
        self.buttons: list[QPushButton] = []
        for action in self.actions():
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self.buttons.append(button)

    def _action(self, text: str, keys, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def actions(self) -> tuple[QAction, QAction, QAction]:
        return (self.delete_action, self.up_action, self.down_action)

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def update(self) -> None:
        """Enable what makes sense for the current row."""
        row = self.view.currentIndex().row()
        count = self.view.model().rowCount() if self.view.model() is not None else 0
        enabled = (row >= 0, row > 0, 0 <= row < count - 1)
        for action, button, on in zip(self.actions(), self.buttons, enabled, strict=True):
            action.setEnabled(on)
            button.setEnabled(on)
