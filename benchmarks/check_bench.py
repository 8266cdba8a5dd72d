"""Rules benchmark: ``check_workshop`` (and the health check) on a 40-team workshop.

Builds in memory a 40-team workshop (3 kept objectives × 2 key results per team, with real
sentences, baselines, targets and a few check-ins, plus a parked idea per team) and times
``check_workshop`` alone, then ``check_workshop`` followed by ``health_check`` (what the
Review step and ``okr-workshop check`` do). Prints the median and the 99th percentile of
each. Target: check_workshop < 20 ms.

    python benchmarks/check_bench.py [--runs 200]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

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
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import health_check
from okr_workshop.domain.values import new_id

TEAMS, OBJECTIVES, KEY_RESULTS = 40, 3, 2
TARGET_MS = 20.0
DEPARTMENTS = ("Sales", "Product", "Customer Service", "Finance", "IT", "Logistics",
               "Marketing", "Human Resources")
# (sentence, metric, baseline, target, unit, direction): some good, some with something to say.
SENTENCES = (
    ("Passer le NPS de 30 à 45 d'ici fin mars", "NPS", 30.0, 45.0, "points",
     Direction.INCREASE),
    ("Réduire le délai moyen de livraison de 5 à 2 jours", "Délai de livraison", 5.0, 2.0,
     "jours", Direction.DECREASE),
    ("Maintenir la disponibilité du site au moins à 99,9 %", "Disponibilité", None, 99.9, "%",
     Direction.AT_LEAST),
    ("Augmenter le panier moyen de 42 € à 50 €", "Panier moyen", 42.0, 50.0, "€",
     Direction.INCREASE),
    ("Lancer la nouvelle application mobile", "", None, None, "", None),
    ("Améliorer la satisfaction client", "Satisfaction", None, None, "", Direction.INCREASE),
    ("Increase weekly active users from 1,200 to 2,000 by June", "Active users", 1200.0,
     2000.0, "users", Direction.INCREASE),
)


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
                team_id=team_id, title=f"Ravir nos clients, chantier {o + 1}",
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


def measure(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and 99th percentile, in milliseconds, after a warm-up run."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return statistics.median(times), p99


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
    check_ms = measure(lambda: check_workshop(workshop), args.runs)
    both_ms = measure(lambda: health_check(workshop, check_workshop(workshop)), args.runs)
    for name, (median, p99) in (("check_workshop", check_ms), ("check + health", both_ms)):
        print(f"{name:16} median {median:6.2f} ms   p99 {p99:6.2f} ms")
    ok = check_ms[0] < TARGET_MS
    print(f"target check_workshop median < {TARGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
