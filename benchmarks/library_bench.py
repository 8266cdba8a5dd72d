"""Library benchmark: open, list, load a big workshop, commit one edit.

Builds a library of 1,000 workshops (8 teams × 3 objectives × 2 key results each) plus one
40-team workshop (same shape, two check-ins per key result), then times, on a freshly
opened library with the real settings (WAL, synchronous=FULL):

- open   ``open_library`` (read-only check with quick_check, pragmas, migrations)
- list   ``Repository.list_workshops()`` (all 1,001 summaries with their counts)
- search ``Repository.list_workshops("ecole")``
- load   ``Repository.load_workshop`` of the 40-team workshop
- edit   ``Repository.update`` of one key result, committed (fsync included)

and prints the median and the 99th percentile of each. Targets: load < 50 ms, edit < 5 ms
at p99.

    python benchmarks/library_bench.py                  # in a temporary folder
    python benchmarks/library_bench.py --library x.db   # build there (reused if present)
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from _common import timed_ms

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
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
from okr_workshop.domain.values import new_id
from okr_workshop.storage.backups import take_backup
from okr_workshop.storage.certify import certify
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.repository import Repository

WORKSHOPS = 1_000
TEAMS, OBJECTIVES, KEY_RESULTS = 8, 3, 2
BIG_TEAMS = 40
TARGETS_MS = {"load": 50.0, "edit": 5.0}
BIG_TITLE = "Séminaire annuel — 40 équipes"


def build_workshop(number: int, teams: int, check_ins: int) -> Workshop:
    participants = tuple(
        Participant(name=f"Participant·e {p} de l’atelier {number}", role="Ambassadeur")
        for p in range(10)
    )
    strategic = tuple(
        StrategicObjective(title=f"Objectif stratégique {s} — croître 🌍", why="Parce que " * 8)
        for s in range(4)
    )
    built = []
    for t in range(teams):
        team_id = new_id()
        objectives = tuple(
            Objective(
                team_id=team_id,
                title=f"Objectif {o} de l’équipe {t} : ravir nos clients",
                why="Nos clients attendent une réponse plus rapide. " * 3,
                strategic_objective_id=strategic[o % 4].id,
                status=ObjectiveStatus.KEPT,
                votes=o,
                author_id=participants[t % 10].id,
                key_results=tuple(
                    KeyResult(
                        text=f"Passer le taux de réponse de {20 + k} % à {60 + k} %",
                        metric="Taux de réponse sous 24 h",
                        baseline=20.0 + k,
                        target=60.0 + k,
                        unit="%",
                        direction=Direction.INCREASE,
                        data_source="Outil de support",
                        owner="Léa Martin",
                        due=date(2027, 3, 31),
                        check_ins=tuple(
                            CheckIn(on=date(2027, 1 + c, 15), value=25.0 + c, confidence=7)
                            for c in range(check_ins)
                        ),
                    )
                    for k in range(KEY_RESULTS)
                ),
            )
            for o in range(OBJECTIVES)
        )
        built.append(
            Team(
                id=team_id,
                name=f"Équipe {t}",
                department="Finance",
                ambassador_id=participants[t % 10].id,
                objectives=objectives,
            )
        )
    title = BIG_TITLE if teams == BIG_TEAMS else f"Atelier {number} — École {number % 7}"
    return Workshop(
        title=title,
        organisation=f"Organisation {number % 50}",
        cycle_label=f"T{number % 4 + 1} 2027",
        language=Language.FRENCH,
        vision="Être la référence de notre marché. " * 5,
        participants=participants,
        strategic_objectives=strategic,
        teams=tuple(built),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY),),
    )


def build_library(path: Path) -> str:
    """Fill the library (unless already built) and return the 40-team workshop's id."""
    db = open_library(path)
    repository = Repository(db)
    try:
        existing = [s for s in repository.list_workshops() if s.title == BIG_TITLE]
        if existing:
            print(f"Reusing {path} ({len(repository.list_workshops())} workshops)")
            return existing[0].id
        started = time.perf_counter()
        for number in range(WORKSHOPS):
            repository.add_workshop(build_workshop(number, TEAMS, check_ins=0))
        big = build_workshop(WORKSHOPS, BIG_TEAMS, check_ins=2)
        repository.add_workshop(big)
        elapsed = time.perf_counter() - started
        size = path.stat().st_size / 1e6
        print(f"Built {WORKSHOPS + 1} workshops in {elapsed:.1f} s ({size:.1f} MB)")
        return big.id
    finally:
        close_library(db)


def measure(label: str, runs: int, action: Callable[[], object]) -> dict[str, float]:
    samples = timed_ms(action, runs)
    median = statistics.median(samples)
    p99 = statistics.quantiles(samples, n=100, method="inclusive")[98]
    target = TARGETS_MS.get(label)
    verdict = "" if target is None else ("  ok" if p99 < target else f"  MISSED (< {target} ms)")
    print(f"{label:<7} median {median:8.2f} ms   p99 {p99:8.2f} ms   ({runs} runs){verdict}")
    return {"median": median, "p99": p99}


def run(path: Path, runs: int) -> None:
    print(
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    big_id = build_library(path)

    def open_and_close() -> None:
        close_library(open_library(path))

    # Opening is timed with its close (which checkpoints), since a library is never
    # opened twice without closing; the next lines use one open library.
    measure("open", max(10, runs // 10), open_and_close)
    db = open_library(path)
    repository = Repository(db)
    try:
        measure("list", max(20, runs // 5), repository.list_workshops)
        measure("search", max(20, runs // 5), lambda: repository.list_workshops("ecole 3"))
        measure("load", runs, lambda: repository.load_workshop(big_id))
        key_result = repository.load_workshop(big_id).teams[17].objectives[1].key_results[0]
        values = iter(range(10**9))

        def edit() -> None:
            repository.update(dataclasses.replace(key_result, target=float(next(values))))

        measure("edit", runs, edit)
        # A backup is certified (full integrity check and every workshop's checksum) before
        # it takes a backup's name: what that costs on the whole library.
        with tempfile.TemporaryDirectory() as folder:
            measure("backup", 5, lambda: take_backup(db, Path(folder), keep=False))
        measure("certify", 5, lambda: certify(db.conn))
    finally:
        close_library(db)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="library file to build/reuse")
    parser.add_argument("--runs", type=int, default=200, help="runs for load and edit")
    args = parser.parse_args(argv)
    if args.library:
        run(args.library, args.runs)
    else:
        with tempfile.TemporaryDirectory(prefix="okr-bench-") as folder:
            run(Path(folder) / "library.sqlite3", args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
