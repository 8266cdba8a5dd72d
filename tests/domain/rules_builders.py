"""Small builders for the rules tests: a healthy workshop, and elements to break one by one.

Each builder gives a *good* element by default, so a test changes one field and expects
exactly the finding that field deserves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from okr_workshop.domain.model import (
    Cadence,
    ChecklistTick,
    Commitment,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id

CYCLE_START = date(2027, 1, 1)
CYCLE_END = date(2027, 3, 31)


def kr(text: str = "Passer le NPS de 30 à 40 points d'ici fin mars", **fields) -> KeyResult:
    values = dict(
        metric="NPS",
        baseline=30.0,
        target=40.0,
        unit="points",
        direction=Direction.INCREASE,
        data_source="Enquête trimestrielle",
        owner="Alice Martin",
        due=date(2027, 3, 31),
    )
    values.update(fields)
    return KeyResult(text=text, **values)


def second_kr(**fields) -> KeyResult:
    values = dict(
        metric="Délai de livraison",
        baseline=5.0,
        target=2.0,
        unit="jours",
        direction=Direction.DECREASE,
        data_source="Outil logistique",
        owner="Bruno Petit",
        due=date(2027, 3, 15),
    )
    values.update(fields)
    return KeyResult(text="Réduire le délai de livraison de 5 à 2 jours", **values)


def objective(team_id: str, title: str = "Ravir nos clients", **fields) -> Objective:
    values = dict(
        why="Nos clients partent chez la concurrence quand ils attendent.",
        non_alignment_reason="",
        status=ObjectiveStatus.KEPT,
        commitment=Commitment.COMMITTED,
        key_results=(kr(), second_kr()),
    )
    values.update(fields)
    if "strategic_objective_id" not in values:
        values["non_alignment_reason"] = values["non_alignment_reason"] or "Priorité locale."
    return Objective(team_id=team_id, title=title, **values)


def team(name: str = "Ventes", department: str = "Sales", **fields) -> Team:
    return Team(name=name, department=department, **fields)


def with_objectives(t: Team, *objectives: Objective) -> Team:
    return replace(t, objectives=tuple(replace(o, team_id=t.id) for o in objectives))


def good_workshop(**fields) -> Workshop:
    """A workshop every rule is happy with: health all OK."""
    strategic = (
        StrategicObjective(title="Fidéliser nos clients", why="Un client fidèle coûte moins."),
        StrategicObjective(title="Livrer plus vite", why="Le délai fait perdre des ventes."),
    )
    alice = Participant(name="Alice Martin")
    bruno = Participant(name="Bruno Petit")
    sales_id, product_id = new_id(), new_id()
    sales_objectives = (
        objective(sales_id, "Ravir nos clients fidèles", strategic_objective_id=strategic[0].id,
                  author_id=alice.id),
        objective(sales_id, "Rendre la livraison irréprochable",
                  strategic_objective_id=strategic[1].id, author_id=bruno.id,
                  commitment=Commitment.ASPIRATIONAL),
    )
    product_objectives = (
        objective(product_id, "Simplifier la commande en ligne",
                  strategic_objective_id=strategic[0].id, author_id=bruno.id),
    )
    teams = (
        Team(id=sales_id, name="Ventes", department="Sales", ambassador_id=alice.id,
             objectives=sales_objectives),
        Team(id=product_id, name="Produit", department="Product", ambassador_id=bruno.id,
             objectives=product_objectives),
    )
    values = dict(
        title="Atelier T1",
        cycle_start=CYCLE_START,
        cycle_end=CYCLE_END,
        vision="Être la boulangerie préférée du quartier.",
        participants=(alice, bruno),
        strategic_objectives=strategic,
        teams=teams,
        dependencies=(Dependency(from_objective_id=product_objectives[0].id,
                                 to_objective_id=sales_objectives[0].id),),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY),
                 Ritual(kind=RitualKind.INTER_TEAM_REVIEW, cadence=Cadence.MONTHLY)),
        feedback=(Feedback(kind=FeedbackKind.WENT_WELL, text="Des échanges riches."),),
        checklist=(ChecklistTick(item="m1.restitution"),),
    )
    values.update(fields)
    return Workshop(**values)


def codes(findings) -> list[str]:
    return [f.code for f in findings]
