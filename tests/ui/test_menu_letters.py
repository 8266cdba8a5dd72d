"""A menu opened by mistake never undoes, deletes or quits on a typed letter (issue 11,
point 14): Alt+E on the Restitution page opened the Edit menu, and typing a path then ran
"&Undo" through its letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from okr_workshop.domain.model import Step
from tests.ui.keyboard import type_text

Alt = Qt.KeyboardModifier.AltModifier


def menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_actions_that_undo_delete_or_quit_have_no_letter_in_any_menu(
    main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    home = main_window.home.home_actions
    destructive = {main_window.undo_action, main_window.redo_action, home.delete_action}
    destructive.add(main_window.findChild(QAction, "quitAction"))
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier « 2 »"))
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier « 3 »"))
    main_window.undo_action.trigger()  # Undo and Redo both enabled, with their labels
    lettered = [
        action.text()
        for menu in (a.menu() for a in main_window.menuBar().actions())
        for action in menu_actions(menu)
        if action in destructive and not QKeySequence.mnemonic(action.text()).isEmpty()
    ]
    assert lettered == []
    assert len(destructive) == 4


def test_typing_a_path_into_the_edit_menu_opened_by_mistake_undoes_nothing(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier « R »"))
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier « S »"))
    main_window.undo_action.trigger()
    main_window.workshop_view.go_to(Step.RESTITUTION)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.workshop_view.current_page()
    page.export_deck_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Alt)  # meant: Export
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "Alt+E opens the Edit menu"
    for char in "/home/user/redo/undo.pdf":
        # Keys go where a person's would: to the open menu, else to the focused field.
        type_text(QApplication.activePopupWidget() or QApplication.focusWidget(), char)
    qtbot.wait(50)
    assert repository.load_workshop(french_workshop_id).title == "Atelier « R »"
    assert main_window.bridge.session.undo_label == "edit title"
    assert main_window.bridge.session.redo_label == "edit title"
