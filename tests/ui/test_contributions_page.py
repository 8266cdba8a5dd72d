"""The Contributions step: each team's candidates typed as fast as the room talks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from okr_workshop.domain.model import Commitment, ObjectiveStatus, Step, Team, Workshop
from okr_workshop.domain.rules.check import check_objective
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.models.contributions_model import ContributionsModel
from okr_workshop.ui.pages.contributions_page import ContributionsPage
from tests.ui.keyboard import press, type_text
from tests.ui.one_page import open_alone

SHOPS = "Réseau des boutiques"
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
Model = ContributionsModel


@pytest.fixture
def page(main_window, french_workshop_id, monkeypatch) -> ContributionsPage:
    contributions = open_alone(main_window, monkeypatch, french_workshop_id, ContributionsPage,
                               Step.CONTRIBUTIONS)
    contributions.choose_team_row(contributions.teams.row_of(team(contributions, SHOPS).id))
    return contributions


def team(page: ContributionsPage, name: str):
    return next(t for t in page.bridge.workshop.teams if t.name == name)


def on_disk(tmp_path, workshop_id: str):
    """What a fresh process reads from the library file."""
    return Repository(open_library(tmp_path / "library.sqlite3")).load_workshop(workshop_id)


def stored_team(tmp_path, workshop_id: str, name: str = SHOPS):
    return next(t for t in on_disk(tmp_path, workshop_id).teams if t.name == name)


def titles(page: ContributionsPage) -> list[str]:
    return [page.model.index(r, Model.TITLE).data() for r in range(page.model.rowCount())]


def select(page: ContributionsPage, title: str, column: int = Model.TITLE) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(titles(page).index(title), column))


def open_combo(page: ContributionsPage, title: str, column: int) -> QComboBox:
    select(page, title, column)
    press(page.table, Qt.Key.Key_F2)
    return open_editor(page, QComboBox)


def open_editor(page: ContributionsPage, kind: type):
    """The cell editor now open (closed ones linger, hidden, until Qt deletes them)."""
    (editor,) = [e for e in page.table.findChildren(kind) if e.isVisible()]
    return editor


def enter_in_editor(qtbot, page: ContributionsPage, editor) -> None:
    """Enter in a cell editor: Qt commits it on its next turn of the event loop."""
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_three_titles_each_followed_by_enter_are_three_candidates_in_order(
    page, main_window, tmp_path, french_workshop_id
):
    before = titles(page)
    press(page.table, Qt.Key.Key_Insert)
    assert page.quick.line.hasFocus()
    new = [
        "Faire de chaque vendeur un « ambassadeur » du pain",
        "Réduire l’attente à midi ☕",
        "Rendre nos vitrines irrésistibles",
    ]
    for title in new:
        type_text(page.quick.line, title)
        press(page.quick.line, Qt.Key.Key_Return)

    assert page.quick.line.hasFocus() and page.quick.line.text() == ""
    assert titles(page) == before + new
    assert page.current().title == new[-1]  # the last one is selected, its remarks shown
    served = page.quick.strategic.currentData()
    stored = stored_team(tmp_path, french_workshop_id).objectives
    assert [o.title for o in stored] == before + new
    for objective in stored[-3:]:
        assert objective.status == ObjectiveStatus.CANDIDATE
        assert objective.strategic_objective_id == served
        assert objective.author_id is None

    assert main_window.undo_action.text() == "Undo add candidate objective"
    press(page.quick.line, Qt.Key.Key_Z, Ctrl)  # in the emptied line: the window's undo
    assert page.quick.line.text() == ""
    assert [o.title for o in stored_team(tmp_path, french_workshop_id).objectives] == (
        before + new[:2]
    )


def test_quick_entry_credits_the_chosen_author_and_strategic_objective(
    page, tmp_path, french_workshop_id
):
    shops = team(page, SHOPS)
    members = [p.name for p in page.bridge.workshop.participants if p.team_id == shops.id]
    offered = [page.quick.author.itemText(r) for r in range(page.quick.author.count())]
    assert offered[1 : 1 + len(members)] == members  # the team's members come first
    page.quick.author.setCurrentIndex(page.quick.author.findText("Mathieu Girard"))
    second = page.bridge.workshop.strategic_objectives[1]
    page.quick.strategic.setCurrentIndex(page.quick.strategic.findData(second.id))

    page.quick.line.setFocus()
    type_text(page.quick.line, "Ouvrir une boutique-école à Lille")
    press(page.quick.line, Qt.Key.Key_Return)

    added = stored_team(tmp_path, french_workshop_id).objectives[-1]
    assert added.title == "Ouvrir une boutique-école à Lille"
    assert page.bridge.workshop.participant(added.author_id).name == "Mathieu Girard"
    assert added.strategic_objective_id == second.id
    assert page.quick.author.currentText() == "Mathieu Girard"  # kept for the next one


def test_not_aligned_asks_for_the_reason_and_aligning_again_clears_it(
    qtbot, page, main_window, tmp_path, french_workshop_id
):
    title = "Redonner de l’éclat à nos boutiques les plus anciennes"
    before = next(o for o in page.bridge.workshop.objectives() if o.title == title)
    editor = open_combo(page, title, Model.STRATEGIC)
    press(editor, Qt.Key.Key_End)  # the last entry: "Not aligned…"

    row = titles(page).index(title)
    assert page.model.index(row, Model.STRATEGIC).data() == "Not aligned"
    assert page.model.index(row, Model.REASON).data().startswith("⚠")
    # The reason cell opens by itself: the rules want a reason.
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
    reason_editor = open_editor(page, QLineEdit)
    assert page.table.currentIndex().column() == Model.REASON
    type_text(reason_editor, "Attente forte des équipes : « nos boutiques vieillissent »")
    enter_in_editor(qtbot, page, reason_editor)

    stored = next(o for o in on_disk(tmp_path, french_workshop_id).objectives()
                  if o.id == before.id)
    assert stored.strategic_objective_id is None
    assert stored.non_alignment_reason == (
        "Attente forte des équipes : « nos boutiques vieillissent »"
    )
    assert page.model.index(row, Model.REASON).data() == stored.non_alignment_reason

    editor = open_combo(page, title, Model.STRATEGIC)
    press(editor, Qt.Key.Key_Home)  # the first strategic objective
    stored = next(o for o in on_disk(tmp_path, french_workshop_id).objectives()
                  if o.id == before.id)
    assert stored.strategic_objective_id == page.bridge.workshop.strategic_objectives[0].id
    assert stored.non_alignment_reason == ""
    assert not page.model.flags(page.model.index(row, Model.REASON)) & Qt.ItemFlag.ItemIsEditable

    for _ in range(3):
        main_window.undo_action.trigger()
    restored = next(o for o in on_disk(tmp_path, french_workshop_id).objectives()
                    if o.id == before.id)
    assert restored == before


def test_author_and_commitment_are_chosen_in_the_table(
    qtbot, page, tmp_path, french_workshop_id
):
    title = "Redonner de l’éclat à nos boutiques les plus anciennes"
    editor = open_combo(page, title, Model.AUTHOR)
    editor.setCurrentIndex(editor.findText("Sophie Martin"))
    enter_in_editor(qtbot, page, editor)
    editor = open_combo(page, title, Model.COMMITMENT)
    press(editor, Qt.Key.Key_End)  # Aspirational

    stored = next(o for o in stored_team(tmp_path, french_workshop_id).objectives
                  if o.title == title)
    assert page.bridge.workshop.participant(stored.author_id).name == "Sophie Martin"
    assert stored.commitment == Commitment.ASPIRATIONAL
    row = titles(page).index(title)
    assert page.model.index(row, Model.AUTHOR).data() == "Sophie Martin"
    assert page.model.index(row, Model.COMMITMENT).data() == "Aspirational"
    assert page.table.hasFocus()  # back in the table for the next cell


def test_del_deletes_and_ctrl_z_restores_in_place(
    page, main_window, tmp_path, french_workshop_id
):
    before = stored_team(tmp_path, french_workshop_id).objectives
    select(page, before[1].title)
    press(page.table, Qt.Key.Key_Delete)
    assert [o.title for o in stored_team(tmp_path, french_workshop_id).objectives] == [
        o.title for o in before if o.id != before[1].id
    ]
    assert page.current().title == before[2].title  # the next one, ready for another Del

    press(main_window, Qt.Key.Key_Z, Ctrl)
    assert stored_team(tmp_path, french_workshop_id).objectives == before
    assert titles(page) == [o.title for o in before]


def test_alt_arrows_reorder_and_ctrl_digits_choose_the_team(page, tmp_path, french_workshop_id):
    before = titles(page)
    select(page, before[0])
    press(page.table, Qt.Key.Key_Down, Alt)
    assert titles(page)[:2] == [before[1], before[0]]
    assert page.current().title == before[0]
    stored = stored_team(tmp_path, french_workshop_id).objectives
    assert [o.title for o in stored][:2] == [before[1], before[0]]

    press(page.table, Qt.Key.Key_2, Ctrl)
    second = page.bridge.workshop.teams[1]
    assert page.team_combo.currentText().startswith(second.name)
    assert titles(page) == [o.title for o in second.objectives]


def test_the_why_and_the_rules_remarks_beside_the_table(page, tmp_path, french_workshop_id):
    page.quick.line.setFocus()
    type_text(page.quick.line, "Maintenir 95 % de clients satisfaits")
    press(page.quick.line, Qt.Key.Key_Return)
    added = page.current()
    findings = check_objective(page.bridge.workshop, added)
    assert findings  # a number and business-as-usual wording
    for finding in findings:
        assert finding.message(page.bridge.workshop.language) in page.notes.remarks.text()

    page.notes.why_edit.setFocus()
    type_text(page.notes.why_edit, "Nos clients nous l’ont dit : « l’attente est trop longue ».")
    press(page.notes.why_edit, Qt.Key.Key_Tab)
    stored = stored_team(tmp_path, french_workshop_id).objectives[-1]
    assert stored.why == "Nos clients nous l’ont dit : « l’attente est trop longue »."


def test_renaming_in_place_refuses_an_empty_title(
    page, main_window, tmp_path, french_workshop_id
):
    index = page.model.index(0, Model.TITLE)
    old = index.data()
    assert not page.model.setData(index, "   ")
    assert page.model.index(0, Model.TITLE).data() == old
    assert "needs a title" in main_window.statusBar().currentMessage()
    assert page.model.setData(index, "Servir vite, même à midi !")
    assert stored_team(tmp_path, french_workshop_id).objectives[0].title == (
        "Servir vite, même à midi !"
    )


def test_what_is_missing_names_unaligned_candidates_without_reason(page, main_window):
    page.quick.strategic.setCurrentIndex(page.quick.strategic.findData(""))
    page.quick.line.setFocus()
    type_text(page.quick.line, "Repeindre les camions")
    press(page.quick.line, Qt.Key.Key_Return)
    missing = main_window.workshop_view.missing.text()
    assert "Repeindre les camions" in missing
    assert QApplication.focusWidget() is page.quick.line


def test_the_models_pass_qt_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.teams)


def test_a_workshop_without_teams_waits_for_them(main_window, repository, monkeypatch):
    workshop = Workshop(title="Atelier « vide »")
    repository.add_workshop(workshop)
    monkeypatch.setattr(
        "okr_workshop.ui.workshop_view.page_classes", lambda: [ContributionsPage]
    )
    main_window.open_workshop(workshop.id)
    page = main_window.workshop_view.current_page()
    assert not page.quick.line.isEnabled()
    assert page.model.rowCount() == 0 and page.current() is None
    assert [page.quick.strategic.itemData(r) for r in range(page.quick.strategic.count())] == [
        ""  # only "Not aligned…"
    ]

    page.bridge.edit(lambda s: s.add("add team", Team(name="Équipe « Fournil »")))
    assert page.quick.line.isEnabled()
    assert page.team_combo.currentText() == "Équipe « Fournil » (0)"
    assert page.missing(page.bridge.workshop) == [
        "ℹ Team “Équipe « Fournil »” has no candidate objective yet."
    ]
    page.quick.line.setFocus()
    type_text(page.quick.line, "Cuire moins, cuire mieux")
    press(page.quick.line, Qt.Key.Key_Return)
    assert titles(page) == ["Cuire moins, cuire mieux"]
    assert page.team_combo.currentText() == "Équipe « Fournil » (1)"
    assert page.missing(page.bridge.workshop) == [
        "⚠ “Cuire moins, cuire mieux” serves no strategic objective: choose the one it serves, "
        "or fill in “Why not aligned”."
    ]
