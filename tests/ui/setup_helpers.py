"""Shared by the Setup step tests: the page open in the window, and a person's gestures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from okr_workshop.domain.model import Step
from okr_workshop.ui.pages.setup_page import SetupPage
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CLICK_AND_COLLECT = "Click & Collect"


@pytest.fixture(name="page")
def page_fixture(qtbot, main_window, french_workshop_id, monkeypatch) -> SetupPage:
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


def button(widget, text: str):
    found = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, text
    return found[0]
