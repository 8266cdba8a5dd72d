"""The check report: JSON shape and the text grouped by element."""

from __future__ import annotations

import json
from dataclasses import replace

from okr_workshop.app.check_workshop import format_workshop_report, workshop_report
from tests.domain.rules_builders import good_workshop, kr


def broken():
    workshop = good_workshop(vision="")
    sales = workshop.teams[0]
    first = sales.objectives[0]
    bad_kr = kr("Passer le NPS de 30 à 40 points d'ici fin mars", owner="l'équipe")
    first = replace(first, key_results=(bad_kr, first.key_results[1]))
    sales = replace(sales, objectives=(first, *sales.objectives[1:]))
    return replace(workshop, teams=(sales, *workshop.teams[1:])), bad_kr


def test_json_report_shape():
    workshop, bad_kr = broken()
    report = workshop_report(workshop, "en")
    assert report["workshop"] == {"id": workshop.id, "title": workshop.title}
    json.dumps(report, ensure_ascii=False)  # serialisable as is
    by_code = {f["code"]: f for f in report["findings"]}
    assert by_code["workshop.no_vision"]["element"] == workshop.title
    owner = by_code["kr.several_owners"]
    assert owner["subject"] == "key_result" and owner["subject_id"] == bad_kr.id
    assert owner["element"] == bad_kr.text
    assert owner["message"].startswith("“Passer le NPS")
    assert report["counts"]["warning"] == sum(
        1 for f in report["findings"] if f["severity"] == "warning")
    assert [h["mistake"] for h in report["health"]] == [1, 2, 3, 4, 5]
    m1 = report["health"][0]
    assert m1["title"] == "OKRs imposed top-down, vision poorly communicated"
    assert (m1["status"], m1["status_label"]) == ("at_risk", "At risk")
    assert "workshop.no_vision" in {e["code"] for e in m1["evidence"]}


def test_text_report_in_french():
    workshop, bad_kr = broken()
    text = format_workshop_report(workshop, "fr")
    assert text.startswith("Atelier «\u00a0Atelier T1\u00a0»")
    assert "La vision n’est pas encore écrite." in text
    assert "Résultat clé «\u00a0Passer le NPS" in text
    assert "Santé des cinq erreurs" in text
    assert "1. Imposer les OKR et négliger la communication — ! À risque" in text
    # Grouped: the key result's heading comes right before its finding.
    lines = text.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Résultat clé"))
    assert "une seule personne" in lines[heading + 1]


def test_text_report_of_a_clean_workshop_in_english():
    text = format_workshop_report(good_workshop(), "en")
    assert "Errors: 0 · " in text
    assert "5. OKRs limited to product and digital — ✓ In place" in text


def test_the_application_layer_installs_the_one_formatter_into_the_rules():
    # Issue 11 point 2: the rules' messages print numbers like the window and the deck,
    # in a process that loads only the application layer (as the command line does).
    import subprocess
    import sys

    code = (
        "import okr_workshop.app\n"
        "from okr_workshop.domain.rules.wording import Num\n"
        "print(format(Num(4.2, '€'), 'fr'), format(Num(64, '£'), 'en'), sep='|')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4,20\u00a0€|£64"
