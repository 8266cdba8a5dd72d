"""A date that may be absent: a check box saying "set" beside a date edit with a calendar.

A cycle often starts being planned before its dates are known, so "no date" must be a real
choice, reachable from the keyboard (Space on the check box), not a magic 1 January 2000.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from okr_workshop.domain.values import EARLIEST_DATE, LATEST_DATE
from okr_workshop.ui.widgets.date_field import DateEdit


class OptionalDateEdit(QWidget):
    # Emitted when the person has finished choosing: a date or None.
    committed = Signal(object)

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.check = QCheckBox(check_text)
        self.edit = DateEdit()
        self.edit.setMinimumDate(EARLIEST_DATE)
        self.edit.setMaximumDate(LATEST_DATE)
        self.edit.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

        self.check.toggled.connect(self._on_toggled)
        self.edit.editingFinished.connect(self._commit)
        # A date picked in the calendar or set by the program; a typed one is committed
        # when the typing is finished (editingFinished).
        self.edit.dateChanged.connect(self._on_date_changed)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None, suggestion: date | None = None) -> None:
        """Show ``value`` without emitting ``committed``. With no value, the greyed date is
        ``suggestion``: what ticking the box will save."""
        self._loading = True
        try:
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            shown = value if value is not None else suggestion
            if shown is not None:
                self.edit.setDate(QDate(shown))
        finally:
            self._loading = False

    def is_being_edited(self) -> bool:
        return self.edit.hasFocus()

    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if not self._loading:
            self._commit()

    def _on_date_changed(self, _date: QDate) -> None:
        if not self._loading and not self.edit.typing:
            self._commit()

    def _commit(self) -> None:
        if not self._loading:
            self.committed.emit(self.value())
