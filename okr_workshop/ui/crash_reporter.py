"""Unexpected errors while the window runs: written to the log, then told in a dialog.

PySide6 hands an exception that escapes a slot or an overridden Qt method to
``sys.excepthook`` and carries on; Python's default hook prints it to a console a windowed
bundle does not have. :class:`CrashReporter` replaces the hook while Qt runs:

- the traceback goes to the log (``app/app_log.py``) first, whatever follows (and, with a
  console, to the console as well, as Python would print it);
- then, on the window's thread, :class:`~okr_workshop.ui.crash_dialog.CrashDialog` says so,
  opened after the current event (never inside a paint or a half-done slot) and without an
  event loop of its own, so the application keeps running;
- never a dialog loop: one dialog at a time (an error while one is open, the dialog's own
  included, is only logged), and an error from the same place as one already told (a
  broken paint repeats on every paint) is only logged too;
- an error on another thread (the deck's worker) is logged; the worker reports its failure
  itself.

Without a console it also sends Qt's own warnings to the log (a console keeps Qt's default,
which prints them there).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from okr_workshop.app.app_log import log_error, log_exception, log_folder
from okr_workshop.ui.crash_dialog import CrashDialog

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
# Qt's messages worth a line in the log: its debug and info chatter is not.
_LOGGED_QT = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


class CrashReporter(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._previous_hook: Hook | None = None
        self._previous_thread_hook: Callable[..., object] | None = None
        self._qt_handler_installed = False
        self._told: set[tuple[str, str, int]] = set()
        self._echo = True  # with a console, a traceback is printed there too, as Python would
        self._scheduled = False  # a dialog is on its way: a second error does not make two
        self.dialog: CrashDialog | None = None

    def install(self, without_console: bool) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook
        self._echo = not without_console
        if without_console:
            qInstallMessageHandler(self._qt_message)
            self._qt_handler_installed = True

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        if self._qt_handler_installed:
            qInstallMessageHandler(None)
            self._qt_handler_installed = False

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        try:
            self._report(kind, error, trace)
        except BaseException:  # noqa: BLE001 — the hook itself must never fail loudly
            pass

    def _report(self, kind: type[BaseException], error: BaseException,
                trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous_hook is not None:
            self._previous_hook(kind, error, trace)  # Ctrl+C is not a crash
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        log = log_exception(error, "unexpected error in the window")
        if self._echo and self._previous_hook is not None:
            self._previous_hook(kind, error, trace)
        if threading.current_thread() is not threading.main_thread():
            return
        origin = _origin(kind, trace)
        if self.dialog is not None or self._scheduled or origin in self._told:
            return
        self._told.add(origin)
        self._scheduled = True
        details = "".join(_format(error))
        # After the current event: a dialog opened inside a paint or a half-done slot would
        # run that code's widgets in a state it did not expect.
        QTimer.singleShot(0, self, lambda: self._show(log, details))

    def _show(self, log: Path | None, details: str) -> None:
        self._scheduled = False
        try:
            dialog = CrashDialog(log, details, folder=log_folder(), parent=_console(self._app))
            # Above any modal dialog open now, without being its child: a progress dialog
            # that deletes itself when its work ends would take this one with it.
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(self._closed)
            dialog.destroyed.connect(self._forget)
            self.dialog = dialog
            dialog.open()  # modal, without a nested event loop: the window goes on
        except Exception as error:  # noqa: BLE001 — a failing dialog is logged, not retried
            self.dialog = None
            log_exception(error, "the crash dialog itself failed")

    def _forget(self) -> None:
        self.dialog = None

    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _thread_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        try:
            if arguments.exc_value is not None:
                name = getattr(arguments.thread, "name", "?")
                log_exception(arguments.exc_value, f"unexpected error in thread {name}")
            if self._echo and self._previous_thread_hook is not None:
                self._previous_thread_hook(arguments)
        except BaseException:  # noqa: BLE001 — as the main hook: never fail loudly
            pass

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        try:
            if kind in _LOGGED_QT:
                category = context.category or "default"
                where = "" if category == "default" else f" ({category})"
                log_error(f"Qt {kind.name.removeprefix('Qt').removesuffix('Msg').lower()}"
                          f"{where}: {message}")
        except BaseException:  # noqa: BLE001 — Qt calls this from C++: nothing may escape
            pass


def report_crashes(app: QApplication, without_console: bool) -> CrashReporter:
    """Unexpected errors in the window logged and told from now on (see the module)."""
    reporter = CrashReporter(app)
    reporter.install(without_console)
    return reporter


def tell_fatal(app: QApplication, error: BaseException) -> None:
    """An error that stops the window from starting: logged, then said in a dialog that
    waits for the person (there is no window to go on with)."""
    log = log_exception(error, "the window could not start")
    try:
        dialog = CrashDialog(log, "".join(_format(error)), fatal=True, folder=log_folder())
        dialog.exec()
        dialog.deleteLater()
    except Exception as dialog_error:  # noqa: BLE001 — the command line still says it
        log_exception(dialog_error, "the crash dialog itself failed")


def _console(app: QApplication) -> QWidget | None:
    """The dialog's parent: the console window. Never the audience view or the ballot
    booth, which show nothing but the room's content."""
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return windows[0] if windows else None


def _origin(kind: type[BaseException], trace: TracebackType | None) -> tuple[str, str, int]:
    """Where the error was raised: its type and innermost frame."""
    last = trace
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    if last is None:
        return (kind.__name__, "", 0)
    return (kind.__name__, last.tb_frame.f_code.co_filename, last.tb_lineno)


def _format(error: BaseException) -> list[str]:
    import traceback

    try:
        return traceback.format_exception(error)
    except Exception:  # noqa: BLE001
        return [f"{type(error).__name__}\n"]
