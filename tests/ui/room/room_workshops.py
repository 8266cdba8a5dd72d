"""Workshops the room's scenes are drawn from in tests and screenshots: the samples, and a
messy one of many teams (accents, emoji, markup-looking text, empty departments, objectives
aligned with nothing, key results with and without check-ins)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from okr_workshop.domain.model import (
    CheckIn,
    Direction,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)

START = date(2027, 1, 4)
DEPARTMENTS = ("Sales", "Marketing", "", "Opérations « terrain »", "Finance", "Product", "")


def messy_workshop(teams: int = 25, language: Language = Language.FRENCH,
                   step: Step = Step.REVIEW) -> Workshop:
    strategic = (
        StrategicObjective(title="Conquérir l’Europe du Sud 🌍 sans <b>perdre</b> nos clients "
                                 "historiques", position=0),
        StrategicObjective(title="Diviser par deux le délai de livraison", position=1),
        StrategicObjective(title="Devenir l’employeur « préféré » de la région", position=2),
        StrategicObjective(title="Réduire notre empreinte carbone & nos coûts", position=3),
    )
    built = []
    for number in range(teams):
        team = Team(name=f"Équipe n°{number + 1} « {'Nord' if number % 2 else 'Sud'} » 🚀",
                    department=DEPARTMENTS[number % len(DEPARTMENTS)], position=number)
        served = strategic[number % 3]  # the fourth strategic objective: nobody serves it
        objectives = []
        for rank in range(3):
            aligned = rank < 2 or number % 5 == 0
            krs = tuple(_key_result(number, rank, k) for k in range(2))
            objectives.append(Objective(
                team_id=team.id, position=rank,
                title=(f"Objectif {rank + 1} : faire <i>mieux</i> & plus vite — "
                       f"« {team.name} »"),
                status=ObjectiveStatus.KEPT if rank < 2 or number % 4 == 0
                else ObjectiveStatus.PARKED,
                strategic_objective_id=served.id if aligned and number % 7 else None,
                non_alignment_reason="" if aligned and number % 7 else "Projet interne 🛠",
                key_results=krs if number % 9 else ()))
        if number % 11 == 3:  # a team that kept nothing
            objectives = [replace(o, status=ObjectiveStatus.CANDIDATE) for o in objectives]
        built.append(replace(team, objectives=tuple(objectives)))
    return Workshop(title="Atelier « géant » <script>", cycle_label="T1 2027",
                    cycle_start=START, cycle_end=START + timedelta(weeks=13),
                    language=language, strategic_objectives=strategic, teams=tuple(built),
                    current_step=step)


def _key_result(team: int, rank: int, number: int) -> KeyResult:
    check_ins = tuple(
        CheckIn(on=START + timedelta(weeks=week), value=20.0 + week * (team % 4),
                confidence=(team + week) % 11, comment=f"Semaine {week} « ok » 🎯 <b>")
        for week in range((team + number) % 5))
    return KeyResult(text=f"Porter le NPS « client » de 20 à 60 🚀 ({team + 1}.{rank + 1}."
                          f"{number + 1}) <b>vite</b>",
                     metric="NPS", baseline=20.0, target=60.0, direction=Direction.INCREASE,
                     position=number, check_ins=check_ins)
