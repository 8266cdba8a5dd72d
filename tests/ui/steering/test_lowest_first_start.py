"""Ticking "Lowest confidence first" starts the round again from its top, the worst
confidence (English walkthrough, 40 teams: the cursor stayed on the key result it was on,
now somewhere in the middle, and Enter went on from there, past the worries above it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from okr_workshop.ui.models.check_in_round_model import NEW_VALUE
from tests.ui.steering.round_helpers import (
    enter_row,
    focused,
    key,
    open_round,
    set_round_day,
    steering_workshop,
)

Alt = Qt.KeyboardModifier.AltModifier


def test_lowest_confidence_first_starts_from_the_worst(qtbot, main_window, repository,
                                                       monkeypatch):
    tab = open_round(qtbot, main_window, repository, steering_workshop(teams=1), monkeypatch)
    for confidence in (9, 2, 6, 0, 10, 5):
        enter_row(None, confidence, "")
    set_round_day(tab, date(2027, 1, 18))
    key(Qt.Key.Key_Escape)  # the value's editor closed, the coach goes down four rows
    for _ in range(4):
        key(Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == 4
    worst = tab.model.row_at(3).kr.id  # confidence 0 in the workshop's order
    qtbot.keyClick(focused(), Qt.Key.Key_L, Alt)
    qtbot.waitUntil(tab.lowest_first.isChecked)
    assert tab.view.currentIndex().row() == 0
    assert tab.model.row_at(0).kr.id == worst
    qtbot.keyClick(focused(), Qt.Key.Key_U, Alt)  # back to the round's table
    assert tab.view.currentIndex().column() == NEW_VALUE
    enter_row("42", 3, "Worst first")
    saved = tab.model.row_at(tab.model.row_of(worst)).saved
    assert saved is not None and saved.value == 42 and saved.confidence == 3
