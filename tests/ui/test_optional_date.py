"""Issue 11 point 7: a date is shown and typed in the window's short format, never silently
moved to another day; Alt+Down and F4 open the calendar.

(Before: the field showed ISO dates in both languages, "04/01/2027" typed in French was
saved as 2026-01-20, "31/02/2027" became 28/02/2027, and Alt+Down took a day off.)
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from okr_workshop.domain.model import Language
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def build(qtbot):
    def make() -> tuple[QWidget, QLineEdit, OptionalDateEdit, list]:
        form = QWidget()
        before = QLineEdit()
        optional = OptionalDateEdit("Set")
        layout = QVBoxLayout(form)
        layout.addWidget(before)
        layout.addWidget(optional)
        qtbot.addWidget(form)
        form.show()
        with qtbot.waitActive(form):
            form.activateWindow()
        optional.set_value(date(2026, 11, 27))
        committed: list = []
        optional.committed.connect(committed.append)
        return form, before, optional, committed  # the form too: else Python deletes it

    return make


def retype(optional: OptionalDateEdit, text: str) -> None:
    optional.edit.setFocus()
    press(optional.edit, Qt.Key.Key_A, Ctrl)
    type_text(optional.edit, text)
    press(optional.edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("04/01/2027", date(2027, 1, 4)), ("4/1/27", date(2027, 1, 4)),
     ("04012027", date(2027, 1, 4)), ("29/02/2028", date(2028, 2, 29)),
     ("2027-07-01", date(2027, 7, 1))],  # ISO is understood in every language
)
def test_a_french_date_typed_the_french_way_is_that_date(
    qtbot, french_ui, build, typed, expected
):
    _form, _before, optional, committed = build()
    assert optional.edit.text() == "27/11/2026"
    assert optional.edit.placeholderText() == "jj/mm/aaaa"
    retype(optional, typed)
    assert optional.edit.date() == QDate(expected)
    assert committed[-1] == expected
    assert optional.edit.text() == QDate(expected).toString("dd/MM/yyyy")


def test_an_english_date_is_typed_the_english_way(qtbot, build):
    _form, _before, optional, committed = build()
    assert optional.edit.text() == "11/27/2026"
    assert optional.edit.placeholderText() == "mm/dd/yyyy"
    retype(optional, "04/01/2027")
    assert committed[-1] == date(2027, 4, 1)


def test_a_date_typed_after_tab_is_that_date(qtbot, french_ui, build):
    _form, before, optional, committed = build()
    before.setFocus()
    press(before, Qt.Key.Key_Tab)
    press(optional.check, Qt.Key.Key_Tab)
    assert optional.edit.hasFocus()
    type_text(optional.edit, "01/07/2027")  # Tab selected the whole date: it is replaced
    press(optional.edit, Qt.Key.Key_Return)
    assert committed == [date(2027, 7, 1)]


@pytest.mark.parametrize("typed", ["31/02/2027", "99/99/9999", "4/1/2", "1/2", "04/01/1850"])
def test_what_is_not_a_date_is_refused_visibly(qtbot, french_ui, build, typed):
    _form, before, optional, committed = build()
    retype(optional, typed)
    before.setFocus()  # leaving the field does not sneak another date in either
    assert optional.edit.date() == QDate(2026, 11, 27)
    assert optional.value() == date(2026, 11, 27)
    assert all(c == date(2026, 11, 27) for c in committed)
    assert optional.edit.text() == typed  # what was typed stays, to be corrected
    assert optional.edit.problem() and typed in optional.edit.problem() or "1850" in typed
    assert optional.edit.toolTip() == optional.edit.problem()
    assert "B83232" in optional.edit.styleSheet()  # framed in red, with a warning sign
    assert optional.edit.actions()[-1].isVisible()
    retype(optional, "05/01/2027")  # corrected: read, and the frame goes
    assert committed[-1] == date(2027, 1, 5)
    assert optional.edit.problem() == "" and optional.edit.styleSheet() == ""


def test_the_refusal_is_said_in_french(qtbot, french_ui, build):
    _form, _before, optional, _committed = build()
    retype(optional, "31/02/2027")
    assert optional.edit.problem() == (
        "«\u00a031/02/2027\u00a0» n’est pas une date\u00a0: tapez-la sous la forme jj/mm/aaaa."
    )


@pytest.mark.parametrize(
    ("key", "modifiers"), [(Qt.Key.Key_Down, Alt), (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)]
)
def test_alt_down_and_f4_open_the_calendar(qtbot, french_ui, build, key, modifiers):
    _form, _before, optional, committed = build()
    optional.edit.setFocus()
    press(optional.edit, key, modifiers)
    assert optional.edit.calendar_is_open()
    assert optional.edit.date() == QDate(2026, 11, 27)  # Alt+Down took a day off
    calendar = optional.edit.calendarWidget()
    assert calendar.selectedDate() == QDate(2026, 11, 27)
    days = calendar.findChild(QAbstractItemView)  # what has the focus in the calendar
    press(days, Qt.Key.Key_Right)  # the next day, picked with Enter
    press(days, Qt.Key.Key_Return)
    assert not optional.edit.calendar_is_open()
    assert committed[-1] == date(2026, 11, 28)
    assert optional.edit.text() == "28/11/2026"


def test_escape_closes_the_calendar_without_choosing(qtbot, french_ui, build):
    _form, _before, optional, committed = build()
    optional.edit.setFocus()
    press(optional.edit, Qt.Key.Key_F4)
    days = optional.edit.calendarWidget().findChild(QAbstractItemView)
    press(days, Qt.Key.Key_Right)
    press(days, Qt.Key.Key_Escape)
    assert not optional.edit.calendar_is_open()
    assert optional.edit.date() == QDate(2026, 11, 27)
    assert set(committed) <= {date(2026, 11, 27)}  # leaving the field for the calendar


def test_up_and_down_move_a_day(qtbot, french_ui, build):
    _form, _before, optional, committed = build()
    optional.edit.setFocus()
    press(optional.edit, Qt.Key.Key_Up)
    press(optional.edit, Qt.Key.Key_Up)
    press(optional.edit, Qt.Key.Key_Down)
    assert optional.edit.text() == "28/11/2026"
    press(optional.edit, Qt.Key.Key_Return)
    assert committed[-1] == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("system", "shown", "typed", "expected"),
    [("fr_CH", "27.11.2026", "04.01.2027", date(2027, 1, 4)),
     ("fr_CA", "2026-11-27", "2027-01-04", date(2027, 1, 4)),
     ("fr_BE", "27/11/2026", "04/01/2027", date(2027, 1, 4)),
     ("de_DE", "27/11/2026", "04/01/2027", date(2027, 1, 4))],  # not French: France's
)
def test_regional_french_dates_follow_the_system(
    qtbot, regional_ui, build, system, shown, typed, expected
):
    # Issue 11 point 9: a French window on a Swiss system writes dates the Swiss way.
    regional_ui(Language.FRENCH, system)
    _form, _before, optional, committed = build()
    assert optional.edit.text() == shown
    retype(optional, typed)
    assert committed[-1] == expected
