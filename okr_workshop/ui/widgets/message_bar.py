"""A one-line message inside a page, with at most one action ("Workshop deleted — Undo").

Said in the page, where the person is looking, instead of a dialog to dismiss. It keeps the
system palette (a styled panel frame); the action button is a real button, so Tab reaches it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._run_action)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.clear()

    def show_message(
        self,
        text: str,
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text) and action is not None)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self._action = None
        self.hide()

    def _run_action(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
