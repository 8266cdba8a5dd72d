"""The error log: where errors go when no one is watching a console.

A bundle built without a console (Windows and macOS, "windowed") starts with
``sys.stdout`` and ``sys.stderr`` set to None. :func:`without_console` then gives the
process streams that cannot fail: standard output is thrown away (no one can read it) and
the error stream writes into this log, so every line the application or a library means for
the person at the terminal (the command line's error lines, a Python warning, a traceback)
is kept. The window writes every unexpected error here as well, console or not, and its
crash dialog names the file.

The log sits beside the library in use, in a ``logs`` folder (so ``--library`` and
``$OKR_WORKSHOP_LIBRARY`` keep tests and second libraries apart), and is:

- private (0600, its folder 0700): a traceback can quote workshop text and paths;
- bounded: past ``MAX_BYTES`` the file becomes ``okr-workshop.log.1`` (and so on, ``KEPT``
  of them), the oldest dropped;
- never a new failure: a log that cannot be written (disk full, read-only folder) is
  skipped and the caller told by the return value, never by an exception.

Plain files rather than :mod:`logging`: nothing here needs levels or handlers, and
``logging.handlers`` would load the socket module into an application that opens none.
"""

from __future__ import annotations

import io
import os
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from typing import TextIO

from okr_workshop import APP_NAME, __version__
from okr_workshop.storage.paths import (
    default_library_path,
    real_library_path,
    resolve_library_path,
)

LOG_FOLDER_NAME = "logs"
LOG_FILE_NAME = "okr-workshop.log"
# Where a fatal crash of the interpreter (a fault in Qt's C++) is written, without a console.
FAULTS_FILE_NAME = "faults.log"
MAX_BYTES = 512 * 1024  # about a thousand tracebacks: plenty to diagnose, small to send
KEPT = 2  # rotated files kept besides the current one

_library_option: str | None = None
_lock = threading.Lock()  # a worker thread's error and the window's never interleave
_faults: TextIO | None = None


def use_library(library_option: str | None) -> None:
    """From now on, the log sits beside this library (``--library``; None: the default)."""
    global _library_option
    _library_option = library_option


def log_folder() -> Path:
    """The folder of the log files: ``logs`` beside the library in use. A library whose
    folder does not exist (a mistyped ``--library``) is not given one by its log: the log
    then goes beside the default library, in the user data folder."""
    try:
        folder = real_library_path(resolve_library_path(_library_option)).parent
        if not folder.is_dir() or not (_private(folder) and _private(folder / LOG_FOLDER_NAME)):
            folder = default_library_path().parent
    except (OSError, ValueError):  # a path the system refuses to resolve
        folder = default_library_path().parent
    return folder / LOG_FOLDER_NAME


def _private(folder: Path) -> bool:
    """Whether only we can add files to ``folder`` (or it does not exist yet, and we will
    create it 0700). In a shared folder (/tmp, a team share) another account could create
    the log first and read the workshop text a traceback quotes."""
    if os.name != "posix":
        return True
    try:
        status = folder.stat()
    except FileNotFoundError:
        return True
    return status.st_uid == os.geteuid() and not status.st_mode & 0o022


def log_path() -> Path:
    """The log file errors are written to now."""
    return log_folder() / LOG_FILE_NAME


def log_error(text: str) -> Path | None:
    """Append ``text`` to the log as one dated entry; the file written, or None when the
    log could not be written (never raises: a broken log must not break the application)."""
    path = log_path()
    entry = f"{_stamp()} {text.rstrip()}\n"
    try:
        with _lock:
            _append(path, entry)
    except (OSError, ValueError):  # ValueError: a path with a NUL in it
        return None
    return path


def log_exception(error: BaseException, context: str = "") -> Path | None:
    """The error and its traceback, with what was happening (``context``), as one entry."""
    try:
        details = "".join(traceback.format_exception(error))
    except Exception:  # noqa: BLE001 — an object whose repr fails still leaves a line
        details = f"{type(error).__name__} (its description failed)\n"
    heading = f"{APP_NAME} {__version__}: {context or 'unexpected error'}"
    return log_error(f"{heading}\n{details}")


def _stamp() -> str:
    # Local time with its offset, computed by Python (Windows' C library would give a zone
    # name for %z), and the process: the window and a command may write in turn.
    now = datetime.now().astimezone()
    return now.strftime("%Y-%m-%d %H:%M:%S%z") + f" [{os.getpid()}]"


def _append(path: Path, entry: str) -> None:
    data = entry.encode("utf-8", "backslashreplace")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    if size and size + len(data) > MAX_BYTES:
        _rotate(path)
    descriptor = _open_private(path)
    try:
        os.write(descriptor, data)
    finally:
        os.close(descriptor)


def _open_private(path: Path) -> int:
    """The file opened to append, created 0600; an older, looser one is made private too."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    if os.name == "posix":
        status = os.fstat(descriptor)
        if status.st_uid != os.geteuid():
            # Someone else's file, readable by them: nothing of ours goes into it.
            os.close(descriptor)
            raise PermissionError(f"{path} belongs to another account")
        if status.st_mode & 0o077:
            os.fchmod(descriptor, 0o600)
    return descriptor


def _rotate(path: Path) -> None:
    """okr-workshop.log → .1 → .2 …, the oldest dropped. A rename that fails (Windows, the
    file open elsewhere) leaves the file to grow a little longer rather than lose entries."""
    for number in range(KEPT, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        newer = path.with_name(f"{path.name}.{number - 1}") if number > 1 else path
        try:
            os.replace(newer, older)
        except FileNotFoundError:
            continue
        except OSError:
            return


class LogStream(io.TextIOBase):
    """An error stream that writes into the log: each complete line (or group of lines
    written at once, like a Python warning) becomes an entry. Never raises."""

    writes_to_log = True  # read through wrapping streams (the command line's ShownStream)

    def __init__(self) -> None:
        super().__init__()
        self._pending = ""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    @property
    def errors(self) -> str:  # type: ignore[override]
        return "backslashreplace"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        self._pending += text
        if self._pending.endswith("\n"):
            self.flush()
        return len(text)

    def flush(self) -> None:
        pending, self._pending = self._pending, ""
        if pending.strip():
            log_error(pending)


def without_console() -> bool:
    """Give None standard streams (a windowed bundle) safe stand-ins; True when there is no
    console, so the error stream is the log. Safe to call again."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 — for the process
    if sys.stderr is None:
        sys.stderr = LogStream()
    return writes_to_log(sys.stderr)


def writes_to_log(stream: object) -> bool:
    """True when ``stream`` (however wrapped) is the log rather than a console."""
    return bool(getattr(stream, "writes_to_log", False))


def keep_faults() -> Path | None:
    """Without a console, a crash of the interpreter itself (a fault in Qt's C++) is written
    by :mod:`faulthandler` to ``faults.log`` beside the log instead of nowhere. The file is
    emptied at start when it grew past ``MAX_BYTES``; None when it cannot be opened."""
    global _faults
    import faulthandler

    path = log_folder() / FAULTS_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = _open_private(path)
        if os.fstat(descriptor).st_size > MAX_BYTES:
            os.ftruncate(descriptor, 0)
        stream = os.fdopen(descriptor, "w", encoding="utf-8")
        faulthandler.enable(stream)
    except (OSError, ValueError, RuntimeError):
        return None
    if _faults is not None:
        _faults.close()
    _faults = stream  # kept open: faulthandler writes to its descriptor when the crash comes
    return path
