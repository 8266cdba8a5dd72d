"""No network: the application opens no sockets at all, in the window or on the command line.

Python's audit hooks see every socket our code (or any Python library it calls) creates,
binds, connects or resolves. Qt's own C++ is not seen; what is guarded is what this
application does.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from okr_workshop import cli

NETWORK_EVENTS = ("socket.", "http.client.", "urllib.", "ftplib.", "smtplib.", "webbrowser.")

_recording: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _recording is not None and event.startswith(NETWORK_EVENTS):
        _recording.append(f"{event}{args!r}"[:200])


sys.addaudithook(_audit)  # hooks cannot be removed: this one only records while armed


@contextmanager
def network_events() -> Iterator[list[str]]:
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None


def test_the_guard_sees_a_socket():
    """The guard can fail: a socket opened while it watches is seen."""
    with network_events() as seen:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert any(event.startswith("socket.__new__") for event in seen)


def test_the_command_line_opens_no_socket(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    library = str(tmp_path / "library.sqlite3")
    exported = tmp_path / "atelier.json"
    with network_events() as seen:
        assert cli.main(["--library", library, "demo"]) == 0
        first_id = capsys.readouterr().out.split()[0]
        for args in (
            ["list", "--json"],
            ["export", first_id, "-o", str(exported)],
            ["import", str(exported)],
            ["check", first_id],
            ["check-kr", "Passer de 40 % à 60 % de clients satisfaits"],
            ["backups"],
            ["restore"],
        ):
            assert cli.main(["--library", library, *args]) == 0, args
    capsys.readouterr()
    assert seen == []


def test_the_window_opens_no_socket(qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtCore import QSettings

    from okr_workshop.ui.application import build_window
    from okr_workshop.ui.pages.setup_page import SetupPage
    from tests.ui.doubles import ScriptedPrompts

    library = tmp_path / "library.sqlite3"
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SetupPage])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with network_events() as seen:
        assert cli.main(["--library", str(library), "demo"]) == 0
        window = build_window(str(library), ScriptedPrompts(), settings)
        qtbot.addWidget(window)
        window.show()
        window.open_workshop(window.repository.list_workshops()[0].id)
        window.bridge.edit(lambda s: s.update_workshop("Vision", vision="Sans réseau"))
        window.bridge.undo()
        window.keeper.commit_data(None)
        window.show_home()
        window.close()
    assert seen == []


NO_SOCKET_SCRIPT = """
import sys
def refuse(event, args):
    if event.startswith(("socket.", "http.client.", "urllib.")):
        raise SystemExit(f"network used: {event}")
sys.addaudithook(refuse)
from okr_workshop.cli import main
library = sys.argv[1]
for command in (["demo"], ["list"], ["backups"]):
    if main(["--library", library, *command]) != 0:
        raise SystemExit(f"{command} failed")
"""


def test_a_fresh_process_opens_no_socket_even_while_importing(tmp_path: Path):
    """From the first import on: no module opens a socket when loaded, either."""
    result = subprocess.run(
        [sys.executable, "-c", NO_SOCKET_SCRIPT, str(tmp_path / "library.sqlite3")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "network used" not in result.stderr
