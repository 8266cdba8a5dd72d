"""Issue 11, point 13: on every page, in English and in French, each Alt+letter belongs to
one visible control (the menu bar's menus included), in every state the page can show:
a row selected, a key result with its due date ticked and a proposal offered, an export
done. Two controls sharing a letter make Alt+letter only move the focus between them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
from okr_workshop.ui.dialogs.next_cycle_dialog import NextCycleDialog
from okr_workshop.ui.language import install_language, uninstall_language
from okr_workshop.ui.main_window import MainWindow
from tests.ui.keyboard import press, type_text
from tests.ui.test_workshop_window import mnemonic


@pytest.fixture(params=[Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def window_language(request, qapp):
    before = QLocale()
    if request.param is Language.FRENCH:
        install_language(Language.FRENCH)
    yield request.param
    uninstall_language()
    QLocale.setDefault(before)


def clashes(window: MainWindow | None, area: QWidget) -> dict[str, list[str]]:
    """Alt+letters used twice: the menu bar's (when ``window``), and those of the visible
    buttons, labels with a buddy, tabs and group boxes of ``area``."""
    texts = [action.text() for action in window.menuBar().actions()] if window else []
    for widget in area.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())  # Alt+letter goes to the box's first field
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return {k: [t for t in texts if mnemonic(t) == k] for k, n in letters.items() if n > 1}


def states(page) -> Iterator[str]:
    """Put ``page`` in each state that shows other controls, naming it."""
    yield "as opened"
    for tabs in page.findChildren(QTabWidget):
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            yield f"tab {tab}"
    for view in ("table", "tree"):
        widget = getattr(page, view, None)
        if widget is not None and widget.model().rowCount() > 0:
            index = widget.model().index(0, 0)
            first = widget.model().index(0, 0, index)
            widget.setCurrentIndex(first if first.isValid() else index)
            widget.setFocus()
            yield f"first row of the {view}"
    editor = getattr(page, "editor", None)
    if editor is not None and editor.current() is not None:
        if not editor.due.check.isChecked():
            editor.due.check.setFocus()
            press(editor.due.check, Qt.Key.Key_Space)
        assert editor.due.check.isChecked()
        yield "due date ticked"
        editor.sentence.setFocus()
        editor.sentence.selectAll()
        type_text(editor.sentence, "Passer de 120 à 80 jours le délai moyen d’ici juin")
        assert editor.proposal.isVisible()
        yield "a proposal offered"
    parking = getattr(page, "parking_lot", None)
    if parking is not None:
        parking.all_teams.setChecked(True)
        yield "every team's parking lot"
    if hasattr(page, "_exported"):
        page._exported(Path("deck.pdf"))
        yield "a deck exported"
        page._exported([Path("poster.pdf")])
        yield "posters exported"


def test_each_alt_letter_means_one_thing_on_every_page_in_every_state(
    qtbot, window_language, repository, settings, prompts
):
    (workshop,) = add_samples(repository, (window_language,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shared = {}
    home = window.home
    shared["library"] = clashes(window, home)
    window.open_workshop(workshop.id)
    view = window.workshop_view
    seen = 0
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        for state in states(page):
            shared[f"{page.title()}: {state}"] = clashes(window, page)
            seen += 1
    assert seen > 15
    for name, dialog in (("new workshop", NewWorkshopDialog(window)),
                         ("next cycle", NextCycleDialog(window.bridge.workshop, window))):
        dialog.show()
        shared[name] = clashes(None, dialog)
        dialog.close()
    assert {where: found for where, found in shared.items() if found} == {}


def test_the_clash_detector_can_fail(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

    area = QWidget()
    qtbot.addWidget(area)
    row = QHBoxLayout(area)
    unit, direction = QLabel("Un&it:"), QLabel("D&irection:")
    for label in (unit, direction):
        label.setBuddy(QLineEdit())
        row.addWidget(label)
        row.addWidget(label.buddy())
    row.addWidget(QPushButton("&Undo"))
    row.addWidget(QGroupBox("&Unit"))
    hidden = QPushButton("&Iron")
    row.addWidget(hidden)
    hidden.hide()
    area.show()
    assert clashes(None, area) == {"i": ["Un&it:", "D&irection:"], "u": ["&Undo", "&Unit"]}
