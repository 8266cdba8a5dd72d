"""Rules benchmark: ``check_workshop`` (and the health check) on a 40-team workshop.

Builds in memory a 40-team workshop (3 kept objectives × 2 key results per team, 240
different sentences with baselines, targets and a few check-ins, plus a parked idea per
team) and times:

- cold     ``check_workshop`` with the sentence memo emptied first: all 240 sentences read,
           as on the first check after opening a workshop;
- one edit ``check_workshop`` after one key-result sentence changed (a new text each run):
           the window's re-check after an edit;
- warm     ``check_workshop`` again on the same workshop;
- + health ``check_workshop`` then ``health_check`` (the Review step, ``okr-workshop check``).

Prints the median and the 99th percentile of each. Target: check_workshop < 20 ms.

    python benchmarks/check_bench.py [--runs 200]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from _common import timed_ms

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    Commitment,
    Direction,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.check import check_workshop, clear_sentence_cache
from okr_workshop.domain.rules.health import health_check
from okr_workshop.domain.values import new_id

TEAMS, OBJECTIVES, KEY_RESULTS = 40, 3, 2
TARGET_MS = 20.0
DEPARTMENTS = ("Sales", "Product", "Customer Service", "Finance", "IT", "Logistics",
               "Marketing", "Human Resources")
# (sentence, metric, baseline, target, unit, direction): some good, some with something to
# say. {b} and {t} take the baseline and target, which vary by team, and {scope} a word per
# team, so that all 240 sentences differ.
SENTENCES = (
    ("Passer le NPS {scope} de {b} à {t} d'ici fin mars", "NPS", 30.0, 45.0, "points",
     Direction.INCREASE),
    ("Réduire le délai moyen de livraison {scope} de {b} à {t} jours", "Délai de livraison",
     25.0, 12.0, "jours", Direction.DECREASE),
    ("Maintenir la disponibilité du site {scope} au moins à {t} %", "Disponibilité", None,
     59.9, "%", Direction.AT_LEAST),
    ("Augmenter le panier moyen {scope} de {b} € à {t} €", "Panier moyen", 42.0, 50.0, "€",
     Direction.INCREASE),
    ("Lancer la nouvelle application mobile {scope}", "", None, None, "", None),
    ("Améliorer la satisfaction client {scope}", "Satisfaction", None, None, "",
     Direction.INCREASE),
    ("Increase weekly active users {scope_en} from {b} to {t} by June", "Active users", 1200.0,
     2000.0, "users", Direction.INCREASE),
)
SCOPES = ("en Bretagne", "en Alsace", "en Provence", "en Normandie", "en Auvergne",
          "en Lorraine", "en Savoie", "en Corse")
SCOPES_EN = ("in Brittany", "in Alsace", "in Provence", "in Normandy", "in Auvergne",
             "in Lorraine", "in Savoy", "in Corsica")
OBJECTIVE_TITLES = ("Ravir nos clients", "Livrer plus vite", "Fidéliser nos équipes")


def build_workshop(language: Language = Language.FRENCH) -> Workshop:
    strategic = tuple(
        StrategicObjective(title=f"Objectif stratégique {i + 1}", why="Parce que le marché bouge.")
        for i in range(4)
    )
    participants: list[Participant] = []
    teams: list[Team] = []
    start = date(2027, 1, 4)
    n = 0
    for t in range(TEAMS):
        team_id = new_id()
        ambassador = Participant(name=f"Ambassadeur {t}", team_id=team_id)
        participants.append(ambassador)
        objectives: list[Objective] = []
        for o in range(OBJECTIVES):
            krs = []
            for k in range(KEY_RESULTS):
                text, metric, baseline, target, unit, direction = SENTENCES[n % len(SENTENCES)]
                n += 1
                shift = float(t % 5 + k)
                baseline = None if baseline is None else baseline + shift
                target = None if target is None else target + shift + o
                lot = "ABCDE"[t // len(SCOPES)]
                english = "{scope_en}" in text
                numbers = [f"{v or 0:g}" if english else f"{v or 0:g}".replace(".", ",")
                           for v in (baseline, target)]
                text = text.format(b=numbers[0], t=numbers[1],
                                   scope=f"{SCOPES[t % len(SCOPES)]}, lot {lot}",
                                   scope_en=f"{SCOPES_EN[t % len(SCOPES)]}, batch {lot}")
                check_ins = tuple(
                    CheckIn(on=start + timedelta(days=14 * c), value=(baseline or 0) + c,
                            confidence=6)
                    for c in range(2)
                ) if baseline is not None else ()
                krs.append(KeyResult(
                    text=text, metric=metric, baseline=baseline, target=target, unit=unit,
                    direction=direction, data_source="Tableau de bord" if k else "",
                    owner="Alice Martin" if o else "Alice et Bob", due=date(2027, 3, 31),
                    position=k, check_ins=check_ins,
                ))
            objectives.append(Objective(
                team_id=team_id, title=f"{OBJECTIVE_TITLES[o]} {SCOPES[t % len(SCOPES)]}",
                why="Nos clients attendent trop." if o else "",
                strategic_objective_id=strategic[(t + o) % len(strategic)].id,
                status=ObjectiveStatus.KEPT, author_id=ambassador.id,
                commitment=Commitment.ASPIRATIONAL if o == 2 else Commitment.COMMITTED,
                position=o, key_results=tuple(krs),
            ))
        objectives.append(Objective(team_id=team_id, title="Maintenir 2 boutiques",
                                    status=ObjectiveStatus.PARKED, position=OBJECTIVES))
        teams.append(Team(
            id=team_id, name=f"Équipe {t + 1}", department=DEPARTMENTS[t % len(DEPARTMENTS)],
            ambassador_id=ambassador.id if t % 5 else None, position=t,
            objectives=tuple(objectives),
        ))
    return Workshop(
        title="Séminaire annuel — 40 équipes", language=language,
        cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        vision="Être la marque préférée de nos clients.", participants=tuple(participants),
        strategic_objectives=strategic, teams=tuple(teams),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.FORTNIGHTLY),),
    )


def measure(action: Callable[[], object], runs: int,
            before: Callable[[int], object] = lambda run: None) -> tuple[float, float]:
    """Median and 99th percentile, in milliseconds, after a warm-up run. ``before`` runs
    untimed ahead of each run."""
    times = timed_ms(action, runs, before)
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return statistics.median(times), p99


def edited(workshop: Workshop, run: int) -> Workshop:
    """The workshop with its first key result's sentence changed to a new text."""
    team = workshop.teams[0]
    objective = team.objectives[0]
    kr = replace(objective.key_results[0], text=f"Passer le NPS de 30 à {46 + run} d'ici juin")
    objective = replace(objective, key_results=(kr, *objective.key_results[1:]))
    team = replace(team, objectives=(objective, *team.objectives[1:]))
    return replace(workshop, teams=(team, *workshop.teams[1:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    workshop = build_workshop()
    findings = check_workshop(workshop)
    key_results = sum(1 for _ in workshop.key_results())
    print(f"Python {platform.python_version()} on {platform.machine()}, {args.runs} runs")
    print(f"Workshop: {len(workshop.teams)} teams, {key_results} key results, "
          f"{len(findings)} findings")
    variants = [edited(workshop, run) for run in range(args.runs + 1)]
    current = iter(variants)
    state = {"workshop": workshop}
    results = {
        "cold": measure(lambda: check_workshop(workshop), args.runs,
                        before=lambda run: clear_sentence_cache()),
        "one edit": measure(lambda: check_workshop(state["workshop"]), args.runs,
                            before=lambda run: state.update(workshop=next(current))),
        "warm": measure(lambda: check_workshop(workshop), args.runs),
        "warm + health": measure(lambda: health_check(workshop, check_workshop(workshop)),
                                 args.runs),
    }
    for name, (median, p99) in results.items():
        print(f"{name:14} median {median:6.2f} ms   p99 {p99:6.2f} ms")
    for name in results:
        met = results[name][0] < TARGET_MS
        print(f"target median < {TARGET_MS:.0f} ms, {name}: {'met' if met else 'MISSED'}")
    return 0 if results["one edit"][0] < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
