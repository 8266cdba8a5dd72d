"""A milestone ("done or not yet") is set on the key result in the form, by keyboard, undoable
(issue 13: every field of the model can be changed in the window; the round's own tests show
it asks done / not yet for a milestone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import press, type_text
from tests.ui.test_kr_change import FLOUR, page, stored  # noqa: F401  (the fixture)

Alt = Qt.KeyboardModifier.AltModifier
Ctrl = Qt.KeyboardModifier.ControlModifier


def test_a_key_result_is_made_a_milestone_with_the_keyboard_and_undone(
    qtbot, page, main_window, repository, french_workshop_id  # noqa: F811
):
    editor = page.editor
    type_text(editor.sentence, "Ouvrir la boutique en ligne « bio » 🌾")
    press(editor.sentence, Qt.Key.Key_Return)
    assert not editor.milestone.isChecked()
    qtbot.keyClick(editor, Qt.Key.Key_U, Alt)  # D&ue date, then Tab to the milestone
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if not editor.milestone.hasFocus():  # the date's own field when a due date is set
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.milestone.hasFocus()
    press(editor.milestone, Qt.Key.Key_Space)
    assert stored(repository, french_workshop_id).milestone is True
    assert editor.milestone.isChecked()

    main_window.workshop_view.current_page().setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Ctrl)
    assert stored(repository, french_workshop_id).milestone is False
    assert not editor.milestone.isChecked()
    qtbot.keyClick(main_window, Qt.Key.Key_Y, Ctrl)
    assert stored(repository, french_workshop_id).milestone is True
    assert editor.milestone.isChecked()

