"""An unexpected error in the window (issue 17, point 5): written to the log with its
traceback, then told in a dialog naming the log, the window still running; never a second
dialog for the same error, never a loop when the dialog itself fails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QPushButton

from okr_workshop.app import app_log
from okr_workshop.ui import crash_reporter
from okr_workshop.ui.crash_dialog import CrashDialog
from okr_workshop.ui.crash_reporter import report_crashes, tell_fatal

# pytest-qt turns an exception in a slot into a test failure through its own hook; these
# tests are about ours.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log(tmp_path: Path):
    app_log.use_library(str(tmp_path / "library.sqlite3"))
    yield tmp_path / "logs" / "okr-workshop.log"
    app_log.use_library(None)


@pytest.fixture
def reporter(qapp, log):
    reporter = report_crashes(qapp, without_console=False)
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def _broken_button(main_window) -> QPushButton:
    """A button of the window whose slot raises, as a bug in a page would."""
    button = QPushButton("Broken", main_window)
    button.show()

    def save_the_vision() -> None:
        raise KeyError("« Vision 🚀 » <b>")

    button.clicked.connect(save_the_vision)
    return button


def _dialog_shown(qtbot, reporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    return reporter.dialog


def test_an_error_in_a_slot_is_logged_and_told_with_the_log_path(qtbot, main_window,
                                                                   reporter, log):
    button = _broken_button(main_window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)

    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in save_the_vision" in logged and "KeyError: '« Vision 🚀 » <b>'" in logged
    said = dialog.text()
    assert "Something went wrong" in said
    assert "every change is written to the library as you make it" in said
    assert str(log) in said
    assert dialog.path.isReadOnly() and dialog.path.text() == str(log)
    assert dialog.open_folder is not None and dialog.open_folder.isVisible()
    # The window goes on: the dialog is modal, the window still there, and Continue closes it.
    assert main_window.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert main_window.isVisible()


def test_the_same_error_again_is_only_logged(qtbot, main_window, reporter, log):
    button = _broken_button(main_window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # while the dialog is open
    dialog.accept()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # after: the same place again
    qtbot.wait(50)  # a dialog would be opened after the current event; none is
    assert reporter.dialog is None
    assert log.read_text(encoding="utf-8").count("in save_the_vision") == 3


def test_two_errors_at_once_make_one_dialog(qtbot, main_window, reporter, log):
    button = _broken_button(main_window)

    def another_bug() -> None:
        raise ValueError("another bug, in the same click")

    button.clicked.connect(another_bug)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = _dialog_shown(qtbot, reporter)
    qtbot.wait(50)
    assert [w for w in main_window.findChildren(CrashDialog) if w.isVisible()] == [first]
    logged = log.read_text(encoding="utf-8")
    assert "in save_the_vision" in logged and "in another_bug" in logged


def test_with_a_console_the_traceback_is_printed_there_too(qtbot, main_window, reporter, log,
                                                           capsys):
    qtbot.mouseClick(_broken_button(main_window), Qt.MouseButton.LeftButton)
    _dialog_shown(qtbot, reporter)
    assert "in save_the_vision" in capsys.readouterr().err


def test_a_failing_dialog_is_logged_not_retried(qtbot, main_window, reporter, log,
                                                monkeypatch):
    def broken_dialog(*_args, **_kwargs):
        raise RuntimeError("the dialog broke")

    monkeypatch.setattr(crash_reporter, "CrashDialog", broken_dialog)
    qtbot.mouseClick(_broken_button(main_window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "the crash dialog itself failed" in log.read_text(encoding="utf-8"))
    assert reporter.dialog is None
    assert log.read_text(encoding="utf-8").count("RuntimeError: the dialog broke") == 1


def test_a_log_that_cannot_be_written_shows_the_details_instead(qtbot, main_window, reporter,
                                                                 log):
    log.parent.parent.mkdir(exist_ok=True)
    log.parent.write_text("a file where the logs folder should be")
    qtbot.mouseClick(_broken_button(main_window), Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)
    assert "could not be written to the log" in dialog.text()
    assert "KeyError" in dialog.details.toPlainText()


def test_the_dialog_speaks_french(qtbot, french_ui, main_window, reporter, log):
    qtbot.mouseClick(_broken_button(main_window), Qt.MouseButton.LeftButton)
    dialog = _dialog_shown(qtbot, reporter)
    said = dialog.text()
    assert "Un problème est survenu" in said
    assert "chaque modification est enregistrée dans la bibliothèque" in said
    assert str(log) in said
    assert dialog.close_button.text() == "&Continuer"


def test_an_error_that_stops_the_start_is_told_and_waits(qapp, log, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: shown.append(dialog.text()) or 0)
    try:
        raise OSError("no room to build the window")
    except OSError as error:
        tell_fatal(qapp, error)
    assert "cannot start" in shown[0] and str(log) in shown[0]
    assert "OSError: no room to build the window" in log.read_text(encoding="utf-8")


def test_without_a_console_qt_warnings_go_to_the_log(qapp, log):
    reporter = report_crashes(qapp, without_console=True)
    try:
        qWarning("a Qt warning nobody would see")
    finally:
        reporter.uninstall()
    assert "Qt warning: a Qt warning nobody would see" in log.read_text(encoding="utf-8")


def test_the_hook_is_put_back(qapp, log):
    before = sys.excepthook
    reporter = report_crashes(qapp, without_console=False)
    assert sys.excepthook != before
    reporter.uninstall()
    assert sys.excepthook == before


def test_a_long_log_path_is_shown_whole(qtbot):
    long = Path("/home/claire-anne.dupont-de-la-roche/.local/share/OKR Workshop/logs/"
                "okr-workshop.log")
    dialog = CrashDialog(long, "details", fatal=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.path
    assert field.width() >= field.fontMetrics().horizontalAdvance(str(long))


def test_a_dialog_shown_over_a_progress_dialog_outlives_it(qtbot, main_window, reporter, log):
    """The export's progress dialog deletes itself when the export ends: the crash dialog
    opened meanwhile stays, and the next error is told again."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QProgressDialog

    progress = QProgressDialog("Exporting the deck…", "Cancel", 0, 0, main_window)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    qtbot.waitExposed(progress)

    def first() -> None:
        raise RuntimeError("first bug")

    QTimer.singleShot(0, first)
    dialog = _dialog_shown(qtbot, reporter)
    assert dialog.parent() is main_window
    progress.hide()
    progress.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)
    assert reporter.dialog is dialog and dialog.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None)

    def second() -> None:
        raise ValueError("second, different bug")

    QTimer.singleShot(0, second)
    assert _dialog_shown(qtbot, reporter).isVisible()
