"""A date typed the way the window's language and region write it, with a calendar.

Qt's QDateEdit moved what was typed to another date without a word: "04/01/2027" typed
in a French window became 2026-01-20, "31/02/2027" became 28/02/2027, and Alt+Down (which
its tooltip promised would open the calendar) took a day off. This field is a line edit:

- it shows the language's short date with the year in full ("04/01/2027" in France,
  "01/04/2027" in the United States, "04.01.2027" in Switzerland) and reads it back with
  :func:`okr_workshop.app.formats.parse_date` (ISO "2027-01-04" is understood too);
- what is not a date is refused visibly: the text stays as typed, framed in red, with the
  reason beside it, and the date keeps its last good value;
- Alt+Down and F4 open the calendar (and the button at its end); Up and Down move a day.
"""

from __future__ import annotations

from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QDate, QPoint, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QStyle,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.formats import date_field_pattern, format_day, parse_date
from okr_workshop.ui.language import ui_language

_REFUSED = "QLineEdit { border: 2px solid #B83232; border-radius: 3px; }"


class _CalendarPopup(QFrame):
    """The calendar's window: Escape closes it and gives the focus back to the field."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self._field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self._field.setFocus()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    # The date changed: typed and read, picked in the calendar, or set by the program.
    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name, kept for its users)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = date.today()
        self._minimum = date.min
        self._maximum = date.max
        self._problem = ""
        self.typing = False  # the change being announced comes from the keyboard
        self._pattern = date_field_pattern(ui_language())
        # Digits and the separators people put between them; the rest is refused as typed.
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[\d\s/.\-]{0,12}")))
        self.setPlaceholderText(self.human_pattern())
        self._hint = self.tr(
            "Type the date as %1, or open the calendar with Alt+Down or F4."
        ).replace("%1", self.human_pattern())
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        opener = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        opener.setToolTip(self.tr("Open the calendar (Alt+Down or F4)"))
        opener.triggered.connect(self.open_calendar)
        # Shown while the text is refused: the reason stays one hover away.
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._warning = self.addAction(warning, QLineEdit.ActionPosition.LeadingPosition)
        self._warning.setVisible(False)
        self._warning.triggered.connect(self._explain)
        self.editingFinished.connect(self._read)
        self._show()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for a whole date between the warning sign and the calendar button: a
        crowded row (the check-in round's at 1280 pixels) squeezed the field to the
        point where "15/05/2027", refused, read "⚠ 05/2027"."""
        hint = super().minimumSizeHint()
        widest = QDate(2027, 12, 28).toString(self._pattern) + "0"
        # Each action button takes an icon and a margin either side (QLineEdit's layout).
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        needed = (self.fontMetrics().horizontalAdvance(widest) + 2 * (icon + 8) + 2 * frame
                  + self.textMargins().left() + self.textMargins().right())
        return QSize(max(hint.width(), needed), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())

    # What the rest of the window reads and sets (QDateEdit's names) ----------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | date) -> None:  # noqa: N802
        day = value.toPython() if isinstance(value, QDate) else value
        day = min(max(day, self._minimum), self._maximum)
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChanged.emit(QDate(day))

    def setMinimumDate(self, value: QDate | date) -> None:  # noqa: N802
        self._minimum = value.toPython() if isinstance(value, QDate) else value

    def setMaximumDate(self, value: QDate | date) -> None:  # noqa: N802
        self._maximum = value.toPython() if isinstance(value, QDate) else value

    def displayFormat(self) -> str:  # noqa: N802
        return self._pattern

    def problem(self) -> str:
        """Why the text typed was refused; empty when it was read."""
        return self._problem

    def is_complete(self) -> bool:
        """Whether the text reads as a date: until it does, a pause in typing does not save
        it (nor refuse "04/0" under the fingers); leaving the field still does."""
        try:
            parse_date(self.text(), self._pattern)
        except ValueError:
            return False
        return True

    def human_pattern(self) -> str:
        """The pattern as a person reads it: "jj/mm/aaaa" in French, "mm/dd/yyyy"."""
        return (
            self._pattern.replace("dd", self.tr("dd", "day in a date pattern"))
            .replace("MM", self.tr("mm", "month in a date pattern"))
            .replace("yyyy", self.tr("yyyy", "year in a date pattern"))
        )

    # Typing ---------------------------------------------------------------------------

    def _show(self) -> None:
        self.setText(QDate(self._date).toString(self._pattern))
        self._refuse("")

    def _read(self) -> None:
        text = self.text()
        if text == QDate(self._date).toString(self._pattern):
            self._refuse("")
            return
        try:
            day = parse_date(text, self._pattern)
        except ValueError:
            self._refuse(self.tr("“%1” is not a date: type it as %2.")
                         .replace("%1", text.strip()).replace("%2", self.human_pattern()))
            return
        if not self._minimum <= day <= self._maximum:
            self._refuse(self.tr("Choose a date between %1 and %2.")
                         .replace("%1", format_day(self._minimum, ui_language()))
                         .replace("%2", format_day(self._maximum, ui_language())))
            return
        self.typing = True
        try:
            self.setDate(day)
        finally:
            self.typing = False

    def _refuse(self, problem: str) -> None:
        if not shiboken6.isValid(self._warning):
            return  # the field is being destroyed (its focus leaves it one last time)
        self._problem = problem
        self.setStyleSheet(_REFUSED if problem else "")
        self.setToolTip(problem or self._hint)
        self.setAccessibleDescription(problem or self._hint)
        self._warning.setToolTip(problem)
        self._warning.setVisible(bool(problem))
        self._explain()

    def _explain(self) -> None:
        if self._problem and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._problem, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._read()  # from the date typed, if one was
            if self._problem:
                return
            step = 1 if key == Qt.Key.Key_Up else -1
            self.typing = True
            try:
                self.setDate(self._date + timedelta(days=step))
            finally:
                self.typing = False
            return
        super().keyPressEvent(event)

    # The calendar -----------------------------------------------------------------------

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802
        if self._calendar is None:
            self._popup = _CalendarPopup(self)
            self._calendar = QCalendarWidget(self._popup)
            self._calendar.setGridVisible(True)
            QVBoxLayout(self._popup).addWidget(self._calendar)
            self._popup.layout().setContentsMargins(0, 0, 0, 0)
            self._calendar.activated.connect(self._pick)
            self._calendar.clicked.connect(self._pick)
        return self._calendar

    def calendar_is_open(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        self._read()  # a date typed just before opens the calendar on that date
        calendar = self.calendarWidget()
        calendar.setMinimumDate(QDate(self._minimum))
        calendar.setMaximumDate(QDate(self._maximum))
        calendar.setSelectedDate(QDate(self._date))
        assert self._popup is not None
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.setFocus()

    def _pick(self, value: QDate) -> None:
        assert self._popup is not None
        self._popup.hide()
        self.setDate(value)  # a pick is a finished choice: it is committed at once
        self.setFocus()
