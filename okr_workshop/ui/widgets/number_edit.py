"""A number field that may be empty (no value yet) and reads numbers as people type them.

The reading is the key-result sentence's (:func:`okr_workshop.domain.numbers.parse_number`):
"1,8" is 1.8 in French and in English alike, "3,000" is 3000, "1 200", "1'200", "1.200,5"...
An empty field means "not known yet" (None), never zero. A number beyond a million billion
either way (domain/field_limits.py ``MAGNITUDE``, an imported file's limit too) is not taken:
the digit that would go past it is refused, as a text field stops at its length.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from okr_workshop.app.formats import format_value
from okr_workshop.domain.field_limits import number_beyond
from okr_workshop.domain.model import Language
from okr_workshop.domain.numbers import parse_number

# What may be typed on the way to a number (the reader decides what it is).
_ALLOWED = re.compile(r"[0-9\s\u00a0\u202f\u2009.,'\u2019+\-\u2212]*")


def show_number(value: float | None, language: Language | str, unit: str = "") -> str:
    """Every decimal ``value`` has, and the cents of money (``unit``): "4,20" for 4.2 €."""
    return "" if value is None else format_value(value, language, unit, exact=True)


class NumberValidator(QValidator):
    def __init__(self, edit: NumberEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def validate(self, text: str, pos: int) -> QValidator.State:
        if not _ALLOWED.fullmatch(text):
            return QValidator.State.Invalid
        try:
            value = parse_number(text, self._edit.language)
        except ValueError:
            return QValidator.State.Intermediate  # "1," or "-" on the way to a number
        if value is not None and number_beyond(value):
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class NumberEdit(QLineEdit):
    committed = Signal(object)  # float | None, when the person has finished typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = Language.FRENCH
        self._value: float | None = None
        self._unit = ""
        self.setValidator(NumberValidator(self))
        self.editingFinished.connect(self._finish)

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None, language: Language | str, unit: str = "") -> None:
        """Show ``value`` (in ``unit``, for the cents of money) without emitting ``committed``."""
        self.language = Language(language)
        self._value = value
        self._unit = unit
        self.setText(show_number(value, self.language, unit))
        self.setModified(False)

    def _finish(self) -> None:
        value = parse_number(self.text(), self.language)
        self.setModified(False)
        if value != self._value:
            self._value = value
            self.committed.emit(value)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.hasAcceptableInput():
            # Half a number ("1,") left behind: show the saved value again rather than guess.
            self.setText(show_number(self._value, self.language, self._unit))
            self.setModified(False)
