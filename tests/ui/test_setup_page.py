"""The Setup step, driven like a person: the workshop's fields, the common rule, undo, Tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Language
from tests.ui.keyboard import press, type_text
from tests.ui.setup_helpers import (  # noqa: F401 - page_fixture provides `page`
    SHIFT,
    Ctrl,
    page_fixture,
    replace_text,
    stored,
    undo,
)

# The workshop's own fields --------------------------------------------------------------------


def test_a_new_title_is_saved_shown_and_undone(page, main_window, repository, french_workshop_id):
    title = "Atelier « Cap 2027 » 🥐 — été"
    replace_text(page.workshop_form.title_edit, title)
    assert page.workshop_form.title_edit.text() == title
    assert stored(repository, french_workshop_id).title == title
    assert title in main_window.windowTitle()
    assert main_window.save_state.text() == "All changes saved"
    assert main_window.undo_action.isEnabled()

    undo(main_window)
    assert stored(repository, french_workshop_id).title == "Atelier OKR — T1 2027"
    assert page.workshop_form.title_edit.text() == "Atelier OKR — T1 2027"
    press(page.workshop_form.title_edit, Qt.Key.Key_Z, Ctrl | SHIFT)
    assert stored(repository, french_workshop_id).title == title


def test_an_empty_title_is_refused_with_a_sentence(
    page, main_window, repository, french_workshop_id
):
    replace_text(page.workshop_form.title_edit, "")
    assert page.notice.isVisible()
    assert "needs a title" in page.notice.text()
    assert page.workshop_form.title_edit.text() == "Atelier OKR — T1 2027"
    assert stored(repository, french_workshop_id).title == "Atelier OKR — T1 2027"
    assert not main_window.undo_action.isEnabled()  # nothing was saved, nothing to undo

    replace_text(page.workshop_form.organisation_edit, "Maison Delcourt & Fils")
    assert not page.notice.isVisible()  # the next saved edit clears the sentence


def test_text_fields_are_saved_on_leaving_them(page, repository, french_workshop_id):
    form = page.workshop_form
    replace_text(form.cycle_edit, "Été 2027")
    form.facilitator_edit.setFocus()
    press(form.facilitator_edit, Qt.Key.Key_End)
    type_text(form.facilitator_edit, " & Noémie")
    form.language_combo.setFocus()  # leaving the field finishes the edit
    QApplication.processEvents()
    workshop = stored(repository, french_workshop_id)
    assert workshop.cycle_label == "Été 2027"
    assert workshop.facilitator == "Claire Dumont & Noémie"


def test_a_field_being_typed_in_survives_a_reload(page, repository, french_workshop_id):
    form = page.workshop_form
    form.organisation_edit.setFocus()
    press(form.organisation_edit, Qt.Key.Key_End)
    type_text(form.organisation_edit, " — Lille")
    # Another edit saved meanwhile (e.g. from a shortcut) reloads the page.
    page.bridge.edit(lambda s: s.update_workshop("edit cycle", cycle_label="T2 2027"))
    assert form.organisation_edit.text() == "Maison Delcourt — Lille"
    assert form.cycle_edit.text() == "T2 2027"


def test_dates_can_be_cleared_and_an_end_before_the_start_is_refused(
    qtbot, page, main_window, repository, french_workshop_id
):
    end = page.workshop_form.end_date
    qtbot.mouseClick(end.check, Qt.MouseButton.LeftButton)
    assert stored(repository, french_workshop_id).cycle_end is None
    assert not end.edit.isEnabled()
    undo(main_window)
    assert stored(repository, french_workshop_id).cycle_end == date(2027, 3, 31)
    assert end.check.isChecked() and end.edit.date() == QDate(2027, 3, 31)

    end.edit.setDate(QDate(2026, 12, 24))  # picked in the calendar popup
    assert "cannot end before it starts" in page.notice.text()
    assert page.notice.isVisible()
    assert end.edit.date() == QDate(2027, 3, 31)
    assert stored(repository, french_workshop_id).cycle_end == date(2027, 3, 31)

    page.workshop_form.start_date.edit.setDate(QDate(2027, 2, 1))
    assert stored(repository, french_workshop_id).cycle_start == date(2027, 2, 1)


def test_the_language_is_the_workshops(page, main_window, repository, french_workshop_id):
    combo = page.workshop_form.language_combo
    combo.setFocus()
    press(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "English"
    assert stored(repository, french_workshop_id).language == Language.ENGLISH
    missing = main_window.workshop_view.missing.text()
    assert "Team “Finance & Achats” has no ambassador." in missing


# The common rule ---------------------------------------------------------------------------


def test_the_common_rule_is_saved_with_its_reason_beside_it(
    qtbot, page, main_window, repository, french_workshop_id
):
    rule = page.rule_editor
    assert "2 or 3 objectives" in rule.reason.text()
    assert rule.reason.isVisible()
    assert "recommends" in rule.max_objectives.toolTip()

    rule.max_objectives.setFocus()
    press(rule.max_objectives, Qt.Key.Key_Down)
    assert stored(repository, french_workshop_id).rule.max_objectives_per_team == 2
    qtbot.mouseClick(rule.strict, Qt.MouseButton.LeftButton)
    assert stored(repository, french_workshop_id).rule.strict is True
    rule.max_key_results.setFocus()
    press(rule.max_key_results, Qt.Key.Key_A, Ctrl)
    type_text(rule.max_key_results, "25")  # beyond the 1–20 range: the box keeps it in range
    press(rule.max_key_results, Qt.Key.Key_Return)
    assert 1 <= stored(repository, french_workshop_id).rule.max_key_results_per_objective <= 20

    while main_window.undo_action.isEnabled():
        main_window.undo_action.trigger()
    restored = stored(repository, french_workshop_id).rule
    assert (restored.max_objectives_per_team, restored.strict) == (3, False)
    assert rule.max_objectives.value() == 3 and rule.soft.isChecked()


def test_the_page_says_what_is_missing_in_sentences(page, main_window):
    assert page.missing(page.bridge.workshop) == []
    page.bridge.edit(lambda s: s.update_workshop("edit dates", cycle_start=None))
    missing = main_window.workshop_view.missing.text()
    assert "The cycle's dates are not set yet" in missing


def test_ctrl_z_while_typing_takes_back_the_typing_first(
    page, main_window, repository, french_workshop_id
):
    form = page.workshop_form
    replace_text(form.cycle_edit, "T2 2027")  # a saved edit, waiting on the undo stack
    form.organisation_edit.setFocus()
    press(form.organisation_edit, Qt.Key.Key_End)
    type_text(form.organisation_edit, " SA")
    press(form.organisation_edit, Qt.Key.Key_Z, Ctrl)
    assert form.organisation_edit.text() == "Maison Delcourt"  # the field's own typing
    assert stored(repository, french_workshop_id).cycle_label == "T2 2027"
    press(form.organisation_edit, Qt.Key.Key_Return)
    press(form.organisation_edit, Qt.Key.Key_Z, Ctrl)  # nothing typed any more: the window's
    assert stored(repository, french_workshop_id).cycle_label == "T1 2027"
    assert form.cycle_edit.text() == "T1 2027"


def test_ticking_a_missing_end_date_proposes_one_after_the_start(
    qtbot, page, repository, french_workshop_id
):
    end = page.workshop_form.end_date
    qtbot.mouseClick(end.check, Qt.MouseButton.LeftButton)  # no end date now
    assert stored(repository, french_workshop_id).cycle_end is None
    qtbot.mouseClick(end.check, Qt.MouseButton.LeftButton)
    chosen = stored(repository, french_workshop_id).cycle_end
    assert chosen is not None and chosen > date(2027, 1, 1)
    assert not page.notice.isVisible()


def test_tab_goes_through_the_page_in_reading_order(page):
    form, rule = page.workshop_form, page.rule_editor
    expected = [
        form.title_edit,
        form.organisation_edit,
        form.cycle_edit,
        form.start_date.check,
        form.end_date.check,
        form.facilitator_edit,
        form.language_combo,
        rule.max_objectives,
        rule.max_key_results,
        page.teams.view,
        page.participants.view,
    ]
    form.title_edit.setFocus()
    visited = [form.title_edit]
    for _ in range(40):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is form.title_edit:
            break
        visited.append(widget)
    positions = [visited.index(w) for w in expected]
    assert positions == sorted(positions)
    assert page.teams.add_action.shortcut().toString() == "Ins"


def test_the_page_fits_the_projector_without_scrolling(qtbot, french_ui, main_window, repository):
    """French walkthrough at 1920×1080, scale 1.5 (1264×672): the Setup page scrolled and
    cut the participants' buttons, as the page took the tables' preferred heights though
    they can be shorter."""
    from PySide6.QtWidgets import QPushButton, QScrollArea

    from okr_workshop.domain.model import Participant, Step, Team, Workshop

    teams = tuple(Team(name=n, department="Commercial") for n in ("A", "B", "C", "D"))
    workshop = Workshop(title="Atelier", teams=teams, participants=tuple(
        Participant(name=f"P{i}", team_id=teams[i % 4].id) for i in range(4)))
    repository.add_workshop(workshop)
    main_window.resize(1264, 672)
    main_window.open_workshop(workshop.id)
    main_window.workshop_view.go_to(Step.SETUP)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    page = main_window.workshop_view.current_page()
    scroll = page.findChild(QScrollArea)
    assert scroll.widget().height() <= scroll.viewport().height()
    for button in page.findChildren(QPushButton):
        assert button.visibleRegion().boundingRect().size() == button.size(), button.text()
