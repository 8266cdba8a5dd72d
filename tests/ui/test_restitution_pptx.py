"""Restitution: "Export as PowerPoint…", on the deck's own look or the company template
chosen beside it, in the background like the PDF, a bad template refused at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import Qt

from okr_workshop.ui.widgets import deck_jobs
from tests.export.test_deck_pptx_template import company_template
from tests.ui.keyboard import press
from tests.ui.test_restitution_page import open_step, wait_for_preview

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def no_worker_left(main_window):
    yield
    main_window.close()
    assert deck_jobs.wait_for_jobs(0)


@pytest.fixture
def page(qtbot, main_window, french_workshop_id):
    return open_step(qtbot, main_window, french_workshop_id)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_ctrl_shift_w_exports_the_deck_as_powerpoint(qtbot, page, prompts, out):
    wait_for_preview(qtbot, page)
    prompts.answers.append(out / "bilan")  # the extension is added
    press(page.options.language, Qt.Key.Key_W, Ctrl | Shift)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text(), timeout=20_000)
    assert prompts.asked == [("save_file", "Export as PowerPoint")]
    target = out / "bilan.pptx"
    assert str(target) in page.result.text()
    deck = Presentation(str(target))
    assert len(deck.slides) == page.preview.model.rowCount()
    assert deck.core_properties.language == "fr"
    assert sorted(p.name for p in out.iterdir()) == ["bilan.pptx"]


def test_on_the_company_template_chosen_beside_it(qtbot, page, prompts, out, tmp_path):
    template = tmp_path / "société.pptx"
    company_template(template)
    assert "none" in page.powerpoint.template_label.text()
    assert not page.powerpoint.clear_button.isVisible()
    prompts.answers.append(template)
    qtbot.mouseClick(page.powerpoint.choose_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [("open_file", "Choose the company's PowerPoint template")]
    assert "société.pptx" in page.powerpoint.template_label.text()
    assert page.powerpoint.clear_button.isVisible()
    prompts.answers.append(out / "deck.pptx")
    qtbot.mouseClick(page.powerpoint.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text(), timeout=20_000)
    deck = Presentation(str(out / "deck.pptx"))
    assert deck.slide_width == Presentation(str(template)).slide_width
    qtbot.mouseClick(page.powerpoint.clear_button, Qt.MouseButton.LeftButton)
    assert page.powerpoint.template is None and "none" in page.powerpoint.template_label.text()


def test_a_file_that_is_no_template_is_refused_when_chosen(qtbot, page, prompts, tmp_path):
    bad = tmp_path / "compte rendu.pptx"
    bad.write_text("pas une présentation")
    prompts.answers.append(bad)
    qtbot.mouseClick(page.powerpoint.choose_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1][0] == "error"
    assert "compte rendu.pptx" in prompts.asked[-1][1] and "Traceback" not in prompts.asked[-1][1]
    assert page.powerpoint.template is None


def test_no_section_ticked_no_powerpoint(qtbot, page):
    for box in page.options.boxes.values():
        box.setChecked(False)
    assert not page.powerpoint.action.isEnabled() and not page.powerpoint.button.isEnabled()


def test_the_speaker_notes_box_makes_the_pdf_a_handout(qtbot, page, prompts, out,
                                                       monkeypatch):
    from okr_workshop.app import export_deck as use_cases

    called = []

    def handout(workshop, path, language=None, sections=(), progress=None, *,
                appendix=True):
        called.append(path)
        return use_cases.export_handout(workshop, path, language, sections, progress,
                                        appendix=appendix)

    monkeypatch.setattr("okr_workshop.ui.pages.restitution_page.export_handout", handout)
    box = page.powerpoint.handout
    assert box.isVisible() and not box.isChecked()
    box.setFocus()
    press(box, Qt.Key.Key_Space)
    assert box.isChecked()
    prompts.answers.append(out / "avec notes.pdf")
    qtbot.mouseClick(page.export_deck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deck saved" in page.result.text(), timeout=20_000)
    assert called == [out / "avec notes.pdf"] and (out / "avec notes.pdf").is_file()
