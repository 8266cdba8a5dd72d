"""Errors a person can act on, met by command-line writers: the library in use by the window
or locked by another program, a full disk, a folder that cannot be written. Each is a clear
sentence without a traceback, and what was already saved stays intact."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.app import library_file
from okr_workshop.app.exchange_files import export_workshop
from okr_workshop.app.library_file import open_library_file
from okr_workshop.storage import connection
from okr_workshop.storage.errors import LibraryUnavailable, unavailable
from okr_workshop.storage.lock import acquire_lock

SHORT_WAIT = 0.3


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite3"
    assert cli.main(["--library", str(path), "demo"]) == 0
    return path


@pytest.fixture
def exchange_file(library: Path, tmp_path: Path) -> Path:
    target = tmp_path / "atelier.json"
    with open_library_file(library, writer=False) as opened:
        first = opened.repository.list_workshops()[0]
        export_workshop(opened.repository, first.id, target)
    return target


def _state(path: Path) -> tuple[str, int]:
    """(integrity_check, workshops), read with a plain separate connection."""
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return check, conn.execute("SELECT count(*) FROM workshops").fetchone()[0]
    finally:
        conn.close()


def _main(capsys, *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _assert_one_clear_line(err: str, *words: str) -> None:
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("okr-workshop: ")
    for word in words:
        assert word in last


# --- The library in use by the window ---


def test_a_writer_waits_then_says_the_window_has_the_library(
    library: Path, exchange_file: Path, capsys, monkeypatch
):
    monkeypatch.setattr(library_file, "CLI_LOCK_WAIT_SECONDS", SHORT_WAIT)
    capsys.readouterr()
    with acquire_lock(library):
        status, out, err = _main(capsys, "--library", str(library), "import", str(exchange_file))
    assert status == 1 and out == ""
    _assert_one_clear_line(err, "already open in OKR Workshop", f"process {os.getpid()}")
    assert _state(library) == ("ok", 2)


def test_a_writer_gets_the_library_when_the_window_lets_go_in_time(
    library: Path, exchange_file: Path, capsys
):
    held = acquire_lock(library)
    releaser = threading.Timer(0.3, held.release)
    releaser.start()
    try:
        status, out, _ = _main(capsys, "--library", str(library), "import", str(exchange_file))
    finally:
        releaser.join()
    assert status == 0 and len(out.split()) == 1
    assert _state(library) == ("ok", 3)


def test_readers_do_not_wait_for_the_window(library: Path, capsys):
    capsys.readouterr()
    with acquire_lock(library):
        status, out, _ = _main(capsys, "--library", str(library), "list")
    assert status == 0 and len(out.strip().splitlines()) == 3  # the header, two workshops


# --- Locked by another program ---


def test_a_library_locked_by_another_program(
    library: Path, exchange_file: Path, capsys, monkeypatch
):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", SHORT_WAIT)
    other = sqlite3.connect(library, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        status, out, err = _main(capsys, "--library", str(library), "import", str(exchange_file))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 1 and out == ""
    _assert_one_clear_line(err, "busy in another program", "try again")
    assert _state(library) == ("ok", 2)


# --- Disk full ---


def _limit_file_size() -> None:
    # Writes past 32 kB fail with EFBIG instead of killing the process, as a full disk would.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))


def test_a_full_disk_is_a_sentence_and_the_library_is_intact(library: Path, exchange_file: Path):
    result = subprocess.run(
        [sys.executable, "-m", "okr_workshop", "--library", str(library), "import",
         str(exchange_file)],
        capture_output=True, text=True, timeout=60, preexec_fn=_limit_file_size,
    )
    assert result.returncode == 1
    assert result.stdout == "", "no id printed: nothing was acknowledged"
    _assert_one_clear_line(result.stderr, str(library), "could not be written to the disk",
                           "has room")
    assert _state(library) == ("ok", 2)
    # Once there is room again, the same import goes through.
    assert cli.main(["--library", str(library), "import", str(exchange_file)]) == 0
    assert _state(library) == ("ok", 3)


@pytest.mark.parametrize(
    ("sqlite_says", "code", "words"),
    [
        ("database or disk is full", "disk_full", "the disk is full; free some space"),
        ("disk I/O error", "disk_error", "could not be written to the disk"),
        ("attempt to write a readonly database", "read_only", "is read-only"),
        ("database is locked", "locked", "busy in another program"),
    ],
)
def test_sqlite_write_errors_read_as_sentences(sqlite_says: str, code: str, words: str):
    error = unavailable(Path("/data/lib.sqlite3"), sqlite3.OperationalError(sqlite_says))
    assert isinstance(error, LibraryUnavailable)
    assert error.code == code
    assert words in str(error) and "/data/lib.sqlite3" in str(error)


# --- A folder that cannot be written ---


def test_a_read_only_library_is_a_sentence_and_stays_intact(
    library: Path, exchange_file: Path, capsys, monkeypatch
):
    """Root writes anywhere, so the file is opened through a read-only connection: SQLite
    itself refuses the write, as it would in a read-only folder."""
    real_connect = sqlite3.connect

    def read_only_connect(database, *args, **kwargs):
        if Path(str(database)) == library:
            return real_connect(f"{library.as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", read_only_connect)
    capsys.readouterr()
    status, out, err = _main(capsys, "--library", str(library), "import", str(exchange_file))
    assert status == 1 and out == ""
    _assert_one_clear_line(err, "is read-only")
    monkeypatch.undo()
    assert _state(library) == ("ok", 2)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_really_read_only_folder(library: Path, exchange_file: Path, capsys):
    library.parent.chmod(0o555)
    try:
        status, _, err = _main(capsys, "--library", str(library), "import", str(exchange_file))
    finally:
        library.parent.chmod(0o755)
    assert status == 1
    _assert_one_clear_line(err, "cannot be written to")
    assert _state(library) == ("ok", 2)
