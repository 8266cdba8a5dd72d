"""The library page, driven as a person would: keys, clicks, dialogs; then the file on disk."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from okr_workshop.app.samples import sample_workshop
from okr_workshop.app.workshops import new_workshop
from okr_workshop.domain.model import Language, ObjectiveStatus, Step
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.exchange import read_workshop_file, write_workshop_file
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.home_page import LIST, WELCOME, HomePage
from okr_workshop.ui.workshop_list_model import TITLE
from tests.ui.keyboard import press, type_text


def on_disk(repository: Repository) -> Repository:
    """A fresh connection to the same file: what was really saved."""
    return Repository(open_library(repository.path))


def titles(page: HomePage) -> list[str]:
    return [page.model.workshop_at(row).title for row in range(page.model.rowCount())]


def select(page: HomePage, workshop_id: str) -> None:
    page.table.setCurrentIndex(page.model.index(page.model.row_of(workshop_id), TITLE))
    page.table.setFocus()


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def home(main_window, qtbot) -> HomePage:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    return main_window.home


# The empty library ---------------------------------------------------------------------


def test_an_empty_library_welcomes_with_the_samples_one_click_away(home, qtbot, repository):
    assert home.pages.currentIndex() == WELCOME
    assert "Welcome" in home.empty_label.text()
    assert home.samples_button.isVisible() and home.welcome_new_button.isVisible()

    qtbot.mouseClick(home.samples_button, Qt.MouseButton.LeftButton)

    assert home.pages.currentIndex() == LIST
    assert home.model.rowCount() == 2
    assert home.count_label.text() == "2 workshops"
    assert len(on_disk(repository).list_workshops()) == 2
    assert home.selected_id() is not None  # ready for Enter


def test_the_welcome_offers_a_new_workshop_too(home, qtbot):
    qtbot.mouseClick(home.welcome_new_button, Qt.MouseButton.LeftButton)
    assert home.home_actions.dialog is not None
    home.home_actions.dialog.reject()


# Listing and searching -------------------------------------------------------------------


def test_the_list_shows_what_each_workshop_is_and_how_far_it_got(home, repository):
    new_workshop(repository, "Séminaire « Cap 2027 » 🚀", Language.FRENCH, "École", "T1 2027")
    home.refresh()
    index = home.model.index(0, TITLE)
    row = [home.model.index(0, column).data() for column in range(5)]
    assert row[:3] == ["Séminaire « Cap 2027 » 🚀", "École", "T1 2027"]
    assert row[3] == "Setup (1/8)"
    assert row[4].startswith("Today at ")
    assert "0 teams" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_search_as_you_type_ignores_accents_and_case(home, qtbot, repository):
    home.add_samples()
    school = new_workshop(repository, "Atelier École Vauban", Language.FRENCH, "Lycée")
    home.refresh()
    press(home.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert home.search.hasFocus()

    type_text(home.search, "ecole")
    assert titles(home) == ["Atelier École Vauban"]
    assert home.selected_id() == school.id

    home.search.clear()
    type_text(home.search, "delcourt")
    assert [home.model.workshop_at(0).organisation] == ["Maison Delcourt"]
    assert home.model.rowCount() == 1

    home.search.clear()
    type_text(home.search, "zzz")
    assert home.model.rowCount() == 0
    assert home.pages.currentIndex() == LIST  # not the welcome: the library is not empty
    assert home.count_label.text() == "No workshop matches."
    home.home_actions.rename_action.trigger()  # nothing to rename: said in words
    assert "No workshop matches the search" in home.message.text()


def test_enter_opens_the_selected_workshop(home, main_window, qtbot, french_workshop_id):
    home.refresh()
    select(home, french_workshop_id)
    press(home.table, Qt.Key.Key_Return)
    assert main_window.workshop_view is not None
    assert main_window.stack.currentWidget() is main_window.workshop_view
    assert main_window.bridge.workshop.id == french_workshop_id
    # Actions on the library's selection wait until the library is back on screen.
    assert not home.home_actions.delete_action.isEnabled()
    assert "Ctrl+L" in home.home_actions.delete_action.toolTip()
    main_window.home_action.trigger()
    assert home.home_actions.delete_action.isEnabled()


def test_double_click_and_the_search_box_open_too(qtbot, repository, prompts):
    first = new_workshop(repository, "Premier", Language.FRENCH)
    page = HomePage(repository, prompts)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        rect = page.table.visualRect(page.model.index(0, TITLE))
        # Qt's item views only take a double click on the row the button went down on.
        qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first.id]
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        type_text(page.search, "prem")
        press(page.search, Qt.Key.Key_Return)
    assert opened.args == [first.id]


# Creating --------------------------------------------------------------------------------


def test_ctrl_n_creates_a_blank_workshop_and_opens_it(home, main_window, qtbot, repository):
    press(home.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = home.home_actions.dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # no title yet
    assert dialog.isVisible() and dialog.error_label.text() == "Give the workshop a title."

    type_text(dialog.title_edit, "Séminaire « été » ☀")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    type_text(dialog.organisation_edit, "Coopérative Œnologique")
    type_text(dialog.cycle_edit, "S2 2027")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert titles(home) == ["Séminaire « été » ☀"]
    (summary,) = on_disk(repository).list_workshops()
    stored = on_disk(repository).load_workshop(summary.id)
    assert (stored.title, stored.organisation, stored.cycle_label) == (
        "Séminaire « été » ☀",
        "Coopérative Œnologique",
        "S2 2027",
    )
    assert stored.language is Language.ENGLISH and stored.teams == ()
    assert home.selected_id() == summary.id
    # Created to be filled in: it is open on its first step, not waiting in the list.
    assert main_window.stack.currentWidget() is main_window.workshop_view
    assert main_window.bridge.workshop.id == summary.id
    assert main_window.workshop_view.current_page().step == Step.SETUP


def test_a_new_workshop_can_start_from_a_sample(home, qtbot, repository):
    home.home_actions.new_action.trigger()
    dialog = home.home_actions.dialog
    dialog.start_combo.setCurrentIndex(dialog.start_combo.findData(Language.ENGLISH))
    assert dialog.title_edit.text()  # prefilled from the sample
    assert not dialog.language_combo.isEnabled()
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "Rehearsal")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    (summary,) = on_disk(repository).list_workshops()
    stored = on_disk(repository).load_workshop(summary.id)
    assert stored.title == "Rehearsal" and stored.language is Language.ENGLISH
    assert stored.teams and any(k.check_ins for k in stored.key_results())


# Renaming --------------------------------------------------------------------------------


def test_f2_renames_and_ctrl_z_gives_the_old_title_back(
    home, main_window, prompts, repository, french_workshop_id
):
    home.refresh()
    old = repository.load_workshop(french_workshop_id).title
    select(home, french_workshop_id)
    prompts.answers.append("Atelier « Printemps » 🌷")
    press(home.table, Qt.Key.Key_F2)

    assert prompts.asked == [("text", "Rename the workshop")]
    assert titles(home) == ["Atelier « Printemps » 🌷"]
    assert on_disk(repository).load_workshop(french_workshop_id).title == "Atelier « Printemps » 🌷"
    assert main_window.undo_action.text() == "Undo rename workshop"

    press(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(repository).load_workshop(french_workshop_id).title == old
    assert titles(home) == [old]


def test_an_empty_new_title_is_refused_in_words(home, prompts, repository, french_workshop_id):
    home.refresh()
    old = repository.load_workshop(french_workshop_id).title
    prompts.answers.append("   ")
    home.home_actions.rename_action.trigger()
    assert "needs a title" in home.message.text()
    assert on_disk(repository).load_workshop(french_workshop_id).title == old


# Duplicating for the next cycle ----------------------------------------------------------


def test_duplicate_for_the_next_cycle_carries_exactly_what_is_ticked(
    home, qtbot, repository, french_workshop_id
):
    original = repository.load_workshop(french_workshop_id)
    home.refresh()
    select(home, french_workshop_id)
    press(home.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = home.home_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.title_edit.text(), dialog.cycle_edit.text()) == (
        "Atelier OKR — T2 2027",
        "T2 2027",
    )
    assert "Check-ins are not carried over" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error_label))
    )

    # Untick the first kept objective of the first team, from the keyboard.
    team = dialog.model.index(0, 0)
    objective = dialog.model.index(0, 0, team)
    dropped = original.teams[0].objectives[0]
    assert objective.data(dialog.model.ID_ROLE) == dropped.id
    assert objective.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.tree.setFocus()
    dialog.tree.setCurrentIndex(objective)
    press(dialog.tree, Qt.Key.Key_Space)
    assert objective.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    summaries = on_disk(repository).list_workshops()
    assert len(summaries) == 2
    copy_id = home.selected_id()
    assert copy_id not in (None, french_workshop_id)
    copy = on_disk(repository).load_workshop(copy_id)
    expected = [
        o.title
        for t in original.teams
        for o in t.objectives
        if o.status is ObjectiveStatus.KEPT and o.id != dropped.id
    ]
    assert [o.title for o in copy.objectives()] == expected
    assert [k.text for k in copy.key_results()] == [
        k.text
        for t in original.teams
        for o in t.objectives
        if o.status is ObjectiveStatus.KEPT and o.id != dropped.id
        for k in o.key_results
    ]
    assert not any(k.check_ins for k in copy.key_results())
    assert (copy.title, copy.cycle_label) == ("Atelier OKR — T2 2027", "T2 2027")
    # The original keeps everything.
    assert on_disk(repository).load_workshop(french_workshop_id) == original


def test_duplicate_with_nothing_selected_says_so(home, qtbot):
    home.home_actions.duplicate_action.trigger()
    assert home.home_actions.dialog is None
    assert "no workshop yet" in home.message.text()


def test_adding_the_samples_twice_keeps_one_of_each_and_says_so(home, qtbot, repository):
    qtbot.mouseClick(home.samples_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 2
    home.add_samples()  # the same action again, from the menu
    assert home.model.rowCount() == 2
    assert len(on_disk(repository).list_workshops()) == 2
    assert "already in the library" in home.message.text()
    assert home.selected_id() is not None


# Import and export -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fellside.okrw", "fellside.json"])  # .json: older exports
def test_import_a_good_file_adds_a_row(home, prompts, repository, tmp_path: Path, name):
    path = tmp_path / name
    write_workshop_file(sample_workshop(Language.ENGLISH), path)
    prompts.answers.append(path)
    press(home.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert prompts.asked == [("open_file", "Import a workshop")]
    assert prompts.filters == ["Workshop files (*.okrw *.json);;All files (*)"]
    assert home.model.rowCount() == 1
    (summary,) = on_disk(repository).list_workshops()
    assert summary.organisation == "Fellside Outdoor"
    assert home.selected_id() == summary.id
    assert "was imported" in home.message.text()


def test_import_a_bad_file_says_why_in_one_line_and_adds_nothing(
    home, prompts, repository, french_workshop_id, tmp_path: Path
):
    home.refresh()
    path = tmp_path / "broken.json"
    path.write_text('{"format": "okr-workshop", "version": 1, "workshop": {', encoding="utf-8")
    prompts.answers.append(path)
    home.home_actions.import_action.trigger()

    kind, text = prompts.asked[-1]
    assert kind == "error" and text.startswith("Cannot import this file: ")
    assert "\n" not in text and "JSON" in text
    assert [s.id for s in on_disk(repository).list_workshops()] == [french_workshop_id]
    assert home.model.rowCount() == 1


def test_export_writes_a_file_that_reads_back_as_the_same_workshop(
    home, prompts, repository, french_workshop_id, tmp_path: Path
):
    home.refresh()
    select(home, french_workshop_id)
    prompts.answers.append(tmp_path / "atelier")  # no extension typed: .okrw is added
    press(home.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert prompts.filters == ["Workshop files (*.okrw)"]
    assert Path(prompts.suggested[0]).name.endswith(".okrw")
    path = tmp_path / "atelier.okrw"
    assert json.loads(path.read_text(encoding="utf-8"))["workshop"]["id"] == french_workshop_id
    assert read_workshop_file(path) == repository.load_workshop(french_workshop_id)
    assert str(path) in home.message.text()


def test_export_into_a_missing_folder_is_an_error_not_a_crash(
    home, prompts, french_workshop_id, tmp_path: Path
):
    home.refresh()
    prompts.answers.append(tmp_path / "missing" / "atelier.okrw")
    home.home_actions.export_action.trigger()
    kind, text = prompts.asked[-1]
    assert kind == "error" and "could not be written" in text


def test_export_suggests_the_home_folder_when_there_is_no_documents_folder(
    home, prompts, french_workshop_id, tmp_path: Path, monkeypatch
):
    """A fresh account has no Documents folder: the dialog would open wherever the program
    was started (the bundle's folder, or "/" from the Finder)."""
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _location: str(tmp_path / "Documents"))
    home.refresh()
    select(home, french_workshop_id)
    prompts.answers.append(None)  # cancelled
    press(home.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert Path(prompts.suggested[0]).parent == tmp_path


# Deleting and undoing ----------------------------------------------------------------------


def test_del_deletes_and_ctrl_z_brings_it_back_the_same(
    home, main_window, repository, french_workshop_id
):
    other = new_workshop(repository, "Autre atelier", Language.FRENCH)
    before = repository.load_workshop(french_workshop_id)
    home.refresh()
    select(home, french_workshop_id)
    press(home.table, Qt.Key.Key_Delete)

    assert [s.id for s in on_disk(repository).list_workshops()] == [other.id]
    assert titles(home) == ["Autre atelier"]
    assert home.message.text() == f"“{before.title}” was deleted."
    assert main_window.undo_action.isEnabled()
    assert main_window.undo_action.text() == "Undo delete workshop"

    press(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(repository).load_workshop(french_workshop_id) == before
    assert home.selected_id() == french_workshop_id
    assert main_window.redo_action.isEnabled() and not main_window.undo_action.isEnabled()

    main_window.redo_action.trigger()
    assert [s.id for s in on_disk(repository).list_workshops()] == [other.id]
    main_window.undo_action.trigger()
    assert on_disk(repository).load_workshop(french_workshop_id) == before


def test_the_message_bar_undoes_a_deletion(home, qtbot, repository, french_workshop_id):
    home.refresh()
    select(home, french_workshop_id)
    home.home_actions.delete_action.trigger()
    assert home.model.rowCount() == 0
    assert home.pages.currentIndex() == WELCOME  # the library is empty again
    qtbot.mouseClick(home.message.action_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in on_disk(repository).list_workshops()] == [french_workshop_id]
    assert home.selected_id() == french_workshop_id


def test_del_in_the_search_box_edits_the_search(home, repository, french_workshop_id):
    home.refresh()
    type_text(home.search, "ab")
    home.search.setFocus()
    home.search.setCursorPosition(0)
    press(home.search, Qt.Key.Key_Delete)
    assert home.search.text() == "b"
    assert [s.id for s in on_disk(repository).list_workshops()] == [french_workshop_id]


def test_down_in_the_search_box_goes_on_to_the_list_and_enter_opens(
    home, main_window, qtbot, repository, french_workshop_id
):
    home.refresh()
    home.search.setFocus()
    type_text(home.search, "atelier")
    press(home.search, Qt.Key.Key_Down)
    assert home.table.hasFocus()
    assert home.selected_id() == french_workshop_id
    press(home.table, Qt.Key.Key_Return)
    assert main_window.bridge.workshop.id == french_workshop_id


def test_ctrl_n_inside_an_open_workshop_opens_the_new_one(
    home, main_window, qtbot, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    assert main_window.stack.currentWidget() is main_window.workshop_view
    press(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = home.home_actions.dialog
    assert dialog is not None
    type_text(dialog.title_edit, "Atelier d’après")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    (new,) = [s for s in on_disk(repository).list_workshops() if s.id != french_workshop_id]
    assert new.title == "Atelier d’après"
    assert main_window.bridge.workshop.id == new.id
    assert main_window.stack.currentWidget() is main_window.workshop_view


def test_a_new_workshop_starts_in_the_windows_language(main_window):
    home = main_window.home
    home.home_actions.new_action.trigger()
    assert home.home_actions.dialog.language_combo.currentData() == Language.ENGLISH
    home.home_actions.dialog.reject()


def test_a_new_workshop_starts_in_french_in_a_french_window(french_ui, main_window):
    home = main_window.home
    home.home_actions.new_action.trigger()
    assert home.home_actions.dialog.language_combo.currentData() == Language.FRENCH
    home.home_actions.dialog.reject()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"format": "okr-workshop", "version": 1, "workshop": {', "JSON invalide à la ligne 1"),
        (b'{"format": "okr-workshop", "version": 1}', "le champ «\u00a0atelier\u00a0» est absent"),
        (b'{"name": "trello"}', "ce n’est donc pas un fichier OKR Workshop"),
    ],
)
def test_import_a_hostile_file_in_the_french_window_says_why_in_french(
    french_ui, home, prompts, repository, tmp_path: Path, content, said
):
    path = tmp_path / "atelier piégé.json"
    path.write_bytes(content)
    prompts.answers.append(path)
    home.home_actions.import_action.trigger()

    kind, text = prompts.asked[-1]
    assert kind == "error" and text.startswith("Impossible d’importer ce fichier")
    assert said in text
    assert "anglais" not in text and "\n" not in text
    for english in ("invalid", "is missing", "line", "must", "file", "the"):
        assert not re.search(rf"\b{english}\b", text), english
    assert on_disk(repository).list_workshops() == []
