"""What differs between my copy of a workshop and a colleague's (issue 19, conflicts): items
matched by id through renames and moves, every editable field compared, values as display
text, words in French and English, one line per difference for the command line."""

from __future__ import annotations

import copy as copy_module
import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from okr_workshop.domain import catalogue
from okr_workshop.domain import workshop_diff as diff_module
from okr_workshop.domain import workshop_diff_records as records_module
from okr_workshop.domain.model import (
    Action,
    Cadence,
    CheckIn,
    ChecklistTick,
    ClosingOutcome,
    CommonRule,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    FeedbackOccasion,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    PaceStatus,
    Participant,
    Ritual,
    RitualKind,
    RotiVote,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteMode, VoteRound
from okr_workshop.domain.rules.wording import short
from okr_workshop.domain.workshop_diff import (
    ADDED_MINE,
    ADDED_THEIRS,
    CHANGED,
    Difference,
    difference_line,
    field_label,
    kind_label,
    section_label,
    where_text,
    workshop_differences,
)

NBSP = "\u00a0"
MARKUP = "<b>Gras</b> & <i>penché</i> <script>alert('x')</script> &amp;"
# The first teams are named the way real rooms name them; the others are numbered.
NAMES = ["Ventes 🥖", "Équipe « Qualité »", "<b>R&D</b>", "Support & SAV", "Logistique"]


def messy_workshop() -> Workshop:
    """40 teams, accents, emoji, markup-looking text, empty fields, check-ins, and one of
    every record a workshop keeps beside its tree."""
    zoe = Participant(name="Zoé Lefèvre 😀", role="Ambassadrice")
    chloe = Participant(name="Chloë <admin>", role="")
    anon = Participant(name="Jean-Noël O’Brien", role="PO & coach")
    strategic = (StrategicObjective(title="Être la boulangerie préférée 🥐", why=MARKUP),
                 StrategicObjective(title="Ouvrir l’export", why=""))
    teams = []
    for i in range(40):
        name = NAMES[i] if i < len(NAMES) else f"Équipe n°{i + 1} — Zoé & Chloë"
        team = Team(name=name, department="" if i % 3 else "Ventes", position=i,
                    ambassador_id=zoe.id if i % 2 else None)
        objectives = []
        for j in range(1 + i % 2):
            krs = tuple(
                KeyResult(
                    text=f"Passer le NPS de 30 à {40 + k} 🚀 ({name})", metric="NPS" if k else "",
                    baseline=30.0 if k else None, target=40.0 + k, unit="points" if k else "",
                    direction=Direction.INCREASE if k else None, owner="" if k else "Zoé",
                    due=date(2027, 3, 31) if k else None, position=k,
                    check_ins=(CheckIn(on=date(2027, 1, 8), value=31.5, confidence=7,
                                       comment="Bien 👍 <i>ok</i>", author_id=chloe.id),)
                    if k else (),
                )
                for k in range(2)
            )
            objectives.append(Objective(
                team_id=team.id, title=f"Objectif {j + 1} de « {name} »", why="",
                strategic_objective_id=strategic[j].id if j == 0 else None,
                non_alignment_reason="" if j == 0 else "Hors stratégie : tâche de fond",
                status=ObjectiveStatus.KEPT, votes=3, author_id=anon.id, position=j,
                key_results=krs))
        teams.append(replace(team, objectives=tuple(objectives)))
    first, second = teams[0].objectives[0], teams[1].objectives[0]
    feedback = Feedback(kind=FeedbackKind.WENT_WELL, text="Très bien 👏 " + MARKUP)
    return Workshop(
        title="Atelier OKR 🚀 T1 2027", organisation="Boulangerie « Au Pain d’Or »",
        cycle_label="T1 2027", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        facilitator="Claire", vision=MARKUP, participants=(zoe, chloe, anon),
        strategic_objectives=strategic, teams=tuple(teams),
        dependencies=(Dependency(from_objective_id=first.id, to_objective_id=second.id,
                                 note="Besoin des données 📊"),),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, place="Salle 2"),
                 Ritual(kind=RitualKind.MONTHLY_REVIEW, cadence=Cadence.MONTHLY, position=1)),
        feedback=(feedback,),
        roti_votes=(RotiVote(score=4, participant_id=zoe.id), RotiVote(score=2)),
        actions=(Action(text="Relancer la DSI <vite>", owner_id=anon.id,
                        feedback_id=feedback.id),),
        checklist=(ChecklistTick(item="m2.common_rule"),),
        vote_rounds=(VoteRound(team_id=teams[0].id, mode=VoteMode.TALLY,
                               votes=(DotVote(objective_id=first.id, dots=5),)),),
        agenda=(AgendaItem(step=Step.VISION, planned_minutes=20),
                AgendaItem(title="Pause café ☕", planned_minutes=15, position=1)),
    )


# Edits a colleague makes to their copy: the same ids, other values.

def edit_team(w: Workshop, team: Team, **fields) -> Workshop:
    return replace(w, teams=tuple(replace(t, **fields) if t.id == team.id else t
                                  for t in w.teams))


def edit_objective(w: Workshop, objective: Objective, **fields) -> Workshop:
    return replace(w, teams=tuple(
        replace(t, objectives=tuple(replace(o, **fields) if o.id == objective.id else o
                                    for o in t.objectives)) for t in w.teams))


def edit_kr(w: Workshop, kr: KeyResult, **fields) -> Workshop:
    return replace(w, teams=tuple(
        replace(t, objectives=tuple(
            replace(o, key_results=tuple(replace(k, **fields) if k.id == kr.id else k
                                         for k in o.key_results)) for o in t.objectives))
        for t in w.teams))


def move_objective(w: Workshop, objective: Objective, to: Team) -> Workshop:
    moved = replace(w.objective(objective.id), team_id=to.id)
    teams = []
    for t in w.teams:
        kept = tuple(o for o in t.objectives if o.id != objective.id)
        teams.append(replace(t, objectives=kept + ((moved,) if t.id == to.id else ())))
    return replace(w, teams=tuple(teams))


def only(differences: list[Difference]) -> Difference:
    assert len(differences) == 1, differences
    return differences[0]


@pytest.fixture(scope="module")
def mine() -> Workshop:
    return messy_workshop()


def test_the_same_workshop_has_no_difference(mine):
    assert workshop_differences(mine, mine) == []
    # A copy read back from a file: other objects, equal values, and later timestamps.
    copy = replace(copy_module.deepcopy(mine), updated_at=datetime(2030, 1, 1, tzinfo=UTC))
    assert workshop_differences(mine, copy) == []


def test_a_renamed_team_is_one_difference_and_keeps_its_objectives(mine):
    sales = mine.teams[0]
    theirs = edit_team(mine, sales, name="Sales 🥖 <Nord>")
    found = only(workshop_differences(mine, theirs))
    assert found == Difference("teams", ("Ventes 🥖",), "team.name", "Ventes 🥖",
                               "Sales 🥖 <Nord>", CHANGED)


def test_an_objective_moved_to_another_team_is_one_difference(mine):
    sales, quality = mine.teams[0], mine.teams[1]
    objective = sales.objectives[0]
    theirs = move_objective(mine, objective, quality)
    found = only(workshop_differences(mine, theirs))
    assert found.section == "teams" and found.kind == CHANGED
    assert found.where == ("Ventes 🥖", objective.title)
    assert (found.field, found.mine, found.theirs) == (
        "objective.team", "Ventes 🥖", "Équipe « Qualité »")


def test_a_team_renamed_and_an_objective_moved_in_the_same_version(mine):
    sales, quality = mine.teams[0], mine.teams[1]
    objective = sales.objectives[0]
    kr = objective.key_results[1]
    theirs = edit_team(move_objective(mine, objective, quality), quality, name="Qualité")
    theirs = edit_kr(theirs, kr, target=42.5)
    found = workshop_differences(mine, theirs, Language.ENGLISH)
    # Listed under the team it is in in my version, by my names; the values are each
    # version's own.
    assert [(d.where, d.field, d.mine, d.theirs) for d in found] == [
        (("Ventes 🥖", objective.title), "objective.team", "Ventes 🥖", "Qualité"),
        (("Ventes 🥖", objective.title, kr.text), "key_result.target", "41", "42.5"),
        (("Équipe « Qualité »",), "team.name", "Équipe « Qualité »", "Qualité"),
    ]


def test_forty_teams_one_only_in_each_version_and_one_deep_change(mine):
    gone, deep = mine.teams[6], mine.teams[33]
    kr = deep.objectives[1].key_results[1]
    new_team = Team(name="Nouvelle équipe ✨", position=40,
                    objectives=())
    theirs = replace(mine, teams=tuple(t for t in mine.teams if t.id != gone.id)
                     + (new_team,))
    theirs = edit_kr(theirs, kr, target=12.5, baseline=None, due=date(2027, 6, 30))
    found = workshop_differences(mine, theirs)
    assert [(d.where, d.field, d.mine, d.theirs, d.kind) for d in found] == [
        ((), "team", gone.name, "", ADDED_MINE),
        ((deep.name, deep.objectives[1].title, kr.text), "key_result.baseline", "30", "",
         CHANGED),
        ((deep.name, deep.objectives[1].title, kr.text), "key_result.target", "41", "12,5",
         CHANGED),
        ((deep.name, deep.objectives[1].title, kr.text), "key_result.due", "2027-03-31",
         "2027-06-30", CHANGED),
        ((), "team", "", "Nouvelle équipe ✨", ADDED_THEIRS),
    ]


def test_a_team_only_in_one_version_is_one_row_not_one_per_objective(mine):
    theirs = replace(mine, teams=mine.teams[1:])
    found = only(workshop_differences(mine, theirs))
    assert (found.field, found.mine, found.kind) == ("team", "Ventes 🥖", ADDED_MINE)


def test_objectives_and_key_results_only_in_one_version_sit_under_their_parent(mine):
    team = mine.teams[2]
    objective = team.objectives[0]
    extra = Objective(team_id=team.id, title="Nouvel objectif <em>", position=5)
    extra_kr = KeyResult(text="Atteindre 99,9 % de disponibilité", position=9)
    theirs = edit_team(mine, team, objectives=team.objectives + (extra,))
    theirs = edit_objective(theirs, objective,
                            key_results=objective.key_results[1:] + (extra_kr,))
    found = workshop_differences(mine, theirs)
    assert [(d.where, d.field, d.mine, d.theirs, d.kind) for d in found] == [
        (("<b>R&D</b>", objective.title), "key_result", objective.key_results[0].text, "",
         ADDED_MINE),
        (("<b>R&D</b>", objective.title), "key_result", "", extra_kr.text, ADDED_THEIRS),
        (("<b>R&D</b>",), "objective", "", "Nouvel objectif <em>", ADDED_THEIRS),
    ]


def test_objectives_moved_to_a_new_team_while_mine_kept_the_old_one(mine):
    # Theirs moved Ventes' objectives into a new team and deleted Ventes; mine kept it:
    # neither team is in both, the objectives are, and their move is not lost.
    sales = mine.teams[0]
    newcomer = Team(name="Boutique 🏪", position=0)
    moved = tuple(replace(o, team_id=newcomer.id) for o in sales.objectives)
    theirs = replace(mine, teams=(replace(newcomer, objectives=moved), *mine.teams[1:]))
    found = workshop_differences(mine, theirs)
    objective = sales.objectives[0]
    assert [(d.where, d.field, d.mine, d.theirs, d.kind) for d in found] == [
        ((), "team", "Ventes 🥖", "", ADDED_MINE),
        ((), "team", "", "Boutique 🏪", ADDED_THEIRS),
        (("Ventes 🥖", objective.title), "objective.team", "Ventes 🥖", "Boutique 🏪",
         CHANGED),
    ]


def test_a_vote_round_only_in_theirs_is_named_by_my_team_name(mine):
    sales = mine.teams[0]
    second = VoteRound(team_id=sales.id, position=1)
    theirs = edit_team(replace(mine, vote_rounds=(*mine.vote_rounds, second)), sales,
                       name="Sales")
    rows = [d for d in workshop_differences(mine, theirs) if d.section == "vote_rounds"]
    assert [(d.where, d.field, d.theirs, d.kind) for d in rows] == [
        (("Ventes 🥖",), "vote_round", "Tour 2", ADDED_THEIRS)]


def test_a_key_result_moved_to_another_objective(mine):
    source, target = mine.teams[1].objectives
    kr = source.key_results[0]
    theirs = edit_objective(mine, source, key_results=source.key_results[1:])
    theirs = edit_objective(theirs, target, key_results=target.key_results + (kr,))
    found = only(workshop_differences(mine, theirs))
    assert (found.where, found.field, found.mine, found.theirs) == (
        (mine.teams[1].name, source.title, kr.text), "key_result.objective", source.title,
        target.title)


def test_every_field_of_an_objective_and_its_words(mine):
    objective = mine.teams[3].objectives[1]
    theirs = edit_objective(
        mine, objective, title="Titre 🎯", why=MARKUP,
        strategic_objective_id=mine.strategic_objectives[1].id, non_alignment_reason="",
        status=ObjectiveStatus.PARKED, votes=0, author_id=None, commitment=None,
        outcome=ClosingOutcome.CARRIED, learnings="Appris : beaucoup !", decisions="—")
    found = {d.field: (d.mine, d.theirs) for d in workshop_differences(mine, theirs)}
    assert found == {
        "objective.title": (objective.title, "Titre 🎯"),
        "objective.why": ("", MARKUP),
        "objective.strategic_objective": ("", "Ouvrir l’export"),
        "objective.non_alignment_reason": ("Hors stratégie : tâche de fond", ""),
        "objective.status": ("Retenu", "Au parking"),
        "objective.votes": ("3", "0"),
        "objective.author": ("Jean-Noël O’Brien", ""),
        "objective.outcome": ("", "Poursuivi au prochain cycle"),
        "objective.learnings": ("", "Appris : beaucoup !"),
        "objective.decisions": ("", "—"),
    }
    english = workshop_differences(mine, theirs, "en")
    assert {d.field: d.theirs for d in english}["objective.status"] == "Parked"


def test_key_result_fields_choices_and_numbers(mine):
    kr = mine.teams[4].objectives[0].key_results[1]
    theirs = edit_kr(mine, kr, metric="", unit="%", direction=Direction.AT_MOST,
                     change=20.0, change_percent=False, milestone=True,
                     status_override=PaceStatus.AT_RISK, status_reason="Retard fournisseur",
                     grade=0.7, data_source="CRM <Salesforce>", owner="Chloë")
    found = {d.field: (d.mine, d.theirs) for d in workshop_differences(mine, theirs)}
    assert found == {
        "key_result.metric": ("NPS", ""),
        "key_result.unit": ("points", "%"),
        "key_result.direction": ("Hausse", "Au plus"),
        "key_result.change": ("", "20"),
        "key_result.change_percent": ("Oui", "Non"),
        "key_result.data_source": ("", "CRM <Salesforce>"),
        "key_result.owner": ("", "Chloë"),
        "key_result.milestone": ("Non", "Oui"),
        "key_result.status_override": ("", "À risque"),
        "key_result.status_reason": ("", "Retard fournisseur"),
        "key_result.grade": ("", "0,7"),
    }


def test_numbers_are_never_rounded_into_looking_the_same(mine):
    kr = mine.teams[0].objectives[0].key_results[1]
    theirs = edit_kr(mine, kr, target=0.1 + 0.2, baseline=1_234_567.0)
    found = {d.field: (d.mine, d.theirs)
             for d in workshop_differences(mine, theirs, "en")}
    assert found["key_result.target"] == ("41", "0.30000000000000004")
    assert found["key_result.baseline"] == ("30", "1234567")


def test_check_ins_added_and_changed_are_listed_under_their_key_result(mine):
    team = mine.teams[5]
    objective = team.objectives[0]
    kr = objective.key_results[1]
    old = kr.check_ins[0]
    new = CheckIn(on=date(2027, 1, 15), value=33.0, confidence=5, comment="",
                  next_step="Relancer 📞")
    theirs = edit_kr(mine, kr, check_ins=(replace(old, confidence=3, comment="",
                                                  author_id=None), new))
    found = workshop_differences(mine, theirs)
    path = (team.name, objective.title, kr.text)
    assert [(d.where, d.field, d.mine, d.theirs, d.kind) for d in found] == [
        ((*path, "2027-01-08"), "check_in.confidence", "7", "3", CHANGED),
        ((*path, "2027-01-08"), "check_in.comment", "Bien 👍 <i>ok</i>", "", CHANGED),
        ((*path, "2027-01-08"), "check_in.author", "Chloë <admin>", "", CHANGED),
        (path, "check_in", "", "2027-01-15 · 33, confiance 5/10", ADDED_THEIRS),
    ]


def test_the_workshop_fields_and_the_common_rule(mine):
    theirs = replace(mine, title="Atelier OKR 🚀 T2 2027", organisation="",
                     cycle_end=date(2027, 4, 30), language=Language.ENGLISH,
                     facilitator="Claire & Zoé", vision=MARKUP + " 🌍",
                     current_step=Step.STEERING, session_on=date(2027, 1, 12),
                     session_starts_at="09:30",
                     rule=CommonRule(max_objectives_per_team=2, strict=True))
    found = workshop_differences(mine, theirs)
    assert all(d.section == "workshop" and d.where == () and d.kind == CHANGED
               for d in found)
    assert {d.field: (d.mine, d.theirs) for d in found} == {
        "workshop.title": ("Atelier OKR 🚀 T1 2027", "Atelier OKR 🚀 T2 2027"),
        "workshop.organisation": ("Boulangerie « Au Pain d’Or »", ""),
        "workshop.cycle_end": ("2027-03-31", "2027-04-30"),
        "workshop.language": ("Français", "Anglais"),
        "workshop.facilitator": ("Claire", "Claire & Zoé"),
        "workshop.vision": (MARKUP, MARKUP + " 🌍"),
        "workshop.current_step": ("Préparation", "Pilotage"),
        "workshop.session_on": ("", "2027-01-12"),
        "workshop.session_starts_at": ("", "09:30"),
        "rule.max_objectives_per_team": ("3", "2"),
        "rule.strict": (f"Souple{NBSP}: avertit au-delà de la limite",
                        f"Stricte{NBSP}: refuse au-delà de la limite"),
    }


def test_the_values_follow_my_version_s_language_unless_told(mine):
    english = replace(mine, language=Language.ENGLISH)
    theirs = replace(english, current_step=Step.FOCUS)
    assert only(workshop_differences(english, theirs)).theirs == "Focus"
    theirs = edit_objective(english, mine.teams[0].objectives[0],
                            status=ObjectiveStatus.CANDIDATE)
    assert only(workshop_differences(english, theirs)).theirs == "Candidate"
    assert only(workshop_differences(english, theirs, "fr")).theirs == "Candidat"


def test_participants_and_strategic_objectives(mine):
    zoe, chloe, noel = mine.participants
    vision = mine.strategic_objectives[0]
    extra = Participant(name="Élodie 🎨", team_id=mine.teams[2].id)
    theirs = replace(
        mine, participants=(replace(zoe, role="", team_id=mine.teams[0].id), noel, extra),
        strategic_objectives=(replace(vision, why="Parce que 🥐"),
                              mine.strategic_objectives[1]))
    found = workshop_differences(mine, theirs)
    assert [(d.section, d.where, d.field, d.mine, d.theirs, d.kind) for d in found] == [
        ("strategic_objectives", (vision.title,), "strategic_objective.why", MARKUP,
         "Parce que 🥐", CHANGED),
        ("participants", (zoe.name,), "participant.role", "Ambassadrice", "", CHANGED),
        ("participants", (zoe.name,), "participant.team", "", "Ventes 🥖", CHANGED),
        ("participants", (), "participant", chloe.name, "", ADDED_MINE),
        ("participants", (), "participant", "", "Élodie 🎨", ADDED_THEIRS),
    ]


def test_a_renamed_participant_changes_no_link_that_points_to_them(mine):
    noel = mine.participants[2]
    renamed = replace(noel, name="Noël")
    theirs = replace(mine, participants=(*mine.participants[:2], renamed))
    found = only(workshop_differences(mine, theirs))
    assert (found.field, found.mine, found.theirs) == ("participant.name",
                                                       "Jean-Noël O’Brien", "Noël")


def test_dependencies_rituals_feedback_roti_actions(mine):
    dependency = mine.dependencies[0]
    weekly, monthly = mine.rituals
    feedback = mine.feedback[0]
    other = mine.teams[2].objectives[0]
    theirs = replace(
        mine,
        dependencies=(replace(dependency, to_objective_id=other.id, note=""),),
        rituals=(replace(weekly, cadence=Cadence.FORTNIGHTLY, starts_on=date(2027, 1, 4),
                         starts_at="10:00", time_zone="Europe/Paris", duration_minutes=45,
                         attendees="Toute l’équipe <all>"),),
        feedback=(replace(feedback, kind=FeedbackKind.BLOCKED, author="Anonyme ?",
                          occasion=FeedbackOccasion.REVIEW, on=date(2027, 2, 1)),),
        roti_votes=(replace(mine.roti_votes[0], score=5), mine.roti_votes[1],
                    RotiVote(score=3, participant_id=mine.participants[1].id)),
        actions=(replace(mine.actions[0], done=True, due=date(2027, 2, 15),
                         feedback_id=None),),
    )
    found = workshop_differences(mine, theirs)
    said = short(feedback.text, 80)  # as a title and as a link: a note can be long
    second = mine.teams[1].objectives[0]
    arrow = f"{mine.teams[0].objectives[0].title} → "
    rows = [(d.section, d.where, d.field, d.mine, d.theirs, d.kind) for d in found]
    assert rows == [
        ("dependencies", (arrow + second.title,), "dependency.to", second.title,
         other.title, CHANGED),
        ("dependencies", (arrow + second.title,), "dependency.note", "Besoin des données 📊",
         "", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.cadence", "Chaque semaine",
         "Toutes les deux semaines", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.starts_on", "", "2027-01-04", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.starts_at", "", "10:00", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.time_zone", "", "Europe/Paris", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.duration_minutes", f"30{NBSP}min",
         f"45{NBSP}min", CHANGED),
        ("rituals", ("Point d’étape",), "ritual.attendees", "", "Toute l’équipe <all>",
         CHANGED),
        ("rituals", (), "ritual", "Revue mensuelle", "", ADDED_MINE),
        ("feedback", (said,), "feedback.kind", "Ce qui a bien marché",
         "Ce qui a bloqué", CHANGED),
        ("feedback", (said,), "feedback.author", "", "Anonyme ?", CHANGED),
        ("feedback", (said,), "feedback.occasion", "Fin de l’atelier",
         "Une revue pendant le cycle", CHANGED),
        ("feedback", (said,), "feedback.on", "", "2027-02-01", CHANGED),
        ("roti_votes", ("Zoé Lefèvre 😀",), "roti_vote.score", "4", "5", CHANGED),
        ("roti_votes", (), "roti_vote", "", f"Chloë <admin>{NBSP}: 3/5", ADDED_THEIRS),
        ("actions", ("Relancer la DSI <vite>",), "action.due", "", "2027-02-15", CHANGED),
        ("actions", ("Relancer la DSI <vite>",), "action.done", "Non", "Oui", CHANGED),
        ("actions", ("Relancer la DSI <vite>",), "action.feedback", said, "",
         CHANGED),
    ]


def test_good_practices_are_matched_by_practice_not_by_id(mine):
    retick = (ChecklistTick(item="m2.common_rule"), ChecklistTick(item="m1.restitution"))
    found = only(workshop_differences(mine, replace(mine, checklist=retick), "en"))
    assert (found.section, found.field, found.mine, found.kind) == (
        "good_practices", "checklist_tick", "", ADDED_THEIRS)
    assert found.theirs  # the practice in words, not its code
    assert "m1." not in found.theirs


def test_run_sheet_lines_and_their_order(mine):
    vision, coffee = mine.agenda
    theirs = replace(mine, agenda=(replace(coffee, position=0, spent_seconds=754),
                                   replace(vision, position=1)))
    found = workshop_differences(mine, theirs)
    assert [(d.where, d.field, d.mine, d.theirs) for d in found] == [
        ((), "agenda_item.order", "Vision · Pause café ☕", "Pause café ☕ · Vision"),
        (("Pause café ☕",), "agenda_item.spent_seconds", f"0{NBSP}min 0{NBSP}s",
         f"12{NBSP}min 34{NBSP}s"),
    ]


def test_teams_reordered_is_one_row_with_both_orders(mine):
    teams = list(mine.teams)
    teams[0], teams[1] = replace(teams[1], position=0), replace(teams[0], position=1)
    found = only(workshop_differences(mine, replace(mine, teams=tuple(teams))))
    assert found.field == "team.order" and found.where == ()
    assert found.mine.startswith("Ventes 🥖 · Équipe « Qualité » · <b>R&D</b>")
    assert found.theirs.startswith("Équipe « Qualité » · Ventes 🥖 · <b>R&D</b>")


def test_a_tally_shows_its_dots_per_objective(mine):
    tally = mine.vote_rounds[0]
    objective = mine.teams[0].objectives[0]
    theirs = replace(mine, vote_rounds=(replace(
        tally, votes=(DotVote(objective_id=objective.id, dots=7),)),))
    found = only(workshop_differences(mine, theirs))
    assert (found.section, found.where, found.field, found.mine, found.theirs) == (
        "vote_rounds", ("Ventes 🥖", "Tour 1", objective.title), "vote_round.dots", "5", "7")


def test_a_secret_ballot_not_revealed_shows_only_how_many_voted(mine):
    team = mine.teams[0]
    first = team.objectives[0]
    zoe, chloe, _ = mine.participants
    ballot = VoteRound(team_id=team.id, mode=VoteMode.SECRET, position=1, votes=(
        DotVote(objective_id=first.id, dots=2, participant_id=zoe.id),))
    mine_now = replace(mine, vote_rounds=(*mine.vote_rounds, ballot))
    more = replace(ballot, votes=(*ballot.votes, DotVote(objective_id=first.id, dots=1,
                                                         participant_id=chloe.id)))
    theirs = replace(mine, vote_rounds=(*mine.vote_rounds, more))
    found = only(workshop_differences(mine_now, theirs))
    assert (found.where, found.field, found.mine, found.theirs) == (
        ("Ventes 🥖", "Tour 2"), "vote_round.ballots", "1", "2")
    # Once both versions revealed it, the dots per objective are what the room saw.
    revealed = workshop_differences(replace(mine_now, vote_rounds=(
        *mine.vote_rounds, replace(ballot, revealed=True))), replace(theirs, vote_rounds=(
            *mine.vote_rounds, replace(more, revealed=True))))
    assert [(d.field, d.mine, d.theirs) for d in revealed] == [("vote_round.dots", "2", "3")]


def test_a_link_to_something_the_version_lacks_is_said_not_shown_as_an_id(mine):
    zoe = mine.participants[0]
    team = mine.teams[1]  # Zoé is its ambassador
    theirs = replace(mine, participants=mine.participants[1:])
    found = [d for d in workshop_differences(mine, theirs, "en") if d.field == "team.ambassador"]
    assert found == []  # the same id on both sides: the participant row says it
    theirs = edit_team(mine, team, ambassador_id=mine.participants[1].id)
    theirs = replace(theirs, participants=mine.participants[1:])
    row = next(d for d in workshop_differences(mine, theirs, "en")
               if d.field == "team.ambassador")
    assert (row.mine, row.theirs) == (zoe.name, "Chloë <admin>")
    lost = edit_team(mine, team, ambassador_id="00000000-0000-4000-8000-000000000000")
    row = next(d for d in workshop_differences(mine, lost, "en")
               if d.field == "team.ambassador")
    assert row.theirs == "(not found)"


# The words: labels and the command line's line.

def test_labels_in_both_languages(mine):
    assert field_label("key_result.target", "fr") == "Cible"
    assert field_label("key_result.target", "en") == "Target"
    assert kind_label(ADDED_MINE, "fr") == "Seulement dans ma version"
    assert kind_label(ADDED_THEIRS, Language.ENGLISH) == "Only in the other version"
    assert kind_label(CHANGED, "fr") == "Différent"
    assert section_label("teams", "fr") == "Équipes"


def test_one_line_per_difference_in_french_and_english(mine):
    sales = mine.teams[0]
    kr = sales.objectives[0].key_results[1]
    theirs = edit_kr(edit_team(mine, sales, name="Sales"), kr, target=45.0, unit="")
    target, unit = [d for d in workshop_differences(mine, theirs) if d.field.startswith("key")]
    where = f"Équipes › Ventes 🥖 › {sales.objectives[0].title} › {kr.text}"
    assert difference_line(target, "fr") == (
        f"{where} — Cible{NBSP}: «{NBSP}41{NBSP}» dans ma version, «{NBSP}45{NBSP}» "
        "dans l’autre")
    assert difference_line(unit, "fr") == (
        f"{where} — Unité{NBSP}: «{NBSP}points{NBSP}» dans ma version, (vide) dans l’autre")
    assert difference_line(target, "en").endswith(
        "— Target: “41” in mine, “45” in theirs")
    assert difference_line(target, "en").startswith("Teams › Ventes 🥖 › ")


def test_a_line_for_an_item_in_one_version_says_which(mine):
    theirs = replace(mine, teams=mine.teams[1:])
    row = only(workshop_differences(mine, theirs))
    assert difference_line(row, "fr") == (
        f"Équipes — Équipe «{NBSP}Ventes 🥖{NBSP}»{NBSP}: seulement dans ma version")
    assert difference_line(row, "en") == "Teams — Team “Ventes 🥖”: only in my version"
    back = only(workshop_differences(theirs, mine, "en"))
    assert difference_line(back, "en") == (
        "Teams — Team “Ventes 🥖”: only in the other version")


def test_a_line_keeps_markup_as_text_on_one_line(mine):
    theirs = replace(mine, vision="Ligne 1\n<b>Ligne 2</b>\t& fin")
    line = difference_line(only(workshop_differences(mine, theirs)), "fr")
    assert "\n" not in line and "\t" not in line
    assert line.endswith(f"«{NBSP}Ligne 1 <b>Ligne 2</b> & fin{NBSP}» dans l’autre")
    assert MARKUP in line


def test_where_is_shortened_for_a_line_but_kept_whole_in_the_difference(mine):
    long_title = "Objectif " + "très " * 40 + "long"
    objective = mine.teams[0].objectives[0]
    renamed = edit_objective(mine, objective, title=long_title)
    theirs = edit_objective(renamed, objective, why="Pourquoi pas ?")
    row = only(workshop_differences(renamed, theirs))
    assert row.where == ("Ventes 🥖", long_title)
    assert long_title not in where_text(row, "fr") and where_text(row, "fr").endswith("…")


# Every field a person can edit is compared, and every code the diff says has its words.

_SPECS = {  # entity → (its name in the field codes, the fields compared)
    Workshop: ("workshop", diff_module._WORKSHOP), CommonRule: ("rule", diff_module._RULE),
    StrategicObjective: ("strategic_objective", diff_module._STRATEGIC),
    Participant: ("participant", diff_module._PARTICIPANT),
    Team: ("team", diff_module._TEAM), Objective: ("objective", diff_module._OBJECTIVE),
    KeyResult: ("key_result", diff_module._KEY_RESULT),
    CheckIn: ("check_in", diff_module._CHECK_IN),
    Dependency: ("dependency", records_module._DEPENDENCY),
    Ritual: ("ritual", records_module._RITUAL),
    Feedback: ("feedback", records_module._FEEDBACK),
    RotiVote: ("roti_vote", records_module._ROTI),
    Action: ("action", records_module._ACTION),
    VoteRound: ("vote_round", records_module._VOTE_ROUND),
    AgendaItem: ("agenda_item", records_module._AGENDA),
}
# Not edits (ids match the items; timestamps are bookkeeping), or compared otherwise:
# children and positions as items and orders, the common rule as its own fields.
_NOT_FIELDS = {"id", "position", "created_at", "updated_at", "teams", "objectives",
               "key_results", "check_ins", "participants", "strategic_objectives",
               "dependencies", "rituals", "feedback", "checklist", "roti_votes", "actions",
               "vote_rounds", "agenda", "rule"}
_ELSEWHERE = {
    VoteRound: {"team_id", "votes"},  # its team is in ``where``; its dots per objective
    AgendaItem: {"step"},  # a step's line stays that step's; its label says which
}


@pytest.mark.parametrize("entity", list(_SPECS), ids=lambda e: e.__name__)
def test_every_editable_field_of_the_model_is_compared(entity):
    compared = {attribute for attribute, _, _ in _SPECS[entity][1]}
    fields = {f.name for f in dataclasses.fields(entity)}
    assert compared == fields - _NOT_FIELDS - _ELSEWHERE.get(entity, set())


def test_every_code_the_diff_can_say_has_words_in_both_languages():
    words = catalogue.section("workshop_diff")
    for entity, specs in _SPECS.values():
        assert f"diff.field.{entity}" in words or entity in ("workshop", "rule")
        for _, name, _ in specs:
            assert f"diff.field.{entity}.{name}" in words, (entity, name)
    for kind in (ADDED_MINE, ADDED_THEIRS, CHANGED):
        assert kind_label(kind, "fr") and kind_label(kind, "en")
    for section in diff_module.SECTIONS:
        assert section_label(section, "fr") and section_label(section, "en")


def test_every_difference_of_a_big_change_renders_in_both_languages(mine):
    """Everything changed at once: every row has its words, and the French lines keep
    French typography."""
    theirs = messy_workshop()  # other ids: every item is only in one version
    found = workshop_differences(mine, theirs)
    assert {d.kind for d in found} == {ADDED_MINE, ADDED_THEIRS}
    assert len([d for d in found if d.field == "team"]) == 80
    for row in found:
        assert field_label(row.field, "fr") and field_label(row.field, "en")
        for lang in ("fr", "en"):
            assert difference_line(row, lang)
