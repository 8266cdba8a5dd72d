"""Escape on a refused value takes its reason away with it (English walkthrough: after
"“/tmp/…/bad.csv” is not a number" was typed into a cell by mistake and Escape pressed, the
red line stayed under the round about a value no longer there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from okr_workshop.ui.models.check_in_round_model import NEW_VALUE
from tests.ui.steering.round_helpers import focused, key, open_round, steering_workshop, type_here


def test_escape_on_a_refused_value_clears_the_reason(qtbot, main_window, repository,
                                                     monkeypatch):
    tab = open_round(qtbot, main_window, repository, steering_workshop(teams=1), monkeypatch)
    shown = tab.view.currentIndex().data()
    type_here("bad.csv")
    key(Qt.Key.Key_Tab)
    assert isinstance(focused(), QLineEdit)
    assert tab.problem.isVisibleTo(tab) and "bad.csv" in tab.problem.text()
    key(Qt.Key.Key_Escape)
    assert not isinstance(focused(), QLineEdit)  # the editor closed, the value as it was
    assert tab.view.currentIndex().column() == NEW_VALUE
    assert tab.view.currentIndex().data() == shown
    assert not tab.problem.isVisibleTo(tab), tab.problem.text()
