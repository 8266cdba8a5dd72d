"""``okr-workshop --smoke-test``: does this installation (above all a standalone bundle) have
everything it needs? Offscreen, in a temporary folder removed afterwards (never the user's
library or settings), it runs the Qt-free steps of :mod:`okr_workshop.app.smoke_checks`,
then the window's (:mod:`okr_workshop.ui.smoke_window`), one line per step on stdout:

    ok  deck PDF (18 pages)

A failed step is said on stderr and the run ends with status 1; so does any warning Qt or
Python gives meanwhile (except the harmless ones listed below, each with its reason), and a
run longer than :data:`TIME_LIMIT_SECONDS`, which a watchdog ends. Not translated: it is a
build check read by developers and CI, not something a coach sees.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from okr_workshop import APP_NAME, ORGANISATION_NAME
from okr_workshop.app.smoke_checks import AFTER_WINDOW, BEFORE_WINDOW
from okr_workshop.app.smoke_run import SmokeFailure, SmokeRun

TIME_LIMIT_SECONDS = 60.0
EXIT_OK, EXIT_FAILED = 0, 1

Step = tuple[str, Callable[[SmokeRun], str]]

# Qt warnings that say nothing about the installation, each with why it is harmless.
HARMLESS_QT_WARNINGS: tuple[tuple[str, str], ...] = (
    # Offscreen has no window manager to raise a window for (QWidget.raise_(), as when a
    # window is brought forward): Qt 6 warns on every call.
    (r"^This plugin does not support raise\(\)$", "offscreen: no window manager"),
    # The same for a window's minimum and maximum sizes; said when qt.* logging is on.
    (r"^This plugin does not support propagateSizeHints\(\)$",
     "offscreen: no window manager"),
    # A machine with no locale set (a bare container, a build server): Qt says it uses
    # C.UTF-8 instead. About the environment, not about what the installation carries.
    (r'^Detected locale "C" with character encoding ".*", which is not UTF-8',
     "no locale set: Qt falls back to C.UTF-8"),
)


def harmless(message: str) -> bool:
    return any(re.search(pattern, message) for pattern, _reason in HARMLESS_QT_WARNINGS)


class WarningRecorder:
    """Qt's warnings (and worse) for the duration of the run, instead of stderr."""

    _NAMES = {QtMsgType.QtWarningMsg: "Qt warning", QtMsgType.QtCriticalMsg: "Qt critical",
              QtMsgType.QtFatalMsg: "Qt fatal"}

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, kind: QtMsgType, _context: object, message: str) -> None:
        name = self._NAMES.get(kind)
        if kind == QtMsgType.QtFatalMsg:
            # Qt aborts the process once this returns (no platform plugin, say): said now.
            _say(sys.stderr, f"FAILED  {name}: {message}")
        elif name is not None and not harmless(message):
            self.messages.append(f"{name}: {message}")

    def take(self) -> list[str]:
        taken, self.messages = self.messages, []
        return taken


class Watchdog:
    """Ends the process when the run takes longer than ``seconds``: a smoke test that hangs
    (a modal dialog, a plugin waiting for a display) must fail, not keep CI waiting."""

    def __init__(self, seconds: float, on_timeout: Callable[[], None] | None = None) -> None:
        self.seconds = seconds
        self.folder: Path | None = None  # removed before the process ends
        self._on_timeout = on_timeout or self._end_process
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        _say(sys.stderr, f"FAILED  the smoke test took more than {self.seconds:g} s")
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        self._on_timeout()

    @staticmethod
    def _end_process() -> None:
        os._exit(EXIT_FAILED)  # the main thread may be stuck in Qt: no clean way out


def _say(stream, line: str) -> None:  # noqa: ANN001 (a text stream, or None in a bundle)
    # A windowed bundle on Windows or macOS has no streams: the exit status still tells.
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()


def all_steps() -> list[Step]:
    from okr_workshop.ui.smoke_window import WINDOW_STEPS

    return [*BEFORE_WINDOW, *WINDOW_STEPS, *AFTER_WINDOW]


def run(steps: Sequence[Step] | None = None, time_limit: float = TIME_LIMIT_SECONDS) -> int:
    """Run the smoke test; 0 when every step passed, 1 otherwise (said on stderr)."""
    started = time.monotonic()
    watchdog = Watchdog(time_limit)
    watchdog.start()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Before the application exists: loading the platform plugin and the fonts may warn.
    recorder = WarningRecorder()
    previous_handler = qInstallMessageHandler(recorder)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    folder = Path(tempfile.mkdtemp(prefix="okr-workshop-smoke-"))
    watchdog.folder = folder
    locale = QLocale()
    smoke = SmokeRun(folder)
    try:
        with warnings.catch_warnings(record=True) as python_warnings:
            status = _run_steps(steps or all_steps(), smoke, recorder, python_warnings)
    finally:
        smoke.close()
        qInstallMessageHandler(previous_handler)
        _restore_language(locale)
        shutil.rmtree(folder, ignore_errors=True)
        watchdog.cancel()
    if status == EXIT_OK and folder.exists():
        _say(sys.stderr, f"FAILED  the temporary folder {folder} could not be removed")
        return EXIT_FAILED
    if status == EXIT_OK:
        _say(sys.stdout, f"ok  smoke test passed in {time.monotonic() - started:.1f} s")
    return status


def _run_steps(steps: Sequence[Step], smoke: SmokeRun, recorder: WarningRecorder,
               python_warnings: list[warnings.WarningMessage]) -> int:
    started = recorder.take()  # while the application was made: plugins, fonts
    if started:
        return _failed("Qt start", "; ".join(started))
    for name, step in steps:
        failure, details = "", ""
        try:
            detail = step(smoke)
        except SmokeFailure as found:
            failure = str(found)
        except Exception as error:  # noqa: BLE001 - what failed is said, with where
            failure, details = f"{type(error).__name__}: {error}", traceback.format_exc()
        # What Qt and Python warned about meanwhile often says why a step failed.
        problems = [failure] if failure else []
        problems += recorder.take() + [
            f"{w.category.__name__}: {w.message} ({Path(w.filename).name}:{w.lineno})"
            for w in python_warnings]
        python_warnings.clear()
        if problems:
            return _failed(name, "; ".join(problems), details)
        _say(sys.stdout, f"ok  {name}" + (f" ({detail})" if detail else ""))
    return EXIT_OK


def _failed(name: str, reason: str, details: str = "") -> int:
    _say(sys.stderr, f"FAILED  {name}: {reason}")
    if details:
        _say(sys.stderr, details.rstrip())
    return EXIT_FAILED


def _restore_language(locale: QLocale) -> None:
    """The translators and locale as they were (the smoke test may run inside tests)."""
    from okr_workshop.app.formats import use_region
    from okr_workshop.ui.language import uninstall_language

    uninstall_language()
    QLocale.setDefault(locale)
    use_region(None)
