"""`okr-workshop backups` and `okr-workshop restore`, and a damaged library met on the
command line: set aside, one line saying so, and the way back."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.storage.backups import list_backups
from okr_workshop.storage.connection import close_library, open_library
from tests.cli.test_cli import assert_user_error, run


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _workshop_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM workshops").fetchone()[0]
    finally:
        conn.close()


def test_backups_lists_date_size_and_workshops(library: Path, capsys):
    status, _, err = main(capsys, "--library", str(library), "backups")
    assert status == 1 and "does not exist" in err  # no library there, no backups either
    close_library(open_library(library))  # a library nobody has backed up yet
    status, out, _ = main(capsys, "--library", str(library), "backups")
    assert status == 0
    assert "No backups" in out and str(library.parent / "backups") in out

    assert main(capsys, "--library", str(library), "demo")[0] == 0
    status, out, err = main(capsys, "--library", str(library), "backups")
    assert status == 0 and err == ""
    lines = out.strip().splitlines()
    # At open (empty), then at close (the two samples).
    assert len(lines) == 2
    newest = lines[0].split()
    assert newest[0].startswith("lib.sqlite3-") and newest[0].endswith(".sqlite3")
    # The date as the region writes it (ISO no more), the time on 24 hours.
    assert len(re.split(r"[-/.]", newest[1])) == 3 and newest[2].count(":") == 2
    assert newest[4] == "kB"
    assert "2 workshops" in lines[0] and "0 workshops" in lines[1]
    assert "DAMAGED" not in out

    status, out, _ = main(capsys, "--library", str(library), "backups", "--json")
    listed = json.loads(out)
    assert [entry["workshops"] for entry in listed] == [2, 0]
    assert all(entry["ok"] for entry in listed)
    assert {"name", "path", "taken_at", "size"} <= set(listed[0])


def test_a_damaged_backup_is_listed_as_such(library: Path, capsys):
    main(capsys, "--library", str(library), "demo")
    newest = list_backups(library)[0].path
    newest.write_bytes(b"\x00" * 100)
    status, out, _ = main(capsys, "--library", str(library), "backups")
    assert status == 0
    assert out.splitlines()[0].startswith(newest.name) and "DAMAGED" in out.splitlines()[0]


def test_a_damaged_library_is_set_aside_then_restored(library: Path):
    assert run("demo", library=library).returncode == 0
    damaged = library.read_bytes()[:5000]
    library.write_bytes(damaged)

    result = run("list", library=library)
    assert_user_error(result, "damaged", "moved, unchanged", "okr-workshop restore",
                      "2 workshops")
    (aside,) = library.parent.glob("lib-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    assert str(aside) in result.stderr
    assert not library.exists()

    restored = run("restore", library=library)
    assert restored.returncode == 0, restored.stderr
    assert "Restored lib.sqlite3-" in restored.stdout and "2 workshops" in restored.stdout
    listed = json.loads(run("list", "--json", library=library).stdout)
    assert len(listed) == 2
    assert aside.read_bytes() == damaged


def test_restore_a_named_backup_keeps_the_current_file(library: Path, capsys):
    main(capsys, "--library", str(library), "demo")
    oldest = list_backups(library)[-1]
    assert oldest.workshop_count == 0
    before = library.read_bytes()
    # The two sample workshops would go: said in one line, nothing done without --force.
    status, out, err = main(capsys, "--library", str(library), "restore", oldest.path.name)
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "would drop 2 workshops" in err and "--force" in err
    assert library.read_bytes() == before
    status, out, _ = main(
        capsys, "--library", str(library), "restore", oldest.path.name, "--force"
    )
    assert status == 0
    assert _workshop_count(library) == 0
    (aside,) = library.parent.glob("lib-replaced-*.sqlite3")
    assert str(aside) in out
    assert _workshop_count(aside) == 2


def test_restore_refuses_a_bad_backup_in_one_line(library: Path):
    assert run("demo", library=library).returncode == 0
    before = library.read_bytes()
    result = run("restore", "lib-19990101-000000-000000.sqlite3", library=library)
    assert_user_error(result, "is not a sound backup", "nothing was restored")
    assert library.read_bytes() == before


def test_restore_without_any_backup_says_so(library: Path, capsys):
    status, _, err = main(capsys, "--library", str(library), "restore")
    assert status == 1
    assert "No backup of the library" in err and len(err.strip().splitlines()) == 1


def test_a_backup_stamped_in_the_future_is_listed_last_and_said_so(library: Path, capsys):
    import shutil

    main(capsys, "--library", str(library), "demo")
    newest = list_backups(library)[0].path
    future = newest.with_name("lib.sqlite3-20991231-235959-000000.sqlite3")
    shutil.copyfile(newest, future)
    status, out, _ = main(capsys, "--library", str(library), "backups")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(newest.name) and "FUTURE" not in lines[0]
    assert lines[-1].startswith(future.name) and "DATED IN THE FUTURE" in lines[-1]
    _, out, _ = main(capsys, "--library", str(library), "backups", "--json")
    assert [entry["in_future"] for entry in json.loads(out)] == [False, False, True]
    # Not chosen by default: the restore puts back the newest on-time backup.
    status, out, _ = main(capsys, "--library", str(library), "restore")
    assert status == 0 and newest.name in out


def test_backups_named_by_older_versions_are_listed_and_restored_by_name(
    library: Path, capsys
):
    """Before full names, backups were ``lib-<time>.sqlite3``: still this library's."""
    main(capsys, "--library", str(library), "demo")
    oldest = list_backups(library)[-1].path
    legacy = oldest.with_name(oldest.name.replace("lib.sqlite3-", "lib-"))
    oldest.rename(legacy)
    status, out, _ = main(capsys, "--library", str(library), "backups")
    assert status == 0 and legacy.name in out
    status, out, _ = main(capsys, "--library", str(library), "restore", legacy.name, "--force")
    assert status == 0 and legacy.name in out
    assert _workshop_count(library) == 0
