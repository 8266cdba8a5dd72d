"""A library in a folder (or a file) that cannot be written: the reading commands still read
it, leaving the folder exactly as it was, and a writer is told "read-only", never
"damaged or incomplete" (a WAL library cannot be opened the usual way without making its
-shm beside it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.app.library_file import open_library_file
from okr_workshop.storage.errors import LibraryUnavailable
from tests.storage.library_builders import rich_workshop
from tests.storage.read_only import read_only


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "lib.sqlite3"
    assert cli.main(["--library", str(path), "demo"]) == 0
    return path


def _main(capsys, *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def _titles(capsys, library: Path) -> list[str]:
    status, out, err = _main(capsys, "--library", str(library), "list", "--json")
    assert status == 0, err
    return [item["title"] for item in json.loads(out)]


def _one_line_without(err: str, *absent: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in absent:
        assert word not in lines[0]
    return lines[0]


def test_reading_commands_read_a_library_in_a_read_only_folder(library, tmp_path, capsys):
    folder = library.parent
    expected = _titles(capsys, library)
    (first_id,) = [json.loads(_main(capsys, "--library", str(library), "list", "--json")[1])
                   [0]["id"]]  # fmt: skip
    before = _folder_state(folder)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    with read_only(folder):
        assert _titles(capsys, library) == expected
        status, out, err = _main(capsys, "--library", str(library), "check", first_id[:8])
        assert status in (0, 2) and out and "Traceback" not in err, err
        status, _out, err = _main(capsys, "--library", str(library), "export", first_id[:8],
                                  "-o", str(out_folder / "w.json"))  # fmt: skip
        assert status == 0, err
        status, out, err = _main(capsys, "--library", str(library), "backups")
        assert status == 0 and "DAMAGED" not in out, err
        assert _folder_state(folder) == before, "nothing is made or changed beside it"
    assert json.loads((out_folder / "w.json").read_text("utf-8"))["workshop"]


def test_a_writer_in_a_read_only_folder_hears_read_only_not_damaged(library, capsys):
    before = _folder_state(library.parent)
    with read_only(library.parent):
        status, _out, err = _main(capsys, "--library", str(library), "demo")
    assert status == 1
    line = _one_line_without(err, "damaged", "incomplete")
    assert "cannot be written to" in line and str(library) in line
    assert _folder_state(library.parent) == before


def test_a_read_only_library_file_is_read_and_a_writer_is_told_at_once(library, capsys):
    expected = _titles(capsys, library)
    before = library.read_bytes()
    with read_only(library):
        assert _titles(capsys, library) == expected
        status, _out, err = _main(capsys, "--library", str(library), "demo")
        # The window opens as a writer: told before the first edit, not at it.
        with pytest.raises(LibraryUnavailable) as refused:
            open_library_file(library)
    assert refused.value.code == "read_only"
    assert status == 1
    line = _one_line_without(err, "damaged", "incomplete")
    assert "is read-only" in line and str(library) in line
    assert library.read_bytes() == before


def test_changes_still_in_the_wal_are_read_from_a_read_only_folder(library, tmp_path, capsys):
    """The -wal cannot be folded into the file there; its changes are shown all the same."""
    copy = tmp_path / "copy" / library.name
    copy.parent.mkdir()
    opened = open_library_file(library)
    try:
        opened.repository.add_workshop(rich_workshop("Only in the -wal ✨"))
        # A copy while the writer is open: the last change lives in the -wal only.
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{library}{suffix}", f"{copy}{suffix}")
    finally:
        opened.close()
    assert Path(f"{copy}-wal").stat().st_size > 0
    expected = _titles(capsys, library)
    assert "Only in the -wal ✨" in expected
    before = _folder_state(copy.parent)
    with read_only(copy.parent):
        assert sorted(_titles(capsys, copy)) == sorted(expected)
    assert _folder_state(copy.parent) == before, "the -wal is still there, unchanged"


def test_a_shm_that_cannot_be_made_is_not_called_damage(library, capsys):
    """Without permissions at all: the -shm path is taken by a folder, so SQLite cannot
    make it; the reading commands still read, and the library is never set aside."""
    expected = _titles(capsys, library)
    before = library.read_bytes()
    shm = Path(f"{library}-shm")
    shm.mkdir()
    assert _titles(capsys, library) == expected
    status, _out, err = _main(capsys, "--library", str(library), "demo")
    assert status == 1
    _one_line_without(err, "damaged", "incomplete", "moved")
    assert library.read_bytes() == before and shm.is_dir()
