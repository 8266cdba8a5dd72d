"""Alt+letter of a label puts the cursor in its field, on every page in both languages.

Found in the French walkthrough: Alt+B (« Début ») and Alt+N (« Fin ») did nothing, as the
label's buddy was a container that takes no focus itself (QLabel only moves the focus to a
buddy that accepts it), so the cycle's dates could not be reached by their letters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from okr_workshop.app.samples import add_samples
from okr_workshop.ui.main_window import MainWindow
from tests.ui.test_mnemonics import states, window_language  # noqa: F401 (fixture)
from tests.ui.test_workshop_window import mnemonic


def unreachable(window: MainWindow, area: QWidget) -> list[str]:
    """Labels of ``area`` whose Alt+letter leaves the focus outside their field."""
    missed = []
    for label in area.findChildren(QLabel):
        buddy, letter = label.buddy(), mnemonic(label.text())
        if buddy is None or letter is None or not label.isVisible() or not buddy.isEnabled():
            continue
        window.workshop_view.step_list.setFocus()
        key = getattr(Qt.Key, f"Key_{letter.upper()}", None)
        if key is None:
            continue
        # QTest sends the key through the shortcut map, as a keyboard does.
        ticks = [(box.isChecked(), box.isDown()) for box in area.findChildren(QAbstractButton)]
        QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        if ticks != [(box.isChecked(), box.isDown()) for box in area.findChildren(QAbstractButton)]:
            missed.append(f"{label.text()} clicks a box")  # animateClick: down at once
        focused = QApplication.focusWidget()
        if focused is None or not (focused is buddy or buddy.isAncestorOf(focused)):
            missed.append(label.text())
    return missed


def test_each_label_letter_puts_the_cursor_in_its_field(
    qtbot, window_language, repository, settings, prompts  # noqa: F811
):
    (workshop,) = add_samples(repository, (window_language,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_workshop(workshop.id)
    view = window.workshop_view
    missed = {}
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        found = unreachable(window, page)
        if found:
            missed[page.title()] = found
    assert missed == {}
