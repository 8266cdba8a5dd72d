"""The next cycle (issue 13, point 8): carried key results start from their last value, and
what judged the last cycle stays with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import (
    Action,
    Cadence,
    CheckIn,
    ClosingOutcome,
    Feedback,
    FeedbackKind,
    FeedbackOccasion,
    KeyResult,
    Objective,
    ObjectiveStatus,
    PaceStatus,
    Participant,
    Ritual,
    RitualKind,
    RotiVote,
    Team,
    Workshop,
)
from okr_workshop.domain.next_cycle import (
    NextCycle,
    carried_baseline,
    next_cycle_copy,
    proposed_carry_over,
)
from okr_workshop.domain.steering.rituals import default_rituals

NBSP = "\u00a0"


def test_the_dialog_can_say_where_each_carried_key_result_starts():
    kr = KeyResult(text="Porter le NPS de 30 à 50", baseline=30, target=50, unit="points",
                   check_ins=(CheckIn(on=date(2027, 3, 3), value=42, confidence=7),
                              CheckIn(on=date(2027, 1, 15), value=35, confidence=8)))
    carried = carried_baseline(kr)
    assert carried.baseline == 42 and carried.on == date(2027, 3, 3)
    assert carried.params["previous"] == 30
    assert carried.sentence("en") == (
        f"Baseline ← last value 42{NBSP}points (check-in of Mar{NBSP}3, 2027)")
    assert carried.sentence("fr") == (
        f"Référence ← dernière valeur 42{NBSP}points (point d’étape du 3{NBSP}mars{NBSP}2027)")


def test_zero_negative_and_missing_values():
    zero = KeyResult(text="Incidents", baseline=10, target=0,
                     check_ins=(CheckIn(on=date(2027, 3, 3), value=0, confidence=7),))
    assert carried_baseline(zero).baseline == 0
    negative = KeyResult(text="Marge", baseline=-10, target=10,
                         check_ins=(CheckIn(on=date(2027, 3, 3), value=-4.5, confidence=7),))
    assert carried_baseline(negative).baseline == -4.5
    unmeasured = KeyResult(text="NPS", baseline=30, target=50)
    assert carried_baseline(unmeasured).code == "next_cycle.baseline.kept"
    assert carried_baseline(unmeasured).sentence("en") == (
        "Baseline kept: 30 (no check-in this cycle)")
    bare = KeyResult(text="NPS")
    assert carried_baseline(bare).baseline is None
    assert carried_baseline(bare).sentence("fr") == (
        "Pas encore de référence (aucun point d’étape ce cycle)")


def _closed_cycle() -> Workshop:
    alice = Participant(name="Alice")
    team = Team(name="Ventes", ambassador_id=alice.id)
    milestone = KeyResult(text="Ouvrir la boutique", milestone=True,
                          check_ins=(CheckIn(on=date(2027, 3, 1), value=0, confidence=4,
                                             author_id=alice.id),))
    measured = KeyResult(text="Porter le NPS de 30 à 50", baseline=30, target=50,
                         grade=0.6, status_override=PaceStatus.AT_RISK, status_reason="Grève",
                         check_ins=(CheckIn(on=date(2027, 3, 3), value=42, confidence=7,
                                            author_id=alice.id),))
    objectives = (
        Objective(team_id=team.id, title="Kept, not closed", status=ObjectiveStatus.KEPT,
                  key_results=(measured, milestone)),
        Objective(team_id=team.id, title="Kept, accomplished", status=ObjectiveStatus.KEPT,
                  outcome=ClosingOutcome.ACCOMPLISHED, learnings="Tout", decisions="Rien"),
        Objective(team_id=team.id, title="Parked, postponed", status=ObjectiveStatus.PARKED,
                  outcome=ClosingOutcome.POSTPONED),
        Objective(team_id=team.id, title="Kept, carried", status=ObjectiveStatus.KEPT,
                  outcome=ClosingOutcome.CARRIED, learnings="Trop ambitieux"),
        Objective(team_id=team.id, title="Kept, missed", status=ObjectiveStatus.KEPT,
                  outcome=ClosingOutcome.MISSED),
        Objective(team_id=team.id, title="Candidate", status=ObjectiveStatus.CANDIDATE),
    )
    note = Feedback(kind=FeedbackKind.TRY, text="Essayer", occasion=FeedbackOccasion.CYCLE_END)
    base = Workshop(title="Atelier T1 2027", cycle_start=date(2027, 1, 1),
                    cycle_end=date(2027, 3, 31), participants=(alice,),
                    teams=(replace(team, objectives=objectives),))
    return replace(
        base, rituals=default_rituals(base), feedback=(note,),
        roti_votes=(RotiVote(score=4, participant_id=alice.id),),
        actions=(Action(text="Relancer le fournisseur", owner_id=alice.id,
                        due=date(2027, 4, 15), feedback_id=note.id),
                 Action(text="Fait", done=True)))


def test_kept_carried_and_postponed_objectives_are_proposed_not_closed_ones():
    workshop = _closed_cycle()
    objectives, key_results = proposed_carry_over(workshop)
    titles = {o.title for o in workshop.objectives() if o.id in objectives}
    assert titles == {"Kept, not closed", "Parked, postponed", "Kept, carried"}
    assert key_results == {k.id for k in workshop.key_results()}


def _copy(workshop: Workshop) -> Workshop:
    objectives, key_results = proposed_carry_over(workshop)
    return next_cycle_copy(workshop, NextCycle(
        title="Atelier T2 2027", cycle_label="T2 2027", cycle_start=date(2027, 4, 1),
        cycle_end=date(2027, 6, 30), objective_ids=objectives, key_result_ids=key_results))


def test_what_judged_the_last_cycle_stays_with_it():
    copy = _copy(_closed_cycle())
    assert integrity_problems(copy) == []
    first = next(o for o in copy.objectives() if o.title == "Kept, not closed")
    measured, milestone = first.key_results
    assert measured.baseline == 42 and measured.check_ins == ()
    assert (measured.grade, measured.status_override, measured.status_reason) == (None, None, "")
    assert milestone.baseline is None and milestone.milestone  # not 0.0, "not done"
    carried = next(o for o in copy.objectives() if o.title == "Kept, carried")
    assert (carried.outcome, carried.learnings, carried.decisions) == (None, "", "")
    assert all(o.status is ObjectiveStatus.CANDIDATE for o in copy.objectives())
    assert copy.feedback == () and copy.roti_votes == ()


def test_open_actions_carry_over_with_their_owner():
    original = _closed_cycle()
    copy = _copy(original)
    (action,) = copy.actions
    assert action.text == "Relancer le fournisseur" and action.feedback_id is None
    assert action.owner_id == copy.participants[0].id != original.participants[0].id
    assert action.id != original.actions[0].id


def test_rituals_move_to_the_new_cycle_on_the_same_weekday():
    copy = _copy(_closed_cycle())
    moved = {r.kind: r.starts_on for r in copy.rituals}
    assert moved == {
        RitualKind.CHECK_IN: date(2027, 4, 5),  # Monday of the first week
        RitualKind.MONTHLY_REVIEW: date(2027, 4, 29),  # last Thursday of April (5 of them)
        RitualKind.PLANNING: date(2027, 6, 17),  # two weeks before July 1
        RitualKind.GRADING: date(2027, 6, 29),  # the last Tuesday of the cycle
    }
    # Without the new dates the rituals stay as the coach set them.
    original = _closed_cycle()
    same = next_cycle_copy(original, NextCycle(title="Suite"))
    assert [r.starts_on for r in same.rituals] == [r.starts_on for r in original.rituals]
    undated = replace(original, rituals=(Ritual(kind=RitualKind.OTHER, cadence=Cadence.ONCE),))
    assert _copy(undated).rituals[0].starts_on is None


def test_renewed_ids_cover_steering_data_and_its_links():
    original = _closed_cycle()
    copy = renew_ids(original)
    alice = copy.participants[0].id
    assert copy.roti_votes[0].participant_id == alice
    assert copy.roti_votes[0].id != original.roti_votes[0].id
    assert copy.actions[0].owner_id == alice
    assert copy.actions[0].feedback_id == copy.feedback[0].id != original.feedback[0].id
    assert {a.id for a in copy.actions}.isdisjoint(a.id for a in original.actions)
    authors = {c.author_id for k in copy.key_results() for c in k.check_ins}
    assert authors == {alice}
