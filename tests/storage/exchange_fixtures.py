"""A complete, hand-written workshop for the exchange tests: every kind of entity, every
optional field filled, ids that say what they are (uuid ending in 0…01, 0…02, …)."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from okr_workshop.domain.model import (
    Action,
    Cadence,
    CheckIn,
    ChecklistTick,
    ClosingOutcome,
    Commitment,
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
from okr_workshop.storage.exchange import workshop_to_document


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


PARIS = timezone(timedelta(hours=1))

# Where one entity of each kind sits in full_document(), as keys and as the reader's path.
LOCATIONS: dict[str, tuple[tuple[str | int, ...], str]] = {
    "workshop": (("workshop",), "workshop"),
    "rule": (("workshop", "rule"), "workshop.rule"),
    "participant": (("workshop", "participants", 1), "workshop.participants[1]"),
    "strategic_objective": (
        ("workshop", "strategic_objectives", 0),
        "workshop.strategic_objectives[0]",
    ),
    "team": (("workshop", "teams", 1), "workshop.teams[1]"),
    "objective": (("workshop", "teams", 0, "objectives", 1), "workshop.teams[0].objectives[1]"),
    "key_result": (
        ("workshop", "teams", 0, "objectives", 0, "key_results", 0),
        "workshop.teams[0].objectives[0].key_results[0]",
    ),
    "check_in": (
        ("workshop", "teams", 0, "objectives", 0, "key_results", 0, "check_ins", 1),
        "workshop.teams[0].objectives[0].key_results[0].check_ins[1]",
    ),
    "dependency": (("workshop", "dependencies", 0), "workshop.dependencies[0]"),
    "ritual": (("workshop", "rituals", 0), "workshop.rituals[0]"),
    "feedback": (("workshop", "feedback", 0), "workshop.feedback[0]"),
    "checklist_tick": (("workshop", "checklist", 0), "workshop.checklist[0]"),
    "roti_vote": (("workshop", "roti_votes", 0), "workshop.roti_votes[0]"),
    "action": (("workshop", "actions", 0), "workshop.actions[0]"),
    # The tally round: its budget (20 dots, at most 1 on one objective) lets every bound of
    # each limit be tried alone.
    "vote_round": (("workshop", "vote_rounds", 1), "workshop.vote_rounds[1]"),
    "dot_vote": (("workshop", "vote_rounds", 0, "votes", 1), "workshop.vote_rounds[0].votes[1]"),
    "agenda_item": (("workshop", "agenda", 2), "workshop.agenda[2]"),
}


def full_workshop() -> Workshop:
    sales, data = uid(10), uid(11)
    claire, malik = uid(1), uid(2)
    europe, service = uid(5), uid(6)
    check_ins = (
        CheckIn(id=uid(40), on=date(2027, 1, 15), value=12.0, confidence=7, comment="Début"),
        CheckIn(id=uid(41), on=date(2027, 2, 15), value=18.5, confidence=6,
                comment="Retard « fournisseur »", next_step="Relancer le fournisseur",
                author_id=claire),
    )
    key_result = KeyResult(
        id=uid(30), text="Passer de 12 à 30 magasins ouverts le dimanche", metric="Magasins",
        baseline=12.0, target=30.0, unit="magasins", direction=Direction.INCREASE,
        data_source="Planning RH", owner="Claire Dupré", due=date(2027, 3, 31),
        check_ins=check_ins, status_override=PaceStatus.AT_RISK,
        status_reason="Le fournisseur a deux semaines de retard", grade=0.7,
    )
    sales_objectives = (
        Objective(id=uid(20), team_id=sales, title="Ouvrir le dimanche",
                  why="Les clients le demandent", strategic_objective_id=europe,
                  status=ObjectiveStatus.KEPT, votes=7, author_id=claire,
                  commitment=Commitment.COMMITTED, key_results=(key_result,),
                  outcome=ClosingOutcome.CARRIED, learnings="Commencer par un magasin",
                  decisions="On continue au T2"),
        Objective(id=uid(21), team_id=sales, title="Refaire les vitrines",
                  non_alignment_reason="Demande du siège", status=ObjectiveStatus.PARKED,
                  votes=1, position=1),
    )
    data_objectives = (
        Objective(id=uid(22), team_id=data, title="Données de vente fiables 📊",
                  strategic_objective_id=service, status=ObjectiveStatus.CANDIDATE,
                  author_id=malik, commitment=Commitment.ASPIRATIONAL,
                  key_results=(KeyResult(
                      id=uid(31), text="Réduire de 20 % les erreurs de saisie",
                      metric="Erreurs de saisie", change=20.0,
                      direction=Direction.DECREASE),)),
    )
    return Workshop(
        id=uid(99),
        title="Atelier OKR — T1 2027",
        organisation="Maison Delcourt",
        cycle_label="T1 2027",
        cycle_start=date(2027, 1, 1),
        cycle_end=date(2027, 3, 31),
        language=Language.FRENCH,
        facilitator="Élodie Martin",
        rule=CommonRule(max_objectives_per_team=3, max_key_results_per_objective=2,
                        strict=True),
        vision="Être la boulangerie préférée du quartier, partout en Europe",
        current_step=Step.KEY_RESULTS,
        created_at=datetime(2026, 12, 1, 9, 30, tzinfo=PARIS),
        updated_at=datetime(2027, 2, 15, 17, 45, 12, tzinfo=UTC),
        participants=(
            Participant(id=claire, name="Claire Dupré", role="Responsable ventes",
                        team_id=sales),
            Participant(id=malik, name="Malik Benali", role="Analyste", team_id=data,
                        position=1),
        ),
        strategic_objectives=(
            StrategicObjective(id=europe, title="Conquérir l'Europe", why="Croissance"),
            StrategicObjective(id=service, title="Servir mieux", why="Fidélité", position=1),
        ),
        teams=(
            Team(id=sales, name="Ventes", department="Sales", ambassador_id=claire,
                 objectives=sales_objectives),
            Team(id=data, name="Données", department="Data", ambassador_id=malik, position=1,
                 objectives=data_objectives),
        ),
        dependencies=(
            Dependency(id=uid(50), from_objective_id=uid(20), to_objective_id=uid(22),
                       note="Il faut les chiffres du dimanche"),
        ),
        rituals=(
            Ritual(id=uid(60), kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY,
                   note="Lundi 9\u00a0h", starts_on=date(2027, 1, 4), starts_at="09:30",
                   time_zone="Europe/Paris", duration_minutes=30, place="Salle Verte",
                   attendees="Ambassadeurs"),
        ),
        feedback=(
            Feedback(id=uid(70), kind=FeedbackKind.WENT_WELL, text="Tout le monde a parlé",
                     author="Malik", occasion=FeedbackOccasion.REVIEW, on=date(2027, 2, 1)),
        ),
        checklist=(ChecklistTick(id=uid(80), item="vision.why_shared"),),
        roti_votes=(RotiVote(id=uid(90), score=4, participant_id=claire,
                             on=date(2026, 12, 1)),),
        actions=(Action(id=uid(91), text="Partager les chiffres du dimanche", owner_id=malik,
                        due=date(2027, 1, 31), feedback_id=uid(70)),),
        session_on=date(2027, 1, 12),
        session_starts_at="09:00",
        agenda=(
            AgendaItem(id=uid(100), step=Step.VISION, planned_minutes=10, spent_seconds=742),
            AgendaItem(id=uid(101), title="Pause café ☕", planned_minutes=15, position=1),
            AgendaItem(id=uid(102), step=Step.FOCUS, title="Focus « dot voting »",
                       planned_minutes=15, position=2),
        ),
        vote_rounds=(
            VoteRound(id=uid(110), team_id=sales, mode=VoteMode.SECRET, revealed=True,
                      votes=(DotVote(id=uid(111), objective_id=uid(20), dots=2,
                                     participant_id=claire),
                             DotVote(id=uid(112), objective_id=uid(21), dots=1,
                                     participant_id=claire),
                             DotVote(id=uid(113), objective_id=uid(20), dots=2,
                                     participant_id=malik))),
            VoteRound(id=uid(120), team_id=sales, mode=VoteMode.TALLY, dots_per_person=20,
                      max_per_objective=1, position=1,
                      votes=(DotVote(id=uid(121), objective_id=uid(20), dots=14),
                             DotVote(id=uid(122), objective_id=uid(21), dots=0))),
        ),
    )


def full_document() -> dict[str, Any]:
    """A fresh (deep-copied) valid document, safe to mutate."""
    return copy.deepcopy(workshop_to_document(full_workshop()))


def entity(document: dict[str, Any], kind: str) -> dict[str, Any]:
    """The object of ``kind`` at its LOCATIONS place inside ``document``."""
    node: Any = document
    for key in LOCATIONS[kind][0]:
        node = node[key]
    return node
