"""A windowed bundle has no console (issue 17, point 5): ``sys.stdout`` and ``sys.stderr``
are None. The window, every command and every error path still work, and what was meant for
the console (an error line, a Python warning, a Qt warning) lands in the log beside the
library, ``logs/okr-workshop.log``. Each test runs the program in a Python started with both
streams set to None, as PyInstaller's windowed boot loader leaves them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop import cli

# Both streams None (and the interpreter's own copies), then the program as the bundle runs it.
_NO_CONSOLE = """
import sys
sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = None
{prepare}
from okr_workshop import cli
try:
    code = cli.main({argv!r})
except SystemExit as end:
    code = end.code
with open({status!r}, "w") as file:
    file.write(str(code))
"""

# The window, closed by itself once shown, after a Python and a Qt warning and a bug in a
# slot (whose dialog opens, and is closed with the window).
_WINDOW = """
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication
app = QApplication([])
def broken_slot():
    raise LookupError("a bug in a slot")
def leave():
    import warnings
    warnings.warn("a warning while the window is open")
    qWarning("a Qt warning while the window is open")
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(0, close_all)
def close_all(tries=[0]):
    # Once the crash dialog is open (or after ten seconds, for the test to fail, not hang).
    tries[0] += 1
    told = any(w.objectName() == "crashDialog" and w.isVisible() for w in app.topLevelWidgets())
    if not told and tries[0] < 200:
        QTimer.singleShot(50, close_all)
        return
    for window in app.topLevelWidgets():
        window.close()
QTimer.singleShot(0, leave)
"""

# A bug of ours in a command: the one line for it, status 70.
_BUG = """
import okr_workshop.cli
def _broken(args):
    raise RuntimeError("a bug in list")
okr_workshop.cli._list = _broken
"""


def _without_console(tmp_path: Path, library: Path, *argv: str, prepare: str = "",
                     ) -> tuple[int, subprocess.CompletedProcess]:
    status = tmp_path / "status.txt"
    script = _NO_CONSOLE.format(prepare=prepare, argv=["--library", str(library), *argv],
                                status=str(status))
    environment = dict(os.environ, LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # the program returned, it did not crash
    return int(status.read_text()), done


def _log(library: Path) -> str:
    return (library.parent / "logs" / "okr-workshop.log").read_text(encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library" / "library.sqlite3"
    path.parent.mkdir()
    assert cli.main(["--library", str(path), "demo"]) == 0
    return path


def test_a_command_runs_without_a_console(tmp_path, library):
    status, _done = _without_console(tmp_path, library, "list")
    assert status == 0
    status, _done = _without_console(tmp_path, library, "check-kr", "Passer de 20 à 35 %")
    assert status == 0


def test_a_user_error_without_a_console_is_its_line_in_the_log(tmp_path, library):
    status, done = _without_console(tmp_path, library, "check", "no-such-workshop")
    assert status == cli.EXIT_USER_ERROR
    assert done.stderr == ""  # nothing reached the real error stream either
    log = _log(library)
    assert "no-such-workshop" in log
    assert "okr-workshop:" in log and "Traceback" not in log


def test_a_mistyped_command_without_a_console_is_told_in_the_log(tmp_path, library):
    status, _done = _without_console(tmp_path, library, "lsit")
    assert status == cli.EXIT_USER_ERROR
    assert "lsit" in _log(library)


def test_a_bug_without_a_console_is_its_line_in_the_log_with_the_traceback_kept(tmp_path,
                                                                               library):
    status, _done = _without_console(tmp_path, library, "list", prepare=_BUG)
    assert status == cli.EXIT_SOFTWARE
    log = _log(library)
    assert "unexpected error (RuntimeError: a bug in list)" in log
    kept = Path(log.split("kept in ")[1].split()[0])
    assert "a bug in list" in kept.read_text(encoding="utf-8")
    kept.unlink()


def test_the_window_starts_and_closes_without_a_console(tmp_path, library):
    status, done = _without_console(tmp_path, library, prepare=_WINDOW)
    assert status == 0, _log(library) if (library.parent / "logs").exists() else done.stderr
    log = _log(library)
    assert "UserWarning: a warning while the window is open" in log
    assert "Qt warning: a Qt warning while the window is open" in log
    assert "in broken_slot" in log and "LookupError: a bug in a slot" in log


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_is_private(tmp_path, library):
    _without_console(tmp_path, library, "check", "no-such-workshop")
    folder = library.parent / "logs"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "okr-workshop.log").stat().st_mode) == 0o600


def test_with_a_console_nothing_goes_to_the_log(library, capsys):
    # The terminal is where a person reads the line: the log stays for windowed runs.
    capsys.readouterr()
    assert cli.main(["--library", str(library), "check", "no-such-workshop"]) == 1
    assert "no-such-workshop" in capsys.readouterr().err
    assert not (library.parent / "logs").exists()


@pytest.mark.skipif(os.name != "posix", reason="closes the streams with the shell")
def test_a_program_started_with_its_streams_closed_logs_its_error(tmp_path, library):
    # Python itself sets both streams to None when it starts with them closed: the program
    # as a person runs it, with no setting of ours.
    environment = dict(os.environ, LANG="C.UTF-8")
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" >&- 2>&-', "sh", sys.executable, "-m", "okr_workshop",
         "--library", str(library), "check", "no-such-workshop"],
        env=environment, timeout=120)
    assert done.returncode == cli.EXIT_USER_ERROR
    assert "no-such-workshop" in _log(library)
