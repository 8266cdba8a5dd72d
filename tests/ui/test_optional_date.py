"""A date typed whole ("2027-07-01"), as the date field's tooltip invites, is that date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from okr_workshop.ui.widgets.optional_date import OptionalDateEdit
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def field(qtbot) -> tuple[QWidget, QLineEdit, OptionalDateEdit]:
    form = QWidget()
    before = QLineEdit()
    optional = OptionalDateEdit("Set")
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(optional)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    optional.set_value(date(2026, 11, 27))
    return form, before, optional  # the form too: without it Python would delete them


@pytest.mark.parametrize("typed", ["2027-07-01", "2027/07/01", "20270701"])
def test_a_date_typed_after_tab_is_that_date(qtbot, field, typed):
    _, before, optional = field
    committed = []
    optional.committed.connect(committed.append)
    before.setFocus()
    press(before, Qt.Key.Key_Tab)
    press(optional.check, Qt.Key.Key_Tab)
    assert optional.edit.hasFocus()
    type_text(optional.edit, typed)
    assert optional.edit.date() == QDate(2027, 7, 1)
    press(optional.edit, Qt.Key.Key_Return)
    assert committed == [date(2027, 7, 1)]


def test_with_everything_selected_typing_starts_again_at_the_year(qtbot, field):
    *_, optional = field
    optional.edit.setFocus()
    press(optional.edit, Qt.Key.Key_A, Ctrl)
    type_text(optional.edit, "2028-02-29")
    assert optional.edit.date() == QDate(2028, 2, 29)


def test_a_separator_typed_in_the_middle_of_a_part_still_moves_on(qtbot, field):
    *_, optional = field
    optional.edit.setFocus()
    optional.edit.setSelectedSection(optional.edit.Section.YearSection)
    type_text(optional.edit, "2027-3-5")  # short parts: the separators do the moving
    assert optional.edit.date() == QDate(2027, 3, 5)
