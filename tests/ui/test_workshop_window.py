"""The workshop window shell: opening from the library, step navigation, reopening where the
facilitator left off, the saved state in the status bar, the window's geometry."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language, Step
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.pages.registry import page_classes
from okr_workshop.ui.pages.setup_page import SetupPage
from okr_workshop.ui.window_geometry import FRAME
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
TITLE = "Atelier OKR — T1 2027"


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_from_home(qtbot, window) -> None:
    """Find the sample in the library list and press Enter on it, as a person would."""
    table = window.home.table
    activate(qtbot, window)
    row = next(
        r
        for r in range(window.home.model.rowCount())
        if window.home.model.index(r, 0).data() == TITLE
    )
    table.setFocus()
    table.selectRow(row)
    press(table, Qt.Key.Key_Return)
    assert window.workshop_view is not None


def step_names(window) -> list[str]:
    steps = window.workshop_view.step_list
    return [steps.item(row).text() for row in range(steps.count())]


def test_opening_the_french_sample_shows_the_steps(qtbot, french_workshop_id, main_window):
    open_from_home(qtbot, main_window)
    view = main_window.workshop_view
    assert main_window.stack.currentWidget() is view
    assert TITLE in main_window.windowTitle()
    assert step_names(main_window)[0] == "1. Setup"
    assert len(step_names(main_window)) == len(page_classes())
    # The sample was left on a step; the window shows it, or the first step when that
    # step's page is not there.
    assert view.current_page().isVisible()
    assert "Finance & Achats" in view.missing.text()  # the rules' sentence, in French
    assert "ambassadeur" in view.missing.text()


def test_steps_are_reached_from_the_keyboard(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    activate(qtbot, main_window)
    view = main_window.workshop_view
    last = len(view.pages) - 1
    view.go_to(Step.SETUP)
    setup = view.current_page()
    setup.teams.view.setFocus()  # shortcuts work from inside a page, here a table

    press(QApplication.focusWidget(), Qt.Key.Key_PageDown, Ctrl)
    assert view.current_row() == min(1, last)
    press(QApplication.focusWidget() or view, Qt.Key.Key_PageDown, Ctrl)
    assert view.current_row() == min(2, last)
    press(QApplication.focusWidget() or view, Qt.Key.Key_PageUp, Ctrl)
    assert view.current_row() == max(0, min(2, last) - 1)
    view.step_list.setFocus()
    press(view.step_list, Qt.Key.Key_1, Alt)
    assert view.current_row() == 0
    assert view.current_page() is view.pages[0] and view.pages[0].isVisible()
    press(view.step_list, Qt.Key.Key_PageUp, Ctrl)  # already first: stays
    assert view.current_row() == 0
    if last >= 1:
        press(view.step_list, Qt.Key.Key_2, Alt)
        assert view.current_row() == 1
        assert view.current_page() is view.pages[1] and view.pages[1].isVisible()


def test_the_workshop_reopens_on_the_step_where_it_was_left(
    qtbot, main_window, repository, settings, prompts, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    target = view.pages[-1].step
    view.go_to(target)
    assert repository.load_workshop(french_workshop_id).current_step == target
    main_window.close()

    again = MainWindow(repository, settings, prompts)
    qtbot.addWidget(again)
    again.show()
    again.open_workshop(french_workshop_id)
    assert again.workshop_view.current_page().step == target

    again.workshop_view.go_to(Step.SETUP)
    again.show_home()
    again.open_workshop(french_workshop_id)
    assert again.workshop_view.current_page().step == Step.SETUP
    assert again.bridge.session.undo_label is None  # moving between steps is not an edit


def test_the_status_bar_says_when_changes_are_saved(
    qtbot, main_window, repository, french_workshop_id, monkeypatch
):
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SetupPage])
    main_window.open_workshop(french_workshop_id)
    activate(qtbot, main_window)
    assert main_window.save_state.text() == "All changes saved"
    page = main_window.workshop_view.current_page()
    edit = page.workshop_form.facilitator_edit
    edit.setFocus()
    press(edit, Qt.Key.Key_A, Ctrl)
    type_text(edit, "Noémie Faure")
    press(edit, Qt.Key.Key_Return)
    assert main_window.save_state.text() == "All changes saved"
    assert main_window.statusBar().currentMessage() == "Facilitator changed"
    assert main_window.undo_action.text() == "Undo edit facilitator"
    assert repository.load_workshop(french_workshop_id).facilitator == "Noémie Faure"

    # A save that fails says so, and the next one that works says so again.
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title=" "))
    assert main_window.save_state.text() == "Last change NOT saved"
    assert main_window.statusBar().currentMessage().startswith("Not saved:")
    main_window.undo_action.trigger()
    assert main_window.save_state.text() == "All changes saved"
    assert repository.load_workshop(french_workshop_id).facilitator == "Claire Dumont"
    assert main_window.redo_action.isEnabled()


def test_the_window_geometry_is_kept_in_the_settings(qtbot, repository, settings, prompts):
    first = MainWindow(repository, settings, prompts)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 690)  # the default is 1280×760
    qtbot.waitUntil(lambda: first.size() == QSize(1100, 690))
    geometry = first.saveGeometry()
    first.close()
    assert settings.value("window/geometry") == geometry

    second = MainWindow(repository, settings, prompts)
    qtbot.addWidget(second)
    second.show()
    # The height comes back as it was; the width too, within the screen with the window's
    # frame (the test screen of the offscreen platform is 800 pixels wide).
    assert second.height() == 690
    screen = second.screen().availableGeometry().width()
    assert second.width() == min(1100, screen - FRAME.left() - FRAME.right())


def test_undo_says_what_it_undid_and_an_empty_undo_says_nothing(
    main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    bridge = main_window.bridge
    team = bridge.workshop.teams[0]
    bridge.edit(lambda s: s.update(edit_label("rename_team"), team, name="Équipe Web"))
    main_window.undo_action.trigger()
    assert main_window.statusBar().currentMessage() == "Team renaming undone"
    assert bridge.workshop.teams[0].name == team.name
    main_window.statusBar().clearMessage()
    main_window.undo_action.trigger()  # nothing left: no message, no error
    assert main_window.statusBar().currentMessage() == ""
    main_window.redo_action.trigger()
    assert main_window.statusBar().currentMessage() == "Team renaming redone"
    assert bridge.workshop.teams[0].name == "Équipe Web"


# Where each step's work starts: the keys go there when a step is reached from the keyboard.
FIRST_FIELDS = {
    Step.SETUP: "titleEdit",
    Step.VISION: "visionEdit",
    Step.CONTRIBUTIONS: "quickEntry",
    Step.FOCUS: "focusTable",
    Step.KEY_RESULTS: "keptObjectivesTree",
    Step.REVIEW: "alignmentTree",
}


def test_a_step_reached_from_the_keyboard_has_the_keys_where_its_work_starts(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    activate(qtbot, main_window)
    view = main_window.workshop_view
    view.go_to(Step.SETUP)
    view.current_page().teams.view.setFocus()
    for number in [*range(2, len(view.pages) + 1), 1]:
        press(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + number), Alt)
        page = view.current_page()
        assert page is view.pages[number - 1]
        if page.step in FIRST_FIELDS:
            assert QApplication.focusWidget().objectName() == FIRST_FIELDS[page.step]
    press(QApplication.focusWidget(), Qt.Key.Key_PageDown, Ctrl)
    page = view.current_page()
    assert page is view.pages[min(1, len(view.pages) - 1)]
    assert QApplication.focusWidget().objectName() == FIRST_FIELDS.get(
        page.step, QApplication.focusWidget().objectName()
    )
    # Going through the step list itself leaves the keys in the list.
    view.step_list.setFocus()
    press(view.step_list, Qt.Key.Key_Down)
    assert view.step_list.hasFocus()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def shared_alt_letters(window, area: QWidget) -> dict[str, list[str]]:
    """Alt+letters used twice on screen, with the texts that use them: the menus', and those
    of the visible labels with a buddy, buttons and tabs of ``area``."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in area.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return {k: [t for t in texts if mnemonic(t) == k] for k, n in letters.items() if n > 1}


def test_each_alt_letter_means_one_thing_on_every_screen(qtbot, main_window, repository):
    # Two widgets sharing a letter make Qt only move the focus between them: Alt+letter
    # then neither clicks the button nor opens the menu.
    assert main_window.home.empty_label.isVisible()  # the welcome of an empty library
    assert shared_alt_letters(main_window, main_window.home) == {}, "welcome"
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    main_window.open_workshop(workshop.id)
    view = main_window.workshop_view
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        tabs = page.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
            assert shared_alt_letters(main_window, page) == {}, (page.title(), tab)


def test_the_go_menu_lists_every_step_with_its_key_and_opens_it(
    qtbot, main_window, french_workshop_id
):
    """The Alt+digit keys are found where a person looks for them: the Go menu names each
    step with its key, and choosing one opens that step."""
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    actions = [a for a in main_window.go_menu.actions() if not a.isSeparator()]
    names = [a.text().replace("&", "") for a in actions]
    assert names[:2] == ["Previous step", "Next step"]
    steps = [name.split(" ", 1)[1] for name in names[2:]]
    assert steps == [text.split(". ", 1)[1] for text in step_names(main_window)]
    assert [a.shortcut().toString() for a in actions[2:]] == [
        f"Alt+{n}" for n in range(1, len(steps) + 1)
    ]
    actions[2 + 2].trigger()
    assert view.current_row() == 2
    assert view.current_page().isVisible()
