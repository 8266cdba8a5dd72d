"""A round date outside the cycle is refused with its reason, and the date typed stays
readable beside the warning sign (English walkthrough at 1366×768: "⚠ 05/2027", the day
hidden under the sign in a field no wider than a date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.keyboard import press, type_text
from tests.ui.steering.round_helpers import open_round, steering_workshop


def first_character_x(field) -> int:
    """Where the field draws its text's first character, with the cursor at its end (as
    after typing): a text wider than its room is scrolled, its start hidden."""
    field.end(False)
    field.grab()  # the scroll is settled when the field is drawn
    return field.cursorRect().center().x() - field.fontMetrics().horizontalAdvance(field.text())


def test_a_date_outside_the_cycle_is_refused_and_stays_readable(qtbot, main_window,
                                                                  repository, monkeypatch):
    main_window.resize(1280, 720)  # what the app opens at on a 1366×768 screen
    workshop = steering_workshop(teams=2)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    before = tab.round_day()
    tab.day.setFocus()
    tab.day.selectAll()
    typed = "2027-05-15"
    type_text(tab.day, typed)
    press(tab.day, Qt.Key.Key_Tab)
    assert tab.round_day() == before  # refused: the round keeps its day
    assert tab.day.text() == typed
    assert tab.problem.isVisibleTo(tab) and "Choose a date between" in tab.problem.text()
    sign = [b for b in tab.day.findChildren(QToolButton) if b.isVisibleTo(tab.day)
            and b.geometry().left() < tab.day.width() // 2]
    assert sign, "the warning sign at the start of the field"
    assert first_character_x(tab.day) >= sign[0].geometry().right() - 1
    assert date(2027, 5, 15) != before
