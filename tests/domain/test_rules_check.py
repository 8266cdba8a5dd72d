"""check_workshop and the per-element helpers the window uses for live findings."""

from __future__ import annotations

from dataclasses import replace

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import ObjectiveStatus
from okr_workshop.domain.rules import check
from okr_workshop.domain.rules.check import (
    check_key_result,
    check_objective,
    check_team,
    check_workshop,
)
from tests.domain.rules_builders import codes, good_workshop, kr, objective, with_objectives


def no_sentences(monkeypatch):
    monkeypatch.setattr(check, "sentence_findings", lambda workshop, key_result: [])


def test_a_good_workshop_has_no_structural_finding(monkeypatch):
    no_sentences(monkeypatch)
    assert check_workshop(good_workshop()) == []


def broken_workshop():
    workshop = good_workshop(vision="")
    sales = workshop.teams[0]
    bad = replace(sales.objectives[0], why="",
                  key_results=(kr(target=None), kr("Passer le NPS de 30 à 45")))
    candidate = objective(sales.id, "Maintenir 3 boutiques", status=ObjectiveStatus.CANDIDATE,
                          why="", key_results=(kr(target=None, owner=""),))
    parked = objective(sales.id, "Garder 2 dépôts", status=ObjectiveStatus.PARKED,
                       key_results=(kr(target=None),))
    sales = replace(sales, objectives=(bad, sales.objectives[1], candidate, parked),
                    ambassador_id=None)
    return replace(workshop, teams=(sales, *workshop.teams[1:])), bad, candidate, parked


def test_every_rule_reports_in_tree_order(monkeypatch):
    no_sentences(monkeypatch)
    workshop, bad, candidate, parked = broken_workshop()
    findings = check_workshop(workshop)
    assert codes(findings) == [
        "workshop.no_vision",
        "workshop.team_without_ambassador",
        "objective.no_why",
        "kr.no_target",
        "kr.near_duplicate",
        "objective.has_number", "objective.business_as_usual",  # the candidate, wording only
        "objective.has_number", "objective.business_as_usual",  # parked
    ]
    by_subject = {f.subject_id for f in findings}
    # Key results of candidates and parked objectives wait until the objective is kept.
    assert not {k.id for k in candidate.key_results + parked.key_results} & by_subject
    assert {f.severity for f in findings if f.subject_id == parked.id} == {Severity.INFO}


def test_sentences_of_kept_key_results_are_judged(monkeypatch):
    judged: list[str] = []

    def fake_judge(workshop, key_result):
        judged.append(key_result.text)
        return [Finding("kr.no_target", Severity.ERROR, Subject.KEY_RESULT, key_result.id,
                        {"kr": key_result.text})]

    monkeypatch.setattr(check, "sentence_findings", fake_judge)
    workshop, bad, candidate, parked = broken_workshop()
    check_workshop(workshop)
    kept_texts = [k.text for t in workshop.teams for o in t.objectives
                  if o.status == ObjectiveStatus.KEPT for k in o.key_results]
    assert judged == kept_texts


def test_live_findings_for_one_element(monkeypatch):
    no_sentences(monkeypatch)
    workshop, bad, candidate, parked = broken_workshop()
    sales = workshop.teams[0]
    assert codes(check_team(workshop, sales)) == ["workshop.team_without_ambassador"]
    assert codes(check_objective(workshop, bad)) == ["objective.no_why"]
    assert codes(check_objective(workshop, candidate)) == [
        "objective.has_number", "objective.business_as_usual"
    ]
    first, second = bad.key_results
    # Live, a near-duplicate shows on both key results of the pair.
    assert codes(check_key_result(workshop, first)) == ["kr.no_target", "kr.near_duplicate"]
    assert codes(check_key_result(workshop, second, bad)) == ["kr.near_duplicate"]


def test_check_team_applies_the_workshop_rule(monkeypatch):
    no_sentences(monkeypatch)
    workshop = good_workshop()
    sales = workshop.teams[0]
    crowded = with_objectives(sales, *sales.objectives, *(objective(sales.id) for _ in range(2)))
    assert codes(check_team(workshop, crowded)) == ["rule.too_many_objectives"]
    strict = replace(workshop, rule=replace(workshop.rule, strict=True))
    [finding] = check_team(strict, crowded)
    assert finding.severity == Severity.ERROR


def test_the_real_sentence_judgement_is_attached_to_each_key_result():
    workshop = good_workshop()
    sales = workshop.teams[0]
    activity = "Organiser 4 ateliers avec les équipes terrain"
    twins = (kr(activity, metric="Ateliers"), kr(activity, metric="Ateliers bis"))
    kept = replace(sales.objectives[0], key_results=twins)
    candidate = objective(sales.id, "Ravir nos partenaires", status=ObjectiveStatus.CANDIDATE,
                          key_results=(kr(activity),))
    workshop = replace(workshop, teams=(replace(sales, objectives=(kept, candidate)),
                                        *workshop.teams[1:]))
    sentence = [f for f in check_workshop(workshop) if f.code.startswith("kr.sentence.")]
    # Same text, judged once, reported on each key result; the candidate's waits.
    assert [(f.code, f.subject, f.subject_id) for f in sentence] == [
        ("kr.sentence.activity", Subject.KEY_RESULT, twins[0].id),
        ("kr.sentence.activity", Subject.KEY_RESULT, twins[1].id),
    ]
    assert codes(check_key_result(workshop, candidate.key_results[0], candidate)) == [
        "kr.sentence.activity"
    ]
    assert "activité" in sentence[0].message("fr")


def test_sentences_are_judged_in_the_workshops_language():
    workshop = good_workshop(language="en")
    sales = workshop.teams[0]
    vague = kr("Improve customer satisfaction", metric="CSAT")
    workshop = replace(workshop, teams=(
        replace(sales, objectives=(replace(sales.objectives[0], key_results=(vague,)),)),
        *workshop.teams[1:]))
    [finding] = [f for f in check_workshop(workshop) if f.code.startswith("kr.sentence.")]
    assert finding.subject_id == vague.id and finding.code == "kr.sentence.vague"
