"""The audience view from the console: F5, what it shows as the coach works, its keys on
both windows, and nothing but what a page published."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from okr_workshop.domain.timer_reading import TimerReading
from okr_workshop.ui.room.audience_window import AudienceWindow
from okr_workshop.ui.room.scene import AMBER, RED
from okr_workshop.ui.room.scenes.contributions_scene import ContributionsScene
from okr_workshop.ui.room.scenes.key_results_scene import KeyResultsScene
from tests.ui.keyboard import press, type_text
from tests.ui.room.audience_helpers import shown_texts

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    return main_window.workshop_view


def audience(view) -> AudienceWindow:
    window = view.audience.window
    assert window is not None and window.isVisible()
    return window


def test_f5_shows_the_step_to_the_room_and_esc_gives_the_console_back(view, main_window):
    view.go_to(Step.CONTRIBUTIONS)
    page = view.current_page()
    page.quick.line.setFocus()
    press(page.quick.line, Qt.Key.Key_F5)
    window = audience(view)
    assert isinstance(window.scene, ContributionsScene)
    team = main_window.bridge.workshop.teams[0]
    texts = shown_texts(window)
    assert team.name in texts and team.objectives[0].title in texts
    assert "Atelier OKR — T1 2027 · Contributions" in texts  # the footer
    colours = window.palette()  # light on dark, for a projector
    assert (colours.color(QPalette.ColorRole.Window).lightness() + 100
            < colours.color(QPalette.ColorRole.WindowText).lightness())
    # The Room menu lists it, checked while it is open; the button over the page too.
    assert view.audience.toggle_action in main_window.room_menu.actions()
    assert view.audience.toggle_action.isChecked() and view.audience.button.isChecked()

    press(window, Qt.Key.Key_Escape)
    assert view.audience.window is None and not window.isVisible()
    assert main_window.isVisible() and QApplication.focusWidget() is page.quick.line
    assert not view.audience.toggle_action.isChecked()
    press(page.quick.line, Qt.Key.Key_F5)  # and again
    assert audience(view) is not window
    press(page.quick.line, Qt.Key.Key_F5)  # F5 toggles it off
    assert view.audience.window is None
    view.audience.open()
    audience(view).close()  # the window manager's close button: as Esc
    assert view.audience.window is None and not view.audience.toggle_action.isChecked()


def test_the_audience_view_follows_the_console_within_the_edit(view, main_window):
    view.go_to(Step.CONTRIBUTIONS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    workshop = main_window.bridge.workshop
    page.choose_team_row(1)  # the coach picks another team
    assert workshop.teams[1].name in shown_texts(window)
    assert workshop.teams[0].name not in shown_texts(window)

    page.quick.line.setFocus()
    type_text(page.quick.line, "Ouvrir le dimanche « toute l’année » 🥐")
    typed = "Ouvrir le dimanche « toute l’année » 🥐"
    assert typed in shown_texts(window)  # as it is typed, before Enter
    outlined = [c.title.text() for c in window.scene.cards if c.isVisible() and c.chosen]
    assert outlined == [typed]  # the card being typed is the one outlined
    assert main_window.bridge.workshop.teams[1].objectives[-1].title != typed  # not saved
    press(page.quick.line, Qt.Key.Key_Return)
    assert shown_texts(window).count(typed) == 1  # added: one card, not two
    page.table.selectRow(0)  # the coach selects a candidate: the room sees which
    first = main_window.bridge.workshop.teams[1].objectives[0].title
    assert [c.title.text() for c in window.scene.cards if c.isVisible() and c.chosen] == [first]
    assert main_window.bridge.workshop.teams[1].objectives[-1].title == typed
    type_text(page.quick.line, "Idée")
    page.quick.line.clear()  # typed, then rubbed out: the room no longer sees it
    assert "Idée" not in shown_texts(window)

    view.go_to(Step.KEY_RESULTS)  # the step changes: the scene with it
    assert isinstance(window.scene, KeyResultsScene)
    kr = view.current_page().key_result()
    assert kr is not None and kr.text in shown_texts(window)

    # The step timer, in a corner, amber then red.
    room = main_window.bridge.room
    assert not window.clock.isVisible()
    room.show_timer(TimerReading(Step.KEY_RESULTS, 600, 540, True))
    assert window.clock.isVisible() and window.clock.text() == "01:00"
    assert window.clock.palette().color(QPalette.ColorRole.WindowText) == AMBER
    room.show_timer(TimerReading(Step.KEY_RESULTS, 600, 690, True))
    assert window.clock.text() == "+01:30"
    assert window.clock.palette().color(QPalette.ColorRole.WindowText) == RED
    paused = TimerReading(Step.KEY_RESULTS, 600, 60, False)
    room.show_timer(paused)  # paused with time left: the clock greyed
    assert window.clock.text() == "09:00"
    assert window.clock.palette().color(QPalette.ColorRole.WindowText) == \
        window.palette().color(QPalette.ColorRole.PlaceholderText)
    room.show_timer(None)
    assert not window.clock.isVisible()

    # An overlay reaches the scene in the same signal.
    seen = []
    window.scene.show_room = lambda workshop, pointer, overlay: seen.append(overlay)
    room.show("a ballot")
    assert seen == ["a ballot"]


def test_the_key_result_as_typed_reaches_the_room_with_its_verdict(view, main_window):
    view.go_to(Step.KEY_RESULTS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    sentence = page.editor.sentence
    sentence.setFocus()
    sentence.selectAll()
    type_text(sentence, "Améliorer la satisfaction")  # not saved yet: the room reads it
    assert "Améliorer la satisfaction" in shown_texts(window)
    assert window.scene.verdict.text() != "Measurable and clear: nothing to improve"


def test_keys_on_the_audience_view(view, main_window):
    view.go_to(Step.CONTRIBUTIONS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    teams = main_window.bridge.workshop.teams
    press(window, Qt.Key.Key_B)
    assert window.blacked_out and shown_texts(window) == []
    assert view.audience.black_action.isChecked()
    press(window, Qt.Key.Key_B)
    assert teams[0].name in shown_texts(window)

    press(window, Qt.Key.Key_N)  # the next team, on both windows
    assert teams[1].name in shown_texts(window)
    assert page.team_combo.currentIndex() == 1
    press(window, Qt.Key.Key_Right)
    press(window, Qt.Key.Key_Space)
    assert page.team_combo.currentIndex() == 3 % len(teams)
    press(window, Qt.Key.Key_P)
    press(window, Qt.Key.Key_Left)
    press(window, Qt.Key.Key_Backspace)
    assert page.team_combo.currentIndex() == 0

    # One screen (offscreen): a window the coach can drag; F fills the screen, F again not.
    assert not window.isFullScreen()
    press(window, Qt.Key.Key_F)
    assert window.isFullScreen()
    press(window, Qt.Key.Key_F)
    assert not window.isFullScreen()
    press(window, Qt.Key.Key_S)  # one screen: S puts the room's view in the console's place
    assert window.isFullScreen()
    press(window, Qt.Key.Key_S)
    assert not window.isFullScreen()
    press(window, Qt.Key.Key_Escape)
    assert view.audience.window is None and main_window.isVisible()


def test_the_next_key_result_is_chosen_on_the_key_results_page_too(view, main_window):
    view.go_to(Step.KEY_RESULTS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    first = page.key_result()
    press(window, Qt.Key.Key_N)
    second = page.key_result()
    assert second is not None and second.id != first.id
    assert main_window.bridge.room.pointer.key_result_id == second.id
    assert second.text in shown_texts(window)
    press(window, Qt.Key.Key_P)
    assert page.key_result().id == first.id
    # And the page's own choice reaches the room.
    page.list_panel.table.selectRow(1)
    assert page.key_result().text in shown_texts(window)


def test_the_letters_in_the_console_never_eat_typing(view, main_window):
    view.go_to(Step.CONTRIBUTIONS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    main_window.activateWindow()
    page.quick.line.setFocus()
    type_text(page.quick.line, "Bonnes ventes")  # B, N, S typed, not commands
    assert page.quick.line.text() == "Bonnes ventes"
    assert not window.blacked_out and page.team_combo.currentIndex() == 0

    view.step_list.setFocus()  # not a text field: the letters drive the audience view
    press(view.step_list, Qt.Key.Key_B)
    assert window.blacked_out
    press(view.step_list, Qt.Key.Key_B)
    press(view.step_list, Qt.Key.Key_N)
    assert page.team_combo.currentIndex() == 1
    # The menu's own keys work from a text field.
    press(page.quick.line, Qt.Key.Key_B, Ctrl | Shift)
    assert window.blacked_out
    press(page.quick.line, Qt.Key.Key_PageUp, Ctrl | Shift)
    assert page.team_combo.currentIndex() == 0
    assert page.quick.line.text() == "Bonnes ventes"


def test_a_refused_edit_shows_nothing_on_the_audience_view(view, main_window):
    view.go_to(Step.VISION)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    before = shown_texts(window)
    index = page.model.index(0, page.model.TITLE)
    assert not page.model.setData(index, "   ")  # refused: said in the console only
    said = main_window.statusBar().currentMessage()
    assert "needs a title" in said
    assert shown_texts(window) == before
    assert not any(said in text or "sqlite" in text for text in shown_texts(window))


def test_on_one_screen_the_room_can_take_the_console_s_place_until_esc(view, main_window):
    page = view.current_page()
    press(page, Qt.Key.Key_F5, Shift)
    window = audience(view)
    assert window.isFullScreen()  # in place of the console
    press(window, Qt.Key.Key_Escape)
    assert view.audience.window is None and main_window.isVisible()


def test_the_audience_screen_is_chosen_from_the_room_menu_and_remembered(
    view, main_window, settings
):
    menu = view.audience.screen_menu
    assert view.audience.screen_menu_action in main_window.room_menu.actions()
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    screen = QApplication.primaryScreen()
    size = screen.geometry()
    name = screen.name() or "Screen 1"  # offscreen names none
    assert texts == ["Automatic: a screen other than the console’s",
                     f"{name} ({size.width()}×{size.height()})"]
    assert menu.actions()[0].isChecked()
    menu.actions()[1].trigger()
    assert settings.value("room/audience_screen") == (screen.name() or "#1")
    menu.aboutToShow.emit()
    assert menu.actions()[1].isChecked()
    # Plugged or unplugged: the open view is placed again (here, still the only screen).
    view.audience.open()
    QApplication.instance().screenAdded.emit(screen)
    assert audience(view).screen() is screen


def test_closing_the_workshop_closes_its_audience_view(view, main_window, qtbot):
    view.audience.open()
    window = audience(view)
    main_window.show_home()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    # A screen plugged in afterwards finds nothing to place.
    QApplication.instance().screenAdded.emit(QApplication.primaryScreen())
    QApplication.instance().screenRemoved.emit(QApplication.primaryScreen())


def test_a_widget_whose_letters_decide_keeps_them_with_the_audience_view_open(
    view, main_window
):
    view.go_to(Step.FOCUS)
    page = view.current_page()
    view.audience.open()
    window = audience(view)
    top = page.selected()
    page.table.setFocus()
    press(page.table, Qt.Key.Key_P)  # P parks on the Focus table, as without the room
    assert main_window.bridge.workshop.objective(top.id).status == "parked"
    assert not window.blacked_out
    press(page.table, Qt.Key.Key_B)  # not one of the table's letters: the room goes black
    assert window.blacked_out
