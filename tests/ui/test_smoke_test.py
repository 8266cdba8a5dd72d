"""Issue 17, point 4: the smoke test fails loudly. A step that finds something wrong, one that
crashes, a Qt or Python warning and a run that hangs each end it with status 1 and a line on
stderr saying what failed (not a bare traceback), the temporary folder removed. Run in
process, one step made to fail by breaking what it checks."""

from __future__ import annotations

import tempfile
import threading
import time

import pytest
from PySide6.QtCore import QLocale, qWarning

from okr_workshop.app import smoke_checks
from okr_workshop.app.formats import use_region
from okr_workshop.app.smoke_run import SmokeFailure, SmokeRun
from okr_workshop.ui import smoke_test, smoke_window
from okr_workshop.ui.language import uninstall_language


@pytest.fixture
def temp(tmp_path, monkeypatch):
    """Where the smoke test makes (and must remove) its temporary folder."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_step_that_finds_a_fault_stops_the_run_with_status_1(qapp, capsys, temp,
                                                                 monkeypatch):
    def misread(sentences, lang):
        return [{"verdict": "ok", "findings": [],
                 "parsed": {"baseline": None, "target": 60, "unit": ""}}]

    monkeypatch.setattr(smoke_checks, "check_sentences", misread)
    assert smoke_test.run() == 1
    out, err = capsys.readouterr()
    assert err.startswith("FAILED  KR reader: the sentence was read as {'baseline': None")
    assert len(err.splitlines()) == 1, "a fault found is one line, without a traceback"
    assert out.splitlines() == ["ok  environment for opened programs (from source)",
                                "ok  temporary library (library.sqlite3)",
                                "ok  workshop (1 team, 1 objective, 1 KR, 4 rituals)",
                                "ok  samples (en, fr)"]
    assert list(temp.iterdir()) == []


def test_a_step_that_crashes_is_named_with_the_error_and_its_traceback(qapp, capsys, temp,
                                                                       monkeypatch):
    def missing_library(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'pptx'")

    monkeypatch.setattr(smoke_checks, "export_pptx", missing_library)
    assert smoke_test.run() == 1
    out, err = capsys.readouterr()
    first, *details = err.splitlines()
    assert first == "FAILED  deck PPTX: ModuleNotFoundError: No module named 'pptx'"
    assert details[0].startswith("Traceback") and "missing_library" in err
    assert "ok  deck PDF (" in out and "PPTX" not in out
    assert list(temp.iterdir()) == []


def _step(action):
    return ("a step", lambda run: action() or "done")


def test_a_qt_warning_fails_its_step_unless_it_is_a_known_harmless_one(qapp, capsys, temp):
    assert smoke_test.run([_step(lambda: qWarning("This plugin does not support raise()"))]) == 0
    assert capsys.readouterr().err == ""
    warned = [_step(lambda: qWarning("QFont: cannot load the font")), _step(lambda: None)]
    assert smoke_test.run(warned) == 1
    out, err = capsys.readouterr()
    assert err == "FAILED  a step: Qt warning: QFont: cannot load the font\n"
    assert "ok  a step" not in out


def test_a_python_warning_fails_its_step(qapp, capsys, temp):
    import warnings

    assert smoke_test.run([_step(lambda: warnings.warn("data file missing", stacklevel=1))]) == 1
    err = capsys.readouterr().err
    assert err.startswith("FAILED  a step: UserWarning: data file missing (")


def test_the_watchdog_ends_a_run_that_takes_too_long(tmp_path, capsys):
    fired = threading.Event()
    folder = tmp_path / "smoke"
    folder.mkdir()
    watchdog = smoke_test.Watchdog(0.05, on_timeout=fired.set)
    watchdog.folder = folder
    watchdog.start()
    assert fired.wait(10)
    assert capsys.readouterr().err == "FAILED  the smoke test took more than 0.05 s\n"
    assert not folder.exists()


def test_a_finished_run_stops_its_watchdog(qapp, capsys, temp, monkeypatch):
    fired = []
    monkeypatch.setattr(smoke_test.Watchdog, "_end_process", staticmethod(lambda: fired.append(1)))
    assert smoke_test.run([_step(lambda: None)], time_limit=0.3) == 0
    time.sleep(0.5)
    assert fired == []
    assert capsys.readouterr().err == ""


@pytest.fixture
def run(tmp_path, qapp):
    smoke = SmokeRun(tmp_path)
    yield smoke
    smoke.close()
    uninstall_language()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    use_region(None)


def test_missing_french_catalogues_fail_the_translation_step(run, tmp_path, monkeypatch):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr("okr_workshop.ui.language.translations_folder", lambda: empty)
    with pytest.raises(SmokeFailure, match="'&New workshop…' .HomeActions. is '&New workshop…' "
                                           "in French, not '&Nouvel atelier…'"):
        smoke_window.translations(run)


def test_a_window_that_cannot_open_its_library_fails_without_waiting_for_anyone(run):
    smoke_checks.library(run)  # held open: the window finds it in use
    with pytest.raises(SmokeFailure, match="the window did not open: Cannot open the library"):
        smoke_window.main_window(run)


def test_a_fatal_qt_message_is_said_at_once_since_qt_aborts_after_it(capsys):
    from PySide6.QtCore import QtMsgType

    recorder = smoke_test.WarningRecorder()
    recorder(QtMsgType.QtFatalMsg, None, "no Qt platform plugin could be initialized")
    assert capsys.readouterr().err == (
        "FAILED  Qt fatal: no Qt platform plugin could be initialized\n")
    recorder(QtMsgType.QtDebugMsg, None, "qt.core.plugin: loading")
    assert recorder.take() == [], "debug messages are not warnings"


def test_what_qt_said_before_a_step_failed_is_said_with_the_failure(qapp, capsys, temp):
    def warns_then_fails(run):
        qWarning("QFontDatabase: Cannot find font directory")
        raise SmokeFailure("Qt finds no font at all")

    assert smoke_test.run([("fonts", warns_then_fails)]) == 1
    assert capsys.readouterr().err == ("FAILED  fonts: Qt finds no font at all; Qt warning: "
                                       "QFontDatabase: Cannot find font directory\n")


def test_the_icon_step_fails_when_the_pngs_did_not_travel(monkeypatch, tmp_path, qapp):
    from okr_workshop.ui import app_icon, smoke_window

    monkeypatch.setattr(app_icon, "icons_folder", lambda: tmp_path)  # an empty folder
    assert smoke_test.run([("application icon", smoke_window.application_icon)]) == 1


def test_a_bundle_library_path_left_for_opened_programs_fails(qapp, capsys, monkeypatch):
    import sys

    from okr_workshop.app import smoke_checks

    monkeypatch.setattr(sys, "_MEIPASS", "/opt/OKR Workshop/_internal", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/OKR Workshop/_internal")
    step = ("environment for opened programs", smoke_checks.opened_programs)
    assert smoke_test.run([step]) == 1
    assert "LD_LIBRARY_PATH still points into the bundle" in capsys.readouterr().err


def test_qt_saying_no_locale_is_set_is_harmless():
    said = ('Detected locale "C" with character encoding "ANSI_X3.4-1968", which is not UTF-8.'
            "\nQt depends on a UTF-8 locale, and has failed to switch to one.")
    assert smoke_test.harmless(said)
    assert not smoke_test.harmless("Cannot load library libqxcb.so")
