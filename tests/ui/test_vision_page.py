"""The Vision step: the vision statement, the strategic objectives and their why, the presenter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step, Workshop
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.models.strategic_model import StrategicObjectivesModel
from okr_workshop.ui.pages.vision_page import VisionPage
from okr_workshop.ui.room.audience_window import AudienceWindow
from okr_workshop.ui.room.scenes.vision_scene import VisionScene
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
VISION = "Être « la » boulangerie préférée des Hauts-de-France, d’ici 2029 🥖"


@pytest.fixture
def page(main_window, french_workshop_id, monkeypatch) -> VisionPage:
    # Only this page in the window: a test of one step does not depend on the others.
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [VisionPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.VISION)
    vision = main_window.workshop_view.current_page()
    assert isinstance(vision, VisionPage)
    return vision


def on_disk(tmp_path, workshop_id: str):
    """What a fresh process reads from the library file."""
    return Repository(open_library(tmp_path / "library.sqlite3")).load_workshop(workshop_id)


def titles(page: VisionPage) -> list[str]:
    model = page.model
    return [model.index(r, model.TITLE).data() for r in range(model.rowCount())]


def replace_vision(page: VisionPage, text: str) -> None:
    page.vision_edit.setFocus()
    page.vision_edit.selectAll()
    press(page.vision_edit, Qt.Key.Key_Delete)
    type_text(page.vision_edit, text)


def test_a_vision_typed_with_accents_is_saved_when_leaving_the_field_and_undone_whole(
    page, main_window, tmp_path, french_workshop_id
):
    before = page.bridge.workshop.vision
    replace_vision(page, VISION)
    assert on_disk(tmp_path, french_workshop_id).vision == before  # not per keystroke
    press(page.vision_edit, Qt.Key.Key_Tab)  # leaving the field saves it

    assert on_disk(tmp_path, french_workshop_id).vision == VISION
    assert main_window.undo_action.text() == "Undo edit the vision"
    page.vision_edit.setFocus()
    press(page.vision_edit, Qt.Key.Key_Z, Ctrl)  # saved typing: one step for the paragraph
    assert on_disk(tmp_path, french_workshop_id).vision == before
    assert page.vision_edit.text() == before


def test_passing_through_the_fields_changes_nothing(page, main_window):
    # The sample's French text has non-breaking spaces ("métier\u00a0:"); they must survive.
    assert "\u00a0" in page.bridge.workshop.vision
    assert "\u00a0" in page.why_edit.text()  # the first objective is selected at once
    for field in (page.vision_edit, page.why_edit):
        field.setFocus()
        assert field.hasFocus()
        press(field, Qt.Key.Key_Tab)
    assert not main_window.undo_action.isEnabled()


def test_a_pause_in_typing_saves_the_vision(qtbot, page, tmp_path, french_workshop_id):
    replace_vision(page, VISION)
    assert page.vision_edit.hasFocus()
    qtbot.waitUntil(lambda: on_disk(tmp_path, french_workshop_id).vision == VISION)
    assert page.vision_edit.text() == VISION  # the field kept the typing


def test_leaving_the_workshop_right_after_typing_keeps_the_words(
    page, main_window, tmp_path, french_workshop_id
):
    replace_vision(page, VISION)
    main_window.show_home()  # before the pause: the field is hidden, then destroyed
    assert on_disk(tmp_path, french_workshop_id).vision == VISION


def test_insert_then_enter_adds_strategic_objectives_and_tab_reaches_their_why(
    page, main_window, tmp_path, french_workshop_id
):
    count = page.model.rowCount()
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Insert)
    assert page.new_edit.hasFocus()
    type_text(page.new_edit, "Ouvrir « nos » fournils au public")
    press(page.new_edit, Qt.Key.Key_Return)
    type_text(page.new_edit, "Être fiers de nos métiers")
    press(page.new_edit, Qt.Key.Key_Return)

    assert page.new_edit.hasFocus() and page.new_edit.text() == ""
    assert titles(page)[count:] == [
        "Ouvrir « nos » fournils au public",
        "Être fiers de nos métiers",
    ]
    assert page.current().title == "Être fiers de nos métiers"

    press(page.new_edit, Qt.Key.Key_Tab)
    assert page.table.hasFocus()
    press(page.table, Qt.Key.Key_Tab)
    assert page.why_edit.hasFocus()
    type_text(page.why_edit, "Parce que 38 % de nos vendeurs partent : ça suffit !")
    press(page.why_edit, Qt.Key.Key_Tab)

    stored = on_disk(tmp_path, french_workshop_id).strategic_objectives
    assert [s.title for s in stored][count:] == titles(page)[count:]
    assert stored[-1].why == "Parce que 38 % de nos vendeurs partent : ça suffit !"
    assert page.model.index(count + 1, StrategicObjectivesModel.WHY).data().startswith("Parce")

    page.new_edit.setFocus()  # Ctrl+Z in the emptied line is the window's undo
    press(page.new_edit, Qt.Key.Key_Z, Ctrl)  # the why
    press(page.new_edit, Qt.Key.Key_Z, Ctrl)  # the second objective
    stored = on_disk(tmp_path, french_workshop_id).strategic_objectives
    assert [s.title for s in stored][count:] == ["Ouvrir « nos » fournils au public"]


def test_the_why_follows_the_selected_objective(page, tmp_path, french_workshop_id):
    workshop = page.bridge.workshop
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert page.why_edit.text() == workshop.strategic_objectives[1].why
    page.why_edit.setFocus()
    page.why_edit.selectAll()
    type_text(page.why_edit, "Nouvelle raison")
    # Choosing another objective first saves the why typed for this one.
    page.table.setCurrentIndex(page.model.index(2, 0))
    assert page.why_edit.text() == workshop.strategic_objectives[2].why
    stored = on_disk(tmp_path, french_workshop_id).strategic_objectives
    assert stored[1].why == "Nouvelle raison"
    assert stored[2].why == workshop.strategic_objectives[2].why


def test_delete_and_undo_bring_back_the_objective_and_the_teams_links(
    page, main_window, tmp_path, french_workshop_id
):
    before = page.bridge.workshop
    first = before.strategic_objectives[0]
    linked = {o.id for o in before.objectives() if o.strategic_objective_id == first.id}
    assert linked
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    press(page.table, Qt.Key.Key_Delete)

    after = on_disk(tmp_path, french_workshop_id)
    assert first.id not in {s.id for s in after.strategic_objectives}
    assert first.title not in titles(page)
    assert page.current() is not None  # the next objective is selected for the next key

    press(main_window, Qt.Key.Key_Z, Ctrl)
    restored = on_disk(tmp_path, french_workshop_id)
    assert restored.strategic_objectives == before.strategic_objectives
    assert {o.id for o in restored.objectives() if o.strategic_objective_id == first.id} == linked


def test_alt_arrows_reorder_and_rename_in_place(page, main_window, tmp_path, french_workshop_id):
    original = titles(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    press(page.table, Qt.Key.Key_Down, Alt)
    assert titles(page) == [original[1], original[0], original[2]]
    assert page.current().title == original[0]  # the selection moved with it
    press(page.table, Qt.Key.Key_Up, Alt)
    assert [s.title for s in on_disk(tmp_path, french_workshop_id).strategic_objectives] == (
        original
    )

    index = page.model.index(0, StrategicObjectivesModel.TITLE)
    assert page.model.setData(index, "  Faire revenir nos clients  ")
    assert on_disk(tmp_path, french_workshop_id).strategic_objectives[0].title == (
        "Faire revenir nos clients"
    )
    assert not page.model.setData(index, "   ")  # a title is required: refused, kept
    assert titles(page)[0] == "Faire revenir nos clients"
    assert "needs a title" in main_window.statusBar().currentMessage()


def _presenter(page: VisionPage) -> AudienceWindow:
    """The audience view the Present button (or F5) opened, on the Vision scene."""
    view = page.window().workshop_view.audience.window
    assert view is not None and view.isVisible()
    assert isinstance(view.scene, VisionScene)
    return view


def _closed(page: VisionPage) -> bool:
    return page.window().workshop_view.audience.window is None


def test_f5_presents_the_vision_to_the_room_and_esc_returns(page, main_window):
    workshop = page.bridge.workshop
    page.vision_edit.setFocus()
    press(page.vision_edit, Qt.Key.Key_F5)  # the Room menu's F5: no clash with the page

    view = _presenter(page)
    scene = view.scene
    assert view.isWindow()
    assert scene.body.text() == workshop.vision
    assert scene.heading.text() == workshop.organisation
    colours = view.palette()  # light type on a dark ground, for a projector
    assert (
        colours.color(QPalette.ColorRole.Window).lightness() + 100
        < colours.color(QPalette.ColorRole.WindowText).lightness()
    )
    press(view, Qt.Key.Key_F)  # one screen: F fills it, in place of the console
    assert view.isFullScreen()

    press(view, Qt.Key.Key_Space)
    first = workshop.strategic_objectives[0]
    assert (scene.body.text(), scene.detail.text()) == (first.title, first.why)
    assert page.current_id() == first.id  # the console follows the room
    press(view, Qt.Key.Key_Right)
    press(view, Qt.Key.Key_PageDown)
    assert scene.body.text() == workshop.strategic_objectives[2].title
    press(view, Qt.Key.Key_Space)  # after the last slide, the vision again
    assert scene.body.text() == workshop.vision
    press(view, Qt.Key.Key_Left)
    press(view, Qt.Key.Key_PageUp)
    assert scene.body.text() == workshop.strategic_objectives[1].title

    page.table.selectRow(2)  # the coach chooses one in the console: the room sees it
    assert scene.body.text() == workshop.strategic_objectives[2].title

    press(view, Qt.Key.Key_Escape)
    assert _closed(page)
    assert not view.isVisible()
    assert QApplication.focusWidget() is page.vision_edit


def test_the_presenter_shows_the_vision_being_typed_and_scales_it(page, qtbot):
    replace_vision(page, VISION)
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    view = _presenter(page)
    assert view.scene.body.text() == VISION  # typing not yet saved is saved first
    assert page.bridge.workshop.vision == VISION
    # Very large type: far above the window's own font.
    assert view.scene.body.font().pixelSize() > 3 * page.font().pointSizeF()
    replace_vision(page, "Une vision « neuve »")  # typed with the room watching
    assert view.scene.body.text() == "Une vision « neuve »"
    press(view, Qt.Key.Key_Escape)
    assert _closed(page)


def test_the_strategic_model_passes_qt_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_an_empty_workshop_can_be_presented_and_filled(
    main_window, repository, monkeypatch, tmp_path
):
    workshop = Workshop(title="Atelier « vide »")
    repository.add_workshop(workshop)
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [VisionPage])
    main_window.open_workshop(workshop.id)
    page = main_window.workshop_view.current_page()
    assert not page.why_edit.isEnabled() and not page.rows.delete_action.isEnabled()

    press(page.vision_edit, Qt.Key.Key_F5)
    view = _presenter(page)
    assert view.scene.body.text() == "The vision has not been written yet."
    press(view, Qt.Key.Key_Space)  # a single slide: still the vision
    assert view.scene.body.text() == "The vision has not been written yet."
    press(view, Qt.Key.Key_Escape)

    page.new_edit.setFocus()
    type_text(page.new_edit, "Grandir sans nous perdre")
    press(page.new_edit, Qt.Key.Key_Enter)
    assert page.why_edit.isEnabled()
    assert [s.title for s in on_disk(tmp_path, workshop.id).strategic_objectives] == [
        "Grandir sans nous perdre"
    ]
