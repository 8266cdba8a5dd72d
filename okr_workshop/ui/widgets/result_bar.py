"""A message inside the page with a few buttons ("Deck saved — Open — Show in folder").

Like message_bar.py, but with as many actions as the result calls for; the message stays
until the next one (the person may want to open the file again).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ResultBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("resultBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addLayout(self._row)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_result(
        self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        self.label.setText(text)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for caption, action in actions:
            button = QPushButton(caption)
            button.clicked.connect(action)
            self._row.addWidget(button)
            self.buttons.append(button)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def button(self, caption: str) -> QPushButton | None:
        """The button with this caption (its "&" mnemonic ignored)."""
        wanted = caption.replace("&", "")
        return next((b for b in self.buttons if b.text().replace("&", "") == wanted), None)
