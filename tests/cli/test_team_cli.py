"""`okr-workshop team folder|status|share|pull`, run as a coach or an OKR office's nightly
script would: two libraries (two laptops), one team folder, separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NBSP = "\u00a0"


def run(*args: str, library: Path, lang: str = "C.UTF-8"):
    environment = dict(os.environ, OKR_WORKSHOP_LIBRARY=str(library), LANG=lang)
    return subprocess.run([sys.executable, "-m", "okr_workshop", *args], capture_output=True,
                          text=True, env=environment, timeout=120)


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def laptops(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "Équipe OKR"
    folder.mkdir()
    claire, malik = tmp_path / "claire.sqlite3", tmp_path / "malik.sqlite3"
    ok(run("demo", library=claire))
    ok(run("team", "folder", str(folder), "--coach", "Claire", library=claire))
    ok(run("team", "folder", str(folder), "--coach", "Malik", library=malik))
    return claire, malik, folder


def status(library: Path) -> list[dict]:
    return json.loads(ok(run("team", "status", "--json", library=library)))


def test_folder_is_kept_and_shown(laptops) -> None:
    claire, _malik, folder = laptops
    shown = ok(run("team", "folder", library=claire))
    assert f"Team folder: {folder}" in shown and "Shared as: Claire on " in shown
    french = ok(run("team", "folder", "--lang", "fr", library=claire))
    assert f"Dossier d’équipe{NBSP}: {folder}" in french


def test_nightly_share_all_then_pull_on_the_other_laptop(laptops) -> None:
    claire, malik, folder = laptops
    shared = ok(run("team", "share", "--all", library=claire))
    assert shared.count("up to date") == 2
    assert len(list(folder.glob("*.okrw"))) == 2
    assert {s["state"] for s in status(malik)} == {"only_in_folder"}
    pulled = ok(run("team", "pull", library=malik))
    assert pulled.count("up to date") == 2 and "revision 1 by Claire" in pulled
    listed = json.loads(ok(run("list", "--json", library=malik)))
    assert {w["id"] for w in listed} == {s["workshop_id"] for s in status(claire)}
    # Shared again with nothing changed: nothing is written.
    before = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.okrw")}
    ok(run("team", "share", "--all", library=claire))
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("*.okrw")} == before


def test_bad_file_is_named_with_its_reason_and_changes_nothing(laptops) -> None:
    claire, malik, folder = laptops
    (folder / "cassé.okrw").write_text('{"format": "okr-workshop", "version": 1', "utf-8")
    shown = ok(run("team", "status", library=malik))
    assert "cassé.okrw: unreadable file (" in shown
    ok(run("team", "pull", library=malik))
    assert json.loads(ok(run("list", "--json", library=malik))) == []
    (entry,) = status(malik)
    assert entry["state"] == "bad_file" and entry["problem"]


def test_without_a_folder_one_line_in_french(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    ok(run("demo", library=library))
    result = run("team", "status", "--lang", "fr", library=library)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "Aucun dossier d’équipe n’est choisi" in line and "Traceback" not in result.stderr


def test_share_needs_a_workshop_or_all(laptops) -> None:
    claire, _malik, _folder = laptops
    result = run("team", "share", library=claire)
    assert result.returncode == 1 and "--all" in result.stderr


def test_a_terminal_never_receives_control_characters_from_a_colleague(laptops) -> None:
    claire, malik, folder = laptops
    ok(run("team", "folder", "--coach", "Claire\x1b]0;owned\x07", library=claire))
    ok(run("team", "share", "--all", library=claire))
    shown = ok(run("team", "status", library=malik))
    assert "\x1b" not in shown and "\x07" not in shown


def test_a_library_inside_a_synced_folder_is_warned_about(tmp_path: Path) -> None:
    synced = tmp_path / "Sync"
    (synced / ".stfolder").mkdir(parents=True)
    library = synced / "lib.sqlite3"
    ok(run("demo", library=library))
    result = run("team", "folder", library=library)
    assert result.returncode == 0
    assert "warning: the library" in result.stderr and "Syncthing" in result.stderr


def test_the_team_folder_cannot_hold_the_library(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    ok(run("demo", library=library))
    result = run("team", "folder", str(tmp_path), library=library)
    assert result.returncode == 1 and "holds your library" in result.stderr


def test_sharing_again_a_file_a_colleague_deleted(laptops) -> None:
    claire, _malik, folder = laptops
    ok(run("team", "share", "--all", library=claire))
    for path in folder.glob("*.okrw"):
        path.unlink()
    assert {s["state"] for s in status(claire)} == {"removed"}
    ok(run("team", "share", "--all", library=claire))
    assert {s["state"] for s in status(claire)} == {"in_sync"}
    assert len(list(folder.glob("*.okrw"))) == 2
