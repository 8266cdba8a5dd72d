"""A reader that cannot make SQLite's side files (a full disk, a file-size limit) says so and
leaves the library where it is: an I/O failure is not damage, and only damage sets a file aside."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys

import pytest

from okr_workshop import cli


def _no_room() -> None:
    # Writes past 8 kB fail with EFBIG, as they fail with ENOSPC on a full disk: SQLite cannot
    # grow the 32 kB -shm a reader of a WAL library needs.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["backups"]])
def test_a_reader_without_room_never_sets_a_sound_library_aside(tmp_path, command):
    library = tmp_path / "lib.sqlite3"
    assert cli.main(["--library", str(library), "demo"]) == 0
    before = library.read_bytes()
    environment = {**os.environ, "LANG": "C.UTF-8"}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "okr_workshop", "--library", str(library), *command],
        capture_output=True, text=True, env=environment, timeout=120, preexec_fn=_no_room,
    )
    assert "damaged" not in result.stderr
    assert "Traceback" not in result.stderr
    assert library.read_bytes() == before
    assert not [name for name in os.listdir(tmp_path) if "-damaged-" in name]
    if result.returncode:
        assert len(result.stderr.strip().splitlines()) == 1
        assert str(library) in result.stderr
