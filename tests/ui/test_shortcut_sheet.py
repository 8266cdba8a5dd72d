"""The keyboard help (issue 15, point 6): F1 or Ctrl+/ lists every shortcut that works on
the page on screen, grouped, in the window's language, searchable, closed with Esc."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from okr_workshop.ui.room import key_help
from okr_workshop.ui.room.shortcut_sheet import ShortcutSheet
from tests.ui.keyboard import type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_sheet(qtbot, window, key=Qt.Key.Key_F1, modifiers=Qt.KeyboardModifier.NoModifier):
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)
    sheet = window.findChild(ShortcutSheet)
    assert sheet is not None and sheet.isVisible()
    return sheet


def actions_of(sheet: ShortcutSheet) -> set[str]:
    return {action for _, _, action in sheet.rows()}


def close(qtbot, sheet: ShortcutSheet) -> None:
    qtbot.keyClick(sheet.tree, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    QCoreApplication.sendPostedEvents(None, 0)  # deleted on close


def test_f1_and_ctrl_slash_list_what_works_on_this_page(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.FOCUS)
    sheet = open_sheet(qtbot, main_window)
    on_focus = sheet.rows()
    groups = {group for group, _, _ in on_focus}
    assert groups == {"This page", "The room", "Window"}
    assert ("This page", "Ctrl+Up", "+1 vote") in on_focus
    assert ("This page", "Ctrl+1", "Choose team 1") in on_focus
    assert ("Window", "F1, Ctrl+/", "Keyboard shortcuts") in on_focus
    assert ("The room", "F9", "Facilitator’s notes") in on_focus
    assert ("The room", "B", "Audience view: black screen, or back") in on_focus
    assert "Add" not in actions_of(sheet)
    assert ("This page", "Ctrl+K", "Keep") in on_focus
    assert all(keys and action for _, keys, action in on_focus)  # nothing nameless
    close(qtbot, sheet)

    view.go_to(Step.VISION)
    view.current_page().focus_first()
    sheet = open_sheet(qtbot, main_window, Qt.Key.Key_Slash, Ctrl)
    on_vision = sheet.rows()
    assert ("This page", "Ins", "Add") in on_vision
    assert "+1 vote" not in actions_of(sheet)
    assert "Choose team 1" not in actions_of(sheet)
    close(qtbot, sheet)


def plain(text: str) -> str:
    return text.replace("&", "")


def test_the_home_page_has_its_own_sheet(qtbot, main_window, french_workshop_id):
    main_window.home.refresh()
    sheet = open_sheet(qtbot, main_window)
    assert ("This page", "Ctrl+F", "Find") in sheet.rows()
    assert ("Window", "Ctrl+N", "New workshop…") in sheet.rows()
    assert ("Window", "Ctrl+D", "Duplicate for the next cycle…") in sheet.rows()
    assert "Facilitator’s notes" not in actions_of(sheet)  # no workshop open: no room
    assert "The room" not in {group for group, _, _ in sheet.rows()}
    close(qtbot, sheet)


def test_the_sheet_is_searchable(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.FOCUS)
    sheet = open_sheet(qtbot, main_window)
    sheet.search.setFocus()
    type_text(sheet.search, "vote")
    assert {action for _, _, action in sheet.rows()} == {"+1 vote", "−1 vote"}
    sheet.search.clear()
    type_text(sheet.search, "ctrl+k")  # the keys are searched too
    assert "Keep" in actions_of(sheet)
    sheet.search.clear()
    type_text(sheet.search, "zzz")
    assert sheet.rows() == [] and sheet.nothing.isVisible()
    sheet.search.clear()
    assert len(sheet.rows()) > 10 and not sheet.nothing.isVisible()
    close(qtbot, sheet)


def test_a_declared_key_is_listed_in_the_room(qtbot, main_window, french_workshop_id,
                                               monkeypatch):
    monkeypatch.setattr(key_help, "_declared", list(key_help._declared))
    key_help.declare_key("Ctrl+Shift+T", lambda: "Ring the test bell", owner="test",
                         steps={Step.FOCUS})
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.FOCUS)
    sheet = open_sheet(qtbot, main_window)
    assert ("The room", "Ctrl+Shift+T", "Ring the test bell") in sheet.rows()
    close(qtbot, sheet)
    main_window.workshop_view.go_to(Step.VISION)
    sheet = open_sheet(qtbot, main_window)
    assert "Ring the test bell" not in actions_of(sheet)
    close(qtbot, sheet)


def test_the_sheet_speaks_french_in_a_french_window(
    qtbot, french_ui, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    # Two edits, one undone: Undo and Redo both work, and Redo is Ctrl+Shift+Z.
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier A"))
    main_window.bridge.edit(lambda s: s.update_workshop("edit title", title="Atelier B"))
    main_window.undo_action.trigger()
    main_window.workshop_view.go_to(Step.FOCUS)
    sheet = open_sheet(qtbot, main_window)
    assert sheet.windowTitle() == "Raccourcis clavier"
    rows = sheet.rows()
    assert {group for group, _, _ in rows} == {"Cette page", "La salle", "Fenêtre"}
    assert ("Cette page", "Ctrl+Haut", "+1 vote") in rows
    assert ("Fenêtre", "Ctrl+Maj+Z, Ctrl+Y", "Rétablir\u00a0: edit title") in rows
    # The library's Ctrl+D works on the library only: not listed over a workshop.
    assert "Dupliquer pour le cycle suivant…" not in actions_of(sheet)
    assert "Nouvel atelier…" in actions_of(sheet)  # from the File menu, anywhere
    assert ("La salle", "F9", "Notes d’animation") in rows
    leave = "Vue de la salle\u00a0: quitter (sur la vue de la salle)"
    assert ("La salle", "Échap", leave) in rows
    close(qtbot, sheet)


def test_every_shortcut_in_the_window_has_a_name(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    for page in view.pages:  # every page built
        view.go_to(page.step)
    nameless = [
        [s.toString(NATIVE) for s in action.shortcuts()]
        for action in main_window.findChildren(QAction)
        if action.shortcuts() and not plain(action.text()).strip()
    ]
    nameless += [[s.toString(NATIVE) for s in shortcut.keys()]
                 for shortcut in main_window.findChildren(QShortcut)
                 if not shortcut.whatsThis().strip()]
    assert nameless == []
    assert len(main_window.findChildren(QAction)) > 30  # the walk reached the pages
