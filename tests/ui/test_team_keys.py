"""Issue 11, point 11: Ctrl+1…Ctrl+9 choose the team on every page that works one team at a
time (Contributions, Focus, Key results), wherever the keys are on the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from tests.ui.keyboard import press

Ctrl = Qt.KeyboardModifier.ControlModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]


def shown_team(page) -> str:
    """The team the page shows, as the person reads it."""
    if page.step == Step.KEY_RESULTS:
        index = page.tree.currentIndex()
        team = index.parent() if index.parent().isValid() else index
        return team.siblingAtColumn(0).data()
    return page.team_combo.currentText()


@pytest.mark.parametrize("step", [Step.CONTRIBUTIONS, Step.FOCUS, Step.KEY_RESULTS])
def test_ctrl_digits_choose_the_team_on_every_per_team_page(
    qtbot, main_window, french_workshop_id, step
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(step)
    page = view.current_page()
    page.focus_first()
    teams = [t.name for t in main_window.bridge.workshop.teams]
    assert len(teams) >= 3
    for number in (2, 3, 1):
        # From the page's first field, and from the step list beside it.
        for where in (QApplication.focusWidget() or page, view.step_list):
            press(where, DIGITS[number - 1], Ctrl)
            assert shown_team(page).startswith(teams[number - 1]), (step, number)
            press(where, DIGITS[0] if number != 1 else DIGITS[1], Ctrl)
        press(page, DIGITS[number - 1], Ctrl)
        assert shown_team(page).startswith(teams[number - 1])
    assert view.current_page() is page  # never another step
