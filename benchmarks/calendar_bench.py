"""Calendar benchmark: the rituals' .ics export of a 40-team workshop.

Builds in memory a 40-team workshop (3 kept objectives × 2 key results per team, each with
13 weekly check-ins) and 20 rituals in four time zones (every cadence, some all-day), and
times:

- build   ``rituals_calendar``: the file's bytes (events, recurrence rules, VTIMEZONEs,
          reminders, 240 key results in each description);
- export  ``export_rituals``: the same, plus the checks and the atomic write to disk
          (temporary file, fsync, rename), as the window's button and the command line do;
- export cpu  the same export's processor time: what the code costs, without the wait for
          the disk (fsync on a busy disk adds tens of milliseconds the code cannot help).

Prints the median and the 95th percentile of each. Target: export ≤ 50 ms.

    python benchmarks/calendar_bench.py [--runs 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import timed_ms

from okr_workshop.app.calendar_file import export_rituals
from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Ritual,
    RitualKind,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id
from okr_workshop.export.calendar import rituals_calendar

TARGET_MS = 50.0
START = date(2027, 1, 4)
ZONES = ("Europe/Paris", "America/Montreal", "Asia/Tokyo", "")


def workshop() -> Workshop:
    teams = []
    for t in range(40):
        team_id = new_id()
        objectives = []
        for o in range(3):
            krs = tuple(
                KeyResult(text=f"Passer l’indicateur {t}-{o}-{k} de 10 à 40", unit="%",
                          baseline=10.0, target=40.0, position=k,
                          check_ins=tuple(CheckIn(on=START + timedelta(weeks=w),
                                                  value=10.0 + 2 * w, confidence=7,
                                                  comment=f"Semaine {w}")
                                          for w in range(13)))
                for k in range(2))
            objectives.append(Objective(team_id=team_id, title=f"Objectif {t}-{o}",
                                        status=ObjectiveStatus.KEPT, key_results=krs,
                                        position=o))
        teams.append(Team(id=team_id, name=f"Équipe {t}", objectives=tuple(objectives),
                          position=t))
    cadences = list(Cadence)
    rituals = tuple(
        Ritual(kind=list(RitualKind)[i % len(RitualKind)], cadence=cadences[i % len(cadences)],
               starts_on=START + timedelta(days=i), starts_at="" if i % 7 == 6 else "09:30",
               time_zone=ZONES[i % len(ZONES)], duration_minutes=30 + 5 * i,
               place=f"Salle {i}, étage {i % 4}", attendees="Alice\nBob\nChloé",
               note="1. Valeurs et confiance\n2. Blocages; décisions", position=i)
        for i in range(20))
    return Workshop(title="Atelier T1 2027", language=Language.FRENCH, cycle_start=START,
                    cycle_end=date(2027, 3, 31), teams=tuple(teams), rituals=rituals,
                    updated_at=datetime(2027, 1, 2, tzinfo=UTC))


def cpu_ms(action, runs: int) -> list[float]:
    """Like ``timed_ms``, in processor time (this process's own work only)."""
    action()
    times = []
    for _ in range(runs):
        started = time.process_time()
        action()
        times.append((time.process_time() - started) * 1000)
    return sorted(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args(argv)
    big = workshop()
    today = date(2027, 2, 15)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rituals.ics"
        results = {
            "build": timed_ms(lambda: rituals_calendar(big, "fr", today), args.runs),
            "export": timed_ms(lambda: export_rituals(big, path, today), args.runs),
            "export cpu": cpu_ms(lambda: export_rituals(big, path, today), args.runs),
        }
        size = path.stat().st_size
    print(f"20 rituals, 40 teams, 240 key results; file {size / 1024:.0f} kB")
    for name, times in results.items():
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{name:<10} median {statistics.median(times):7.2f} ms  p95 {p95:7.2f} ms"
              f"  ({len(times)} runs)")
    median = statistics.median(results["export"])
    verdict = "met" if median <= TARGET_MS else "MISSED"
    print(f"target: export median ≤ {TARGET_MS:.0f} ms: {verdict}")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
