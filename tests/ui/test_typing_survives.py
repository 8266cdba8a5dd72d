"""Nothing typed is lost: the real application, killed right after typing, reopened.

A separate process runs the window (``typing_driver``) so that it can be killed as a laptop
dies (SIGKILL) or as a shutdown ends it (SIGTERM); the library is then read back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from queue import Empty, Queue

import pytest

from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]
SAVED = "status: All changes saved"
SAVING = "status: Saving…"
TEXT = "Grow repeat orders from 30 % to 45 % — « fidélité » ✓"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "library.sqlite3"
    opened = open_library_file(path)
    add_samples(opened.repository, (Language.ENGLISH,))
    opened.close()
    return path


class Driver:
    def __init__(self, library: Path, tmp_path: Path, field: str, *options: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
                   XDG_CONFIG_HOME=str(tmp_path / "config"), LANGUAGE="en", LANG="en_GB.UTF-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.typing_driver", str(library), field, TEXT,
             *options],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8",
        )
        self.lines: Queue[str] = Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, wanted: str, timeout: float = 20) -> bool:
        """True once the program printed ``wanted`` (after what was already seen)."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except Empty:
                return False
            self.seen.append(line)
            if line == wanted:
                return True

    def end(self, number: int) -> int:
        self.process.send_signal(number)
        try:
            return self.process.wait(timeout=20)
        finally:
            self.process.kill()


def stored(library: Path, field: str) -> list[str]:
    opened = open_library_file(library)
    try:
        (summary,) = opened.repository.list_workshops()
        workshop = opened.repository.load_workshop(summary.id)
        return [getattr(kr, field) for kr in workshop.key_results()]
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("field", "stored_as"), [("sentence", "text"), ("metric_field", "metric")]
)
def test_killed_after_the_status_says_saved_the_text_is_there(
    library, tmp_path, field, stored_as
):
    driver = Driver(library, tmp_path, field)
    assert driver.wait_for("typed"), driver.seen
    # From the first unsaved keystroke the status bar says so, then what is true.
    assert SAVING in driver.seen, driver.seen
    assert driver.wait_for(SAVED), driver.seen
    driver.end(signal.SIGKILL)
    assert TEXT in stored(library, stored_as)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_asked_to_end_right_after_typing_the_text_is_saved_first(library, tmp_path, number):
    driver = Driver(library, tmp_path, "sentence", "--no-pause")
    assert driver.wait_for("typed"), driver.seen
    assert driver.seen[-2] == SAVING  # nothing saved by a pause: only the signal can save it
    assert driver.end(number) == 0, driver.process.stderr.read()
    assert TEXT in stored(library, "text")
