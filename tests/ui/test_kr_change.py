"""A relative change is a field of the key-result form like the others (issue 11, point 3):
seen, set, changed and cleared with the keyboard, undoable, saved as it is typed; and the
sentence's proposal replaces or clears an old change rather than leaving it behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Direction, KeyResult, Step
from okr_workshop.ui.pages.key_results_page import KeyResultsPage
from okr_workshop.ui.pending_edits import MAX_WAIT_MS
from tests.ui.keyboard import press, type_text

FLOUR = "Faire de nos farines locales une fierté que nos clients racontent"
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
SAVED = "All changes saved"


@pytest.fixture
def page(qtbot, main_window, french_workshop_id, monkeypatch) -> KeyResultsPage:
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [KeyResultsPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.KEY_RESULTS)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    found = main_window.workshop_view.current_page()
    objective = next(o for o in found.bridge.workshop.objectives() if o.title == FLOUR)
    found.tree.setCurrentIndex(found.tree_model.index_of(objective.id))
    qtbot.mouseClick(found.list_panel.add_button, LEFT)
    return found


def stored(repository, workshop_id: str) -> KeyResult:
    workshop = repository.load_workshop(workshop_id)
    return next(o for o in workshop.objectives() if o.title == FLOUR).key_results[-1]


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    if text:
        type_text(field, text)
    else:
        press(field, Qt.Key.Key_Delete)
    press(field, Qt.Key.Key_Return)


def test_a_change_is_set_seen_changed_and_cleared_in_the_form(
    qtbot, page, main_window, repository, french_workshop_id
):
    editor = page.editor
    type_text(editor.sentence, "Moins d’invendus en boutique 🥖 <b>")
    press(editor.sentence, Qt.Key.Key_Return)
    kind, amount = editor.change_row.kind, editor.change_row.amount
    assert kind.currentText() == "A value" and not amount.isVisible()

    # Alt+Y reaches the target's type; the arrow keys choose it, Tab goes on to the amount.
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Y, Alt)
    assert kind.hasFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentText() == "A change in %"
    assert amount.isVisible() and not editor.target.isEnabled()
    press(kind, Qt.Key.Key_Tab)
    assert amount.hasFocus()
    type_text(amount, "-20")  # a minus says which way
    press(amount, Qt.Key.Key_Return)

    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.change_percent, kr.direction, kr.target) == (
        20.0, True, Direction.DECREASE, None)
    assert amount.text() == "20" and editor.direction.currentText() == "Decrease"
    assert "not measurable until you type today's value in Baseline" in \
        editor.change_note.text()
    assert main_window.undo_action.text() == "Undo edit the relative change"

    retype(qtbot, editor.baseline, "1200")
    assert editor.change_note.text() == "Target from the change of −20%: from 1,200 to 960."
    assert editor.target.placeholderText() == "960" and not editor.target.isEnabled()

    retype(qtbot, amount, "25")  # changed: the target follows
    assert stored(repository, french_workshop_id).change == 25.0
    assert editor.change_note.text() == "Target from the change of −25%: from 1,200 to 900."

    # A change in units: the same target, said in the key result's unit.
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.change_percent, kr.aimed_target()) == (300.0, False, 900.0)
    assert kind.currentText() == "A change in units" and amount.text() == "300"

    main_window.undo_action.trigger()
    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.change_percent) == (25.0, True)
    assert kind.currentText() == "A change in %" and amount.text() == "25"

    retype(qtbot, amount, "")  # cleared
    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.target) == (None, None)
    assert kind.currentText() == "A change in %"  # still the type chosen, waiting for a number

    retype(qtbot, amount, "10")
    # Back to a value: the target the change gave is kept, as a value that can be typed.
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Up)
    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.target) == (None, 1080.0)
    assert kind.currentText() == "A value" and not amount.isVisible()
    assert editor.target.isEnabled() and editor.target.text() == "1,080"
    assert not editor.change_note.isVisible()


def test_a_target_value_turns_into_the_change_it_means(
    qtbot, page, repository, french_workshop_id
):
    editor = page.editor
    retype(qtbot, editor.baseline, "1200")
    retype(qtbot, editor.target, "960")
    editor.change_row.kind.setFocus()
    qtbot.keyClick(editor.change_row.kind, Qt.Key.Key_Down)
    kr = stored(repository, french_workshop_id)
    assert (kr.target, kr.change, kr.change_percent, kr.direction) == (
        None, 20.0, True, Direction.DECREASE)
    assert editor.change_row.amount.text() == "20"


def test_a_change_typed_is_saved_within_a_second(
    qtbot, page, main_window, repository, french_workshop_id
):
    editor = page.editor
    editor.change_row.kind.setFocus()
    qtbot.keyClick(editor.change_row.kind, Qt.Key.Key_Down)
    amount = editor.change_row.amount
    amount.setFocus()
    type_text(amount, "15")
    assert main_window.save_state.text() != SAVED
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert stored(repository, french_workshop_id).change == 15.0
    assert amount.hasFocus() and amount.text() == "15"


def test_a_new_sentence_replaces_or_clears_the_old_change(
    qtbot, page, repository, french_workshop_id
):
    editor = page.editor
    type_text(editor.sentence, "Réduire de 20 % les invendus")
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    assert stored(repository, french_workshop_id).change == 20.0

    # Now relative by another amount: replaced.
    retype_sentence = "Réduire de 30 % les invendus"
    editor.sentence.setFocus()
    editor.sentence.selectAll()
    type_text(editor.sentence, retype_sentence)
    assert editor.proposal.isVisible()
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    kr = stored(repository, french_workshop_id)
    assert (kr.text, kr.change, kr.target) == (retype_sentence, 30.0, None)

    # Now absolute: the change goes, the proposal says so before it is accepted.
    absolute = "Ramener les invendus de 1 200 à 900 par mois"
    editor.sentence.setFocus()
    editor.sentence.selectAll()
    type_text(editor.sentence, absolute)
    assert "It replaces the change of −30%." in editor.proposal.label.text()
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    kr = stored(repository, french_workshop_id)
    assert (kr.change, kr.baseline, kr.target) == (None, 1200.0, 900.0)
    assert editor.change_row.kind.currentText() == "A value"
    assert not editor.change_note.isVisible()


def test_a_relative_sentence_takes_the_place_of_a_typed_target(
    qtbot, page, repository, french_workshop_id
):
    editor = page.editor
    retype(qtbot, editor.target, "960")
    editor.sentence.setFocus()
    editor.sentence.selectAll()
    type_text(editor.sentence, "Réduire de 20 % les invendus")
    assert "It replaces the target 960." in editor.proposal.label.text()
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    kr = stored(repository, french_workshop_id)
    assert (kr.target, kr.change) == (None, 20.0)
    assert editor.change_row.kind.currentText() == "A change in %"


def test_tab_goes_through_the_change_in_reading_order(qtbot, page):
    editor = page.editor
    editor.change_row.kind.setFocus()
    qtbot.keyClick(editor.change_row.kind, Qt.Key.Key_Down)
    editor.baseline.setFocus()
    expected = (editor.change_row.kind, editor.change_row.amount, editor.unit)  # Target: off
    for widget in expected:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    for widget in reversed(expected[:-1]):
        press(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is widget


def test_every_label_of_the_form_takes_its_field_with_alt(qtbot, page):
    # Alt+B and Alt+I did nothing: their buddies were the rows holding the fields.
    editor = page.editor
    for key, field in ((Qt.Key.Key_B, editor.baseline), (Qt.Key.Key_T, editor.target),
                       (Qt.Key.Key_Y, editor.change_row.kind), (Qt.Key.Key_I, editor.unit),
                       (Qt.Key.Key_R, editor.direction), (Qt.Key.Key_M, editor.metric)):
        editor.sentence.setFocus()
        qtbot.keyClick(editor.sentence, key, Alt)
        assert field.hasFocus(), key


def test_a_change_of_zero_is_refused_and_the_saved_one_shown_again(
    qtbot, page, main_window, repository, french_workshop_id
):
    editor = page.editor
    editor.change_row.kind.setFocus()
    qtbot.keyClick(editor.change_row.kind, Qt.Key.Key_Down)
    retype(qtbot, editor.change_row.amount, "12")
    retype(qtbot, editor.change_row.amount, "0")
    assert stored(repository, french_workshop_id).change == 12.0
    assert editor.change_row.amount.text() == "12"
    assert main_window.statusBar().currentMessage().startswith("Not saved: A change is a positive")


def test_a_change_stored_with_a_typed_target_is_said_and_cleared_by_the_next_target(
    qtbot, page, repository, french_workshop_id
):
    # What an older version stored: the sentence's change, then a target typed over it.
    kr = page.editor.current()
    page.bridge.edit(lambda s: s.update("x", kr, change=20.0, target=950.0, baseline=1200.0,
                                        direction=Direction.DECREASE))
    editor = page.editor
    assert editor.change_row.kind.currentText() == "A value"
    assert editor.change_note.isVisible()
    assert "wins over the change of −20% also stored" in editor.change_note.text()
    retype(qtbot, editor.target, "940")
    kr = stored(repository, french_workshop_id)
    assert (kr.target, kr.change) == (940.0, None)
    assert not editor.change_note.isVisible()
