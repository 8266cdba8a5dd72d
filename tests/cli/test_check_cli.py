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


def test_check_shows_a_sentence_deadline_after_the_cycle(tmp_path):
    # Issue 18, family 5: the English sample's cycle is Q1 2027; a key result typed with
    # "by end of Q3" is said to be outside it, in the report as in the window.
    library = tmp_path / "lib.sqlite3"
    assert run("demo", library=library).returncode == 0
    english = next(w for w in json.loads(run("list", "--json", library=library).stdout)
                   if w["language"] == "en")
    exported = tmp_path / "workshop.json"
    assert run("export", english["id"], "--format", "json", "-o", str(exported),
               library=library).returncode == 0
    data = json.loads(exported.read_text("utf-8"))
    objective = next(o for t in data["workshop"]["teams"] for o in t["objectives"]
                     if o["status"] == "kept" and o["key_results"])
    objective["key_results"][0]["text"] = "Sign 12 new repair partners by end of Q3"
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    imported = run("import", str(exported), library=library)
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(run("list", "--json", library=library).stdout)
    copy = next(w["id"] for w in listed if w["id"] not in (english["id"],)
                and w["language"] == "en")
    report = json.loads(run("check", copy, "--json", library=library).stdout)
    [finding] = [f for f in report["findings"]
                 if f["code"] == "kr.sentence_deadline_outside_cycle"]
    assert finding["severity"] == "warning"
    assert finding["message"] == (
        "“Sign 12 new repair partners by end of Q3” says “by end of Q3” (Sep\u00a030, 2027): "
        "that is outside the cycle (from Jan\u00a01, 2027 to Mar\u00a031, 2027).")
