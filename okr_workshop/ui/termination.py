"""Asked to end (SIGTERM at shutdown, SIGHUP when the terminal goes, Ctrl+C): save the typing,
close the window as if the person had, then quit.

Python runs a signal handler only when the interpreter gets control back, and Qt's event loop
may sleep in C++ for minutes. So the handler is woken through a pipe: Python writes the
signal number into it (``signal.set_wakeup_fd``) and a ``QSocketNotifier`` on the other end
wakes the event loop. A pipe, not a socket pair: the application opens no sockets at all.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class Termination(QObject):
    """Calls ``end`` on the window's thread when the process is asked to end."""

    def __init__(self, end: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._end = end
        self._notifier: QSocketNotifier | None = None
        if os.name != "posix":
            return  # Windows ends a process without a catchable signal
        read, write = os.pipe()
        os.set_blocking(read, False)
        os.set_blocking(write, False)
        self._fds = (read, write)
        signal.set_wakeup_fd(write)
        for number in SIGNALS:
            # The handler itself does nothing: the byte in the pipe wakes ``_woken``.
            signal.signal(number, lambda *_: None)
        self._notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            received = os.read(self._fds[0], 64)
        except BlockingIOError:
            return
        if any(byte in SIGNALS for byte in received):
            self._end()


def end_on_signals(app: QApplication, close: Callable[[], bool]) -> Termination:
    """``close`` the window (saving everything), then leave the event loop."""

    def end() -> None:
        close()
        app.quit()

    return Termination(end, app)
