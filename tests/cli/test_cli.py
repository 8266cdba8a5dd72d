"""The command line, run as a user would: a separate process, its output and exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import okr_workshop


def run(*args: str, library: Path | None = None, env: dict[str, str] | None = None):
    environment = dict(os.environ if env is None else env)
    if library is not None:
        environment["OKR_WORKSHOP_LIBRARY"] = str(library)
    return subprocess.run(
        [sys.executable, "-m", "okr_workshop", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


def assert_user_error(result, *words: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert okr_workshop.__version__ in result.stdout


def test_empty_library_then_demo_then_list(library):
    missing = run("list", library=library)
    assert_user_error(missing, "does not exist", "demo")
    assert not library.exists()

    demo = run("demo", library=library)
    assert demo.returncode == 0
    assert len(demo.stdout.strip().splitlines()) == 2

    listed = json.loads(run("list", "--json", library=library).stdout)
    assert len(listed) == 2
    assert {"id", "title", "updated_at"} <= set(listed[0])
    assert {w["title"] for w in listed} == {"Atelier OKR — T1 2027", "Q1 2027 OKR workshop"}


def test_library_option_wins_over_the_environment(tmp_path):
    other = tmp_path / "other.sqlite3"
    result = run("--library", str(other), "demo", library=tmp_path / "env.sqlite3")
    assert result.returncode == 0
    assert other.exists()
    assert not (tmp_path / "env.sqlite3").exists()


def test_export_then_import_round_trip(library, tmp_path):
    run("demo", library=library)
    first = json.loads(run("list", "--json", library=library).stdout)[0]
    out = tmp_path / "atelier.json"
    exported = run("export", first["id"][:8], "--format", "json", "-o", str(out), library=library)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "okr-workshop"
    assert document["workshop"]["title"] == first["title"]

    imported = run("import", str(out), library=library)
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.strip()
    assert new_id and new_id != first["id"]
    ids = [w["id"] for w in json.loads(run("list", "--json", library=library).stdout)]
    assert new_id in ids and len(ids) == 3


def test_a_bad_file_is_one_line_and_changes_nothing(library, tmp_path):
    run("demo", library=library)
    before = run("list", "--json", library=library).stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "okr-workshop", "version": 1, "workshop": [', encoding="utf-8")
    assert_user_error(run("import", str(bad), library=library))
    assert run("list", "--json", library=library).stdout == before


def test_missing_file_and_unknown_id(library, tmp_path):
    run("demo", library=library)
    assert_user_error(run("import", str(tmp_path / "nope.json"), library=library), "nope.json")
    out = tmp_path / "x.json"
    assert_user_error(
        run("export", "ffffffff", "--format", "json", "-o", str(out), library=library), "ffffffff"
    )
    assert not out.exists()


def test_a_garbage_library_is_reported_and_set_aside_unchanged(tmp_path):
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"these are my meeting notes, not a database" * 50)
    before = garbage.read_bytes()
    result = run("list", library=garbage)
    assert_user_error(result, "notes.sqlite3", "moved, unchanged")
    (aside,) = tmp_path.glob("notes-damaged-*.sqlite3")
    assert aside.read_bytes() == before
    assert aside.name in result.stderr


def test_usage_errors_are_one_line(library):
    assert_user_error(run("export", library=library))
    assert_user_error(run("frobnicate", library=library))


def test_no_display_gives_a_hint_instead_of_a_crash(library):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = run(library=library, env=env)
    assert result.returncode == 1
    assert "display" in result.stderr.lower()
    assert "Traceback" not in result.stderr
