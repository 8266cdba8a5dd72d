"""Mistake 2: the common rule, soft and strict, on kept objectives only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import CommonRule, ObjectiveStatus
from okr_workshop.domain.rules.common_rule import (
    add_key_result_refusal,
    common_rule_findings,
    keep_refusal,
    objective_rule_findings,
    team_rule_findings,
)
from tests.domain.rules_builders import (
    codes,
    good_workshop,
    kr,
    objective,
    team,
    with_objectives,
)

SOFT = CommonRule()
STRICT = CommonRule(strict=True)


def sales_with(*statuses: ObjectiveStatus):
    t = team()
    return with_objectives(
        t, *(objective(t.id, f"Objectif {i}", status=s) for i, s in enumerate(statuses))
    )


def test_defaults_come_from_the_source():
    assert (SOFT.max_objectives_per_team, SOFT.max_key_results_per_objective) == (3, 2)
    assert SOFT.strict is False


def test_team_at_the_limit_is_fine():
    assert team_rule_findings(sales_with(*[ObjectiveStatus.KEPT] * 3), SOFT) == []


@pytest.mark.parametrize(("rule", "severity"), [(SOFT, Severity.WARNING),
                                                (STRICT, Severity.ERROR)])
def test_team_over_the_limit(rule, severity):
    t = sales_with(*[ObjectiveStatus.KEPT] * 4)
    [finding] = team_rule_findings(t, rule)
    assert finding.code == "rule.too_many_objectives"
    assert finding.severity == severity
    assert (finding.subject, finding.subject_id) == (Subject.TEAM, t.id)
    assert dict(finding.params) == {"team": "Ventes", "count": 4, "limit": 3}
    assert finding.message("fr") == (
        "L’équipe «\u00a0Ventes\u00a0» a 4 objectifs retenus\u00a0; "
        "la règle commune en autorise 3."
    )
    assert finding.message("en") == "Team “Ventes” has kept 4 objectives; the common rule allows 3."


def test_candidates_and_parked_objectives_do_not_count():
    t = sales_with(*[ObjectiveStatus.KEPT] * 3, ObjectiveStatus.CANDIDATE,
                   *[ObjectiveStatus.PARKED] * 5)
    assert team_rule_findings(t, STRICT) == []


def test_custom_limits():
    t = sales_with(ObjectiveStatus.KEPT, ObjectiveStatus.KEPT)
    assert codes(team_rule_findings(t, CommonRule(max_objectives_per_team=1))) == [
        "rule.too_many_objectives"
    ]
    assert team_rule_findings(t, CommonRule(max_objectives_per_team=2)) == []


@pytest.mark.parametrize(("rule", "severity"), [(SOFT, Severity.WARNING),
                                                (STRICT, Severity.ERROR)])
def test_objective_with_too_many_key_results(rule, severity):
    o = objective(team().id, key_results=(kr(), kr(), kr()))
    [finding] = objective_rule_findings(o, rule)
    assert (finding.code, finding.severity) == ("rule.too_many_key_results", severity)
    assert finding.params["count"] == 3 and finding.params["limit"] == 2


def test_objective_within_key_result_limit():
    assert objective_rule_findings(objective(team().id, key_results=(kr(), kr())), SOFT) == []
    assert objective_rule_findings(objective(team().id, key_results=(kr(),)), SOFT) == []


@pytest.mark.parametrize(("rule", "severity"), [(SOFT, Severity.WARNING),
                                                (STRICT, Severity.ERROR)])
def test_kept_objective_without_key_result(rule, severity):
    o = objective(team().id, key_results=())
    [finding] = objective_rule_findings(o, rule)
    assert (finding.code, finding.severity, finding.subject_id) == (
        "rule.no_key_result", severity, o.id)


@pytest.mark.parametrize("status", [ObjectiveStatus.CANDIDATE, ObjectiveStatus.PARKED])
def test_unkept_objectives_need_no_key_result_and_have_no_limit(status):
    assert objective_rule_findings(objective(team().id, status=status, key_results=()),
                                   STRICT) == []
    assert objective_rule_findings(
        objective(team().id, status=status, key_results=(kr(), kr(), kr())), STRICT) == []


def test_common_rule_findings_walks_every_team():
    workshop = good_workshop()
    assert common_rule_findings(workshop) == []
    crowded = replace(workshop, teams=(sales_with(*[ObjectiveStatus.KEPT] * 5),
                                       *workshop.teams))
    assert "rule.too_many_objectives" in codes(common_rule_findings(crowded))


def test_strict_mode_refuses_to_keep_beyond_the_limit():
    t = sales_with(*[ObjectiveStatus.KEPT] * 3, ObjectiveStatus.CANDIDATE)
    candidate = t.objectives[-1]
    refusal = keep_refusal(t, candidate, STRICT)
    assert refusal is not None and refusal.code == "rule.keep_refused"
    assert refusal.severity == Severity.ERROR
    assert keep_refusal(t, candidate, SOFT) is None  # soft mode only warns afterwards
    assert keep_refusal(t, t.objectives[0], STRICT) is None  # already kept


def test_strict_mode_allows_keeping_below_the_limit():
    t = sales_with(ObjectiveStatus.KEPT, ObjectiveStatus.KEPT, ObjectiveStatus.CANDIDATE)
    assert keep_refusal(t, t.objectives[-1], STRICT) is None


def test_strict_mode_refuses_a_key_result_beyond_the_limit():
    full = objective(team().id, key_results=(kr(), kr()))
    refusal = add_key_result_refusal(full, STRICT)
    assert refusal is not None and refusal.code == "rule.key_result_refused"
    assert add_key_result_refusal(full, SOFT) is None
    assert add_key_result_refusal(objective(team().id, key_results=(kr(),)), STRICT) is None
