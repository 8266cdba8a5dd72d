"""The Setup step, driven like a person: fields, teams, participants, the common rule, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from okr_workshop.domain.model import Language, Step
from okr_workshop.ui.models.participant_model import ParticipantModel
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.pages.setup_page import SetupPage
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CLICK_AND_COLLECT = "Click & Collect"


@pytest.fixture
def page(qtbot, main_window, french_workshop_id, monkeypatch) -> SetupPage:
    # Only this page in the window: a test of one step does not depend on the others.
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SetupPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.SETUP)
    setup = main_window.workshop_view.current_page()
    assert isinstance(setup, SetupPage)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return setup


def stored(repository, workshop_id):
    return repository.load_workshop(workshop_id)


def replace_text(edit: QLineEdit, text: str) -> None:
    """Select all, type the new text, press Enter: how a person changes a field."""
    edit.setFocus()
    press(edit, Qt.Key.Key_A, Ctrl)
    if text:
        type_text(edit, text)
    else:
        press(edit, Qt.Key.Key_Backspace)
    press(edit, Qt.Key.Key_Return)


def undo(main_window) -> None:
    press(QApplication.focusWidget() or main_window, Qt.Key.Key_Z, Ctrl)


def enter(editor) -> None:
    """Enter in a table cell editor: the delegate commits once the key is processed."""
    press(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def open_editor(view, row: int, col: int):
    view.setFocus()
    index = view.model().index(row, col)
    view.setCurrentIndex(index)
    press(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert editor is not None and editor is not view
    return editor


def pick(combo: QComboBox, text: str) -> None:
    """Choose an entry as a click in the open list would."""
    row = combo.findText(text)
    assert row >= 0, text
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


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


# Teams --------------------------------------------------------------------------------------


def test_add_a_team_and_name_it_in_place(qtbot, page, main_window, repository, french_workshop_id):
    teams = page.teams
    qtbot.mouseClick(teams.findChild(type(_button(teams, "Add team"))), Qt.MouseButton.LeftButton)
    assert column(teams.model, TeamModel.NAME)[-1] == "New team"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the name is being edited
    press(editor, Qt.Key.Key_A, Ctrl)
    type_text(editor, "Équipe Café ☕")
    enter(editor)
    assert column(teams.model, TeamModel.NAME)[-1] == "Équipe Café ☕"
    assert stored(repository, french_workshop_id).teams[-1].name == "Équipe Café ☕"
    assert teams.selected_id() == stored(repository, french_workshop_id).teams[-1].id

    undo(main_window)  # the rename
    undo(main_window)  # the addition
    assert [t.name for t in stored(repository, french_workshop_id).teams][-1] == "Finance & Achats"
    assert teams.model.rowCount() == 8


def _button(widget, text: str):
    from PySide6.QtWidgets import QPushButton

    found = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, text
    return found[0]


def test_keyboard_adds_a_team_from_anywhere_on_the_page(page, repository, french_workshop_id):
    page.workshop_form.organisation_edit.setFocus()
    press(page.workshop_form.organisation_edit, Qt.Key.Key_N, Ctrl | SHIFT)
    assert stored(repository, french_workshop_id).teams[-1].name == "New team"
    editor = QApplication.focusWidget()
    press(editor, Qt.Key.Key_Escape)
    page.teams.view.setFocus()
    press(page.teams.view, Qt.Key.Key_Insert)
    assert [t.name for t in stored(repository, french_workshop_id).teams][-2:] == ["New team"] * 2


def test_delete_a_team_with_its_objectives_and_undo_brings_them_back(
    page, main_window, repository, french_workshop_id
):
    before = stored(repository, french_workshop_id)
    team = before.teams[0]
    assert team.name == CLICK_AND_COLLECT and team.objectives
    view = page.teams.view
    view.setFocus()
    page.teams.select_row(0, TeamModel.DEPARTMENT)
    press(view, Qt.Key.Key_Delete)

    after = stored(repository, french_workshop_id)
    assert CLICK_AND_COLLECT not in [t.name for t in after.teams]
    assert CLICK_AND_COLLECT not in column(page.teams.model, TeamModel.NAME)
    status = main_window.statusBar().currentMessage()
    assert f"team “{CLICK_AND_COLLECT}” deleted with its 3 objectives" in status
    assert page.teams.selected_id() == after.teams[0].id  # the neighbour is selected
    assert all(p.team_id != team.id for p in after.participants)

    undo(main_window)
    restored = stored(repository, french_workshop_id)
    assert restored.teams == before.teams
    assert restored.participants == before.participants
    assert restored.dependencies == before.dependencies
    assert column(page.teams.model, TeamModel.NAME)[0] == CLICK_AND_COLLECT


def test_teams_move_with_alt_arrows_and_the_selection_follows(
    page, main_window, repository, french_workshop_id
):
    view = page.teams.view
    view.setFocus()
    page.teams.select_row(1)
    moved = page.teams.selected_id()
    press(view, Qt.Key.Key_Up, Alt)
    names = [t.name for t in stored(repository, french_workshop_id).teams]
    assert names[:2] == ["Marketing & Fidélité", CLICK_AND_COLLECT]
    assert page.teams.selected_id() == moved
    press(view, Qt.Key.Key_Up, Alt)  # already first: nothing happens, nothing to undo twice
    press(view, Qt.Key.Key_Down, Alt)
    press(view, Qt.Key.Key_Down, Alt)
    names = [t.name for t in stored(repository, french_workshop_id).teams]
    assert names[:3] == [CLICK_AND_COLLECT, "Ventes aux entreprises", "Marketing & Fidélité"]
    undo(main_window)
    undo(main_window)
    assert [t.name for t in stored(repository, french_workshop_id).teams][0] == (
        "Marketing & Fidélité"
    )


def test_department_from_the_list_or_typed(page, repository, french_workshop_id):
    view = page.teams.view
    combo = open_editor(view, 0, TeamModel.DEPARTMENT)
    assert isinstance(combo, QComboBox) and combo.isEditable()
    pick(combo, "Customer Service")
    assert stored(repository, french_workshop_id).teams[0].department == "Customer Service"

    combo = open_editor(view, 0, TeamModel.DEPARTMENT)
    line = combo.lineEdit()
    press(line, Qt.Key.Key_A, Ctrl)
    type_text(line, "Fournil & pâtisserie")
    enter(line)
    assert stored(repository, french_workshop_id).teams[0].department == "Fournil & pâtisserie"
    assert view.model().index(0, TeamModel.DEPARTMENT).data() == "Fournil & pâtisserie"

    combo = open_editor(view, 0, TeamModel.DEPARTMENT)
    press(combo.lineEdit(), Qt.Key.Key_A, Ctrl)
    type_text(combo.lineEdit(), "human resources")  # a listed name, typed in another case
    enter(combo.lineEdit())
    assert stored(repository, french_workshop_id).teams[0].department == "Human Resources"


def test_the_ambassador_is_picked_among_the_participants(
    page, main_window, repository, french_workshop_id
):
    finance = column(page.teams.model, TeamModel.NAME).index("Finance & Achats")
    assert "Finance & Achats" in main_window.workshop_view.missing.text()
    combo = open_editor(page.teams.view, finance, TeamModel.AMBASSADOR)
    assert combo.itemText(0) == "— none —"
    workshop = stored(repository, french_workshop_id)
    team = workshop.teams[finance]
    member = next(p for p in workshop.participants if p.team_id == team.id)
    assert combo.itemText(1) == member.name  # the team's own people come first
    pick(combo, member.name)
    assert stored(repository, french_workshop_id).teams[finance].ambassador_id == member.id
    assert page.teams.model.index(finance, TeamModel.AMBASSADOR).data() == member.name
    assert "Finance & Achats" not in main_window.workshop_view.missing.text()

    combo = open_editor(page.teams.view, finance, TeamModel.AMBASSADOR)
    pick(combo, "— none —")
    assert stored(repository, french_workshop_id).teams[finance].ambassador_id is None


def test_an_empty_team_name_is_refused_with_a_sentence(page, repository, french_workshop_id):
    editor = open_editor(page.teams.view, 0, TeamModel.NAME)
    press(editor, Qt.Key.Key_A, Ctrl)
    press(editor, Qt.Key.Key_Backspace)
    enter(editor)
    assert "needs a name" in page.notice.text() and page.notice.isVisible()
    assert stored(repository, french_workshop_id).teams[0].name == CLICK_AND_COLLECT
    assert page.teams.model.index(0, 0).data() == CLICK_AND_COLLECT


# Participants --------------------------------------------------------------------------------


def test_participants_are_added_edited_and_deleted(
    qtbot, page, main_window, repository, french_workshop_id
):
    people = page.participants
    qtbot.mouseClick(_button(people, "Add participant"), Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    press(editor, Qt.Key.Key_A, Ctrl)
    type_text(editor, "Zoé Lefèvre-Nguyễn")
    enter(editor)
    row = people.model.rowCount() - 1
    role = open_editor(people.view, row, ParticipantModel.ROLE)
    type_text(role, "Cheffe pâtissière « maison »")
    enter(role)
    combo = open_editor(people.view, row, ParticipantModel.TEAM)
    pick(combo, "Fournil central")

    person = stored(repository, french_workshop_id).participants[-1]
    assert (person.name, person.role) == ("Zoé Lefèvre-Nguyễn", "Cheffe pâtissière « maison »")
    workshop = stored(repository, french_workshop_id)
    assert workshop.team(person.team_id or "").name == "Fournil central"
    assert people.model.index(row, ParticipantModel.TEAM).data() == "Fournil central"

    people.view.setFocus()
    people.select_row(0)
    first = workshop.participants[0]
    press(people.view, Qt.Key.Key_Delete)
    after = stored(repository, french_workshop_id)
    assert first.id not in [p.id for p in after.participants]
    # Julien Marchand was Click & Collect's ambassador: the team has none now...
    assert after.teams[0].ambassador_id is None
    undo(main_window)
    # ...and the undo gives it back.
    restored = stored(repository, french_workshop_id)
    assert restored.participants[0] == first
    assert restored.teams[0].ambassador_id == first.id


def test_the_selection_stays_on_the_same_team_after_a_reload(page, repository, french_workshop_id):
    page.teams.select_row(3)
    kept = page.teams.selected_id()
    page.teams.view.setFocus()
    page.teams.select_row(0)
    press(page.teams.view, Qt.Key.Key_Delete)  # rows shift up
    page.teams.select_id(kept)
    page.bridge.undo()  # the deleted row comes back above: a reset
    assert page.teams.selected_id() == kept


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
