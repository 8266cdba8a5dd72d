"""The window's fields stop at the lengths a file may hold (domain/field_limits.py): typing
or pasting past the limit adds nothing more, what is typed is saved whole, and a longer text
stored before the limits is shown whole and never cut."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from okr_workshop.domain.field_limits import LENGTHS
from okr_workshop.domain.model import Step
from okr_workshop.storage.exchange import parse_workshop_bytes, workshop_to_document
from okr_workshop.ui.models.participant_model import ParticipantModel
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.pages.vision_page import VisionPage
from tests.ui.keyboard import press, type_text
from tests.ui.setup_helpers import (  # noqa: F401 - page_fixture provides `page`
    Ctrl,
    enter,
    open_editor,
    page_fixture,
    stored,
)

VISION = LENGTHS["workshop"]["vision"]
TITLE = LENGTHS["workshop"]["title"]


@pytest.fixture
def vision_page(main_window, french_workshop_id, monkeypatch) -> VisionPage:
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [VisionPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.VISION)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, VisionPage)
    return page


def _at_end(edit) -> None:
    edit.setFocus()
    press(edit, Qt.Key.Key_End, Ctrl)


def test_typing_past_the_vision_limit_adds_nothing_and_the_rest_is_saved(
        vision_page, repository, french_workshop_id):
    edit = vision_page.vision_edit
    assert edit.maxLength() == VISION
    _at_end(edit)
    edit.selectAll()
    press(edit, Qt.Key.Key_Delete)
    type_text(edit, "é")
    edit.insertPlainText("v" * (VISION - 3))  # as if typed: only the end is typed here
    type_text(edit, "abcde")
    assert edit.text() == "é" + "v" * (VISION - 3) + "ab"
    press(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    saved = stored(repository, french_workshop_id)
    assert saved.vision == edit.text() and len(saved.vision) == VISION
    # What the window lets a person type exports and imports back whole.
    data = json.dumps(workshop_to_document(saved)).encode()
    assert parse_workshop_bytes(data).vision == saved.vision


def test_pasting_a_long_text_keeps_what_fits(vision_page):
    edit = vision_page.why_edit
    limit = LENGTHS["strategic_objective"]["why"]
    assert edit.maxLength() == limit
    QApplication.clipboard().setText("Pourquoi " * 500)  # 4,500 characters
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_V, Ctrl)
    assert edit.text() == ("Pourquoi " * 500)[:limit]


def test_an_emoji_is_never_cut_in_half_at_the_limit(vision_page):
    edit = vision_page.vision_edit
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_Delete)
    edit.insertPlainText("v" * (VISION - 1))
    type_text(edit, "🚀")  # two UTF-16 units, one left: refused whole
    assert edit.text() == "v" * (VISION - 1)


def test_a_longer_vision_stored_before_the_limits_is_shown_whole_and_can_only_shrink(
        vision_page):
    edit = vision_page.vision_edit
    old = "ancien " * 400  # 2,800 characters, written by an earlier version
    edit.show_value(old)
    assert edit.text() == old
    _at_end(edit)
    type_text(edit, "x")
    assert edit.text() == old  # nothing added past the limit
    press(edit, Qt.Key.Key_Backspace)
    assert edit.text() == old[:-1]


def test_typing_past_the_title_limit_in_the_setup_form(page, repository, french_workshop_id):
    edit = page.workshop_form.title_edit
    assert edit.maxLength() == TITLE
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_Delete)
    edit.insert("t" * (TITLE - 1))
    type_text(edit, "xyz")
    assert edit.text() == "t" * (TITLE - 1) + "x"
    press(edit, Qt.Key.Key_Return)
    assert stored(repository, french_workshop_id).title == edit.text()


@pytest.mark.parametrize(("attribute", "kind", "field"), [
    ("organisation_edit", "workshop", "organisation"),
    ("cycle_edit", "workshop", "cycle_label"),
    ("facilitator_edit", "workshop", "facilitator"),
])
def test_every_setup_field_has_the_files_limit(page, attribute, kind, field):
    assert getattr(page.workshop_form, attribute).maxLength() == LENGTHS[kind][field]


# Table cells ---------------------------------------------------------------------------------


def _typed_past(editor: QLineEdit, limit: int) -> str:
    press(editor, Qt.Key.Key_A, Ctrl)
    editor.insert("n" * (limit - 1))
    type_text(editor, "xyz")
    return editor.text()


def test_a_team_name_typed_in_its_cell_stops_at_the_limit(page, repository, french_workshop_id):
    limit = LENGTHS["team"]["name"]
    editor = open_editor(page.teams.view, 0, TeamModel.NAME)
    assert isinstance(editor, QLineEdit) and editor.maxLength() == limit
    assert _typed_past(editor, limit) == "n" * (limit - 1) + "x"
    enter(editor)
    assert stored(repository, french_workshop_id).teams[0].name == "n" * (limit - 1) + "x"


def test_a_department_typed_in_its_list_stops_at_the_limit(page):
    combo = open_editor(page.teams.view, 0, TeamModel.DEPARTMENT)
    assert isinstance(combo, QComboBox)
    limit = LENGTHS["team"]["department"]
    assert _typed_past(combo.lineEdit(), limit) == "n" * (limit - 1) + "x"


def test_a_participant_name_typed_in_its_cell_stops_at_the_limit(page):
    editor = open_editor(page.participants.view, 0, ParticipantModel.NAME)
    assert isinstance(editor, QLineEdit)
    assert editor.maxLength() == LENGTHS["participant"]["name"]


def test_a_strategic_objective_renamed_in_its_cell_stops_at_the_limit(vision_page):
    editor = open_editor(vision_page.table, 0, vision_page.model.TITLE)
    assert isinstance(editor, QLineEdit)
    assert editor.maxLength() == LENGTHS["strategic_objective"]["title"]
