"""`okr-workshop checkins import|export` and `okr-workshop rituals export`, run as a user
would: a separate process, the files it reads and writes, its messages and exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

NBSP = "\u00a0"


def run(*args: str, library: Path):
    environment = dict(os.environ, OKR_WORKSHOP_LIBRARY=str(library))
    return subprocess.run([sys.executable, "-m", "okr_workshop", *args], capture_output=True,
                          text=True, env=environment, timeout=120)


@pytest.fixture
def library(tmp_path) -> Path:
    path = tmp_path / "lib.sqlite3"
    assert run("demo", library=path).returncode == 0
    return path


def french_id(library: Path) -> str:
    listed = json.loads(run("list", "--json", library=library).stdout)
    return next(w["id"] for w in listed if w["language"] == "fr")


def exported(library: Path, workshop: str, path: Path, *extra: str) -> str:
    result = run("checkins", "export", workshop[:8], "-o", str(path), *extra, library=library)
    assert result.returncode == 0, result.stderr
    return path.read_bytes().decode("utf-8-sig")


def one_line_error(result) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


GOOD = ("Date;Résultat clé;Valeur;Confiance;Commentaire\n"
        "05/03/2027;Porter le taux de conversion du site de 1,8 % à 3 %;2,6;8;Relance\n"
        "12/03/2027;Porter le taux de conversion du site de 1,8 % à 3 %;2,8;8;\n")


def test_export_then_import_with_dry_run_then_for_real(library, tmp_path):
    workshop = french_id(library)
    before = exported(library, workshop, tmp_path / "before.csv")
    assert before.startswith("Équipe;Objectif;Id du résultat clé;Résultat clé;Date;Valeur;")
    assert ";1,9;6;" in before  # the sample's first check-in, decimal comma
    sheet = tmp_path / "points.csv"
    sheet.write_text(GOOD, encoding="utf-8")

    dry = run("checkins", "import", workshop[:8], str(sheet), "--dry-run", library=library)
    assert dry.returncode == 0, dry.stderr
    assert "Click & Collect — Porter le taux de conversion" in dry.stdout
    assert "2 check-ins from Mar" in dry.stdout and "last value 2.8%" in dry.stdout
    assert "Nothing changed (--dry-run): 2 check-ins would be imported" in dry.stderr
    assert exported(library, workshop, tmp_path / "same.csv") == before

    done = run("checkins", "import", workshop[:8], str(sheet), library=library)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 check-ins into" in done.stderr
    after = exported(library, workshop, tmp_path / "after.csv")
    assert len(after.splitlines()) == len(before.splitlines()) + 2
    assert "2027-03-05;2,6;8;Relance" in after

    again = run("checkins", "import", workshop[:8], str(sheet), library=library)
    assert again.returncode == 0, again.stderr
    assert "2 lines already in the workshop were skipped." in again.stdout
    assert "nothing to import" in again.stderr


def test_a_file_with_one_wrong_line_changes_nothing_and_says_which(library, tmp_path):
    workshop = french_id(library)
    before = exported(library, workshop, tmp_path / "before.csv")
    sheet = tmp_path / "points.csv"
    sheet.write_text(GOOD + "19/03/2027;Porter le taux de conversion du site de 1,8 % à 3 %;"
                     "3;11;\n", encoding="utf-8")
    said = one_line_error(run("checkins", "import", workshop, str(sheet), library=library))
    assert said == ("okr-workshop: Nothing was imported. Line 4: confidence 11 is not between "
                    "0 and 10")
    french = one_line_error(run("checkins", "import", workshop, str(sheet), "--lang", "fr",
                                library=library))
    assert f"Ligne 4{NBSP}: la confiance 11 n’est pas comprise entre 0 et 10" in french
    assert exported(library, workshop, tmp_path / "after.csv") == before


def test_checkins_export_in_english_for_an_english_spreadsheet(library, tmp_path):
    text = exported(library, french_id(library), tmp_path / "en.csv", "--lang", "en")
    assert text.startswith("Team,Objective,Key result id,Key result,Date,Value,Confidence,")
    assert ",1.9,6," in text


def test_rituals_export_writes_a_calendar_with_stable_uids(library, tmp_path):
    workshop = french_id(library)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for path in (first, second):
        result = run("rituals", "export", workshop[:8], "-o", str(path), library=library)
        assert result.returncode == 0, result.stderr
        assert "Exported 4 rituals of" in result.stderr and str(path) in result.stderr
    events = Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    assert len(events) == 4
    assert str(events[0]["summary"]).startswith("Point d’étape hebdomadaire — ")
    uids = [str(e["uid"]) for e in events]
    assert uids == [str(e["uid"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    english = run("rituals", "export", workshop, "-o", str(tmp_path / "en.ics"), "--lang", "en",
                  library=library)
    assert english.returncode == 0, english.stderr
    (event, *_) = Calendar.from_ical((tmp_path / "en.ics").read_bytes()).walk("VEVENT")
    assert str(event["summary"]).startswith("Weekly check-in — ")


def test_an_unknown_workshop_or_file_is_one_line(library, tmp_path):
    said = one_line_error(run("checkins", "export", "zzzzzzzz", "-o", str(tmp_path / "x.csv"),
                              library=library))
    assert "zzzzzzzz" in said
    missing = one_line_error(run("checkins", "import", french_id(library),
                                 str(tmp_path / "none.csv"), library=library))
    assert "none.csv" in missing
    # The file is read first: its problem is told before the workshop is even looked for.
    sheet = tmp_path / "points.csv"
    sheet.write_bytes(b"PK\x03\x04 not really a workbook")
    first = one_line_error(run("checkins", "import", "zzzzzzzz", str(sheet), library=library))
    assert "This Excel workbook cannot be read" in first
    assert not (tmp_path / "x.csv").exists()


def test_the_help_is_french(library):
    out = run("rituals", "export", "--help", "--lang", "fr", library=library).stdout
    assert "le fichier .ics à écrire" in out and "ATELIER" in out
    assert "show this help" not in out


def test_a_folder_given_as_the_output_is_named_and_left_clean(library, tmp_path):
    folder = tmp_path / "rituals"
    folder.mkdir()
    for command in ("checkins", "rituals"):
        said = one_line_error(run(command, "export", french_id(library)[:8], "-o", str(folder),
                                  library=library))
        assert said.endswith(f"it is a folder: {folder}"), said
        assert ".tmp" not in said
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
