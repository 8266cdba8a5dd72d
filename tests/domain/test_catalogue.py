"""The message catalogue: every code reads well in French and English.

Findings are produced by really running the rules on workshops built to trigger every code,
so each message is rendered with exactly the params its rule passes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from okr_workshop.domain import catalogue, scoring
from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    Commitment,
    CommonRule,
    Direction,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    StrategicObjective,
    Workshop,
)
from okr_workshop.domain.rules import (
    common_rule,
    health,
    health_alignment,
    health_delivery,
    key_results,
    objectives,
    workshop,
)
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import health_check
from tests.domain.rules_builders import good_workshop, kr, objective, team, with_objectives

RULES_DIR = Path(common_rule.__file__).parent
MY_MODULES = (common_rule, key_results, objectives, workshop, health_alignment,
              health_delivery, scoring)
# Entries rendered without params: the mistakes' titles and the status labels.
LABELS = frozenset(health.MESSAGES)
NBSP = "\u00a0"


def bad_workshops() -> list[Workshop]:
    """Workshops that, together, trigger every finding of the rules."""
    sales = team("Ventes « Grand Ouest »", "Produit")
    bad_krs = (
        kr("Passer le NPS de 30 à 40", metric="NPS", target=None, baseline=None, unit="",
           owner="", data_source="", due=date(2028, 1, 1)),
        kr("Passer le NPS de 30 à 45", metric="NPS", baseline=40.0, target=40.0,
           owner="Alice et Bob"),
        kr("Faire baisser les retours", metric="Retours", baseline=2.0, target=5.0,
           direction=Direction.DECREASE),
        kr("Réduire de 20 % les invendus", metric="Invendus", baseline=None, target=None,
           change=20.0, direction=Direction.DECREASE),
        kr("Réduire de 30 % la casse", metric="Casse", baseline=None, target=30.0, unit="%",
           direction=Direction.DECREASE),
        kr("Signer 12 partenaires d'ici fin S1", metric="Partenaires", baseline=4.0,
           target=12.0, unit="partenaires"),
        kr("Signer 8 moulins d'ici fin janvier", metric="Moulins", baseline=2.0, target=8.0,
           unit="moulins", due=date(2027, 3, 31)),
    )
    sales = with_objectives(
        sales,
        *(objective(sales.id, f"Maintenir 3 boutiques n°{i}", why="", commitment=None,
                    strategic_objective_id=None, non_alignment_reason="",
                    key_results=bad_krs) for i in range(4)),
        objective(sales.id, "Sans résultat", key_results=()),
        objective(sales.id, "Parquer 2 idées", status=ObjectiveStatus.PARKED),
        objective(sales.id, "Refondre l'intranet", status=ObjectiveStatus.PARKED),
    )
    idle = team("Support", "", ambassador_id=None)
    stranded = StrategicObjective(title="Ouvrir l'export", why="")
    return [
        Workshop(title="Vide"),
        good_workshop(vision="", strategic_objectives=(stranded,), teams=(sales, idle),
                      dependencies=(), feedback=(), checklist=(), participants=(),
                      rule=CommonRule(strict=True)),
        good_workshop(teams=(sales,), dependencies=(),
                      rituals=(Ritual(kind=RitualKind.ALL_HANDS, cadence=Cadence.ONCE),)),
        good_workshop(teams=(idle,), dependencies=(),
                      rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.QUARTERLY),)),
        good_workshop(teams=(replace(idle, department="Sales"),), strategic_objectives=(),
                      dependencies=()),
    ]


def every_finding() -> list[Finding]:
    full = good_workshop(rule=CommonRule(strict=True)).teams[0]
    checked = replace(kr(), check_ins=(CheckIn(on=date(2027, 1, 4), value=45.0, confidence=8),))
    aspirational = objective(full.id, commitment=Commitment.ASPIRATIONAL,
                             key_results=(checked,))
    followed = good_workshop(teams=(with_objectives(full, aspirational),), dependencies=())
    found: list[Finding] = []
    for workshop_ in [good_workshop(), followed, *bad_workshops()]:
        findings = check_workshop(workshop_)
        found += findings
        for mistake in health_check(workshop_, findings):
            found += mistake.evidence
    candidate = objective(full.id, status=ObjectiveStatus.CANDIDATE)
    crowded = with_objectives(full, *full.objectives, objective(full.id), candidate)
    found.append(common_rule.keep_refusal(crowded, candidate, CommonRule(strict=True)))
    found.append(common_rule.add_key_result_refusal(crowded.objectives[0],
                                                    CommonRule(strict=True)))
    found.append(scoring.stale_finding(checked, date(2027, 2, 1)))
    found.append(scoring.stale_finding(kr(), date(2027, 2, 1)))
    found.append(scoring.too_safe_hint(with_objectives(full, aspirational)))
    assert None not in found
    return found


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return every_finding()


def my_codes() -> set[str]:
    return {code for module in MY_MODULES for code in module.MESSAGES}


def test_every_code_of_the_rules_is_triggered(findings):
    assert my_codes() - {f.code for f in findings} == set()


def test_every_triggered_finding_renders_in_both_languages(findings):
    for finding in findings:
        for lang in ("fr", "en"):
            message, advice = finding.message(lang), finding.advice(lang)
            assert message.strip() and advice.strip(), finding
            assert "{" not in message + advice and "}" not in message + advice, finding
            assert message != advice


def test_every_code_used_in_the_source_is_in_the_catalogue():
    messages = catalogue.all_messages()
    pattern = re.compile(r"\"((?:rule|kr|objective|workshop|health|scoring)\.[a-z0-9_.]+)\"")
    sources = [*RULES_DIR.glob("*.py"), Path(scoring.__file__)]
    used = {code for path in sources for code in pattern.findall(path.read_text("utf-8"))}
    assert used, "the pattern found no code at all"
    assert used - set(messages) == set()


def all_entries():
    return sorted(catalogue.all_messages().items())


@pytest.mark.parametrize(("code", "entry"), all_entries())
def test_both_languages_non_empty(code, entry):
    assert set(entry) == {"fr", "en"}, code
    for lang in ("fr", "en"):
        message, advice = entry[lang]
        assert message.strip() and advice.strip(), (code, lang)


def _without_fields(template: str) -> str:
    return re.sub(r"\{[^{}]*\}", "X", template)


@pytest.mark.parametrize(("code", "entry"), all_entries())
def test_french_typography(code, entry):
    for template in entry["fr"]:
        text = _without_fields(template)
        for mark in ":;!?%»":
            for match in re.finditer(re.escape(mark), text):
                before = text[match.start() - 1] if match.start() else ""
                assert before == NBSP, f"{code}: no NBSP before {mark!r} in {template!r}"
        for match in re.finditer("«", text):
            assert text[match.end():match.end() + 1] == NBSP, (code, template)
        assert "(s)" not in text and "(e)" not in text, code
        assert ":en}" not in template, code


@pytest.mark.parametrize(("code", "entry"), all_entries())
def test_english_wording(code, entry):
    for template in entry["en"]:
        assert "(s)" not in template, code
        assert NBSP not in template, code
        assert ":fr}" not in template, code
        assert "«" not in template, code


def test_plural_forms_follow_the_count(findings):
    # Counts in messages come after a colon ("… : 2 sur 5"), or are at least two
    # ("4 objectifs retenus") because they exceed a limit of at least one.
    for finding in findings:
        if finding.code in (common_rule.TOO_MANY_OBJECTIVES, common_rule.TOO_MANY_KEY_RESULTS):
            assert finding.params["count"] >= 2


@pytest.mark.parametrize("code", sorted(LABELS))
def test_labels_render_without_params(code):
    for lang in ("fr", "en"):
        assert catalogue.render(code, "message", lang, {})
