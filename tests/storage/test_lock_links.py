"""The lock file is made without following links and never written over (issue 16, point 4).

Whatever sits at ``library.sqlite3.lock`` that is not a plain lock file of our own (a link to
any file or to the library itself, a folder, a named pipe, a second name of another file) is
refused with one sentence, and the file it points to keeps its bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop.storage.errors import LibraryLocked, LibraryUnavailable
from okr_workshop.storage.lock import acquire_lock, lock_path, read_holder

NBSP = "\u00a0"
posix_only = pytest.mark.skipif(os.name != "posix", reason="links and pipes are POSIX here")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


def _refused(library: Path) -> LibraryUnavailable:
    with pytest.raises(LibraryUnavailable) as caught:
        acquire_lock(library)
    error = caught.value
    assert not isinstance(error, LibraryLocked)
    assert error.code == "lock_not_file"
    assert str(lock_path(library)) in str(error)
    assert str(library) in str(error)
    assert "\n" not in str(error)
    assert f"{NBSP};" in error.message("fr")
    return error


@posix_only
def test_a_lock_path_linked_to_another_file_leaves_that_file_alone(tmp_path: Path,
                                                                   library: Path):
    precious = tmp_path / "notes.txt"
    precious.write_text("Mes notes — à garder 🗒️\n", encoding="utf-8")
    lock_path(library).symlink_to(precious)
    _refused(library)
    assert precious.read_text(encoding="utf-8") == "Mes notes — à garder 🗒️\n"
    assert lock_path(library).is_symlink(), "what was there stays there"


@posix_only
def test_a_lock_path_linked_to_the_library_leaves_the_library_alone(library: Path):
    library.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    before = library.read_bytes()
    lock_path(library).symlink_to(library)
    _refused(library)
    assert library.read_bytes() == before


@posix_only
def test_a_dangling_link_at_the_lock_path_creates_nothing(tmp_path: Path, library: Path):
    target = tmp_path / "elsewhere" / "made-by-the-lock"
    target.parent.mkdir()
    lock_path(library).symlink_to(target)
    _refused(library)
    assert not target.exists()


@posix_only
def test_a_second_name_of_another_file_at_the_lock_path_is_not_written(tmp_path: Path,
                                                                       library: Path):
    precious = tmp_path / "budget.csv"
    precious.write_text("a;b\n1;2\n", encoding="utf-8")
    os.link(precious, lock_path(library))
    _refused(library)
    assert precious.read_text(encoding="utf-8") == "a;b\n1;2\n"


def test_a_folder_at_the_lock_path_is_refused(library: Path):
    lock_path(library).mkdir()
    (lock_path(library) / "inside.txt").write_text("kept", encoding="utf-8")
    _refused(library)
    assert (lock_path(library) / "inside.txt").read_text(encoding="utf-8") == "kept"


@posix_only
def test_a_named_pipe_at_the_lock_path_is_refused_without_hanging(library: Path):
    os.mkfifo(lock_path(library))
    _refused(library)


@posix_only
def test_a_stale_lock_is_taken_over_without_writing_into_the_old_file(library: Path):
    # A crashed holder left its file (half written); nobody holds it any more.
    lock_path(library).write_text('{"pid": 1, "host": "gone", "si', encoding="utf-8")
    stale = lock_path(library).stat()
    with acquire_lock(library) as held:
        assert read_holder(library) == held.holder
        now = lock_path(library).stat()
        assert (now.st_dev, now.st_ino) != (stale.st_dev, stale.st_ino), (
            "the takeover puts a new file in place instead of rewriting the old one"
        )
    assert not lock_path(library).exists()


HOLDER_SCRIPT = """
import sys, time
from okr_workshop.storage.lock import acquire_lock
held = acquire_lock(sys.argv[1])
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_live_holder_in_another_process_still_keeps_the_library(library: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(library)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(LibraryLocked) as caught:
            acquire_lock(library)
        assert f"process {child.pid}" in str(caught.value)
    finally:
        child.stdin.close()
        child.wait(timeout=10)
        child.stdout.close()
    with acquire_lock(library) as held:
        assert held.recovered is not None and held.recovered.pid == child.pid


RACER_SCRIPT = """
import sys
from okr_workshop.storage.errors import LibraryLocked
from okr_workshop.storage.lock import acquire_lock
sys.stdin.readline()  # all start together
try:
    held = acquire_lock(sys.argv[1])
except LibraryLocked:
    print("refused", flush=True)
else:
    print("holder", flush=True)
sys.stdin.readline()
"""


@posix_only
@pytest.mark.parametrize("round_", range(3))
def test_writers_racing_for_a_stale_lock_let_exactly_one_in(library: Path, round_: int):
    # A crashed holder's file, taken over by putting a new file in its place: of writers
    # arriving at the same moment, one holds the library, never two.
    stale = '{"pid": 1, "host": "gone", "since": "2027-01-04T09:00:00+00:00"}'
    lock_path(library).write_text(stale, encoding="utf-8")
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER_SCRIPT, str(library)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(5)
    ]
    try:
        for racer in racers:
            racer.stdin.write("go\n")
        for racer in racers:
            racer.stdin.flush()
        said = sorted(racer.stdout.readline().strip() for racer in racers)
        assert said == ["holder", "refused", "refused", "refused", "refused"]
        holder = read_holder(library)
        assert holder is not None and holder.pid in {racer.pid for racer in racers}
        assert sorted(p.name for p in library.parent.iterdir()) == [lock_path(library).name]
    finally:
        for racer in racers:
            racer.stdin.close()
            racer.wait(timeout=30)
            racer.stdout.close()


def test_a_takeover_cut_short_leaves_nothing_behind_at_the_next_lock(library: Path):
    # A crash between making the new lock file and putting it in place leaves it behind.
    leftover = library.with_name(f"{lock_path(library).name}.4242-0a1b2c3d.new")
    leftover.write_text('{"pid": 4242}', encoding="utf-8")
    lookalike = library.with_name(f"{lock_path(library).name}.notes.new")
    lookalike.write_text("not ours", encoding="utf-8")
    with acquire_lock(library):
        assert not leftover.exists()
    assert lookalike.read_text(encoding="utf-8") == "not ours", "only our own names go"


@posix_only
def test_without_o_nofollow_a_link_at_the_lock_path_is_still_refused(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
):
    # Windows has no O_NOFOLLOW: the open follows the link, the check after it refuses.
    from okr_workshop.storage import lock as lock_module

    nofollow = os.O_NOFOLLOW
    for name in ("_CREATE", "_OPEN_EXISTING", "_READ_EXISTING"):
        monkeypatch.setattr(lock_module, name, getattr(lock_module, name) & ~nofollow)
    precious = tmp_path / "rapport.txt"
    precious.write_text("v1 — final", encoding="utf-8")
    lock_path(library).symlink_to(precious)
    _refused(library)
    assert precious.read_text(encoding="utf-8") == "v1 — final"
