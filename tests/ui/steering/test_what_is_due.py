"""Issue 13, point 11 in the window: the "What is due" panel on top of the Rituals tab says,
on the day the clock gives, which rituals are due or overdue and which key results wait for
a check-in, one sentence per line, and goes to a ritual from its line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from okr_workshop.domain.enums import RitualKind
from okr_workshop.domain.steering.due import what_is_due
from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.models.check_in_round_model import NEW_VALUE
from okr_workshop.ui.models.due_model import OVERDUE
from okr_workshop.ui.steering.check_in_round import CheckInRoundTab
from okr_workshop.ui.steering.rituals_tab import RitualsTab
from tests.ui.keyboard import press
from tests.ui.steering.steering_window import START, messy_workshop, open_tab, set_today

THURSDAY = date(2027, 2, 25)  # the January review went by, several key results are stale


def with_rituals():
    workshop = messy_workshop()
    return replace(workshop, rituals=default_rituals(workshop, START))


def test_what_is_due_today_is_said_line_by_line_and_a_ritual_is_reached_from_its_line(
        window_language, qtbot, main_window, repository, monkeypatch):
    set_today(monkeypatch, THURSDAY)
    workshop = with_rituals()
    tab = open_tab(qtbot, main_window, repository, workshop, RitualsTab, monkeypatch)

    due = what_is_due(workshop, THURSDAY)
    assert tab.due.sentences() == [item.sentence(window_language) for item in due]
    assert any(item.key_result_id for item in due) and any(item.ritual_id for item in due)
    first = tab.due.model.index(0, 0)
    assert due.rituals[0].overdue  # the monthly review of January went by
    assert first.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE  # colour, and words:
    assert "28" in first.data() and "1" in first.data()
    assert "25" in tab.due.title()

    tab.due.view.setFocus()
    tab.due.view.setCurrentIndex(first)
    press(tab.due.view, Qt.Key.Key_Return)
    review = next(r for r in workshop.rituals if r.kind is RitualKind.MONTHLY_REVIEW)
    assert tab.model.ritual(tab.table.currentIndex().row()).id == review.id
    assert tab.form.kind.hasFocus()

    # A key result's line goes to the Check-ins tab, its new value open for typing.
    kr_row = next(i for i, item in enumerate(due) if item.key_result_id)
    tab.due.view.setFocus()
    tab.due.view.setCurrentIndex(tab.due.model.index(kr_row, 0))
    assert tab.due.jump.isEnabled()
    press(tab.due.view, Qt.Key.Key_Return)
    page = main_window.workshop_view.current_page()
    round_tab = page.tabs.currentWidget()
    assert isinstance(round_tab, CheckInRoundTab)
    current = round_tab.view.currentIndex()
    assert round_tab.model.row_at(current.row()).kr.id == list(due)[kr_row].key_result_id
    assert current.column() == NEW_VALUE and round_tab.view.state() == \
        round_tab.view.State.EditingState


def test_nothing_is_due_before_the_cycle_and_the_panel_says_why(
        window_language, qtbot, main_window, repository, monkeypatch):
    set_today(monkeypatch, date(2026, 12, 7))
    tab = open_tab(qtbot, main_window, repository, with_rituals(), RitualsTab, monkeypatch)
    (sentence,) = tab.due.sentences()
    assert "2027" in sentence and tab.due.nothing.isVisible()
    assert not tab.due.view.isVisible() and not tab.due.jump.isVisible()


def without_check_ins(workshop):
    teams = tuple(replace(t, objectives=tuple(
        replace(o, key_results=tuple(replace(k, check_ins=()) for k in o.key_results))
        for o in t.objectives)) for t in workshop.teams)
    return replace(workshop, teams=teams)


def test_the_panel_follows_the_edits(qtbot, main_window, repository, monkeypatch):
    set_today(monkeypatch, date(2027, 1, 4))  # the first Monday: the check-in is due today
    workshop = without_check_ins(messy_workshop())
    tab = open_tab(qtbot, main_window, repository, workshop, RitualsTab, monkeypatch)
    assert not any("9:30" in s for s in tab.due.sentences())
    qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    assert any("9:30" in s for s in tab.due.sentences())


def test_a_key_result_line_goes_to_the_tab_that_checks_it_in(
        qtbot, main_window, repository, monkeypatch):
    """The contract with the Check-ins tab: a sibling tab with ``show_key_result(id)``."""
    from okr_workshop.ui.steering.tab import SteeringTab

    class CheckIns(SteeringTab):
        shown: list[str] = []

        def tab_title(self) -> str:
            return "Check-ins"

        def load(self, workshop) -> None:
            pass

        def show_key_result(self, key_result_id: str) -> None:
            self.shown.append(key_result_id)

    monkeypatch.setattr("okr_workshop.ui.pages.steering_page.tab_classes",
                        lambda: [CheckIns, RitualsTab])
    set_today(monkeypatch, THURSDAY)
    workshop = with_rituals()
    tab = open_tab(qtbot, main_window, repository, workshop, RitualsTab, monkeypatch)
    due = list(what_is_due(workshop, THURSDAY))
    row = next(i for i, item in enumerate(due) if item.key_result_id)
    tab.due.view.setFocus()
    tab.due.view.setCurrentIndex(tab.due.model.index(row, 0))
    assert tab.due.jump.isEnabled()
    qtbot.mouseClick(tab.due.jump, Qt.MouseButton.LeftButton)
    page = main_window.workshop_view.current_page()
    assert isinstance(page.tabs.currentWidget(), CheckIns)
    assert CheckIns.shown == [due[row].key_result_id]
