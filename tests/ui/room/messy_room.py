"""A messy workshop for the audience view: long accented text, emoji, markup-looking text, a
word longer than a line, many candidates, a key result the linter has much to say about.
Shared by the room tests, ``scripts/audience_screenshots.py`` and the benchmark."""

from __future__ import annotations

import dataclasses

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import (
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)

MARKUP = "<b>pas gras</b> & <i>ni italique</i> {x} %1"
LONG_WORD = "Anticonstitutionnellement-réorganisé·e·s"


def messy_workshop(candidates: int = 14) -> Workshop:
    base = sample_workshop(Language.FRENCH)
    strategic = (
        dataclasses.replace(
            base.strategic_objectives[0],
            title="Faire de chaque boutique « le » lieu préféré du quartier, du lever du jour "
                  "jusqu’à la fermeture, même le dimanche 🥐 " + MARKUP,
            why="Parce que nos clients nous le disent à chaque enquête : ils veulent un lieu "
                "chaleureux, des produits frais à toute heure et quelqu’un qui connaît leur "
                "prénom. " * 2,
        ),
        *base.strategic_objectives[1:],
    )
    first = base.teams[0]
    extra = tuple(
        Objective(
            team_id=first.id,
            title=[
                f"Candidat n°{n} : réduire l’attente en caisse à moins de deux minutes 🧾",
                f"{LONG_WORD} {n}",
                f"{MARKUP} n°{n}",
                f"Idée {n} : ouvrir un atelier pâtisserie le mercredi pour les enfants du "
                "quartier, avec goûter et démonstration du fournil, chaque semaine de "
                "l’année scolaire 🎂",
            ][n % 4],
            strategic_objective_id=None if n % 3 == 0 else strategic[n % len(strategic)].id,
            non_alignment_reason="" if n % 6 == 0 else "Demande directe des clients du "
                                                       "marché du samedi",
        )
        for n in range(candidates)
    )
    kept = next(o for o in first.objectives if o.status == ObjectiveStatus.KEPT)
    vague = KeyResult(
        text="Améliorer nettement la satisfaction de nos clients « fidèles » 😊 " + MARKUP,
    )
    kept = dataclasses.replace(kept, key_results=(vague, *kept.key_results))
    objectives = tuple(kept if o.id == kept.id else o for o in first.objectives) + extra
    teams = (dataclasses.replace(first, objectives=objectives,
                                 name="Équipe « Click & Collect » 🛒 de l’Île-de-France"),
             *base.teams[1:])
    return dataclasses.replace(
        base,
        title="Atelier OKR « Cap 2027 » — Maison Delcourt & fils 🚀 " + MARKUP,
        organisation="Coopérative des Boulangers-Pâtissiers Réunis d’Île-de-France et "
                     "d’Outre-mer",
        vision=("Être, d’ici 2029, la boulangerie préférée des Hauts-de-France : du pain "
                "vrai, des gens heureux d’y travailler, et un quartier qui se retrouve chez "
                "nous chaque matin 🥖. " + MARKUP + " " + LONG_WORD + ". ") * 2,
        strategic_objectives=strategic,
        teams=teams,
    )


def many_teams_workshop(teams: int = 25) -> Workshop:
    """The sample grown to ``teams`` teams (its own, then copies of them with fresh ids)."""
    base = sample_workshop(Language.FRENCH)
    grown: list[Team] = list(base.teams)
    for number in range(len(base.teams), teams):
        model = base.teams[number % len(base.teams)]
        team = Team(name=f"{model.name} {number + 1}", department=model.department)
        grown.append(dataclasses.replace(team, objectives=tuple(
            dataclasses.replace(o, id=Objective(team_id=team.id, title="x").id, team_id=team.id,
                                author_id=None,
                                key_results=tuple(dataclasses.replace(
                                    k, id=KeyResult(text="x").id, check_ins=())
                                    for k in o.key_results))
            for o in model.objectives)))
    return dataclasses.replace(base, teams=tuple(grown))
