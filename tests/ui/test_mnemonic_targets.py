"""Each label's Alt+letter puts the keyboard in the field it names, on every page.

Found in the English walkthrough: in the key-result form, Alt+B (Baseline) and Alt+I (Unit)
did nothing, and the figure typed next went into whatever field had the focus (the data
source); Alt+S / Alt+N (cycle dates) and Alt+U (due date) too. Their labels named a group
(a row of two fields, a check box with its date) that takes no focus itself; the clash test
(test_mnemonics.py) could not see it, since the letters were not shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.ui.main_window import MainWindow
from tests.ui.test_mnemonics import states
from tests.ui.test_mnemonics import window_language as window_language  # noqa: F401 (a fixture)
from tests.ui.test_workshop_window import mnemonic


def dead_letters(page: QWidget, where: str) -> list[str]:
    """The visible labels whose Alt+letter leaves the focus outside their buddy."""
    dead = []
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        letter = mnemonic(label.text())
        if buddy is None or not letter or not label.isVisible() or not buddy.isEnabled():
            continue
        start = QApplication.focusWidget() or page
        key = Qt.Key(ord(letter.upper()))
        QTest.keyClick(start, key, Qt.KeyboardModifier.AltModifier)
        focus = QApplication.focusWidget()
        if focus is None or not (focus is buddy or buddy.isAncestorOf(focus)):
            dead.append(f"{where}: {label.text()} → {type(focus).__name__}")
    return dead


def walk(qtbot, repository, settings, prompts, language) -> list[str]:
    (workshop,) = add_samples(repository, (language,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_workshop(workshop.id)
    view = window.workshop_view
    dead: list[str] = []
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        for state in states(page):
            dead += dead_letters(page, f"{page.title()} ({state})")
    return dead


def test_every_label_letter_reaches_its_field(
    qtbot, window_language, repository, settings, prompts
):
    assert walk(qtbot, repository, settings, prompts, window_language) == []


def test_the_letter_of_a_date_with_its_check_box_does_not_tick_it(
    qtbot, repository, settings, prompts
):
    """Alt+N ("Ends on") puts the focus on the check box; it must not click it: a click
    would clear the cycle's end date (QLabel clicks a button it is the buddy of)."""
    from datetime import date

    from okr_workshop.ui.pages.setup_page import SetupPage

    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_workshop(workshop.id)
    page = window.workshop_view.current_page()
    window.workshop_view.step_list.setCurrentRow(0)
    page = window.workshop_view.current_page()
    assert isinstance(page, SetupPage)
    end = repository.load_workshop(workshop.id).cycle_end
    assert isinstance(end, date)
    form = page.workshop_form
    form.title_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.title_edit)
    QTest.keyClick(form.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.end_date.check
    assert not form.end_date.check.isDown()  # a click on its way (animateClick) is pressed
    assert form.end_date.check.isChecked()
    assert repository.load_workshop(workshop.id).cycle_end == end
