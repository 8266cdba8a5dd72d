"""A -wal left beside the library (a crash) is checked before SQLite uses it: copied aside
first, its frames counted here, and a damaged one that drops committed transactions, or one
from another library, is said and kept, never silently lost or merged."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.app.library_file import open_library_file
from okr_workshop.storage.backups import backup_folder, list_backups
from okr_workshop.storage.wal_guard import (
    FRAME_HEADER_SIZE,
    WAL_HEADER_SIZE,
    WalScan,
    WalVerdict,
    scan_wal,
    settle,
)
from tests.storage.library_builders import rich_workshop, workshop_titles
from tests.storage.read_only import read_only

IN_THE_LOG = "Only in the -wal ✨ <b>&amp;</b>"


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _crashed(tmp_path: Path, name: str, titles: tuple[str, ...] = (IN_THE_LOG,)) -> Path:
    """A library as a kill -9 leaves it: the file, a -wal holding the last commits and the
    -shm indexing it."""
    live = tmp_path / f"live-{name}" / "library.sqlite3"
    crashed = tmp_path / name / "library.sqlite3"
    crashed.parent.mkdir(parents=True)
    opened = open_library_file(live)
    try:
        opened.repository.add_workshop(rich_workshop("Checkpointed before the crash"))
        opened.flush()
        for title in titles:
            opened.repository.add_workshop(rich_workshop(title))
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{live}{suffix}", f"{crashed}{suffix}")
    finally:
        opened.close()
    assert scan_wal(_wal(crashed)).promised == len(titles)
    return crashed


def _flip_a_bit_in_frame(wal: Path, index: int) -> None:
    data = bytearray(wal.read_bytes())
    (page_size,) = struct.unpack(">I", data[8:12])
    at = WAL_HEADER_SIZE + index * (FRAME_HEADER_SIZE + page_size) + FRAME_HEADER_SIZE + 100
    data[at] ^= 0x10
    wal.write_bytes(bytes(data))


def _wal_copies(library: Path) -> list[Path]:
    folder = backup_folder(library)
    return sorted(folder.glob(library.name + "-wal-*")) if folder.is_dir() else []


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# --- The frames, read as SQLite reads them ---


def test_the_scan_counts_the_commits_sqlite_will_apply(tmp_path):
    crashed = _crashed(tmp_path, "sound", ("one", "two", "three"))
    scan = scan_wal(_wal(crashed))
    assert scan.header_ok and scan.page_size == 4096 and not scan.checksum_stop
    assert (scan.promised, scan.readable) == (3, 3)
    _flip_a_bit_in_frame(_wal(crashed), 0)
    scan = scan_wal(_wal(crashed))
    assert scan.checksum_stop and (scan.promised, scan.readable) == (3, 0)


def test_a_sound_log_is_folded_in_without_a_word_and_no_copy_is_left(tmp_path):
    crashed = _crashed(tmp_path, "sound")
    with open_library_file(crashed, writer=False) as reader:
        assert reader.warnings == []
        titles = {item.title for item in reader.repository.list_workshops()}
    assert IN_THE_LOG in titles
    assert _wal_copies(crashed) == []


# --- A damaged log ---


def test_a_damaged_log_is_kept_and_the_lost_commits_are_said(tmp_path, capsys):
    crashed = _crashed(tmp_path, "damaged", ("one", IN_THE_LOG))
    _flip_a_bit_in_frame(_wal(crashed), 0)
    damaged_log = _wal(crashed).read_bytes()
    capsys.readouterr()
    assert cli.main(["--library", str(crashed), "list"]) == 0
    err = capsys.readouterr().err
    (line,) = err.strip().splitlines()
    assert "Traceback" not in err and str(crashed) in line
    assert "none of the transactions it holds could be read" in line
    (copy,) = _wal_copies(crashed)
    assert str(copy) in line
    assert copy.read_bytes() == damaged_log, "the only copy of the lost import, byte for byte"
    # The library itself is as SQLite could read it, sound; the copy stays after reopening.
    assert _integrity(crashed) == "ok"
    with open_library_file(crashed) as writer:
        assert writer.warnings == []
    assert _wal_copies(crashed) == [copy]


def test_the_window_and_a_writer_hear_of_it_in_french_too(tmp_path):
    crashed = _crashed(tmp_path, "damaged")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    with open_library_file(crashed) as writer:
        (warning,) = writer.warnings
    assert warning.code == "wal_lost_all"
    assert "aucune des transactions qu’il contient n’a pu être lue" in warning.message("fr")
    assert IN_THE_LOG not in workshop_titles(crashed)
    assert len(_wal_copies(crashed)) == 1


# --- A log from another library ---


def test_another_librarys_log_is_never_merged(tmp_path, capsys):
    ours = _crashed(tmp_path, "ours", ())
    theirs = _crashed(tmp_path, "theirs", ("Theirs, 1", "Theirs, 2"))
    before = workshop_titles(ours)
    _wal(ours).unlink(missing_ok=True)
    shutil.copyfile(_wal(theirs), _wal(ours))
    foreign = _wal(ours).read_bytes()
    capsys.readouterr()
    assert cli.main(["--library", str(ours), "list"]) == 0
    err = capsys.readouterr().err
    (line,) = err.strip().splitlines()
    assert "does not belong to it" in line and str(ours) in line
    (copy,) = _wal_copies(ours)
    assert copy.read_bytes() == foreign and str(copy) in line
    assert workshop_titles(ours) == before
    assert _integrity(ours) == "ok"
    assert not _wal(ours).exists() or _wal(ours).stat().st_size == 0
    assert [info.ok for info in list_backups(ours)] == [True] * len(list_backups(ours))


def test_a_log_with_another_page_size_is_never_merged(tmp_path):
    ours = _crashed(tmp_path, "ours", ())
    before = workshop_titles(ours)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE workshops (id TEXT, title TEXT)")
    conn.execute("INSERT INTO workshops VALUES ('x', 'Not ours')")
    shutil.copyfile(_wal(other), _wal(ours))
    conn.close()
    with open_library_file(ours) as writer:
        assert [warning.code for warning in writer.warnings] == ["wal_foreign"]
        assert {item.title for item in writer.repository.list_workshops()} == before
    assert _integrity(ours) == "ok" and len(_wal_copies(ours)) == 1


def test_another_librarys_log_beside_a_closed_library_is_never_merged(tmp_path):
    """No -shm to compare with (the file alone was copied here): applied, that log breaks
    the file, which passes its integrity check without it."""
    ours = tmp_path / "ours" / "library.sqlite3"
    with open_library_file(ours) as writer:
        for number in range(4):
            writer.repository.add_workshop(rich_workshop(f"Ours {number}", teams=3))
    before = workshop_titles(ours)
    theirs = _crashed(tmp_path, "theirs", ("Theirs, 1", "Theirs, 2"))
    ours.with_name(ours.name + "-shm").unlink(missing_ok=True)
    assert not _wal(ours).exists() or _wal(ours).stat().st_size == 0
    shutil.copyfile(_wal(theirs), _wal(ours))
    with open_library_file(ours, writer=False) as reader:
        assert [warning.code for warning in reader.warnings] == ["wal_foreign"]
        assert {item.title for item in reader.repository.list_workshops()} == before
    assert _integrity(ours) == "ok" and len(_wal_copies(ours)) == 1


def test_a_log_that_cannot_be_copied_aside_first_is_left_alone(tmp_path, capsys):
    crashed = _crashed(tmp_path, "damaged")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    folder = backup_folder(crashed)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the backups folder goes", encoding="utf-8")
    damaged_log, library_bytes = _wal(crashed).read_bytes(), crashed.read_bytes()
    capsys.readouterr()
    assert cli.main(["--library", str(crashed), "list"]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "could not be copied aside first" in line and str(crashed) in line
    assert _wal(crashed).read_bytes() == damaged_log and crashed.read_bytes() == library_bytes


def test_a_damaged_log_in_a_read_only_folder_is_said_and_left_as_it_is(tmp_path, capsys):
    crashed = _crashed(tmp_path, "damaged")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    before = {path.name: path.read_bytes() for path in crashed.parent.iterdir()
              if path.is_file()}  # fmt: skip
    capsys.readouterr()
    with read_only(crashed.parent):
        assert cli.main(["--library", str(crashed), "list"]) == 0
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "none of the transactions it holds could be read" in line and str(_wal(crashed)) in line
    after = {path.name: path.read_bytes() for path in crashed.parent.iterdir() if path.is_file()}
    assert after == before


def test_a_twin_librarys_log_is_never_merged(tmp_path):
    """The hardest case: no -shm, and a library made the same way, so its log applies
    without breaking the file. Every edit leaves the library's identity in the log, and
    the identities differ."""
    ours = _crashed(tmp_path, "ours", ())
    theirs = _crashed(tmp_path, "theirs", ("Theirs, 1",))
    before = workshop_titles(ours)
    ours.with_name(ours.name + "-shm").unlink()
    shutil.copyfile(_wal(theirs), _wal(ours))
    with open_library_file(ours, writer=False) as reader:
        assert [warning.code for warning in reader.warnings] == ["wal_foreign"]
        assert {item.title for item in reader.repository.list_workshops()} == before
    assert _integrity(ours) == "ok" and len(_wal_copies(ours)) == 1


def test_a_log_without_its_library_is_not_made_into_one(tmp_path):
    """The file is gone (moved, deleted) but its -wal stayed: a new library starts empty,
    and the log is kept aside rather than read as the start of that new library."""
    crashed = _crashed(tmp_path, "orphan", ("one", "two"))
    log = _wal(crashed).read_bytes()
    crashed.unlink()
    crashed.with_name(crashed.name + "-shm").unlink()
    with open_library_file(crashed) as writer:
        assert [warning.code for warning in writer.warnings] == ["wal_foreign"]
        assert writer.repository.list_workshops() == []
    (copy,) = _wal_copies(crashed)
    assert copy.read_bytes() == log and _integrity(crashed) == "ok"


def test_a_reader_beside_an_open_window_leaves_its_live_log_alone(tmp_path):
    library = tmp_path / "live" / "library.sqlite3"
    with open_library_file(library) as writer:
        writer.repository.add_workshop(rich_workshop(IN_THE_LOG))
        assert _wal(library).stat().st_size > 0
        with open_library_file(library, writer=False) as reader:
            assert reader.warnings == []
            assert [item.title for item in reader.repository.list_workshops()] == [IN_THE_LOG]
        assert _wal_copies(library) == []
        writer.repository.add_workshop(rich_workshop("After the reader"))
    assert workshop_titles(library) == {IN_THE_LOG, "After the reader"}


@pytest.mark.parametrize(
    ("readable", "promised", "english", "french"),
    [
        (0, 1, "none of the transactions it holds could be read",
         "aucune des transactions qu’il contient n’a pu être lue"),
        (1, 4, "only the first of its 4 transactions could be read",
         "seule la première de ses 4 transactions a pu être lue"),
        (3, 4, "only the first 3 of its 4 transactions could be read",
         "seules les 3 premières de ses 4 transactions ont pu être lues"),
    ],
)
def test_what_was_lost_is_said_in_words_that_fit_the_count(tmp_path, readable, promised,
                                                            english, french):
    kept = tmp_path / "library.sqlite3-wal-20270104-091502-000000"
    kept.write_bytes(b"log")
    scan = WalScan(True, 4096, promised + 2, promised, readable, readable, True)
    (warning,) = settle(WalVerdict(tmp_path / "library.sqlite3", scan, False, True, kept))
    assert english in warning.message("en") and french in warning.message("fr")
    assert kept.exists(), "the only copy of the lost changes stays"


_POWER_CUT = """
import os, shutil, sqlite3, sys
path = sys.argv[1]
conn = sqlite3.connect(path, isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("INSERT OR REPLACE INTO library_meta (key, value) VALUES ('probe', '1')")
shutil.copyfile(path + "-shm", path + ".old-shm")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
# Committed (and synced) into a new generation of the log, with new salts ...
conn.execute("INSERT OR REPLACE INTO library_meta (key, value) VALUES ('probe', '2')")
# ... while the index, never synced, is found as it was before: the power went.
shutil.copyfile(path + ".old-shm", path + "-shm")
os.remove(path + ".old-shm")
os._exit(0)
"""


def test_after_a_power_cut_the_library_s_own_log_is_merged_not_called_foreign(tmp_path,
                                                                              capsys):
    library = tmp_path / "library.sqlite3"
    assert cli.main(["--library", str(library), "demo"]) == 0
    subprocess.run([sys.executable, "-c", _POWER_CUT, str(library)], check=True, timeout=60)
    assert _wal(library).stat().st_size > 0
    capsys.readouterr()
    assert cli.main(["--library", str(library), "list"]) == 0
    assert "does not belong" not in capsys.readouterr().err
    conn = sqlite3.connect(library)
    try:
        (probe,) = conn.execute("SELECT value FROM library_meta WHERE key = 'probe'").fetchone()
    finally:
        conn.close()
    assert probe == "2", "the committed change in the log is in the library"


@pytest.mark.parametrize("damaged", [False, True])
def test_a_reader_beside_a_writer_never_folds_or_deletes_its_log(tmp_path, capsys, damaged):
    """The writer took the lock and has not yet checked the log a crash left: a `list` run
    meanwhile must leave that log as it is (it deleted it when it closed, the only copy)."""
    from okr_workshop.storage.lock import acquire_lock

    crashed = _crashed(tmp_path, "raced")
    if damaged:
        _flip_a_bit_in_frame(_wal(crashed), 0)
    log = _wal(crashed).read_bytes()
    with acquire_lock(crashed):
        capsys.readouterr()
        status = cli.main(["--library", str(crashed), "list"])
        err = capsys.readouterr().err
        assert "Traceback" not in err and "damaged" not in err
        assert status == 0 or len(err.strip().splitlines()) == 1
        assert _wal(crashed).read_bytes() == log, "the writer's log, byte for byte"
    # Then the writer's own open checks it, as if nobody had come by.
    with open_library_file(crashed) as writer:
        assert [w.code for w in writer.warnings] == (["wal_lost_all"] if damaged else [])


def test_the_copy_of_a_private_library_s_log_is_private_too(tmp_path):
    crashed = _crashed(tmp_path, "private")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    crashed.chmod(0o600)
    with open_library_file(crashed) as writer:
        assert writer.warnings
    (copy,) = _wal_copies(crashed)
    assert copy.stat().st_mode & 0o777 == 0o600
