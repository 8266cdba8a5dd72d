"""Where `export -o` may write (issue 16, point 6): never over the library, its backups,
its -wal, -shm or lock, another library, a folder, a device or pipe, a read-only file; an
existing file keeps its permissions; a link is written through; `-o -` is the standard
output. Each refusal is one line naming the path, and the file refused is left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from okr_workshop import cli


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    assert cli.main(["--library", str(path), "demo"]) == 0
    return path


@pytest.fixture
def workshop_id(library: Path, capsys) -> str:
    capsys.readouterr()
    assert cli.main(["--library", str(library), "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)[0]["id"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _export(capsys, library: Path, workshop_id: str, target: Path | str, *options: str):
    capsys.readouterr()
    status = cli.main(["--library", str(library), "export", workshop_id, *options, "-o",
                       str(target)])
    out, err = capsys.readouterr()
    return status, out, err


def _refused(status: int, err: str, *words: str) -> None:
    assert status == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("fmt", ["pdf", "json", "run-sheet"])
def test_the_library_itself_is_never_written_over(library, workshop_id, capsys, fmt):
    before = _digest(library)
    status, _out, err = _export(capsys, library, workshop_id, library, "--format", fmt)
    _refused(status, err, str(library), "belongs to the library in use")
    assert _digest(library) == before
    assert sorted(p.name for p in library.parent.iterdir() if "damaged" in p.name) == []


def test_the_library_s_working_files_and_lock_are_refused_even_when_absent(
        library, workshop_id, capsys, tmp_path):
    for name in ("team.sqlite3-wal", "team.sqlite3-shm", "team.sqlite3-journal",
                 "team.sqlite3.lock"):
        status, _out, err = _export(capsys, library, workshop_id, tmp_path / name)
        _refused(status, err, name, "belongs to the library in use")
        assert not (tmp_path / name).exists()


def test_a_backup_and_anything_in_the_backups_folder_is_refused(library, workshop_id,
                                                                 capsys):
    backups = library.parent / "backups"
    backup = next(backups.iterdir())
    before = _digest(backup)
    for target in (backup, backups / "deck.pdf"):
        status, _out, err = _export(capsys, library, workshop_id, target, "--format", "pdf")
        _refused(status, err, "belongs to the library in use")
    assert _digest(backup) == before and not (backups / "deck.pdf").exists()


def test_a_link_to_the_library_is_the_library(library, workshop_id, capsys, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    symbolic = tmp_path / "elsewhere" / "deck.pdf"
    symbolic.symlink_to(library)
    hard = tmp_path / "elsewhere" / "hard.pdf"
    os.link(library, hard)
    before = _digest(library)
    for target in (symbolic, hard):
        status, _out, err = _export(capsys, library, workshop_id, target, "--format", "pdf")
        _refused(status, err, "belongs to the library in use")
    assert _digest(library) == before and symbolic.is_symlink()


def test_another_library_or_a_database_under_any_name_is_refused(library, workshop_id, capsys,
                                                                 tmp_path):
    other = tmp_path / "copy" / "report.pdf"
    other.parent.mkdir()
    shutil.copyfile(library, other)
    before = _digest(other)
    status, _out, err = _export(capsys, library, workshop_id, other, "--format", "pdf")
    _refused(status, err, str(other), "it is a database")
    assert _digest(other) == before


def test_a_pipe_or_a_folder_is_never_replaced(library, workshop_id, capsys, tmp_path):
    fifo = tmp_path / "deck.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "deck.json"
    folder.mkdir()
    for target, said in ((fifo, "not a regular file"), (folder, "it is a folder")):
        status, _out, err = _export(capsys, library, workshop_id, target)
        _refused(status, err, str(target), said)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir()


def test_a_device_is_never_replaced(library, workshop_id, capsys, tmp_path):
    device = tmp_path / "null.pdf"
    device.symlink_to(os.devnull)  # through a link: /dev itself is not ours to test in
    status, _out, err = _export(capsys, library, workshop_id, device, "--format", "pdf")
    _refused(status, err, os.devnull, "not a regular file")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_read_only_file_is_refused_even_for_root(library, workshop_id, capsys, tmp_path):
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"signed copy")
    target.chmod(0o444)
    status, _out, err = _export(capsys, library, workshop_id, target, "--format", "pdf")
    _refused(status, err, str(target), "read-only")
    assert target.read_bytes() == b"signed copy"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_private_file_stays_private_and_a_link_stays_a_link(library, workshop_id, capsys,
                                                             tmp_path):
    private = tmp_path / "private" / "atelier.json"
    private.parent.mkdir()
    private.write_text("old")
    private.chmod(0o600)
    link = tmp_path / "atelier.json"
    link.symlink_to(private)
    status, _out, _err = _export(capsys, library, workshop_id, link)
    assert status == 0
    assert link.is_symlink() and json.loads(private.read_text())["workshop"]
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_posters_are_never_written_into_the_backups_folder(library, workshop_id, capsys):
    backups = library.parent / "backups"
    before = sorted(p.name for p in backups.iterdir())
    status, _out, err = _export(capsys, library, workshop_id, backups, "--format", "posters")
    _refused(status, err, "belongs to the library in use")
    assert sorted(p.name for p in backups.iterdir()) == before


def test_json_to_standard_output_is_the_file_s_bytes(library, workshop_id, capsys, tmp_path):
    assert _export(capsys, library, workshop_id, tmp_path / "a.json")[0] == 0
    status, out, err = _export(capsys, library, workshop_id, "-")
    assert status == 0 and "standard output" in err
    assert out == (tmp_path / "a.json").read_text(encoding="utf-8")
    assert not Path("-").exists()


def test_posters_to_standard_output_is_one_line(library, workshop_id, capsys):
    status, out, err = _export(capsys, library, workshop_id, "-", "--format", "posters")
    _refused(status, err, "give a folder")
    assert out == ""


def test_a_binary_file_is_never_poured_into_a_terminal(library, workshop_id):
    import subprocess
    import sys

    controller, terminal = os.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "okr_workshop", "--library", str(library), "export",
             workshop_id, "--format", "pdf", "-o", "-"],
            stdout=terminal, stderr=subprocess.PIPE, text=True, timeout=120)
        os.set_blocking(controller, False)
        try:
            shown = os.read(controller, 65536)
        except BlockingIOError:
            shown = b""
    finally:
        os.close(terminal)
        os.close(controller)
    _refused(result.returncode, result.stderr, "not written to a terminal", "standard output")
    assert b"%PDF" not in shown
