"""What the window says is saved is saved: a writer killed with SIGKILL at random moments
(mid-edit, mid-import, mid-backup, mid-close) leaves a library that passes integrity_check
and holds every edit it had acknowledged.

The same library goes through every trial, so each one also starts from the wreck of the
last: a stale lock to recover, a log to replay, leftovers of a backup to clear.
"""

from __future__ import annotations

import dataclasses
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from okr_workshop.app.exchange_files import export_workshop
from okr_workshop.app.library_file import library_backups, open_library_file
from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.storage.lock import read_holder

DRIVER = Path(__file__).with_name("crash_driver.py")
TRIALS = 24
SEED = 20270104

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass
class Acknowledged:
    teams: set[str] = field(default_factory=set)
    imports: set[str] = field(default_factory=set)
    # Per trial: (seed, last vision number acknowledged in it).
    last_vision: tuple[int, int] | None = None


def _prepare(tmp_path: Path) -> tuple[Path, Path, int]:
    library = tmp_path / "library.sqlite3"
    exchange = tmp_path / "atelier.json"
    with open_library_file(library) as opened:
        (sample,) = add_samples(opened.repository, (Language.FRENCH,))
        export_workshop(opened.repository, sample.id, exchange)
        opened.repository.save_workshop_header(dataclasses.replace(sample, title="Cible"))
        teams_per_import = len(sample.teams)
    return library, exchange, teams_per_import


def _run_and_kill(mode: str, library: Path, exchange: Path, seed: int, delay: float) -> list[str]:
    """Start the driver, let it work for ``delay`` seconds, SIGKILL it; its finished lines."""
    child = subprocess.Popen(
        [sys.executable, str(DRIVER), mode, str(library), str(exchange), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        ready = child.stdout.readline()
        assert ready == b"ready\n", child.stderr.read().decode()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors.decode()
    text = output.decode("utf-8", errors="replace")
    # A line cut by the kill has no newline: it was never acknowledged.
    return text.split("\n")[:-1]


def _record(lines: list[str], seed: int, acked: Acknowledged) -> int:
    count = 0
    for line in lines:
        kind, _, value = line.partition(" ")
        if kind == "team":
            acked.teams.add(value)
        elif kind == "vision":
            acked.last_vision = (seed, int(value.split(":")[1]))
        elif kind == "import":
            acked.imports.add(value)
        elif kind == "backup":
            pass
        else:  # the command line's own acknowledgement: the new id, alone on its line
            assert len(line) == 36 and line.count("-") == 4, line
            acked.imports.add(line)
        count += 1
    return count


def _check(library: Path, acked: Acknowledged, teams_per_import: int) -> None:
    conn = sqlite3.connect(library)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        team_ids = {row[0] for row in conn.execute("SELECT id FROM teams")}
        workshops = {row[0] for row in conn.execute("SELECT id FROM workshops")}
        missing_teams = acked.teams - team_ids
        assert not missing_teams, f"{len(missing_teams)} acknowledged teams lost"
        assert acked.imports <= workshops, "an acknowledged import was lost"
        # No import is ever half there.
        for workshop_id, teams in conn.execute(
            "SELECT w.id, count(t.id) FROM workshops w LEFT JOIN teams t "
            "ON t.workshop_id = w.id WHERE w.title != 'Cible' GROUP BY w.id"
        ):
            assert teams == teams_per_import, f"partial import {workshop_id}"
        if acked.last_vision is not None:
            seed, number = acked.last_vision
            (vision,) = conn.execute(
                "SELECT vision FROM workshops WHERE title = 'Cible'"
            ).fetchone()
            stored_seed, _, stored_number = vision.partition(":")
            # The last acknowledged vision, or a later one committed just before the kill.
            assert int(stored_seed) == seed and int(stored_number) >= number, vision
    finally:
        conn.close()


def test_killed_writers_lose_nothing_they_acknowledged(tmp_path: Path):
    library, exchange, teams_per_import = _prepare(tmp_path)
    rng = random.Random(SEED)
    acked = Acknowledged()
    total = 0
    for trial in range(TRIALS):
        # Every third trial through the command line; the last one a session (see below).
        mode = "cli" if trial % 3 == 1 else "session"
        seed = SEED + trial
        lines = _run_and_kill(mode, library, exchange, seed, rng.uniform(0.05, 0.6))
        if mode == "session":
            acked.last_vision = None
        total += _record(lines, seed, acked)
        _check(library, acked, teams_per_import)
    assert total > TRIALS, "the driver should have acknowledged work before the kills"
    assert acked.teams and acked.imports

    # The last writer killed still names itself in the lock file; the next opening
    # recovers the lock. Every backup left behind is a sound one.
    assert read_holder(library) is not None
    with open_library_file(library) as opened:
        assert opened.lock.recovered is not None
    assert all(info.ok for info in library_backups(library))
    _check(library, acked, teams_per_import)
