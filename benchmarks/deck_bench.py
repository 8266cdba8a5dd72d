"""Deck benchmark: the restitution PDF of a 40-team workshop, time and memory.

Builds a workshop of 40 teams × 3 kept objectives × 2 key results (one check-in each, one
parked objective per team, 4 strategic objectives, rituals, feedback), then measures:

- main     ``build_deck`` of the main deck (the story shown at the all-hands, no appendix):
           plan, paginate, draw, save to bytes; median and max of the runs, after one
           warm-up run (fonts registered, modules imported); the first run is reported
           apart as "cold";
- deck     the same with the appendix (the coach's diagnostics), median;
- pptx     the PowerPoint of the main deck (``plan_deck`` then ``build_pptx``), median;
           skipped with a message until ``okr_workshop/export/pptx/`` exists;
- posters  ``build_poster`` for the 40 teams, median of the runs;
- memory   the peak resident set (ru_maxrss) of a fresh process that imports the
           application, builds the workshop, the whole deck and the PowerPoint once:
           everything a command-line export costs; and the peak of Python allocations
           during one build (tracemalloc).

Targets (issue 14): main deck ≤ 0.5 s, PowerPoint ≤ 2 s, memory ≤ 300 MB.

    python benchmarks/deck_bench.py            # 5 timed runs
    python benchmarks/deck_bench.py --runs 9
    python benchmarks/deck_bench.py --out deck.pdf   # also keep the deck to look at
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import reportlab

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    Commitment,
    Direction,
    Feedback,
    FeedbackKind,
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
from okr_workshop.export import build_deck, build_poster
from okr_workshop.export.sections import SECTIONS

TEAMS, OBJECTIVES, KEY_RESULTS = 40, 3, 2
TARGET_MAIN_SECONDS, TARGET_PPTX_SECONDS, TARGET_MB = 0.5, 2.0, 300.0
# The main deck: every section of the story, none of the appendix (``appendix=False`` where
# the deck offers it, as the Restitution step and ``okr-workshop export`` ask for it).
MAIN_SECTIONS = tuple(s.key for s in SECTIONS if getattr(s, "part", "main") == "main")
MAIN_ONLY = ({"appendix": False} if "appendix" in inspect.signature(build_deck).parameters
             else {})


def main_deck(workshop: Workshop) -> bytes:
    return build_deck(workshop, Language.FRENCH, MAIN_SECTIONS, **MAIN_ONLY)


def main_plan(workshop: Workshop):
    from okr_workshop.export.deck import plan_deck
    return plan_deck(workshop, Language.FRENCH, MAIN_SECTIONS, **MAIN_ONLY)
HAS_PPTX = importlib.util.find_spec("okr_workshop.export.pptx") is not None
SENTENCES = (
    ("Porter la satisfaction des clients de {a} % à {b} %", "Satisfaction des clients"),
    ("Faire passer le taux de réachat de {a} % à {b} %", "Taux de réachat"),
    ("Porter la part des commandes en ligne de {a} % à {b} %", "Commandes en ligne"),
    ("Faire passer le taux de service de {a} % à {b} %", "Taux de service"),
    ("Porter l'adoption de l'application de {a} % à {b} %", "Adoption de l'application"),
    ("Faire passer la part de produits locaux de {a} % à {b} %", "Produits locaux"),
)


def bench_workshop() -> Workshop:
    strategic = tuple(
        StrategicObjective(title=f"Axe stratégique {n} : fidéliser, simplifier, grandir",
                           why="Une phrase qui explique pourquoi cet axe compte ce cycle-ci.")
        for n in range(1, 5)
    )
    teams, participants = [], []
    for number in range(1, TEAMS + 1):
        team_id = new_id()
        ambassador = Participant(name=f"Ambassadeur {number}", team_id=team_id)
        participants.append(ambassador)
        objectives = []
        for o in range(OBJECTIVES):
            krs = []
            for k in range(KEY_RESULTS):
                sentence, metric = SENTENCES[(o * KEY_RESULTS + k) % len(SENTENCES)]
                a, b = 30 + number % 10, 60 + number % 10
                krs.append(KeyResult(
                    text=sentence.format(a=a, b=b), metric=metric, baseline=a, target=b,
                    unit="%", direction=Direction.INCREASE, data_source="Tableau de bord",
                    owner=f"Responsable {number}.{o}.{k}", due=date(2027, 3, 31), position=k,
                    check_ins=(CheckIn(on=date(2027, 1, 15), value=a + 5 + k, confidence=6),),
                ))
            objectives.append(Objective(
                team_id=team_id, title=f"Rendre nos clients de la région {number} plus fidèles",
                why="Parce que c'est ce qu'ils nous demandent.", status=ObjectiveStatus.KEPT,
                strategic_objective_id=strategic[(number + o) % 4].id,
                commitment=Commitment.COMMITTED, key_results=tuple(krs), position=o))
        objectives.append(Objective(team_id=team_id, title=f"Idée pour plus tard {number}",
                                    status=ObjectiveStatus.PARKED, position=OBJECTIVES))
        teams.append(Team(id=team_id, name=f"Équipe {number:02d}",
                          department=("Ventes", "Opérations", "Finance", "Digital")[number % 4],
                          ambassador_id=ambassador.id, objectives=tuple(objectives),
                          position=number))
    stamp = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
    return Workshop(
        title="Séminaire annuel — 40 équipes", organisation="Groupe Exemple",
        cycle_label="T1 2027", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        language=Language.FRENCH, facilitator="Claire Dumont",
        vision="Être la marque préférée de la région, en boutique comme en ligne.",
        participants=tuple(participants), strategic_objectives=strategic, teams=tuple(teams),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY),
                 Ritual(kind=RitualKind.INTER_TEAM_REVIEW, cadence=Cadence.MONTHLY)),
        feedback=(Feedback(kind=FeedbackKind.WENT_WELL, text="Très clair, merci."),),
        created_at=stamp, updated_at=stamp,
    )


def _child_peak() -> float:
    """Peak RSS in MB of a fresh process doing one whole export (imports included)."""
    code = (
        f"import sys, resource; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from deck_bench import bench_workshop\n"
        "from okr_workshop.export import build_deck\n"
        "from okr_workshop.export.deck import plan_deck\n"
        "workshop = bench_workshop()\n"
        "data = build_deck(workshop, 'fr')\n"
        f"if {HAS_PPTX}:\n"
        "    from okr_workshop.export.pptx import build_pptx\n"
        "    build_pptx(plan_deck(workshop, 'fr'))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return int(result.stdout.strip()) / 1024  # Linux: kilobytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the deck there too")
    args = parser.parse_args()

    workshop = bench_workshop()
    started = time.perf_counter()
    data = main_deck(workshop)
    cold = time.perf_counter() - started
    pages = data.count(b"/Type /Page\n")
    if args.out:
        args.out.write_bytes(data)

    timings, cpu_timings = [], []
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        again = main_deck(workshop)
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu)
        assert again == data, "the same workshop must give the same bytes"

    whole_timings = []
    for _ in range(max(1, args.runs // 2)):
        started = time.perf_counter()
        whole = build_deck(workshop, Language.FRENCH)
        whole_timings.append(time.perf_counter() - started)
    whole_pages = whole.count(b"/Type /Page\n")

    pptx_timings = []
    if HAS_PPTX:
        from okr_workshop.export.pptx import build_pptx

        for _ in range(args.runs):
            started = time.perf_counter()
            build_pptx(main_plan(workshop))
            pptx_timings.append(time.perf_counter() - started)

    poster_timings = []
    for _ in range(max(1, args.runs // 2)):
        started = time.perf_counter()
        for team in workshop.teams:
            build_poster(workshop, team, Language.FRENCH)
        poster_timings.append(time.perf_counter() - started)

    tracemalloc.start()
    build_deck(workshop, Language.FRENCH)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = _child_peak()

    main_median = statistics.median(timings)
    print(f"Python {platform.python_version()}, reportlab {reportlab.Version}, "
          f"{platform.machine()}, {platform.system()}")
    print(f"workshop: {TEAMS} teams × {OBJECTIVES} objectives × {KEY_RESULTS} key results; "
          f"main deck: {pages} pages, {len(data) / 1024:.0f} KB; with the appendix: "
          f"{whole_pages} pages")
    print(f"main     cold {cold:.2f} s   median {main_median:.2f} s   max {max(timings):.2f} s  "
          f"(target ≤ {TARGET_MAIN_SECONDS} s)   cpu median "
          f"{statistics.median(cpu_timings):.2f} s")
    print(f"deck     with the appendix: median {statistics.median(whole_timings):.2f} s")
    if HAS_PPTX:
        print(f"pptx     main deck: median {statistics.median(pptx_timings):.2f} s   "
              f"max {max(pptx_timings):.2f} s  (target ≤ {TARGET_PPTX_SECONDS:.0f} s)")
    else:
        print("pptx     skipped: okr_workshop/export/pptx/ is not there yet")
    print(f"posters  {TEAMS} posters: median {statistics.median(poster_timings):.2f} s")
    print(f"memory   peak RSS of a whole export {rss:.0f} MB (target ≤ {TARGET_MB:.0f} MB); "
          f"Python allocations during one build {traced_peak / 2**20:.0f} MB")
    ok = (main_median <= TARGET_MAIN_SECONDS and rss <= TARGET_MB
          and (not HAS_PPTX or statistics.median(pptx_timings) <= TARGET_PPTX_SECONDS))
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
