"""The Restitution step's choice: the main deck only (the all-hands story) or with its
appendix (the coach's diagnostics after it), by keyboard, remembered while the workshop is
open, and carried to the preview and the export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from okr_workshop.ui.pages.restitution_page import RestitutionPage
from okr_workshop.ui.widgets import deck_jobs
from tests.export.pdf_reading import all_text, reader
from tests.ui.keyboard import press
from tests.ui.test_restitution_page import open_step, wait_for_preview

Alt = Qt.KeyboardModifier.AltModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def no_worker_left(main_window):
    yield
    main_window.close()
    assert deck_jobs.wait_for_jobs(0)


@pytest.fixture
def page(qtbot, main_window, french_workshop_id) -> RestitutionPage:
    return open_step(qtbot, main_window, french_workshop_id)


def test_the_main_deck_is_shown_first_and_alt_a_adds_the_appendix(qtbot, main_window, page):
    options = page.options
    assert options.main_only.isChecked() and not options.appendix()
    assert not options.boxes["health"].isEnabled()  # an appendix section: not without it
    text = all_text(reader(wait_for_preview(qtbot, page)))
    assert "Qui a participé" in text and "Annexe" not in text
    QTest.keyClick(options.language, Qt.Key.Key_A, Alt)
    qtbot.waitUntil(options.appendix)  # a mnemonic clicks its button a moment later
    assert options.boxes["health"].isEnabled() and options.boxes["health"].isChecked()
    text = all_text(reader(wait_for_preview(qtbot, page)))
    assert "Annexe" in text and "Ni retenus ni mis au parking" in text
    assert text.index("Annexe") > text.index("Qui a participé")
    # An edit reloads the options: the choice stays.
    team = main_window.bridge.workshop.teams[0]
    assert main_window.bridge.edit(lambda s: s.update("rename", team, name="Équipe Alpha"))
    assert options.appendix()
    assert "Annexe" in all_text(reader(wait_for_preview(qtbot, page)))
    QTest.keyClick(options.language, Qt.Key.Key_D, Alt)
    qtbot.waitUntil(options.main_only.isChecked)
    assert not options.boxes["health"].isEnabled()
    assert "Annexe" not in all_text(reader(wait_for_preview(qtbot, page)))


def test_the_export_carries_the_choice(qtbot, page, prompts, tmp_path):
    wait_for_preview(qtbot, page)
    QTest.keyClick(page.options.language, Qt.Key.Key_A, Alt)
    qtbot.waitUntil(page.options.appendix)
    preview = wait_for_preview(qtbot, page)
    target = tmp_path / "with appendix.pdf"
    prompts.answers.append(target)
    press(page.options.language, Qt.Key.Key_E, Ctrl | Shift)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text())
    exported = reader(target.read_bytes())
    assert len(exported.pages) == len(reader(preview).pages)
    assert "Annexe" in all_text(exported)


def test_the_step_reads_natively_in_english(qtbot, main_window, page):
    assert main_window.workshop_view.step_list.currentItem().text() == "7. Presentation"
    assert page.title() == "Presentation"
