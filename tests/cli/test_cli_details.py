"""Command-line details a person meets in daily use: `demo` twice, `| head`, a missing
file while the window holds the library, a typo in --library (issue 11, point 29)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop.app.library_file import open_library_file
from okr_workshop.storage.lock import acquire_lock


def english_env(library: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}}  # fmt: skip
    env["LANG"] = "C.UTF-8"
    if library is not None:
        env["OKR_WORKSHOP_LIBRARY"] = str(library)
    return env


def run(*args: str, library: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okr_workshop", *args],
        capture_output=True, text=True, env=english_env(library), timeout=60,
    )  # fmt: skip


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


def titles(library: Path) -> list[str]:
    return sorted(w["title"] for w in json.loads(run("list", "--json", library=library).stdout))


def test_demo_twice_adds_the_samples_once_and_says_so(library):
    first = run("demo", library=library)
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip().splitlines()) == 2
    before = titles(library)
    assert len(before) == 2

    again = run("demo", library=library)
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""
    assert "already" in again.stderr
    assert titles(library) == before


def test_a_renamed_sample_is_still_recognised(library):
    assert run("demo", library=library).returncode == 0
    with open_library_file(library) as opened:
        summary = opened.repository.list_workshops()[0]
        workshop = opened.repository.load_workshop(summary.id)
        from dataclasses import replace

        opened.repository.save_workshop_header(replace(workshop, title="Notre atelier 🚀"))
    again = run("demo", library=library)
    assert again.returncode == 0, again.stderr
    assert len(titles(library)) == 2


def test_a_deleted_sample_comes_back_alone(library):
    assert run("demo", library=library).returncode == 0
    with open_library_file(library) as opened:
        gone = opened.repository.list_workshops()[0]
        opened.repository.delete_workshop(gone.id)
    again = run("demo", library=library)
    assert again.returncode == 0, again.stderr
    assert [line.split()[1:] for line in again.stdout.strip().splitlines()] == [
        gone.title.split()
    ]
    assert len(titles(library)) == 2


def test_list_into_a_closed_pipe_exits_quietly(library):
    assert run("demo", library=library).returncode == 0
    for _ in range(3):  # enough lines that the output does not fit a pipe's buffer
        run("demo", library=library)
    with open_library_file(library) as opened:
        from okr_workshop.app.workshops import new_workshop
        from okr_workshop.domain.model import Language

        for i in range(400):
            new_workshop(opened.repository, f"Atelier n°{i} — « essai »", Language.FRENCH)
    for args in (["list"], ["list", "--json"]):
        process = subprocess.Popen(
            [sys.executable, "-m", "okr_workshop", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=english_env(library),
        )  # fmt: skip
        process.stdout.close()  # what `| head -1` does once it has its line
        stderr = process.stderr.read().decode()
        process.stderr.close()
        status = process.wait(timeout=60)
        assert stderr == ""
        assert status in (0, 141)


def test_small_output_into_a_closed_pipe_exits_quietly(library):
    assert run("demo", library=library).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "okr_workshop", "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=english_env(library),
    )  # fmt: skip
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) in (0, 141)
    assert stderr == ""


def test_import_of_a_missing_file_does_not_wait_for_the_window(library, tmp_path):
    assert run("demo", library=library).returncode == 0
    with acquire_lock(library):  # the window holds the library
        line = one_line_error(run("import", str(tmp_path / "absent é.json"), library=library))
    assert "absent é.json" in line and "does not exist" in line
    assert "already open" not in line


def test_import_of_a_bad_file_does_not_wait_for_the_window(library, tmp_path):
    assert run("demo", library=library).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with acquire_lock(library):
        line = one_line_error(run("import", str(bad), library=library))
    assert "JSON" in line and "already open" not in line


@pytest.mark.parametrize(
    "args", [["list"], ["list", "--json"], ["export", "abcd", "-o", "x.json"],
             ["check", "abcd"], ["backups"], ["backups", "--json"]],
)  # fmt: skip
def test_read_only_commands_never_create_a_library(tmp_path, args):
    typo = tmp_path / "Ateliers" / "libary.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "okr_workshop", "--library", str(typo), *args],
        capture_output=True, text=True, env=english_env(), timeout=60, cwd=tmp_path,
    )  # fmt: skip
    line = one_line_error(result)
    assert str(typo) in line and "does not exist" in line
    assert result.stdout == ""
    assert not typo.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_backups_of_a_deleted_library_are_still_listed(library):
    assert run("demo", library=library).returncode == 0
    library.unlink()
    result = run("backups", library=library)
    assert result.returncode == 0, result.stderr
    assert "2 workshops" in result.stdout
    assert not library.exists()


def test_writers_still_create_the_library(tmp_path):
    fresh = tmp_path / "new folder" / "lib.sqlite3"
    result = run("demo", library=fresh)
    assert result.returncode == 0, result.stderr
    assert fresh.exists()
