"""A date that may be absent: a check box saying "set" beside a date edit with a calendar.

A cycle often starts being planned before its dates are known, so "no date" must be a real
choice, reachable from the keyboard (Space on the check box), not a magic 1 January 2000.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from okr_workshop.domain.values import EARLIEST_DATE, LATEST_DATE

# What people type between the parts of a date.
SEPARATORS = "-/."


class DateEdit(QDateEdit):
    """A date edit that takes "2027-07-01" typed whole, as its tooltip invites.

    Qt jumps to the next part of the date once a part is full, and a separator typed then
    jumps once more: "2027-07-01" became 2027-11-07. Here the separator that follows a jump
    is the same jump. With the whole text selected, typing starts again at the year.
    """

    _jumped = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._jumped:
            self._jumped = False
            event.accept()
            return
        line = self.lineEdit()
        if text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(self.sectionAt(0))
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._jumped = text.isdigit() and self.currentSectionIndex() != before


class OptionalDateEdit(QWidget):
    # Emitted when the person has finished choosing: a date or None.
    committed = Signal(object)

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.check = QCheckBox(check_text)
        self.edit = DateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(QDate(EARLIEST_DATE))
        self.edit.setMaximumDate(QDate(LATEST_DATE))
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setToolTip(
            self.tr("Type the date as year-month-day, or open the calendar with Alt+Down.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

        self.check.toggled.connect(self._on_toggled)
        self.edit.editingFinished.connect(self._commit)
        # A date picked in the calendar popup: the edit itself has no focus then.
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
        if not self._loading and not self.edit.hasFocus():
            self._commit()

    def _commit(self) -> None:
        if not self._loading:
            self.committed.emit(self.value())
