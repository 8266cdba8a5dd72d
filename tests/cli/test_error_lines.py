"""Every command-line error is one line naming the path, in the user's language (issue 16,
point 14): a path holding a line break is shown with the break escaped, a full disk names
the file (or the standard output) it could not write, running out of memory is a sentence,
never a traceback."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.app import exchange_files


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("library") / "lib.sqlite3"
    assert cli.main(["--library", str(path), "demo"]) == 0
    return path


@pytest.fixture(scope="module")
def workshop_id(library: Path) -> str:
    result = _run("--library", str(library), "list", "--json")
    return json.loads(result.stdout)[0]["id"]


def _run(*args: str, **options) -> subprocess.CompletedProcess:
    environment = dict(os.environ, LANG="C.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    if "stdout" not in options:
        options["capture_output"] = True
    return subprocess.run([sys.executable, "-m", "okr_workshop", *args], env=environment,
                          timeout=120, **options)


def _one_line(stderr: bytes | str, *words: str) -> str:
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text, text
    lines = text.strip("\n").split("\n")
    assert len(lines) == 1, text
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_a_path_with_a_line_break_is_one_line_with_the_break_shown(library, workshop_id,
                                                                   tmp_path, capsys):
    folder = tmp_path / "a\nb"
    folder.mkdir()
    target = folder / "missing" / "deck.pdf"
    capsys.readouterr()
    status = cli.main(["--library", str(library), "export", workshop_id, "--format", "pdf",
                       "-o", str(target)])
    err = capsys.readouterr().err
    assert status == 1
    _one_line(err, "a\\nb/missing/deck.pdf", "no such file or folder")


def test_a_library_path_with_a_line_break_is_one_line(tmp_path, capsys):
    capsys.readouterr()
    status = cli.main(["--library", str(tmp_path / "new\nlib.sqlite3"), "list"])
    assert status == 1
    _one_line(capsys.readouterr().err, "new\\nlib.sqlite3", "does not exist")


def test_a_success_message_naming_such_a_path_is_one_line(library, workshop_id, tmp_path,
                                                          capsys):
    target = tmp_path / "two\nlines.json"
    capsys.readouterr()
    assert cli.main(["--library", str(library), "export", workshop_id, "-o", str(target)]) == 0
    _one_line(capsys.readouterr().err, "two\\nlines.json")
    assert json.loads(target.read_text())["workshop"]


def test_a_full_standard_output_is_named(library, workshop_id):
    with open("/dev/full", "wb") as full:
        for args in (["export", workshop_id, "-o", "-"], ["list"]):
            result = _run("--library", str(library), *args, stdout=full, stderr=subprocess.PIPE)
            assert result.returncode == 1
            _one_line(result.stderr, "the disk is full: standard output")


def _limit_file_size() -> None:
    # Writes past 64 kB (room for the reader's -shm, not for a deck) fail with EFBIG, as a
    # full disk fails them with ENOSPC: the same path through the code.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_file_the_disk_cannot_hold_is_named(library, workshop_id, tmp_path):
    target = tmp_path / "deck.pdf"
    result = _run("--library", str(library), "export", workshop_id, "--format", "pdf", "-o",
                  str(target), preexec_fn=_limit_file_size)
    assert result.returncode == 1
    _one_line(result.stderr, "the file is too large", str(target))
    assert sorted(entry.name for entry in tmp_path.iterdir()) == []  # no temporary left


@pytest.mark.parametrize("megabytes", [40, 60, 80])
def test_running_out_of_memory_is_one_line(tmp_path, megabytes):
    hostile = tmp_path / "big.json"
    hostile.write_text(json.dumps({"format": "okr-workshop", "items": ["x" * 100] * 150_000}))

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))

    result = _run("--library", str(tmp_path / "lib.sqlite3"), "import", str(hostile),
                  preexec_fn=limit_memory)
    assert result.returncode == 1
    _one_line(result.stderr)


@pytest.mark.parametrize(("lang", "words"), [("en", "not enough memory"),
                                             ("fr", "mémoire insuffisante")])
def test_out_of_memory_is_said_in_the_user_s_language(tmp_path, capsys, monkeypatch, lang,
                                                       words):
    def exhausted(path):
        raise MemoryError

    monkeypatch.setattr(exchange_files, "read_import_file", exhausted)
    capsys.readouterr()
    status = cli.main(["--library", str(tmp_path / "lib.sqlite3"), "import", "x.json",
                       "--lang", lang])
    assert status == 1
    _one_line(capsys.readouterr().err, words)


def test_backups_of_a_library_named_with_a_line_break_are_one_line_each(tmp_path, capsys):
    library = tmp_path / "team\nA.sqlite3"
    assert cli.main(["--library", str(library), "demo"]) == 0
    capsys.readouterr()
    assert cli.main(["--library", str(library), "backups"]) == 0
    lines = capsys.readouterr().out.strip("\n").split("\n")
    assert len(lines) == len(list((tmp_path / "backups").iterdir())) >= 1
    assert all(line.startswith(("team\\nA.sqlite3-", "team\\nA-")) for line in lines), lines


@pytest.mark.parametrize(("lang", "words"), [("en", "unexpected error (ValueError: boom\\nforged"),
                                             ("fr", "erreur inattendue (ValueError: boom")])
def test_a_bug_is_one_line_naming_the_private_file_that_keeps_its_traceback(
        tmp_path, capsys, monkeypatch, lang, words):
    import tempfile

    def broken(path):
        raise ValueError("boom\nforged second line")

    monkeypatch.setattr(exchange_files, "read_import_file", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    capsys.readouterr()
    status = cli.main(["--library", str(tmp_path / "lib.sqlite3"), "import", "x.json",
                       "--lang", lang])
    assert status == cli.EXIT_SOFTWARE
    said = _one_line(capsys.readouterr().err, words)
    (report,) = tmp_path.glob("okr-workshop-error-*.txt")
    assert str(report) in said
    assert "Traceback" in report.read_text() and "boom" in report.read_text()
    assert os.stat(report).st_mode & 0o777 == 0o600



def test_a_title_with_a_line_break_keeps_the_export_message_on_one_line(tmp_path, capsys):
    """And the calendar file is still written: its name (X-WR-CALNAME) is one line."""
    from dataclasses import replace

    from okr_workshop.storage.connection import close_library, open_library
    from okr_workshop.storage.repository import Repository

    library = tmp_path / "lib.sqlite3"
    assert cli.main(["--library", str(library), "demo"]) == 0
    capsys.readouterr()
    assert cli.main(["--library", str(library), "list", "--json"]) == 0
    workshop_id = json.loads(capsys.readouterr().out)[0]["id"]
    # An old library may hold such a title: stored through the repository, as an older
    # version's window could have (a raw UPDATE would now read as damage: its checksum).
    connection = open_library(library)
    repository = Repository(connection)
    repository.save_workshop_header(replace(repository.load_workshop(workshop_id),
                                            title="Atelier\nExported forged line"))
    close_library(connection)
    for args in (["export", workshop_id, "-o", str(tmp_path / "a.json")],
                 ["rituals", "export", workshop_id, "-o", str(tmp_path / "r.ics")]):
        assert cli.main(["--library", str(library), *args]) == 0
        _one_line(capsys.readouterr().err, "Atelier\\nExported forged line")
