"""What is due (issue 13, point 11): rituals due or overdue today, key results waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from okr_workshop.domain.model import (
    Cadence,
    Feedback,
    FeedbackKind,
    FeedbackOccasion,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    RotiVote,
)
from okr_workshop.domain.steering.due import check_in_period, what_is_due
from tests.domain.steering.steering_builders import END, START, ins, key_result, workshop_with

NBSP = "\u00a0"
WEEKLY = Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, starts_on=START,
                starts_at="09:30")
MONDAY_3 = START + timedelta(weeks=2)  # the third Monday of the cycle


def test_the_weekly_check_in_is_due_today_on_its_day():
    kr = key_result(check_ins=ins((START, 30, 8), (START + timedelta(weeks=1), 31, 8)))
    due = what_is_due(workshop_with(kr, rituals=(WEEKLY,)), MONDAY_3)
    (item,) = due.rituals
    assert item.code == "due.ritual.today" and item.ritual_id == WEEKLY.id and not item.overdue
    assert item.sentence("en") == "Check-in today at 9:30."
    # French writes the hour with "h": 9 h 30, 14 h.
    assert item.sentence("fr") == f"Point d’étape aujourd’hui à 9{NBSP}h{NBSP}30."
    on_the_hour = replace(WEEKLY, starts_at="14:00")
    (item,) = what_is_due(workshop_with(kr, rituals=(on_the_hour,)), MONDAY_3).rituals
    assert item.sentence("fr") == f"Point d’étape aujourd’hui à 14{NBSP}h."
    assert item.sentence("en") == "Check-in today at 14:00."
    assert due.key_results == ()  # checked in a week ago: not late yet


def test_a_round_held_today_is_no_longer_due():
    kr = key_result(check_ins=ins((START, 30, 8), (MONDAY_3, 33, 8)))
    assert not what_is_due(workshop_with(kr, rituals=(WEEKLY,)), MONDAY_3)


def test_a_check_in_round_skipped_is_overdue_since_the_first_occurrence_missed():
    kr = key_result(check_ins=ins((START, 30, 8)))
    today = MONDAY_3 + timedelta(days=3)
    due = what_is_due(workshop_with(kr, rituals=(WEEKLY,)), today)
    (item,) = due.rituals
    assert item.code == "due.ritual.overdue" and item.overdue
    assert item.since == START + timedelta(weeks=1) and item.params["missed"] == 2
    assert item.sentence("en") == (
        f"Check-in: overdue since Jan{NBSP}11, 2027 (2 missed).")  # held on Jan 4: "not
    # held since Jan 11", as it said, read as if Jan 11 had been held (English walkthrough)
    assert item.sentence("fr") == (
        f"Point d’étape{NBSP}: aucune séance depuis le 11{NBSP}janv.{NBSP}2027 "
        f"(séances manquées{NBSP}: 2).")  # « occurrences » is calendar jargon


def test_a_round_held_a_day_late_counts():
    kr = key_result(check_ins=ins((START + timedelta(days=8), 31, 8)))  # Tuesday of week 2
    workshop = workshop_with(kr, rituals=(WEEKLY,))
    assert what_is_due(workshop, START + timedelta(days=9)).rituals == ()
    # …but not for the next Monday's round.
    late = what_is_due(workshop, MONDAY_3 + timedelta(days=1)).rituals
    assert [(i.code, i.since) for i in late] == [("due.ritual.overdue", MONDAY_3)]


def test_check_ins_of_objectives_not_kept_do_not_count_and_are_not_chased():
    kr = key_result(check_ins=ins((MONDAY_3, 31, 8)))
    parked = workshop_with(kr, rituals=(WEEKLY,), status=ObjectiveStatus.PARKED)
    due = what_is_due(parked, MONDAY_3 + timedelta(days=1))
    assert [i.code for i in due.rituals] == ["due.ritual.overdue"]
    assert due.key_results == ()


def test_a_review_is_held_when_feedback_or_a_roti_vote_was_given_at_it():
    review = Ritual(kind=RitualKind.MONTHLY_REVIEW, cadence=Cadence.MONTHLY,
                    starts_on=date(2027, 1, 28), starts_at="14:00")
    today = date(2027, 2, 3)
    bare = workshop_with(rituals=(review,))
    (item,) = what_is_due(bare, today).rituals
    assert item.code == "due.ritual.overdue" and item.since == date(2027, 1, 28)
    assert item.sentence("en") == f"Monthly review: overdue since Jan{NBSP}28, 2027 (1 missed)."
    voted = replace(bare, roti_votes=(RotiVote(score=4, occasion=FeedbackOccasion.REVIEW,
                                               on=date(2027, 1, 28)),))
    assert what_is_due(voted, today).rituals == ()
    noted = replace(bare, feedback=(Feedback(kind=FeedbackKind.BLOCKED, text="Données",
                                             occasion=FeedbackOccasion.REVIEW,
                                             on=date(2027, 1, 29)),))
    assert what_is_due(noted, today).rituals == ()
    # Feedback from the workshop itself says nothing about the review.
    old = replace(bare, feedback=(Feedback(kind=FeedbackKind.IDEA, text="Idée"),))
    assert len(what_is_due(old, today).rituals) == 1


def test_grading_is_held_once_every_kept_objective_is_graded_or_closed():
    grading = Ritual(kind=RitualKind.GRADING, cadence=Cadence.ONCE, starts_on=date(2027, 3, 30),
                     starts_at="10:00")
    kr = key_result(check_ins=ins((date(2027, 3, 29), 44, 8)))
    workshop = workshop_with(kr, rituals=(grading,), start=START, end=END)
    assert what_is_due(workshop, date(2027, 3, 30)).rituals[0].code == "due.ritual.today"
    assert what_is_due(workshop, date(2027, 4, 1)).rituals[0].code == "due.ritual.overdue"
    graded = workshop_with(replace(kr, grade=0.7), rituals=(grading,))
    assert what_is_due(graded, date(2027, 4, 1)).rituals == ()


def test_rituals_that_leave_no_trace_are_only_due_on_their_day():
    planning = Ritual(kind=RitualKind.PLANNING, cadence=Cadence.ONCE,
                      starts_on=date(2027, 3, 18), starts_at="")
    workshop = workshop_with(rituals=(planning,))
    (item,) = what_is_due(workshop, date(2027, 3, 18)).rituals
    assert item.sentence("en") == "Next-cycle planning today."
    assert what_is_due(workshop, date(2027, 3, 19)).rituals == ()
    assert what_is_due(workshop, date(2027, 3, 17)).rituals == ()


def test_key_results_waiting_longer_than_the_check_in_period():
    fresh = key_result("Porter le NPS de 30 à 50", check_ins=ins((MONDAY_3, 31, 8)))
    stale = key_result("Réduire « les retours » <b>", baseline=8, target=5,
                       check_ins=ins((START, 8, 8)))
    never = key_result("Ouvrir 3 boutiques")
    workshop = workshop_with(fresh, stale, never, rituals=(WEEKLY,))
    due = what_is_due(workshop, MONDAY_3 + timedelta(days=1))
    assert [i.key_result_id for i in due.key_results] == [never.id, stale.id]
    never_item, stale_item = due.key_results
    assert never_item.code == "due.kr.never_since_start"
    assert stale_item.params["days"] == 15 and stale_item.params["period"] == 7
    assert stale_item.sentence("en") == (
        f"“Réduire « les retours » <b>”: last check-in on Jan{NBSP}4, 2027, 15 days ago "
        "(one is expected every 7 days).")
    assert stale_item.sentence("fr").startswith(
        f"«{NBSP}Réduire « les retours » <b>{NBSP}»{NBSP}: dernier point d’étape le 4")


def test_the_period_follows_the_check_in_ritual():
    fortnightly = replace(WEEKLY, cadence=Cadence.FORTNIGHTLY)
    kr = key_result(check_ins=ins((START, 30, 8)))
    assert check_in_period(workshop_with(kr)) == 7
    assert check_in_period(workshop_with(kr, rituals=(fortnightly,))) == 14
    assert check_in_period(workshop_with(kr, rituals=(fortnightly, WEEKLY))) == 7
    today = START + timedelta(days=10)
    assert len(what_is_due(workshop_with(kr), today).key_results) == 1  # no ritual: a week
    assert what_is_due(workshop_with(kr, rituals=(fortnightly,)), today).key_results == ()


def test_nothing_is_due_before_the_cycle_or_after_it():
    kr = key_result()
    workshop = workshop_with(kr, rituals=(WEEKLY,))
    assert not what_is_due(workshop, START - timedelta(days=1))
    assert not what_is_due(workshop, END + timedelta(days=1))
    # The first week of the cycle: the first check-in is not late yet.
    assert what_is_due(workshop, START + timedelta(days=3)).key_results == ()


def test_without_cycle_dates_a_key_result_never_checked_in_is_named():
    workshop = workshop_with(key_result(), start=None, end=None)
    (item,) = what_is_due(workshop, date(2027, 2, 1)).key_results
    assert item.code == "due.kr.never"
    assert item.sentence("fr") == (
        f"«{NBSP}Porter le NPS de 30 à 50{NBSP}»{NBSP}: aucun point d’étape pour l’instant.")


def test_a_milestone_done_or_a_key_result_past_due_is_not_chased():
    done = key_result("Ouvrir la boutique", milestone=True, check_ins=ins((START, 1, 9)))
    pending = key_result("Signer le bail", milestone=True, check_ins=ins((START, 0, 9)))
    past = key_result("Salon de janvier", due=START + timedelta(days=10),
                      check_ins=ins((START, 30, 9)))
    workshop = workshop_with(done, pending, past)
    due = what_is_due(workshop, MONDAY_3 + timedelta(days=1))
    assert [i.key_result_id for i in due.key_results] == [pending.id]
