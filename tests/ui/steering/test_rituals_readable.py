"""The Rituals tab read at 1280×720 (the window on a 1366×768 screen), English walkthrough:
"Retrospe…" and "Grading and …" were cut in the table, and "Who attends" showed the end of
its list ("Reid, Fiona MacLeod, … Ben Carter") instead of its start."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.steering.rituals_tab import KIND, RitualsTab
from tests.ui.steering.steering_window import START, messy_workshop, open_tab, set_today

PEOPLE = ("Callum Reid, Fiona MacLeod, Laura Bennett, Megan Lloyd, Owen Davies, Ben Carter, "
          "Priya Shah, Tom Gallagher, Ellie Morgan")


def words_fit(tab: RitualsTab, row: int) -> bool:
    """Every word of the ritual's name fits its column: wrapped, never cut."""
    text = tab.model.index(row, KIND).data()
    metrics = tab.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(word) for word in text.split())
    return widest + 12 <= tab.table.columnWidth(KIND)  # the cell's margins and the eliding


def test_every_ritual_name_is_read_whole_and_attendees_from_their_start(
        qtbot, main_window, repository, monkeypatch):
    set_today(monkeypatch, date(2026, 12, 7))
    main_window.resize(1280, 720)
    workshop = messy_workshop()
    rituals = tuple(replace(r, attendees=PEOPLE) for r in default_rituals(workshop, START))
    tab = open_tab(qtbot, main_window, repository, replace(workshop, rituals=rituals),
                   RitualsTab, monkeypatch)
    qtbot.waitExposed(tab)
    names = [tab.model.index(row, KIND).data() for row in range(tab.model.rowCount())]
    assert any("retrospective" in name.lower() for name in names), names
    assert [name for row, name in enumerate(names) if not words_fit(tab, row)] == []
    tab.table.setFocus(Qt.FocusReason.OtherFocusReason)
    for row in range(tab.model.rowCount()):
        tab.table.selectRow(row)
        assert tab.form.attendees.text() == PEOPLE
        assert tab.form.attendees.cursorPosition() == 0  # "Callum Reid, …" is what shows
