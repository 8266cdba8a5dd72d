"""The health check of the five mistakes: statuses and the evidence behind them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.domain.findings import Severity
from okr_workshop.domain.model import (
    Cadence,
    CommonRule,
    Direction,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    Workshop,
)
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import (
    HealthStatus,
    MistakeHealth,
    health_check,
    mistake_scope,
    mistake_title,
    status_label,
)
from tests.domain.rules_builders import good_workshop, kr, objective, with_objectives

OK, AT_RISK, MISSING = HealthStatus.OK, HealthStatus.AT_RISK, HealthStatus.MISSING


def statuses(workshop) -> list[HealthStatus]:
    return [h.status for h in health_check(workshop)]


def evidence(workshop, mistake: int) -> dict[str, object]:
    health = health_check(workshop)[mistake - 1]
    assert isinstance(health, MistakeHealth) and health.mistake == mistake
    return {line.code: line for line in health.evidence}


def test_a_good_workshop_is_healthy_everywhere():
    workshop = good_workshop()
    assert statuses(workshop) == [OK] * 5
    assert "health.m2.within_rule" in evidence(workshop, 2)
    assert evidence(workshop, 1)["health.m1.strategic_explained"].params["count"] == 2
    assert "health.m3.measurable" in evidence(workshop, 3)
    assert "health.m4.ambassadors" in evidence(workshop, 4)
    assert evidence(workshop, 5)["health.m5.departments"].params["names"] == "Sales, Product"


def test_every_health_lists_the_five_mistakes_in_order():
    assert [h.mistake for h in health_check(good_workshop())] == [1, 2, 3, 4, 5]


def test_an_empty_workshop_misses_everything():
    assert statuses(Workshop(title="Atelier vide")) == [MISSING] * 5


def test_given_findings_give_the_same_health():
    workshop = good_workshop(vision="")
    assert health_check(workshop, check_workshop(workshop)) == health_check(workshop)


# Mistake 1 ---------------------------------------------------------------------------------


def test_m1_strategy_without_why_is_at_risk():
    workshop = good_workshop()
    vague = replace(workshop.strategic_objectives[0], why="")
    workshop = replace(workshop,
                       strategic_objectives=(vague, *workshop.strategic_objectives[1:]))
    assert statuses(workshop)[0] == AT_RISK
    line = evidence(workshop, 1)["health.m1.strategic_without_why"]
    assert (line.params["count"], line.params["total"]) == (1, 2)
    assert line.message("fr") == "Objectifs stratégiques sans pourquoi\u00a0: 1 sur 2."


def test_m1_no_vision_is_at_risk_and_no_vision_nor_strategy_is_missing():
    assert statuses(good_workshop(vision=""))[0] == AT_RISK
    assert "workshop.no_vision" in evidence(good_workshop(vision=""), 1)
    bare = good_workshop(vision="", strategic_objectives=())
    assert statuses(bare)[0] == MISSING


def test_m1_objectives_without_authors_are_at_risk():
    workshop = good_workshop()
    teams = tuple(replace(t, objectives=tuple(replace(o, author_id=None) for o in t.objectives))
                  for t in workshop.teams)
    workshop = replace(workshop, teams=teams, participants=())
    workshop = replace(workshop, teams=tuple(replace(t, ambassador_id=None) for t in teams))
    assert statuses(workshop)[0] == AT_RISK
    assert "health.m1.no_authors" in evidence(workshop, 1)


def test_m1_kept_objective_neither_aligned_nor_explained():
    workshop = good_workshop()
    sales = workshop.teams[0]
    loose = replace(sales.objectives[0], strategic_objective_id=None, non_alignment_reason="")
    workshop = replace(workshop, teams=(replace(sales, objectives=(loose, *sales.objectives[1:])),
                                        *workshop.teams[1:]))
    assert statuses(workshop)[0] == AT_RISK
    assert evidence(workshop, 1)["health.m1.unaligned_without_reason"].params["count"] == 1


# Mistake 2 ---------------------------------------------------------------------------------


def crowded(rule: CommonRule):
    workshop = good_workshop(rule=rule)
    sales = workshop.teams[0]
    extra = tuple(objective(sales.id, f"Objectif {i}") for i in range(3))
    return replace(workshop, teams=(replace(sales, objectives=sales.objectives + extra),
                                    *workshop.teams[1:]))


@pytest.mark.parametrize(("rule", "severity"), [(CommonRule(), Severity.WARNING),
                                                (CommonRule(strict=True), Severity.ERROR)])
def test_m2_team_over_the_rule(rule, severity):
    workshop = crowded(rule)
    assert statuses(workshop)[1] == AT_RISK
    line = evidence(workshop, 2)["health.m2.teams_over"]
    assert (line.severity, line.params["count"], line.params["total"]) == (severity, 1, 2)
    assert "health.m2.within_rule" not in evidence(workshop, 2)
    mode = "health.m2.rule_strict" if rule.strict else "health.m2.rule_soft"
    assert mode in evidence(workshop, 2)


def test_m2_parked_objectives_keep_the_rule():
    workshop = good_workshop()
    sales = workshop.teams[0]
    parked = tuple(objective(sales.id, f"Idée {i}", status=ObjectiveStatus.PARKED,
                             key_results=(kr(), kr(), kr())) for i in range(4))
    workshop = replace(workshop, teams=(replace(sales, objectives=sales.objectives + parked),
                                        *workshop.teams[1:]))
    assert statuses(workshop)[1] == OK
    assert evidence(workshop, 2)["health.m2.parked"].params["count"] == 4


def test_m2_nothing_kept_yet_is_missing():
    workshop = good_workshop()
    teams = tuple(replace(t, objectives=tuple(replace(o, status=ObjectiveStatus.CANDIDATE)
                                              for o in t.objectives)) for t in workshop.teams)
    workshop = replace(workshop, teams=teams)
    assert statuses(workshop)[1] == MISSING
    assert statuses(workshop)[2] == MISSING  # no kept key result to follow either


def test_m2_kept_objective_without_key_result():
    workshop = good_workshop()
    sales = workshop.teams[0]
    empty = replace(sales.objectives[0], key_results=())
    workshop = replace(workshop, teams=(replace(sales, objectives=(empty, sales.objectives[1])),
                                        *workshop.teams[1:]))
    assert statuses(workshop)[1] == AT_RISK
    assert evidence(workshop, 2)["health.m2.objectives_without_kr"].params["count"] == 1


# Mistake 3 ---------------------------------------------------------------------------------


def with_first_kr(workshop, **fields):
    sales = workshop.teams[0]
    first = sales.objectives[0]
    changed = replace(first, key_results=(replace(first.key_results[0], **fields),
                                          *first.key_results[1:]))
    return replace(workshop, teams=(replace(sales, objectives=(changed, *sales.objectives[1:])),
                                    *workshop.teams[1:]))


def test_m3_unmeasurable_key_result():
    workshop = with_first_kr(good_workshop(), target=None)
    assert statuses(workshop)[2] == AT_RISK
    line = evidence(workshop, 3)["health.m3.not_measurable"]
    assert (line.params["count"], line.params["total"]) == (1, 6)


def test_m3_a_relative_change_is_measurable_only_with_its_baseline():
    # Issue 11, point 3: "Réduire de 20 % …" has no number to reach without a baseline.
    relative = dict(text="Réduire de 20 % les délais", target=None, change=20.0,
                    direction=Direction.DECREASE)
    pending = with_first_kr(good_workshop(), baseline=None, **relative)
    assert statuses(pending)[2] == AT_RISK
    assert evidence(pending, 3)["health.m3.not_measurable"].params["count"] == 1
    known = with_first_kr(good_workshop(), baseline=40.0, **relative)
    assert "health.m3.not_measurable" not in evidence(known, 3)


def test_m3_data_source_and_owner():
    workshop = with_first_kr(good_workshop(), data_source="", owner="Alice et Bob")
    assert statuses(workshop)[2] == AT_RISK
    lines = evidence(workshop, 3)
    assert lines["health.m3.no_data_source"].params["count"] == 1
    assert lines["health.m3.owner_unclear"].params["count"] == 1
    assert "health.m3.measurable" in lines  # still measurable


def test_m3_minor_points_are_information_only():
    workshop = with_first_kr(good_workshop(), unit="")
    assert statuses(workshop)[2] == OK
    assert evidence(workshop, 3)["health.m3.to_clarify"].severity == Severity.INFO


@pytest.mark.parametrize(("rituals", "code"), [
    ((), "workshop.no_rituals"),
    ((Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.QUARTERLY),), "workshop.check_in_too_rare"),
])
def test_m3_follow_up_not_planned(rituals, code):
    workshop = good_workshop(rituals=rituals)
    assert statuses(workshop)[2] == AT_RISK
    assert code in evidence(workshop, 3)
    assert "health.m3.check_in_planned" not in evidence(workshop, 3)


# Mistake 4 ---------------------------------------------------------------------------------


def test_m4_missing_feedback_or_ambassador_is_at_risk():
    assert statuses(good_workshop(feedback=()))[3] == AT_RISK
    workshop = good_workshop()
    workshop = replace(workshop, teams=(replace(workshop.teams[0], ambassador_id=None),
                                        workshop.teams[1]))
    assert statuses(workshop)[3] == AT_RISK
    line = evidence(workshop, 4)["health.m4.teams_without_ambassador"]
    assert (line.params["count"], line.params["total"]) == (1, 2)


def test_m4_unticked_tips_alone_are_not_a_risk():
    workshop = good_workshop(checklist=())
    assert statuses(workshop)[3] == OK
    assert "health.m4.no_tips_ticked" in evidence(workshop, 4)


def test_m4_nothing_in_place_is_missing():
    workshop = good_workshop(feedback=(), checklist=())
    workshop = replace(workshop,
                       teams=tuple(replace(t, ambassador_id=None) for t in workshop.teams))
    assert statuses(workshop)[3] == MISSING


# Mistake 5 ---------------------------------------------------------------------------------


def test_m5_only_product_teams_is_missing():
    workshop = good_workshop()
    workshop = replace(workshop, teams=(replace(workshop.teams[0], department="Digital"),
                                        workshop.teams[1]))
    assert statuses(workshop)[4] == MISSING
    assert "workshop.only_product_it" in evidence(workshop, 5)


def test_m5_no_dependency_or_uncovered_strategy_is_at_risk():
    assert statuses(good_workshop(dependencies=()))[4] == AT_RISK
    workshop = good_workshop()
    product = with_objectives(workshop.teams[1], objective(workshop.teams[1].id,
                                                           strategic_objective_id=None))
    sales = with_objectives(workshop.teams[0], objective(workshop.teams[0].id,
                                                         strategic_objective_id=None))
    workshop = replace(workshop, teams=(sales, product), dependencies=())
    lines = evidence(workshop, 5)
    assert lines["health.m5.strategic_uncovered"].params == {"count": 2, "total": 2}


def test_m5_unknown_departments_are_at_risk():
    workshop = good_workshop()
    workshop = replace(workshop, teams=tuple(replace(t, department="") for t in workshop.teams))
    assert statuses(workshop)[4] == AT_RISK
    assert "health.m5.departments_unknown" in evidence(workshop, 5)


def test_m5_a_single_team_needs_no_dependency():
    workshop = good_workshop(dependencies=())
    workshop = replace(workshop, teams=workshop.teams[:1])
    lines = evidence(workshop, 5)
    assert "health.m5.no_dependencies" not in lines and "health.m5.dependencies" not in lines


# Words -------------------------------------------------------------------------------------


def test_titles_and_status_labels_in_both_languages():
    assert mistake_title(1, "fr") == "Imposer les OKR et négliger la communication"
    assert mistake_title(1, "en") == "OKRs imposed top-down, vision poorly communicated"
    assert mistake_title(5, "fr") == "Limiter les OKR au produit et au digital"
    for mistake in range(1, 6):
        assert mistake_scope(mistake, "fr") and mistake_scope(mistake, "en")
    # One vocabulary: the same state says the same thing in both languages, as the
    # key-result statuses do ("At risk" / "À risque").
    assert status_label(AT_RISK, "fr") == "À risque"
    assert status_label(AT_RISK, "en") == "At risk"
    assert status_label(OK, "fr") == "En place" and status_label(OK, "en") == "In place"
    assert status_label(MISSING, "en") == "Missing"
    assert health_check(good_workshop())[1].title("en") == "Too many objectives or key results"



def test_accountability_is_not_in_place_without_any_team():
    # An empty workshop with one note read "4. In place": no team, so no ambassador to miss.
    from okr_workshop.domain.model import Feedback, FeedbackKind

    note = Feedback(kind=FeedbackKind.BAD, text="Trop de réunions")
    workshop = Workshop(title="Vide", feedback=(note,))
    assert statuses(workshop)[3] != OK
    assert evidence(workshop, 4)["workshop.no_teams"].severity == Severity.WARNING
