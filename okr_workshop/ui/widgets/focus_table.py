"""The Focus step's ranked objectives, driven from the keyboard as much as with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

Ctrl = Qt.KeyboardModifier.ControlModifier
NoMod = Qt.KeyboardModifier.NoModifier


class FocusTable(QTableView):
    """The ranked objectives. Plain keys act on the selected row: + − K P C."""

    command = Signal(str)  # "up", "down", "keep", "park", "candidate"

    KEYS = {Qt.Key.Key_K: "keep", Qt.Key.Key_P: "park", Qt.Key.Key_C: "candidate"}
    # The page's shortcuts too (Ctrl+C stays "copy"), for events that bypass the shortcut map.
    CTRL_KEYS = {Qt.Key.Key_K: "keep", Qt.Key.Key_P: "park", Qt.Key.Key_B: "candidate"}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, text = event.key(), event.text()
        if text == "+" or key == Qt.Key.Key_Plus or (mods == Ctrl and key == Qt.Key.Key_Up):
            self.command.emit("up")
        elif text in ("-", "−") or key == Qt.Key.Key_Minus or (
            mods == Ctrl and key == Qt.Key.Key_Down
        ):
            self.command.emit("down")
        elif key in self.KEYS and mods == NoMod:
            self.command.emit(self.KEYS[key])
        elif key in self.CTRL_KEYS and mods == Ctrl:
            self.command.emit(self.CTRL_KEYS[key])
        else:
            super().keyPressEvent(event)
