"""The source's good practices: a stable catalogue, in both languages, counted by the health
check only for the codes it knows."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from okr_workshop.domain.enums import Step
from okr_workshop.domain.good_practices import (
    KNOWN_CODES,
    PRACTICES,
    practice_text,
    practices_for_step,
)
from okr_workshop.domain.model import ChecklistTick
from okr_workshop.domain.rules.health import health_check
from tests.domain.rules_builders import good_workshop

SEED = Path("/work/shared/seed/okr-5-erreurs.md")


def m4_lines(workshop) -> dict:
    return {line.code: line for line in health_check(workshop)[3].evidence}


def test_every_mistake_has_the_sources_practices():
    per_mistake = {m: sum(1 for p in PRACTICES if p.mistake == m) for m in range(1, 6)}
    # The source lists 4, 4, 5, 5 and 4 practices.
    assert per_mistake == {1: 4, 2: 4, 3: 5, 4: 5, 5: 4}
    assert all(re.fullmatch(r"m[1-5]\.[a-z_]+", p.code) for p in PRACTICES)
    assert all(p.code.startswith(f"m{p.mistake}.") for p in PRACTICES)


def test_the_samples_codes_are_known():
    samples = Path(__file__).parents[2] / "resources" / "samples"
    ticked = set()
    for path in samples.rglob("*.json"):
        ticked |= set(re.findall(r'"item":\s*"([^"]+)"', path.read_text(encoding="utf-8")))
    assert ticked and ticked <= KNOWN_CODES


def test_each_practice_reads_in_both_languages_with_french_typography():
    for practice in PRACTICES:
        french, english = practice_text(practice.code, "fr"), practice_text(practice.code, "en")
        assert french and english and french != english
        assert "'" not in french and " :" not in french
    assert practice_text("m4.ambassadors", "fr") == (
        "Identifier des ambassadeurs au sein de l’entreprise")


def test_the_french_is_the_sources():
    if not SEED.exists():
        return
    source = SEED.read_text(encoding="utf-8").replace("'", "’")
    quoted = [practice_text(p.code, "fr") for p in PRACTICES]
    # Mended words aside (OKRs/KRs plural, two typos, "tableau de bord"), each is the source.
    same = [t for t in quoted if t in source]
    assert len(same) >= 12


def test_every_step_where_a_practice_applies():
    steps = {p.step for p in PRACTICES}
    assert Step.SETUP in steps and Step.KEY_RESULTS in steps and Step.STEERING in steps
    assert practices_for_step(Step.KEY_RESULTS)[0].code == "m3.measurable"


def test_health_counts_known_codes_once_and_ignores_unknown_ones():
    workshop = good_workshop(checklist=(
        ChecklistTick(item="m1.restitution"), ChecklistTick(item="m1.restitution"),
        ChecklistTick(item="m4.support"), ChecklistTick(item="vision.shared"),
    ))
    assert m4_lines(workshop)["health.m4.tips_ticked"].params["count"] == 2
    unknown_only = replace(workshop, checklist=(ChecklistTick(item="made.up"),))
    assert "health.m4.no_tips_ticked" in m4_lines(unknown_only)
