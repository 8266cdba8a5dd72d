"""A key result's history beside the round: edit and delete check-ins (undoable), status
from pace with its sentence, the coach's override with a reason; impossible values refused
where they are typed, with the reason visible (issue 13, points 1, 3 and "Bad input")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from okr_workshop.domain.enums import PaceStatus
from okr_workshop.ui.models.check_in_history_model import COMMENT, CONFIDENCE, DATE, VALUE
from okr_workshop.ui.models.check_in_round_model import NEW_CONFIDENCE, NEW_VALUE
from tests.ui.keyboard import press
from tests.ui.steering.round_helpers import (
    enter_row,
    focused,
    key,
    open_round,
    set_round_day,
    steering_workshop,
    type_here,
)

Ctrl = Qt.KeyboardModifier.ControlModifier


def said(text: str) -> str:
    """Dates are written with no-break spaces ("Jan 11, 2027"): read as plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def tab(qtbot, main_window, repository, monkeypatch):
    workshop = steering_workshop(teams=2)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    tab.workshop_id = workshop.id
    return tab


def stored_kr(repository, tab, row: int = 0):
    kr_id = tab.model.row_at(row).kr.id
    return next(k for k in repository.load_workshop(tab.workshop_id).key_results()
                if k.id == kr_id)


def two_weeks(tab) -> None:
    """The first key result checked in on two Mondays."""
    enter_row("34", 8, "première")
    set_round_day(tab, date(2027, 1, 11))
    enter_row("38", 6, "seconde <b>semaine</b>")
    tab.view.setCurrentIndex(tab.model.index(0, NEW_VALUE))


def edit_history_cell(tab, row: int, column: int, text: str) -> None:
    view = tab.history.view
    view.setFocus()
    view.setCurrentIndex(tab.history.model.index(row, column))
    key(Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    type_here(text)
    key(Qt.Key.Key_Return)


def test_the_history_shows_every_check_in_newest_first(tab):
    two_weeks(tab)
    model = tab.history.model
    assert model.rowCount() == 2
    assert [model.index(r, VALUE).data() for r in range(2)] == ["38", "34"]
    assert model.index(0, COMMENT).data() == "seconde <b>semaine</b>"
    assert said(model.index(0, DATE).data()) == "Jan 11, 2027"
    assert "Porter le NPS" in tab.history.title.text()


def test_the_history_model_passes_qt_model_tester(qtmodeltester, tab):
    two_weeks(tab)
    qtmodeltester.check(tab.history.model)


def test_a_history_row_is_edited_and_undone(tab, main_window, repository):
    two_weeks(tab)
    edit_history_cell(tab, 1, VALUE, "33,5")
    assert [c.value for c in sorted(stored_kr(repository, tab).check_ins,
                                    key=lambda c: c.on)] == [33.5, 38.0]
    assert tab.history.model.index(1, VALUE).data() == "33.5"
    edit_history_cell(tab, 0, COMMENT, "corrigé 🎉")
    assert tab.history.model.index(0, COMMENT).data() == "corrigé 🎉"
    press(main_window, Qt.Key.Key_Z, Ctrl)
    assert tab.history.model.index(0, COMMENT).data() == "seconde <b>semaine</b>"
    assert {c.comment for c in stored_kr(repository, tab).check_ins} == {
        "première", "seconde <b>semaine</b>"}


def test_a_history_row_is_deleted_without_a_question_and_undone(tab, main_window, repository,
                                                                prompts):
    two_weeks(tab)
    tab.history.view.setFocus()
    tab.history.view.setCurrentIndex(tab.history.model.index(0, DATE))
    key(Qt.Key.Key_Delete)
    assert [c.value for c in stored_kr(repository, tab).check_ins] == [34.0]
    assert tab.history.model.rowCount() == 1
    assert prompts.asked == []  # no confirmation: Ctrl+Z takes it back
    assert main_window.statusBar().currentMessage() == "Check-in deleted"
    press(main_window, Qt.Key.Key_Z, Ctrl)
    assert sorted(c.value for c in stored_kr(repository, tab).check_ins) == [34.0, 38.0]
    assert tab.history.model.rowCount() == 2


def test_the_status_from_pace_is_explained_and_can_be_overridden(qtbot, tab, repository):
    two_weeks(tab)
    sentence = tab.history.status.text()
    assert sentence.startswith(("On track", "At risk", "Off track")), sentence
    assert "38" in sentence
    combo = tab.history.override
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(PaceStatus.OFF_TRACK.value))
    combo.activated.emit(combo.currentIndex())
    assert focused() is tab.history.reason  # the reason is asked for at once
    type_here("Le fournisseur « X » a fermé")
    key(Qt.Key.Key_Return)
    kr = stored_kr(repository, tab)
    assert (kr.status_override, kr.status_reason) == (PaceStatus.OFF_TRACK,
                                                      "Le fournisseur « X » a fermé")
    assert tab.history.status.text().startswith("Off track")
    assert "Le fournisseur « X » a fermé" in tab.history.status.text()
    qtbot.mouseClick(tab.history.clear_button, Qt.MouseButton.LeftButton)
    kr = stored_kr(repository, tab)
    assert (kr.status_override, kr.status_reason) == (None, "")
    assert tab.history.status.text() == sentence


# Bad input: refused where it is typed, with the reason -----------------------------------

def test_text_in_a_number_is_refused_with_its_reason(tab, repository):
    type_here("douze")
    key(Qt.Key.Key_Tab)
    editor = focused()
    assert isinstance(editor, QLineEdit) and editor.text() == "douze"  # still open, as typed
    assert tab.view.currentIndex().column() == NEW_VALUE
    assert tab.problem.isVisibleTo(tab)
    assert tab.problem.text() == ("“douze” is not a number: type the value measured, for "
                                  "example 42 or 3.5.")
    assert editor.toolTip() == tab.problem.text()
    key(Qt.Key.Key_Return)
    assert stored_kr(repository, tab).check_ins == ()
    editor.selectAll()
    type_here("12")
    key(Qt.Key.Key_Tab)
    assert not tab.problem.isVisibleTo(tab)


def test_a_value_beyond_a_million_billion_is_refused_with_its_reason(tab, repository):
    # A check-in of 1e300 stopped the deck (issue 14's review): the round and the history
    # take what a file may hold, no more.
    type_here("2000000000000000")
    key(Qt.Key.Key_Tab)
    editor = focused()
    assert isinstance(editor, QLineEdit) and tab.view.currentIndex().column() == NEW_VALUE
    assert tab.problem.text() == ("“2000000000000000” is too large: a value lies between "
                                  "-1,000,000,000,000,000 and 1,000,000,000,000,000.")
    key(Qt.Key.Key_Return)
    assert stored_kr(repository, tab).check_ins == ()
    editor.selectAll()
    type_here("1000000000000000")
    key(Qt.Key.Key_Tab)
    type_here("7")
    key(Qt.Key.Key_Return)
    assert [c.value for c in stored_kr(repository, tab).check_ins] == [1e15]
    tab.view.setCurrentIndex(tab.model.index(0, NEW_VALUE))  # its history beside
    edit_history_cell(tab, 0, VALUE, "-1000000000000001")
    assert tab.problem.text().startswith("“-1000000000000001” is too large")
    assert [c.value for c in stored_kr(repository, tab).check_ins] == [1e15]


def test_confidence_eleven_is_refused_with_its_reason(tab, repository):
    type_here("40")
    key(Qt.Key.Key_Tab)
    type_here("11")
    key(Qt.Key.Key_Return)
    assert tab.view.currentIndex().column() == NEW_CONFIDENCE
    assert focused().text() == "11"
    assert tab.problem.text() == "Confidence runs from 0 to 10: 11 is refused."
    assert stored_kr(repository, tab).check_ins == ()


def test_a_round_date_outside_the_cycle_is_refused_with_its_reason(tab):
    tab.day.setFocus()
    tab.day.selectAll()
    type_here("2027-06-01")
    key(Qt.Key.Key_Return)
    assert tab.round_day() == date(2027, 1, 4)  # kept
    assert said(tab.problem.text()) == "Choose a date between Jan 4, 2027 and Apr 4, 2027."
    assert "Jan 4, 2027" in said(tab.cycle_note.text())
    assert "Apr 4, 2027" in said(tab.cycle_note.text())


def test_a_history_date_outside_the_cycle_and_a_bad_confidence_are_refused(tab, repository):
    two_weeks(tab)
    edit_history_cell(tab, 0, DATE, "2026-12-25")
    assert focused().text() == "2026-12-25"  # the editor stays open with the reason
    assert said(tab.problem.text()) == ("Dec 25, 2026 is outside the cycle, which runs from "
                                  "Jan 4, 2027 to Apr 4, 2027.")
    key(Qt.Key.Key_Escape)
    edit_history_cell(tab, 0, CONFIDENCE, "11")
    assert tab.problem.text() == "Confidence runs from 0 to 10: 11 is refused."
    key(Qt.Key.Key_Escape)
    edit_history_cell(tab, 0, VALUE, "abc")
    assert tab.problem.text().startswith("“abc” is not a number")
    key(Qt.Key.Key_Escape)
    assert sorted((c.on, c.value, c.confidence) for c in stored_kr(repository, tab).check_ins) \
        == [(date(2027, 1, 4), 34.0, 8), (date(2027, 1, 11), 38.0, 6)]


def test_a_workshop_without_cycle_dates_takes_any_round_date(qtbot, main_window, repository,
                                                             monkeypatch):
    workshop = steering_workshop(teams=1, start=None, end=None)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch,
                     today=date(2031, 5, 5))
    assert tab.round_day() == date(2031, 5, 5)
    assert "no dates" in tab.cycle_note.text()
    enter_row("-3", 0, "")
    kr = next(k for k in repository.load_workshop(workshop.id).key_results()
              if k.id == tab.model.row_at(0).kr.id)
    assert [(c.on, c.value, c.confidence) for c in kr.check_ins] == [(date(2031, 5, 5), -3.0, 0)]
    assert tab.history.status.text()  # explained, even without a line to judge against


def test_a_reason_typed_before_the_status_is_kept_and_used(tab, repository):
    two_weeks(tab)
    tab.history.reason.setFocus()
    type_here("Chiffres « partiels » <b>")
    key(Qt.Key.Key_Return)
    assert stored_kr(repository, tab).status_reason == "Chiffres « partiels » <b>"
    combo = tab.history.override
    combo.setCurrentIndex(combo.findData(PaceStatus.AT_RISK.value))
    combo.activated.emit(combo.currentIndex())
    kr = stored_kr(repository, tab)
    assert (kr.status_override, kr.status_reason) == (PaceStatus.AT_RISK,
                                                      "Chiffres « partiels » <b>")
    assert tab.history.status.text().startswith("At risk")
