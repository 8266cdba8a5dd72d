"""The Focus step's ranked objectives, driven from the keyboard as much as with the mouse."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from okr_workshop.domain.rules.focus import Decision

Ctrl = Qt.KeyboardModifier.ControlModifier
NoMod = Qt.KeyboardModifier.NoModifier


def mnemonic_letter(caption: str) -> str:
    """The letter after "&" in a button's caption ("Mettre au &parking" → "p"), or ""."""
    found = re.search(r"&([^&\s])", caption.replace("&&", ""))
    return found.group(1).casefold() if found else ""


class FocusTable(QTableView):
    """The ranked objectives. Plain keys act on the selected row: + −, and the letters of the
    window's language (K P C in English, R P C in French: see :meth:`set_letters`)."""

    command = Signal(str)  # a Decision's value: the page asks the domain whether it applies

    # The page's shortcuts too (Ctrl+C stays "copy"), for events that bypass the shortcut map.
    # The same in every language, like Ctrl+Z.
    CTRL_KEYS = {Qt.Key.Key_K: Decision.KEEP, Qt.Key.Key_P: Decision.PARK,
                 Qt.Key.Key_B: Decision.BACK_TO_CANDIDATES}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.letters = {"k": Decision.KEEP, "p": Decision.PARK, "c": Decision.BACK_TO_CANDIDATES}

    def set_letters(self, letters: dict[str, Decision]) -> None:
        """Letter (any case) → decision: the page passes its buttons' mnemonics, so the letter
        underlined on "&Retenir" is the one that keeps."""
        self.letters = {letter.casefold(): command for letter, command in letters.items()}

    def _letter(self, event: QKeyEvent) -> str:
        if event.text().strip():
            return event.text().casefold()
        key = event.key()
        return chr(key).casefold() if Qt.Key.Key_A <= key <= Qt.Key.Key_Z else ""

    def event(self, event: QEvent) -> bool:
        """Its letters are claimed before any shortcut or key filter (the audience view's
        B, F, S, N, P in the console) sees them: P parks here."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self._letter(event) in self.letters):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, text = event.key(), event.text()
        if text == "+" or key == Qt.Key.Key_Plus or (mods == Ctrl and key == Qt.Key.Key_Up):
            self.command.emit(Decision.ADD_VOTE)
        elif text in ("-", "−") or key == Qt.Key.Key_Minus or (
            mods == Ctrl and key == Qt.Key.Key_Down
        ):
            self.command.emit(Decision.REMOVE_VOTE)
        elif mods == NoMod and self._letter(event) in self.letters:
            self.command.emit(self.letters[self._letter(event)])
        elif key in self.CTRL_KEYS and mods == Ctrl:
            self.command.emit(self.CTRL_KEYS[key])
        else:
            super().keyPressEvent(event)
