"""Issue 13, points 9 and 10 in the window: the Rituals tab proposes the usual rituals from
the cycle dates in one undoable edit, edits them by keyboard, refuses impossible values where
they are typed, and exports them as a calendar file that parses back."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.enums import Cadence, RitualKind
from okr_workshop.domain.steering.rituals import kind_label
from okr_workshop.ui.steering.rituals_tab import RitualsTab
from tests.ui.keyboard import press, type_text
from tests.ui.steering.steering_window import (
    START,
    messy_workshop,
    open_tab,
    set_today,
    stored,
)

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tab(qtbot, main_window, repository, monkeypatch) -> RitualsTab:
    monkeypatch.setenv("TZ", "Europe/Paris")  # a French laptop
    set_today(monkeypatch, date(2026, 12, 7))
    return open_tab(qtbot, main_window, repository, messy_workshop(), RitualsTab, monkeypatch)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(edit, text: str) -> None:
    """Select what the field holds, type over it, press Enter: a person changing it."""
    edit.setFocus()
    press(edit, Qt.Key.Key_A, Ctrl)
    type_text(edit, text)
    press(edit, Qt.Key.Key_Return)


def table_column(tab: RitualsTab, column: int) -> list[str]:
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def select_kind(tab: RitualsTab, kind: RitualKind) -> None:
    ritual = next(r for r in tab.bridge.workshop.rituals if r.kind is kind)
    tab.table.setFocus()
    tab.show_ritual(ritual.id)


def test_usual_rituals_come_from_the_cycle_dates_then_are_edited_by_keyboard(
        window_language, qtbot, tab, repository):
    workshop_id = tab.bridge.workshop.id
    assert tab.propose_button.text() == {"en": "Propose the &usual rituals",
                                         "fr": "Proposer les rituels &usuels"}[
        window_language.value]
    click(qtbot, tab.propose_button)

    rituals = {r.kind: r for r in stored(repository, workshop_id).rituals}
    assert set(rituals) == {RitualKind.CHECK_IN, RitualKind.MONTHLY_REVIEW,
                            RitualKind.GRADING, RitualKind.PLANNING}
    check_in = rituals[RitualKind.CHECK_IN]
    assert (check_in.cadence, check_in.starts_on, check_in.starts_at,
            check_in.duration_minutes) == (Cadence.WEEKLY, START, "09:30", 30)
    assert check_in.starts_on.weekday() == 0  # a Monday
    assert {r.time_zone for r in rituals.values()} == {"Europe/Paris"}
    # What a person sees: the kinds in the window's language, the check-in's form shown.
    assert kind_label(RitualKind.CHECK_IN, window_language) in table_column(tab, 0)
    assert tab.form.zone.currentText() == "Europe/Paris"
    assert tab.form.zone.findData("America/New_York") >= 0  # every IANA zone offered

    select_kind(tab, RitualKind.MONTHLY_REVIEW)
    assert tab.form.kind.currentData() == RitualKind.MONTHLY_REVIEW.value
    retype(tab.form.starts_at, "9 h 05")  # as French writes it
    retype(tab.form.duration, "45")
    retype(tab.form.place, "Salle « Lovelace » <b>2</b> 🚀")
    retype(tab.form.attendees, "Zoé, Jérôme")
    tab.form.agenda.setFocus()
    press(tab.form.agenda, Qt.Key.Key_End, Ctrl)
    type_text(tab.form.agenda, " Décider — ensemble ✅")
    tab.form.place.setFocus()  # leaving the agenda saves it
    review = next(r for r in stored(repository, workshop_id).rituals
                  if r.kind is RitualKind.MONTHLY_REVIEW)
    assert (review.starts_at, review.duration_minutes, review.place, review.attendees) == (
        "09:05", 45, "Salle « Lovelace » <b>2</b> 🚀", "Zoé, Jérôme")
    assert review.note.endswith(" Décider — ensemble ✅")
    row = tab.model.row_of(review.id)
    assert "09:05" in tab.model.index(row, 2).data()
    assert tab.model.index(row, 4).data() == "Salle « Lovelace » <b>2</b> 🚀"


def test_a_second_click_adds_no_kind_twice_and_one_undo_takes_them_all_back(
        qtbot, tab, repository, main_window):
    workshop_id = tab.bridge.workshop.id
    click(qtbot, tab.propose_button)
    first = stored(repository, workshop_id).rituals
    select_kind(tab, RitualKind.CHECK_IN)
    click(qtbot, tab.delete_button)
    assert len(stored(repository, workshop_id).rituals) == 3

    click(qtbot, tab.propose_button)  # only the check-in comes back
    again = stored(repository, workshop_id).rituals
    assert sorted(r.kind for r in again) == sorted(r.kind for r in first)
    click(qtbot, tab.propose_button)  # all there: nothing added, and it says so
    assert len(stored(repository, workshop_id).rituals) == 4
    assert tab.message.text()

    for _ in range(2):  # the second proposal, then the deletion
        press(QApplication.focusWidget() or main_window, Qt.Key.Key_Z, Ctrl)
    assert len(stored(repository, workshop_id).rituals) == 4
    press(QApplication.focusWidget() or main_window, Qt.Key.Key_Z, Ctrl)  # the first proposal
    assert stored(repository, workshop_id).rituals == ()
    assert tab.model.rowCount() == 0


def test_an_added_ritual_is_edited_at_once_and_its_deletion_undone(
        qtbot, tab, repository, main_window):
    workshop_id = tab.bridge.workshop.id
    click(qtbot, tab.add_button)
    (ritual,) = stored(repository, workshop_id).rituals
    assert ritual.time_zone == "Europe/Paris" and ritual.starts_on == START
    assert tab.form.kind.hasFocus()
    click(qtbot, tab.delete_button)
    assert stored(repository, workshop_id).rituals == ()
    press(QApplication.focusWidget() or main_window, Qt.Key.Key_Z, Ctrl)
    assert stored(repository, workshop_id).rituals == (ritual,)
    assert tab.model.rowCount() == 1


@pytest.mark.parametrize(("field", "typed", "reason"), [
    ("starts_at", "25:00", {"en": "09:30", "fr": "09:30"}),
    ("duration", "0", {"en": "between 5 and 1440", "fr": "entre 5 et 1440"}),
])
def test_an_impossible_time_or_duration_is_refused_where_it_is_typed(
        window_language, qtbot, tab, repository, field, typed, reason):
    workshop_id = tab.bridge.workshop.id
    click(qtbot, tab.propose_button)
    before = stored(repository, workshop_id).rituals
    edit = getattr(tab.form, field)
    retype(edit, typed)
    assert stored(repository, workshop_id).rituals == before
    assert edit.text() == typed  # left as typed, to be corrected
    assert tab.form.problem.isVisible()
    assert reason[window_language.value] in tab.form.problem.text()
    assert edit.property("refused")
    retype(edit, "10:00" if field == "starts_at" else "50")
    assert not tab.form.problem.isVisible()
    assert stored(repository, workshop_id).rituals != before


def test_the_rituals_export_to_a_calendar_file_that_parses_back(
        window_language, qtbot, tab, repository, prompts, tmp_path):
    click(qtbot, tab.propose_button)
    prompts.answers.append(tmp_path / "rituels")
    click(qtbot, tab.export_button)

    kind, suggested = prompts.asked[-1]
    assert kind == "save_file"
    written = tmp_path / "rituels.ics"
    calendar = Calendar.from_ical(written.read_bytes())
    events = [e for e in calendar.walk("VEVENT")]
    assert len(events) == 4
    check_in = next(e for e in events if "RRULE" in e and e["RRULE"]["FREQ"] == ["WEEKLY"])
    assert check_in.decoded("DTSTART") == datetime(2027, 1, 4, 9, 30,
                                                   tzinfo=check_in.decoded("DTSTART").tzinfo)
    assert str(check_in.decoded("DTSTART").tzinfo) == "Europe/Paris"
    assert str(written) in tab.message.text()


def test_the_suggested_file_is_named_after_the_workshop(qtbot, tab, prompts, monkeypatch):
    click(qtbot, tab.propose_button)
    seen = []
    monkeypatch.setattr(prompts, "save_file",
                        lambda title, suggested, name_filter: seen.append(suggested))
    click(qtbot, tab.export_button)
    assert seen and seen[0].endswith(".ics")
    assert "Atelier « Nord »" in seen[0] and "/" not in seen[0].rsplit("/", 1)[-1]


def test_without_rituals_there_is_nothing_to_export_and_the_form_waits(tab):
    assert not tab.export_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    assert not tab.form.starts_at.isEnabled()
    tab.focus_first()  # where the keys go when the tab is shown: the way to start
    assert tab.propose_button.hasFocus()


def test_without_cycle_dates_the_usual_rituals_start_on_the_next_monday(
        qtbot, main_window, repository, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    set_today(monkeypatch, date(2027, 1, 6))  # a Wednesday
    workshop = messy_workshop(cycle_start=None, cycle_end=None)
    tab = open_tab(qtbot, main_window, repository, workshop, RitualsTab, monkeypatch)
    click(qtbot, tab.propose_button)
    rituals = {r.kind: r for r in stored(repository, workshop.id).rituals}
    assert rituals[RitualKind.CHECK_IN].starts_on == date(2027, 1, 11)
    assert {r.time_zone for r in rituals.values()} == {"America/New_York"}
    assert tab.form.zone.currentText() == "America/New_York"


def test_enter_on_a_ritual_opens_its_form_and_delete_removes_it(
        qtbot, tab, repository, main_window):
    workshop_id = tab.bridge.workshop.id
    click(qtbot, tab.propose_button)
    tab.table.setFocus()
    press(tab.table, Qt.Key.Key_Return)
    assert tab.form.kind.hasFocus()
    tab.table.setFocus()
    chosen = tab.model.ritual(tab.table.currentIndex().row())
    press(tab.table, Qt.Key.Key_Delete)
    assert chosen.id not in {r.id for r in stored(repository, workshop_id).rituals}
    assert len(stored(repository, workshop_id).rituals) == 3
    assert tab.table.hasFocus() and tab.table.currentIndex().isValid()


def test_a_pause_in_typing_a_time_or_a_duration_refuses_nothing_yet(
        qtbot, tab, repository):
    from okr_workshop.ui.pending_edits import PAUSE_MS

    workshop_id = tab.bridge.workshop.id
    click(qtbot, tab.propose_button)
    for edit, half, rest, field, saved in (
            (tab.form.starts_at, "9", " h 45", "starts_at", "09:45"),
            (tab.form.duration, "1", "5", "duration_minutes", 15)):
        edit.setFocus()
        press(edit, Qt.Key.Key_A, Ctrl)
        type_text(edit, half)
        qtbot.wait(PAUSE_MS * 2)  # a pause to think of the rest
        assert not tab.form.problem.isVisible()  # nothing red under the fingers
        assert edit.text() == half
        type_text(edit, rest)
        press(edit, Qt.Key.Key_Return)
        shown = tab.form.current().id
        ritual = next(r for r in stored(repository, workshop_id).rituals if r.id == shown)
        assert getattr(ritual, field) == saved
