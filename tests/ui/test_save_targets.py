"""The window's save dialogs never write over the library (issue 16, point 6): the deck,
the PowerPoint, the posters, the exchange file, the run sheet, the calendar and the
check-ins each go through the app layer's one rule (app/output_guard.py), said in a
sentence naming the path; the file refused keeps its bytes."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import Step
from okr_workshop.ui.pages.restitution_page import RestitutionPage
from okr_workshop.ui.steering.check_in_round import CheckInRoundTab
from okr_workshop.ui.steering.rituals_tab import RitualsTab
from tests.ui.keyboard import press
from tests.ui.steering.steering_window import messy_workshop, open_tab, set_today
from tests.ui.test_restitution_page import open_step

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refusal(prompts) -> str:
    (said,) = [text for kind, text in prompts.asked if kind == "error"]
    assert "Traceback" not in said and "\n" not in said
    return said


@pytest.fixture
def library(repository) -> Path:
    return repository.path


def _restitution(qtbot, main_window, workshop_id) -> RestitutionPage:
    page = open_step(qtbot, main_window, workshop_id)
    qtbot.waitUntil(page.preview_is_current, timeout=20_000)  # the exports wait for it
    return page


def test_the_deck_is_never_saved_over_the_library_by_another_name(
        qtbot, main_window, prompts, library, french_workshop_id, tmp_path):
    page = _restitution(qtbot, main_window, french_workshop_id)
    before = _digest(library)
    hard_link = tmp_path / "elsewhere" / "bilan.pdf"  # the dialog adds no extension
    hard_link.parent.mkdir()
    os.link(library, hard_link)
    prompts.answers.append(hard_link)
    press(page.options.language, Qt.Key.Key_E, Ctrl | Shift)
    said = _refusal(prompts)
    assert said == (f"Export the deck: Nothing was written to “{hard_link}”: it belongs to "
                    "the library in use (the library itself, its backups, its lock or its "
                    "working files).")
    assert not page.exporter.busy() and not page.result.text()
    assert _digest(library) == before
    main_window.close()


def test_the_powerpoint_is_never_saved_over_another_library(qtbot, main_window, prompts,
                                                            library, french_workshop_id,
                                                            tmp_path):
    page = _restitution(qtbot, main_window, french_workshop_id)
    other = tmp_path / "archive" / "bilan.pptx"
    other.parent.mkdir()
    shutil.copyfile(library, other)
    before = _digest(other)
    prompts.answers.append(other)
    qtbot.mouseClick(page.powerpoint.button, Qt.MouseButton.LeftButton)
    assert "it is a database" in _refusal(prompts)
    assert _digest(other) == before
    main_window.close()


def test_posters_never_go_into_the_backups_folder(qtbot, main_window, prompts, library,
                                                  french_workshop_id):
    page = _restitution(qtbot, main_window, french_workshop_id)
    backups = library.parent / "backups"
    prompts.answers.append(backups)
    press(page.options.language, Qt.Key.Key_P, Ctrl | Shift)
    assert "belongs to the library in use" in _refusal(prompts)
    assert not backups.exists() or list(backups.iterdir()) == []
    main_window.close()


def test_the_exchange_file_is_never_saved_over_the_library_s_log(
        qtbot, main_window, prompts, library, french_workshop_id):
    home = main_window.home
    home.refresh()
    wal = library.with_name(library.name + "-wal")
    before = wal.read_bytes() if wal.exists() else None
    prompts.answers.append(wal)
    home.home_actions.export_action.trigger()
    assert f"“{wal}”" in _refusal(prompts)
    assert (wal.read_bytes() if wal.exists() else None) == before


def test_the_run_sheet_is_never_printed_over_a_read_only_file(
        qtbot, main_window, prompts, french_workshop_id, tmp_path):
    target = tmp_path / "déroulé.pdf"
    target.write_bytes(b"the signed one")
    target.chmod(0o444)
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.VISION)
    action = next(a for a in main_window.room_menu.actions()
                  if a.objectName() == "runSheetAction")
    action.trigger()
    dialog = view.room_run_sheet.dialog
    qtbot.waitExposed(dialog)
    prompts.answers.append(target)
    qtbot.mouseClick(dialog.buttons["print"], Qt.MouseButton.LeftButton)
    assert "the file is read-only" in _refusal(prompts)
    assert target.read_bytes() == b"the signed one"
    dialog.close()


@pytest.fixture
def steering(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    set_today(monkeypatch, date(2026, 12, 7))


def test_the_calendar_is_never_saved_through_a_link_to_the_library(
        qtbot, main_window, repository, prompts, library, monkeypatch, steering, tmp_path):
    tab = open_tab(qtbot, main_window, repository, messy_workshop(), RitualsTab, monkeypatch)
    qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    link = tmp_path / "agenda.ics"
    link.symlink_to(library)
    before = _digest(library)
    prompts.answers.append(link)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "belongs to the library in use" in _refusal(prompts)
    assert link.is_symlink() and _digest(library) == before


def test_the_check_ins_are_never_saved_into_a_folder_s_place(
        qtbot, main_window, repository, prompts, library, monkeypatch, steering, tmp_path):
    tab = open_tab(qtbot, main_window, repository, messy_workshop(), CheckInRoundTab,
                   monkeypatch)
    folder = tmp_path / "points.csv"
    folder.mkdir()
    prompts.answers.append(folder)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "it is a folder" in _refusal(prompts)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_the_refusal_is_said_in_french_in_a_french_window(
        french_ui, qtbot, main_window, prompts, library, french_workshop_id):
    home = main_window.home
    home.refresh()
    shm = library.with_name(library.name + "-shm")
    prompts.answers.append(shm)
    home.home_actions.export_action.trigger()
    said = _refusal(prompts)
    assert f"Rien n’a été écrit dans «\u00a0{shm}\u00a0»\u00a0: il appartient à la " \
           "bibliothèque utilisée" in said
