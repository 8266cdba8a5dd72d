"""`okr-workshop check-kr`: key-result sentences judged alone, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from okr_workshop.app.check_kr import check_sentences, format_report

NBSP = "\u00a0"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okr_workshop", "check-kr", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )


def test_json_one_object_per_sentence_in_order():
    sentences = ["Organiser 4 ateliers", "Grow MRR from $120k to $180k",
                 "Ramener le taux de churn de 3,5 % à 2 %", "Lancer la nouvelle offre"]
    result = run("--json", *sentences)
    assert result.returncode == 0, result.stderr
    objects = json.loads(result.stdout)
    assert [o["text"] for o in objects] == sentences
    assert [o["verdict"] for o in objects] == ["needs-work", "ok", "ok", "needs-work"]
    for o in objects:
        assert set(o) == {"text", "verdict", "findings", "parsed"}
        assert set(o["parsed"]) == {"metric", "baseline", "target", "change", "unit",
                                    "direction", "contradiction"}
        for finding in o["findings"]:
            assert set(finding) == {"code", "severity", "message", "advice"}
            assert finding["severity"] in ("error", "warning", "info")
    activity, mrr, churn, launch = objects
    assert activity["findings"][0]["code"] == "kr.sentence.activity"
    assert activity["findings"][0]["message"] == (
        f"«{NBSP}Organiser 4 ateliers{NBSP}» décrit une activité, pas un résultat.")
    assert activity["parsed"] == {"metric": "ateliers", "baseline": None, "target": 4,
                                  "change": None, "unit": "", "direction": "increase",
                                  "contradiction": None}
    assert mrr["parsed"] == {"metric": "MRR", "baseline": 120000, "target": 180000,
                             "change": None, "unit": "$", "direction": "increase",
                             "contradiction": None}
    assert churn["parsed"]["baseline"] == 3.5 and churn["parsed"]["target"] == 2
    assert churn["parsed"]["direction"] == "decrease" and churn["findings"] == []
    assert launch["parsed"]["baseline"] is None and launch["parsed"]["target"] is None
    assert '"baseline": null' in result.stdout


def test_lang_chooses_the_words_not_the_reading():
    french = "Atteindre 1,5 M€ de chiffre d'affaires"
    english = json.loads(run("--json", "--lang", "en", french, "Hire 5 developers").stdout)
    assert english[0]["parsed"]["target"] == 1_500_000  # still read as French
    assert english[0]["findings"][0]["message"].startswith("No starting point:")
    assert english[1]["findings"][0]["message"].startswith("“Hire 5 developers”")
    auto = json.loads(run("--json", french, "Hire 5 developers").stdout)
    assert auto[0]["findings"][0]["message"].startswith("Pas de point de départ")
    assert auto[1]["findings"][0]["message"].startswith("“Hire 5 developers”")
    forced = json.loads(run("--json", "--lang", "fr", "Hire 5 developers").stdout)
    assert forced[0]["findings"][0]["message"].startswith(f"«{NBSP}Hire 5 developers{NBSP}»")


def test_text_report_marks_each_verdict():
    result = run("Passer le NPS de 32 à 45", "Organiser 4 ateliers")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "✓ [OK] Passer le NPS de 32 à 45"
    assert "Lu" in lines[1] and "départ 32" in lines[1] and "cible 45" in lines[1]
    assert any(line.startswith("✗ [À retravailler] Organiser 4 ateliers") for line in lines)
    assert any("décrit une activité" in line for line in lines)
    assert lines[-1] == f"Prêtes{NBSP}: 1 sur 2{NBSP}; à retravailler{NBSP}: 1."


def test_text_report_in_english():
    # Issue 11, point 3: a relative change is not a target, and needs its baseline.
    out = run("--lang", "en", "Augmenter de 20 % le CA").stdout
    assert out.splitlines()[0] == "✗ [Needs work] Augmenter de 20 % le CA"
    assert "target 20%" not in out and "change +20% (target depends on the baseline)" in out
    assert "This is a relative change, not a target" in out
    assert out.splitlines()[-1] == "Ready: 0 of 1; needs work: 1."
    data = json.loads(run("--json", "Improve customer satisfaction by 10%").stdout)
    assert data[0]["verdict"] == "needs-work"
    assert data[0]["parsed"]["target"] is None
    assert data[0]["parsed"]["change"] == {"amount": 10, "percent": True, "factor": None}


def test_json_says_multipliers_and_contradictions():
    # Issue 18: the contract extended, never picking a side for the coach.
    grow, lengthen, halve = json.loads(run(
        "--json", "Grow active app users 1.5x",
        "Allonger le délai de réponse de 21 jours à 15 jours",
        "Halve changeover time on press line 2").stdout)
    assert grow["parsed"]["change"] == {"amount": 50, "percent": True, "factor": 1.5}
    assert grow["verdict"] == "needs-work"
    assert lengthen["parsed"]["contradiction"] == {"verb": "increase", "numbers": "decrease"}
    assert lengthen["parsed"]["direction"] is None
    assert (lengthen["parsed"]["baseline"], lengthen["parsed"]["target"]) == (21, 15)
    assert lengthen["findings"][0]["code"] == "kr.sentence.direction_mismatch"
    assert halve["parsed"]["change"] == {"amount": 50, "percent": True, "factor": 0.5}
    assert halve["parsed"]["direction"] == "decrease" and halve["parsed"]["baseline"] is None
    said = run("--lang", "fr", "Multiplier par 1,5 le nombre d'utilisateurs actifs").stdout
    assert "évolution ×1,5 (cible selon le point de départ)" in said


@pytest.mark.parametrize("args", [[], ["--lang", "de", "Passer le NPS de 32 à 45"]])
def test_usage_errors_are_one_line(args):
    result = run(*args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_in_process_the_same_objects_as_the_command_line():
    results = check_sentences(["Zéro accident", ""], "auto")
    assert results[0]["verdict"] == "needs-work"  # from how many today?
    assert results[0]["parsed"]["target"] == 0 and results[0]["parsed"]["direction"] == "at_most"
    assert results[1]["findings"][0]["code"] == "kr.sentence.empty"
    report = format_report(results, "en")
    assert "✗ [Needs work] Zéro accident" in report
    assert "This key result is empty." in report


def test_the_closing_count_speaks_the_command_lines_language():
    # Issue 11, point 28: sentences of both languages, so the closing count is said in the
    # command line's language, not in the first sentence's (each keeps its own above).
    english_first = ["Increase NPS from 30 to 45 by June", "Passer le NPS de 32 à 45"]
    french = subprocess.run(
        [sys.executable, "-m", "okr_workshop", "--lang", "fr", "check-kr", *english_first],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert french.returncode == 0, french.stderr
    assert french.stdout.strip().splitlines()[-1].startswith("Prêtes\u00a0: 2 sur 2")
    english = subprocess.run(
        [sys.executable, "-m", "okr_workshop", "--lang", "en", "check-kr", *english_first[::-1]],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert english.stdout.strip().splitlines()[-1].startswith("Ready")


def test_money_and_units_are_written_the_way_each_language_does():
    # Issue 11 point 2: "4,2 €" lost its cents, "1 days", the symbol on the wrong side.
    result = run("Passer le panier moyen de 3,50 € à 4,20 € d'ici fin mars",
                 "Grow MRR from $120k to $180k", "Cut delivery time from 3.5 days to 1 day")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"départ 3,50{NBSP}€ · cible 4,20{NBSP}€" in out
    assert "from $120,000 · target $180,000" in out
    assert f"from 3.5{NBSP}days · target 1{NBSP}day" in out


@pytest.mark.parametrize(("system", "grouped"), [
    ("C.UTF-8", "1\u202f200\u202f000"),  # France's narrow no-break space
    ("fr_CA.UTF-8", f"1{NBSP}200{NBSP}000"),
    ("fr_CH.UTF-8", "1'200'000"),
])
def test_french_numbers_follow_the_systems_region(monkeypatch, system, grouped):
    # Issue 11 point 9: regional French is written the region's way, here by the command line.
    for name in ("LC_ALL", "LC_NUMERIC"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", system)
    result = run("Passer de 1 200 000 à 1 500 000 clients actifs d'ici fin mars")
    assert result.returncode == 0, result.stderr
    assert f"départ {grouped}" in result.stdout


def test_json_stays_json_with_a_number_too_big_for_it():
    # Review of issue 18: 1e400 came out as "Infinity", which no JSON reader accepts.
    said = run("--json", "Reach 1" + "0" * 400 + " users from 5").stdout
    data = json.loads(said, parse_constant=lambda word: pytest.fail(f"{word} in the JSON"))
    assert data[0]["parsed"]["target"] is None and data[0]["parsed"]["baseline"] == 5
