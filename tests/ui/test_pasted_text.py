"""Issue 16, points 7 and 16 in the window: text pasted from a terminal, a PDF or a web
page loses its control characters (and, in a one-line field, its line breaks) before it
is shown, so nothing a terminal would obey is saved; a title that shows nothing is not
saved, and the status bar says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from okr_workshop.ui.pages.vision_page import VisionPage
from tests.ui.keyboard import press
from tests.ui.setup_helpers import (  # noqa: F401 - page_fixture provides `page`
    Ctrl,
    page_fixture,
    stored,
)

HOSTILE = "Évolution\x1b]0;pwned\x07 du\x1b[2J\nCA\r\n\tT1 🚀\x00"


def _paste(edit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    press(edit, Qt.Key.Key_V, Ctrl)


def test_a_title_pasted_from_a_terminal_is_saved_on_one_line_without_controls(
        page, repository, french_workshop_id):
    edit = page.workshop_form.title_edit
    _paste(edit, HOSTILE)
    assert edit.text() == "Évolution]0;pwned du[2J CA  T1 🚀"
    press(edit, Qt.Key.Key_Return)
    assert stored(repository, french_workshop_id).title == "Évolution]0;pwned du[2J CA  T1 🚀"


def test_the_cursor_stays_after_the_pasted_text(page):
    edit = page.workshop_form.organisation_edit
    edit.setFocus()
    edit.setText("AB")
    edit.setCursorPosition(1)
    QApplication.clipboard().setText("\x1b[1mx\ny")
    press(edit, Qt.Key.Key_V, Ctrl)
    assert (edit.text(), edit.cursorPosition()) == ("A[1mx yB", 7)


def test_a_title_that_shows_nothing_is_not_saved_and_the_window_says_so(
        page, main_window, repository, french_workshop_id):
    before = stored(repository, french_workshop_id).title
    edit = page.workshop_form.title_edit
    _paste(edit, "\u200b\u2060\ufeff")
    press(edit, Qt.Key.Key_Return)
    assert stored(repository, french_workshop_id).title == before
    assert main_window.save_state.text() == "Last change NOT saved"
    assert main_window.statusBar().currentMessage() == \
        "Not saved: This text cannot be empty."


@pytest.fixture
def vision_page(qtbot, main_window, french_workshop_id, monkeypatch) -> VisionPage:
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [VisionPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.VISION)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return main_window.workshop_view.current_page()


def test_a_pasted_paragraph_keeps_its_lines_and_loses_its_controls(
        vision_page, repository, french_workshop_id):
    edit = vision_page.vision_edit
    _paste(edit, "Notre vision\x1b[31m\r\n\tservir\x0cmieux\x07")
    assert edit.text() == "Notre vision[31m\n\tservirmieux"
    press(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert stored(repository, french_workshop_id).vision == "Notre vision[31m\n\tservirmieux"


def test_a_key_result_sentence_pasted_on_several_lines_is_one_line(qtbot):
    from okr_workshop.ui.widgets.field_lengths import limited
    from okr_workshop.ui.widgets.form_rows import wrapped_edit

    edit = limited(wrapped_edit("sentenceEdit", 2, 5), "key_result", "text")
    qtbot.addWidget(edit)
    edit.show()
    _paste(edit, "Passer de 10\x1b[2J\nà 20\u2028clients\x00")
    assert edit.text() == "Passer de 10[2J à 20 clients"
