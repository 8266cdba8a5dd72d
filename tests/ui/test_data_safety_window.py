"""The window keeps its promise about data: one window per library, a damaged library set
aside with an offer to restore, a refused save shown and retried, backups while editing,
and everything folded into the file at logout and close."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.app.library_file import library_backups, open_library_file
from okr_workshop.app.samples import add_samples, sample_workshop
from okr_workshop.domain.model import Language, Step
from okr_workshop.storage.backups import backup_folder
from okr_workshop.storage.lock import lock_path
from okr_workshop.ui.application import build_window
from okr_workshop.ui.pages.setup_page import SetupPage
from tests.ui.keyboard import press, type_text
from tests.ui.library_window import opened_window, with_samples

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"




def _wal_size(library: Path) -> int:
    wal = library.with_name(library.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_the_window_holds_the_library_and_lets_go_on_close(qtbot, library, prompts, settings):
    with_samples(library)
    window = opened_window(qtbot, library, prompts, settings)
    assert window is not None and window.library.writer
    assert lock_path(library).exists()
    assert window.home.model.rowCount() == 2
    window.close()
    assert window.library.closed
    assert not lock_path(library).exists()
    assert _wal_size(library) == 0, "the log is folded into the file"


def test_a_second_window_on_the_same_library_is_told_so(qtbot, library, prompts, settings):
    first = opened_window(qtbot, library, prompts, settings)
    assert first is not None
    second = build_window(str(library), prompts, settings)
    assert second is None
    ((kind, text),) = prompts.asked
    assert kind == "error"
    assert "Cannot open the library" in text and "already open in OKR Workshop" in text
    first.close()


def _damage(library: Path) -> bytes:
    damaged = library.read_bytes()[:3000]
    library.write_bytes(damaged)
    return damaged


def test_a_damaged_library_is_set_aside_and_the_backup_restored(
    qtbot, library, prompts, settings
):
    with_samples(library)
    damaged = _damage(library)
    prompts.answers = [True]
    window = opened_window(qtbot, library, prompts, settings)
    assert window is not None
    ((kind, question),) = prompts.asked
    assert kind == "confirm" and question == "The library was damaged"
    assert window.home.model.rowCount() == 2
    (aside,) = library.parent.glob("library-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    window.close()


def test_declining_the_restore_changes_nothing_more(qtbot, library, prompts, settings):
    with_samples(library)
    damaged = _damage(library)
    backups_before = library_backups(library)
    prompts.answers = [False]
    assert build_window(str(library), prompts, settings) is None
    assert not library.exists()
    (aside,) = library.parent.glob("library-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    assert library_backups(library) == backups_before


def test_a_damaged_library_without_backups_starts_empty_and_says_why(
    qtbot, library, prompts, settings
):
    with_samples(library)
    damaged = _damage(library)
    for backup in backup_folder(library).iterdir():
        backup.unlink()
    window = opened_window(qtbot, library, prompts, settings)
    assert window is not None
    ((kind, text),) = prompts.asked
    assert kind == "error" and "No backup can bring it back" in text
    assert "moved, unchanged" in text
    assert window.home.model.rowCount() == 0
    (aside,) = library.parent.glob("library-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    window.close()


def _open_setup(qtbot, window, monkeypatch) -> SetupPage:
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SetupPage])
    french = next(
        s.id for s in window.repository.list_workshops() if s.title == "Atelier OKR — T1 2027"
    )
    window.open_workshop(french)
    window.workshop_view.go_to(Step.SETUP)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.workshop_view.current_page()


def test_a_refused_save_is_shown_and_retried(qtbot, library, prompts, settings, monkeypatch):
    with_samples(library)
    window = opened_window(qtbot, library, prompts, settings)
    page = _open_setup(qtbot, window, monkeypatch)
    window.repository.db.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(library, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        edit = page.workshop_form.facilitator_edit
        edit.setFocus()
        press(edit, Qt.Key.Key_A, Ctrl)
        type_text(edit, "Zoé")
        press(edit, Qt.Key.Key_Return)
        assert window.save_state.text() == "Last change NOT saved"
        assert "busy in another program" in window.statusBar().currentMessage()
        assert window.retry_button.isVisible()
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
        assert window.save_state.text() == "Last change NOT saved", "still held"
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert window.save_state.text() == "All changes saved"
    assert not window.retry_button.isVisible()
    workshop = window.bridge.session.workshop
    assert window.repository.load_workshop(workshop.id).facilitator == "Zoé"
    window.close()


def test_a_field_being_typed_is_saved_when_the_window_closes(
    qtbot, library, prompts, settings, monkeypatch
):
    with_samples(library)
    window = opened_window(qtbot, library, prompts, settings)
    page = _open_setup(qtbot, window, monkeypatch)
    edit = page.workshop_form.organisation_edit
    edit.setFocus()
    press(edit, Qt.Key.Key_A, Ctrl)
    type_text(edit, "Boulangeries Léon")  # no Enter: the person closes the window
    workshop_id = window.bridge.session.workshop.id
    window.close()
    reopened = open_library_file(library, writer=False)
    try:
        assert reopened.repository.load_workshop(workshop_id).organisation == "Boulangeries Léon"
    finally:
        reopened.close()


def test_backups_while_editing_and_a_flush_at_logout(qtbot, library, prompts, settings):
    with_samples(library)
    window = opened_window(qtbot, library, prompts, settings)
    keeper = window.keeper
    later = datetime.now(UTC) + timedelta(minutes=31)
    count = len(library_backups(library))
    keeper.tick(later)
    assert len(library_backups(library)) == count, "nothing changed since the one at open"
    for language in Language:  # two more workshops (add_samples would see them there)
        window.repository.add_workshop(sample_workshop(language))
    assert _wal_size(library) > 0
    keeper.tick(later)
    assert len(library_backups(library)) == count + 1
    assert library_backups(library)[0].workshop_count == 4
    keeper.commit_data(None)  # the session manager asks before logging out
    assert _wal_size(library) == 0
    assert not window.library.closed and len(window.repository.list_workshops()) == 4
    window.close()


def test_a_failed_backup_is_said_in_the_status_bar(qtbot, library, prompts, settings):
    window = opened_window(qtbot, library, prompts, settings)
    add_samples(window.repository)
    folder = backup_folder(library)
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    window.keeper.tick(datetime.now(UTC) + timedelta(hours=1))
    assert "could not be written" in window.statusBar().currentMessage()
    assert len(window.repository.list_workshops()) == 2
    window.close()
