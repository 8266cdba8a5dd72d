"""Opening an exchange file with the app (issue 17, point 7): the window started with a file
(what `okr-workshop x.okrw` and a double-click do) or sent one by macOS (QFileOpenEvent) asks
before importing it; a bad file is said as File › Import… says it, the library untouched."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QLabel, QMessageBox

from okr_workshop.app.formats import use_region
from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language
from okr_workshop.storage.exchange import write_workshop_file
from okr_workshop.ui.application import open_window
from okr_workshop.ui.language import remember_language, uninstall_language
from okr_workshop.ui.open_file import FileOpener
from tests.ui.library_window import with_samples

# User text is data: markup-looking text and an emoji in the title, accents in the file name.
TITLE = "« Cœur » <b>T1</b> & co 🚀"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def exchange_file(tmp_path: Path) -> Path:
    path = tmp_path / "Atelier été.okrw"
    write_workshop_file(dataclasses.replace(sample_workshop(Language.FRENCH), title=TITLE), path)
    return path


@pytest.fixture
def started(qtbot, qapp, library, prompts, settings):
    """``started(file)``: the window as `okr-workshop FILE` opens it (the function start()
    runs before the event loop), on a private library and settings, in English."""
    before = QLocale()
    remember_language(settings, Language.ENGLISH)

    def start(import_file: Path | None = None):
        window = open_window(qapp, str(library), import_file, prompts, settings)
        if window is not None:
            qtbot.addWidget(window)
            qtbot.waitUntil(lambda: not window.library.opening_backup_pending)
        return window

    yield start
    uninstall_language()
    QLocale.setDefault(before)
    use_region(None)


def titles(library: Path) -> list[str]:
    opened = open_library_file(library)
    try:
        return sorted(s.title for s in opened.repository.list_workshops())
    finally:
        opened.close()


def confirmation(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.file_opener.dialog is not None)
    box = window.file_opener.dialog
    assert box.isVisible() and box.parent() is window
    return box


def button(box: QMessageBox, text: str):
    (found,) = [b for b in box.buttons() if b.text() == text]
    return found


def test_the_file_is_imported_once_confirmed_and_selected(started, exchange_file, qtbot):
    window = started(exchange_file)
    box = confirmation(qtbot, window)
    assert box.text() == f"Import the workshop “{TITLE}” from {exchange_file.name}?"
    assert box.informativeText().startswith("It has 8 teams.")
    assert str(exchange_file.parent) in box.informativeText()
    assert window.repository.list_workshops() == []  # nothing before the answer
    # What is on screen: the title as typed, its "<b>" shown, not obeyed.
    shown = [label for label in box.findChildren(QLabel) if TITLE in label.text()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in box.findChildren(QLabel)
               if str(exchange_file.parent) in label.text())

    qtbot.mouseClick(button(box, "&Import"), Qt.MouseButton.LeftButton)

    (added,) = window.repository.list_workshops()
    assert added.title == TITLE and added.team_count == 8
    assert window.home.selected_id() == added.id
    assert window.home.message.text() == f"“{TITLE}” was imported."
    assert window.file_opener.dialog is None
    window.close()
    assert titles(window.library.path) == [TITLE]


def test_cancel_leaves_the_library_as_it_was(started, library, exchange_file, qtbot):
    with_samples(library)
    before = titles(library)
    window = started(exchange_file)
    box = confirmation(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.file_opener.dialog is None
    assert window.home.model.rowCount() == 2
    window.close()
    assert titles(library) == before


def test_escape_cancels_too(started, exchange_file, qtbot):
    window = started(exchange_file)
    box = confirmation(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.file_opener.dialog is None
    assert window.repository.list_workshops() == []


def test_a_bad_file_is_said_as_the_import_dialog_says_it(started, library, prompts, tmp_path,
                                                         qtbot):
    with_samples(library)
    before = titles(library)
    bad = tmp_path / "cassé.okrw"
    bad.write_text('{"format": "okr-workshop", "version": 1, "workshop": {', encoding="utf-8")
    window = started(bad)
    qtbot.waitUntil(lambda: bool(prompts.asked))
    ((kind, said),) = prompts.asked
    assert kind == "error" and said.startswith("Cannot import this file: ")
    assert "Traceback" not in said and "\n" not in said
    assert window.file_opener.dialog is None  # no question about a file that cannot come in

    prompts.answers.append(bad)  # the same file through File › Import…
    window.home.home_actions.import_action.trigger()
    assert prompts.asked[-1] == ("error", said)
    window.close()
    assert titles(library) == before


def test_a_second_start_with_a_file_says_where_to_import_it(started, library, exchange_file,
                                                           prompts):
    first = started()
    assert first is not None
    assert started(exchange_file) is None
    ((kind, said),) = prompts.asked
    assert kind == "error"
    # The lock's own sentence says who holds the library (a window or a command, where).
    assert said.startswith("The workshop library is in use: The library “")
    assert "is already open in OKR Workshop (process " in said
    assert str(exchange_file) in said and "File › Import…" in said
    first.close()
    assert titles(library) == []


def test_a_file_sent_by_macos_asks_the_same(started, exchange_file, qapp, qtbot):
    window = started()
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(exchange_file)))
    box = confirmation(qtbot, window)
    assert TITLE in box.text()
    qtbot.mouseClick(button(box, "&Import"), Qt.MouseButton.LeftButton)
    (added,) = window.repository.list_workshops()
    assert window.home.selected_id() == added.id


def test_a_file_sent_while_a_workshop_is_open_opens_the_imported_one(
    started, library, exchange_file, qapp, qtbot
):
    with_samples(library)
    window = started()
    window.open_workshop(window.repository.list_workshops()[0].id)
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(exchange_file)))
    qtbot.mouseClick(button(confirmation(qtbot, window), "&Import"), Qt.MouseButton.LeftButton)
    assert window.workshop_view is not None
    assert window.bridge.workshop.title == TITLE


def test_files_sent_before_the_window_wait_for_it(started, exchange_file, tmp_path, qapp,
                                                  qtbot):
    early = FileOpener(qapp)
    second = tmp_path / "second.okrw"
    write_workshop_file(sample_workshop(Language.ENGLISH), second)
    for path in (exchange_file, second):
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(path)))
    qapp.processEvents()
    assert early.dialog is None  # no window yet: queued

    window = started()
    early.attach(window)
    qtbot.waitUntil(lambda: early.dialog is not None)
    assert TITLE in early.dialog.text()
    qtbot.mouseClick(button(early.dialog, "&Import"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: early.dialog is not None)  # one at a time, in order
    assert "Q1 2027 OKR workshop" in early.dialog.text()
    qtbot.mouseClick(button(early.dialog, "&Import"), Qt.MouseButton.LeftButton)
    assert len(window.repository.list_workshops()) == 2


def test_the_question_is_french_in_a_french_window(started, settings, exchange_file, qtbot):
    remember_language(settings, Language.FRENCH)
    window = started(exchange_file)
    box = confirmation(qtbot, window)
    nbsp = "\u00a0"
    name = exchange_file.name
    assert box.text() == f"Importer l’atelier «{nbsp}{TITLE}{nbsp}» depuis le fichier {name}{nbsp}?"
    assert box.informativeText().startswith("Il compte 8\u00a0équipes.")
    assert button(box, "&Importer")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
