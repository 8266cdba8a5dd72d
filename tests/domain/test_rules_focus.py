"""Step 4, Focus: each decision's change, and each refusal as a finding with a code."""

from __future__ import annotations

import pytest

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import CommonRule, ObjectiveStatus
from okr_workshop.domain.rules import focus
from okr_workshop.domain.rules.focus import Change, Decision, decide, refusal
from tests.domain.rules_builders import objective, team, with_objectives

SOFT = CommonRule()
STRICT = CommonRule(strict=True)
C, K, P = ObjectiveStatus.CANDIDATE, ObjectiveStatus.KEPT, ObjectiveStatus.PARKED


def sales(*statuses: ObjectiveStatus, votes: int = 0, title: str = "Ravir « nos » clients 🎯"):
    t = team("Ventes « Ouest »")
    return with_objectives(t, *(objective(t.id, f"{title} {i}", status=s, votes=votes)
                                for i, s in enumerate(statuses)))


def fields(result: Change | Finding) -> dict[str, object]:
    assert isinstance(result, Change), result
    return dict(result.fields)


def test_a_vote_adds_one():
    t = sales(C, votes=2)
    assert fields(decide(Decision.ADD_VOTE, t, t.objectives[0], SOFT)) == {"votes": 3}


def test_a_vote_is_removed_down_to_zero():
    t = sales(K, votes=1)
    assert fields(decide(Decision.REMOVE_VOTE, t, t.objectives[0], SOFT)) == {"votes": 0}


def test_no_vote_to_remove_is_refused():
    t = sales(C, votes=0)
    found = decide(Decision.REMOVE_VOTE, t, t.objectives[0], SOFT)
    assert isinstance(found, Finding)
    assert found.code == focus.NO_VOTE_TO_REMOVE
    assert (found.severity, found.subject, found.subject_id) == (
        Severity.ERROR, Subject.OBJECTIVE, t.objectives[0].id)
    assert found.message("en") == "“Ravir « nos » clients 🎯 0” has no vote to remove."
    assert found.message("fr") == ("«\u00a0Ravir « nos » clients 🎯 0\u00a0» n’a aucun vote "
                                   "à retirer.")


def test_a_candidate_is_kept():
    t = sales(C, K)
    assert fields(decide(Decision.KEEP, t, t.objectives[0], STRICT)) == {"status": K}


@pytest.mark.parametrize("status", [K, P])
def test_only_a_candidate_can_be_kept(status):
    t = sales(status)
    found = decide(Decision.KEEP, t, t.objectives[0], SOFT)
    assert isinstance(found, Finding) and found.code == focus.NOT_A_CANDIDATE
    assert dict(found.params) == {"objective": "Ravir « nos » clients 🎯 0"}


def test_a_strict_rule_refuses_one_more_kept_objective_with_its_own_finding():
    t = sales(K, K, K, C)
    found = decide(Decision.KEEP, t, t.objectives[3], STRICT)
    assert isinstance(found, Finding) and found.code == "rule.keep_refused"
    assert dict(found.params) == {"team": "Ventes « Ouest »", "limit": 3}
    assert "Move another objective to the parking lot first" in found.advice("en")


def test_a_soft_rule_lets_the_team_keep_over_the_limit():
    t = sales(K, K, K, C)
    assert fields(decide(Decision.KEEP, t, t.objectives[3], SOFT)) == {"status": K}


@pytest.mark.parametrize("status", [C, K])
def test_a_candidate_or_a_kept_objective_is_parked(status):
    t = sales(status)
    assert fields(decide(Decision.PARK, t, t.objectives[0], STRICT)) == {"status": P}


def test_parking_a_parked_objective_is_refused():
    t = sales(P)
    found = refusal(Decision.PARK, t, t.objectives[0], SOFT)
    assert found is not None and found.code == focus.ALREADY_PARKED


def test_a_kept_objective_goes_back_to_the_candidates():
    t = sales(K)
    assert fields(decide(Decision.BACK_TO_CANDIDATES, t, t.objectives[0], SOFT)) == {
        "status": C}


@pytest.mark.parametrize("status", [C, P])
def test_only_a_kept_objective_goes_back_to_the_candidates(status):
    t = sales(status)
    found = refusal(Decision.BACK_TO_CANDIDATES, t, t.objectives[0], SOFT)
    assert found is not None and found.code == focus.NOT_KEPT


def test_a_parked_objective_is_brought_back_even_when_the_strict_rule_is_full():
    t = sales(K, K, K, P)
    assert fields(decide(Decision.BRING_BACK, t, t.objectives[3], STRICT)) == {"status": C}


@pytest.mark.parametrize("status", [C, K])
def test_only_a_parked_objective_is_brought_back(status):
    t = sales(status)
    found = refusal(Decision.BRING_BACK, t, t.objectives[0], SOFT)
    assert found is not None and found.code == focus.NOT_PARKED


@pytest.mark.parametrize("code", sorted(focus.MESSAGES))
def test_every_refusal_reads_in_both_languages(code):
    found = Finding(code, Severity.ERROR, Subject.OBJECTIVE, "o", {"objective": "Été"})
    for lang in ("fr", "en"):
        assert "Été" in found.message(lang) and found.advice(lang).strip()
        assert found.message(lang) != found.advice(lang)


def test_decisions_are_the_edit_label_keys():
    # The window labels each undoable decision by its value; one name, no second table.
    assert [d.value for d in Decision] == [
        "add_vote", "remove_vote", "keep", "park", "back_to_candidates", "bring_back"]
