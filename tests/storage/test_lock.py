"""One writer per library: the lock file says who holds it, a crashed holder's lock is taken
over, and a waiting writer gives up with a sentence instead of hanging."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from okr_workshop.storage import lock as lock_module
from okr_workshop.storage.errors import LibraryLocked, LibraryUnavailable
from okr_workshop.storage.lock import LockHolder, acquire_lock, lock_path, read_holder

NBSP = "\u00a0"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


def test_the_lock_file_names_its_holder_and_goes_with_release(library: Path):
    held = acquire_lock(library)
    try:
        assert lock_path(library) == library.with_name("library.sqlite3.lock")
        content = json.loads(lock_path(library).read_text(encoding="utf-8"))
        assert content["pid"] == os.getpid()
        assert content["host"]
        assert datetime.fromisoformat(content["since"]).tzinfo is not None
        assert read_holder(library) == held.holder
        assert held.recovered is None
    finally:
        held.release()
    assert not lock_path(library).exists()
    held.release()  # twice is harmless


def test_a_second_writer_is_told_who_holds_the_library(library: Path):
    with acquire_lock(library):
        with pytest.raises(LibraryLocked) as caught:
            acquire_lock(library)
    error = caught.value
    assert isinstance(error, LibraryUnavailable)
    assert error.code == "in_use"
    assert str(library) in str(error)
    assert f"process {os.getpid()}" in str(error)
    assert "already open in OKR Workshop" in str(error)
    french = error.message("fr")
    assert f"processus {os.getpid()}" in french
    assert f"){NBSP}; fermez" in french
    # Let go: the next writer gets it.
    with acquire_lock(library) as again:
        assert again.held


def test_a_waiting_writer_gives_up_after_the_wait(library: Path):
    now = [100.0]
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        now[0] += seconds

    with acquire_lock(library):
        with pytest.raises(LibraryLocked):
            acquire_lock(library, wait=2.0, clock=lambda: now[0], sleep=sleep)
    assert naps and sum(naps) >= 2.0
    assert sum(naps) < 2.0 + 2 * lock_module.POLL_SECONDS


def test_a_waiting_writer_gets_the_lock_once_it_is_released(library: Path):
    first = acquire_lock(library)
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 3:
            first.release()  # the window closes while the command waits

    with acquire_lock(library, wait=60, clock=lambda: 0.0, sleep=sleep) as second:
        assert second.held
        assert read_holder(library) == second.holder
    assert len(naps) == 3


HOLDER_SCRIPT = """
import sys, time
from okr_workshop.storage.lock import acquire_lock
held = acquire_lock(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_a_crashed_holder_is_recovered_automatically(library: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(library)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(LibraryLocked) as caught:
            acquire_lock(library)
        assert f"process {child.pid}" in str(caught.value)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
    # The dead holder's file is still there, naming it...
    assert read_holder(library).pid == child.pid
    # ...and is taken over at once.
    with acquire_lock(library) as held:
        assert held.recovered is not None and held.recovered.pid == child.pid
        assert read_holder(library).pid == os.getpid()


def test_an_unreadable_lock_file_that_nobody_holds_is_taken_over(library: Path):
    lock_path(library).write_bytes(b"\x00\xffnot json")
    with acquire_lock(library) as held:
        assert held.recovered is None
        assert read_holder(library) == held.holder


# --- File systems without OS locks: the file alone decides ---


@pytest.fixture
def no_os_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_module, "_os_lock", lambda fd: None)


def _write_holder(library: Path, pid: int, host: str) -> LockHolder:
    holder = LockHolder(pid, host, datetime(2027, 1, 4, 9, 15, tzinfo=UTC))
    lock_path(library).write_text(holder.to_text(), encoding="utf-8")
    return holder


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="process checks are POSIX-only")
def test_without_os_locks_a_dead_holder_on_this_computer_is_stale(library: Path, no_os_locks):
    dead = _write_holder(library, _dead_pid(), LockHolder.me().host)
    with acquire_lock(library) as held:
        assert held.recovered == dead


def test_without_os_locks_a_living_holder_keeps_the_library(library: Path, no_os_locks):
    _write_holder(library, os.getpid(), LockHolder.me().host)
    with pytest.raises(LibraryLocked):
        acquire_lock(library)


def test_without_os_locks_a_holder_on_another_computer_keeps_the_library(
    library: Path, no_os_locks
):
    _write_holder(library, _dead_pid(), "the-other-laptop")
    with pytest.raises(LibraryLocked) as caught:
        acquire_lock(library)
    assert "the-other-laptop" in str(caught.value)
    assert "2027-01-04" in str(caught.value)


# --- A lock file that cannot be written ---


def test_a_read_only_folder_gives_a_sentence(library: Path, monkeypatch: pytest.MonkeyPatch):
    real_open = os.open

    def refusing_open(path, flags, *args):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", refusing_open)
    with pytest.raises(LibraryUnavailable) as caught:
        acquire_lock(library)
    assert caught.value.code == "folder_read_only"
    assert "cannot be written to" in str(caught.value)


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes anywhere")
def test_a_really_read_only_folder_gives_a_sentence(tmp_path: Path):
    folder = tmp_path / "locked-away"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(LibraryUnavailable) as caught:
            acquire_lock(folder / "library.sqlite3")
        assert caught.value.code == "folder_read_only"
    finally:
        folder.chmod(0o755)


def test_a_folder_that_is_a_file_gives_a_sentence(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(LibraryUnavailable) as caught:
        acquire_lock(blocker / "library.sqlite3")
    assert "library.sqlite3" in str(caught.value)
