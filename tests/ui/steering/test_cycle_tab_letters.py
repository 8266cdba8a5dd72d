"""The Rituals and Closing tabs in English and French: each Alt+letter means one thing on
the tab (with the menu bar and the tab titles), each label's letter reaches its field, and
no English is left in the French window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.steering.closing_tab import ClosingTab
from okr_workshop.ui.steering.rituals_tab import RitualsTab
from tests.ui.steering.steering_window import START, messy_workshop, open_tab, set_today
from tests.ui.test_label_letters_reach import unreachable
from tests.ui.test_mnemonics import clashes


@pytest.mark.parametrize("tab_type", [RitualsTab, ClosingTab], ids=["rituals", "closing"])
def test_every_letter_of_the_tab_means_one_thing_and_reaches_its_field(
        window_language, qtbot, main_window, repository, monkeypatch, tab_type):
    set_today(monkeypatch, date(2027, 2, 25))
    workshop = messy_workshop()
    workshop = replace(workshop, rituals=default_rituals(workshop, START))
    tab = open_tab(qtbot, main_window, repository, workshop, tab_type, monkeypatch)
    page = main_window.workshop_view.current_page()
    assert clashes(main_window, page) == {}
    assert unreachable(main_window, tab) == []
    assert QApplication.activeWindow() is main_window
