from __future__ import annotations

from dataclasses import replace
from datetime import date

from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import (
    CheckIn,
    Dependency,
    Feedback,
    FeedbackKind,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.next_cycle import NextCycle, next_cycle_copy, suggest_next_cycle_label


def _workshop() -> Workshop:
    strategic = StrategicObjective(title="Fidéliser nos clients", why="Le réachat fait la marge")
    sales = Team(name="Ventes", department="Sales")
    support = Team(name="Service client", department="Customer Service")
    kr_measured = KeyResult(
        text="Porter le taux de réachat de 22 % à 30 %",
        baseline=22,
        target=30,
        unit="%",
        due=date(2027, 3, 31),
        check_ins=(
            CheckIn(on=date(2027, 1, 15), value=23, confidence=7),
            CheckIn(on=date(2027, 2, 15), value=25.5, confidence=6),
        ),
    )
    kr_dropped = KeyResult(text="Réduire les retours de 8 % à 5 %", baseline=8, target=5)
    kept = Objective(
        team_id=sales.id,
        title="Faire revenir nos clients",
        strategic_objective_id=strategic.id,
        status=ObjectiveStatus.KEPT,
        votes=9,
        key_results=(kr_measured, kr_dropped),
    )
    parked = Objective(team_id=sales.id, title="Ouvrir l'export", status=ObjectiveStatus.PARKED)
    answer = Objective(team_id=support.id, title="Répondre vite", status=ObjectiveStatus.KEPT)
    return Workshop(
        title="Atelier T1 2027",
        cycle_label="T1 2027",
        vision="Être la boulangerie préférée de la région",
        current_step=Step.REVIEW,
        strategic_objectives=(strategic,),
        teams=(replace(sales, objectives=(kept, parked)), replace(support, objectives=(answer,))),
        dependencies=(Dependency(from_objective_id=kept.id, to_objective_id=answer.id),),
        feedback=(Feedback(kind=FeedbackKind.WENT_WELL, text="Super atelier"),),
    )


def test_only_the_chosen_objectives_and_key_results_carry_over():
    original = _workshop()
    kept, parked = original.teams[0].objectives
    chosen = NextCycle(
        title="Atelier T2 2027",
        cycle_label="T2 2027",
        objective_ids=frozenset({kept.id}),
        key_result_ids=frozenset({kept.key_results[0].id}),
    )
    copy = next_cycle_copy(original, chosen)

    assert copy.title == "Atelier T2 2027" and copy.cycle_label == "T2 2027"
    assert [t.name for t in copy.teams] == ["Ventes", "Service client"]
    (carried,) = copy.teams[0].objectives
    assert copy.teams[1].objectives == ()
    assert carried.title == "Faire revenir nos clients"
    assert carried.status == ObjectiveStatus.CANDIDATE and carried.votes == 0
    (key_result,) = carried.key_results
    assert key_result.text == "Porter le taux de réachat de 22 % à 30 %"
    # Check-ins never carry over; the new cycle starts from the last measure.
    assert key_result.check_ins == ()
    assert key_result.baseline == 25.5 and key_result.target == 30
    assert key_result.due is None
    # The dependency pointed at an objective left behind.
    assert copy.dependencies == ()
    assert copy.feedback == () and copy.current_step == Step.SETUP
    assert copy.vision == original.vision
    assert copy.strategic_objectives[0].title == original.strategic_objectives[0].title


def test_the_copy_has_fresh_ids_and_consistent_links():
    original = _workshop()
    every = {o.id for o in original.objectives()} | {k.id for k in original.key_results()}
    copy = next_cycle_copy(
        original,
        NextCycle(title="Suite", objective_ids=frozenset(every), key_result_ids=frozenset(every)),
    )
    assert integrity_problems(copy) == []
    original_ids = {original.id, *every, *(t.id for t in original.teams)}
    copy_ids = {copy.id, *(o.id for o in copy.objectives()), *(t.id for t in copy.teams)}
    assert not original_ids & copy_ids
    assert copy.teams[0].objectives[0].strategic_objective_id == copy.strategic_objectives[0].id
    # Both ends carried: the dependency follows, remapped.
    (dependency,) = copy.dependencies
    assert dependency.to_objective_id == copy.teams[1].objectives[0].id


def test_next_cycle_labels():
    assert suggest_next_cycle_label("T1 2027") == "T2 2027"
    assert suggest_next_cycle_label("Q4 2026") == "Q1 2027"
    assert suggest_next_cycle_label("Printemps") == "Printemps"
