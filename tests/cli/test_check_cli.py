"""`okr-workshop check ID`: findings and health of a workshop, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, library: Path):
    environment = {**os.environ, "OKR_WORKSHOP_LIBRARY": str(library)}
    return subprocess.run(
        [sys.executable, "-m", "okr_workshop", *args],
        capture_output=True, text=True, encoding="utf-8", env=environment, timeout=60,
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A library holding the two samples; their ids by language."""
    path = tmp_path_factory.mktemp("check") / "lib.sqlite3"
    demo = run("demo", library=path)
    assert demo.returncode == 0, demo.stderr
    listed = json.loads(run("list", "--json", library=path).stdout)
    return path, {w["language"]: w["id"] for w in listed}


def test_check_json(library):
    path, ids = library
    result = run("check", ids["en"], "--json", library=path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["workshop"]["id"] == ids["en"]
    assert [h["mistake"] for h in report["health"]] == [1, 2, 3, 4, 5]
    assert {h["status"] for h in report["health"]} <= {"ok", "at_risk", "missing"}
    for finding in report["findings"]:
        assert {"code", "severity", "subject", "subject_id", "message", "advice",
                "element"} <= set(finding)


def test_check_text_in_the_workshops_language_or_the_one_asked(library):
    path, ids = library
    french = run("check", ids["fr"][:8], library=path)
    assert french.returncode == 0, french.stderr
    assert "Santé des cinq erreurs" in french.stdout
    assert "1. Imposer les OKR et négliger la communication" in french.stdout
    english = run("check", ids["fr"], "--lang", "en", library=path)
    assert "Health of the five mistakes" in english.stdout


def test_check_an_unknown_workshop_is_a_user_error(library):
    path, _ = library
    result = run("check", "ffffffff", library=path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
