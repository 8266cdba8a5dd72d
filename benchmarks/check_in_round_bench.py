"""The check-in round for 40 teams (240 key results) opens in ≤ 100 ms (issue 13).

```sh
python benchmarks/check_in_round_bench.py            # 30 timed runs, offscreen
python benchmarks/check_in_round_bench.py --runs 100
```

A 40-team workshop (3 kept objectives × 2 key results per team, 12 weekly check-ins each
with a comment and an author, 80 participants) is stored in a fresh library. Timed:

- ``open``: the Check-ins tab built and loaded with the whole workshop (all teams), then
  painted — what a person waits for when the tab first shows;
- ``check-in``: one row saved as a person's Enter does (the check-in added through the
  session bridge, the tab reloaded and repainted), the next round day each run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import timed_ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from okr_workshop.app.session import WorkshopSession  # noqa: E402
from okr_workshop.domain.model import (  # noqa: E402
    CheckIn,
    Direction,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id  # noqa: E402
from okr_workshop.storage.connection import close_library, open_library  # noqa: E402
from okr_workshop.storage.repository import Repository  # noqa: E402

TARGET_MS = 100.0
START = date(2027, 1, 4)
TEAMS, OBJECTIVES, KEY_RESULTS, WEEKS = 40, 3, 2, 12


def workshop() -> Workshop:
    people, teams = [], []
    for t in range(TEAMS):
        team_id = new_id()
        members = [Participant(name=f"Zoé {t}-{p} 😀", team_id=team_id) for p in range(2)]
        people.extend(members)
        objectives = tuple(
            Objective(team_id=team_id, title=f"Objectif {t}-{o} : « ravir » <b>nos</b> clients",
                      status=ObjectiveStatus.KEPT, position=o, key_results=tuple(
                          KeyResult(text=f"Passer le taux de réponse de {20 + k} % à "
                                         f"{60 + k} % — équipe {t}",
                                    baseline=20.0 + k, target=60.0 + k, unit="%",
                                    direction=Direction.INCREASE, position=k,
                                    milestone=(o == 2 and k == 1),
                                    check_ins=tuple(
                                        CheckIn(on=START + timedelta(weeks=w),
                                                value=20.0 + 3 * w, confidence=(w + t) % 11,
                                                comment=f"Semaine {w} : ça avance 🚀",
                                                next_step="Relancer", author_id=members[w % 2].id)
                                        for w in range(WEEKS)))
                          for k in range(KEY_RESULTS)))
            for o in range(OBJECTIVES))
        teams.append(Team(id=team_id, name=f"Équipe {t} « Nord »", objectives=objectives,
                          position=t))
    return Workshop(title="Atelier T1 2027", language=Language.FRENCH, cycle_start=START,
                    cycle_end=date(2027, 4, 4), participants=tuple(people), teams=tuple(teams))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])

    import okr_workshop.app.clock as clock
    from okr_workshop.ui.prompts import Prompts
    from okr_workshop.ui.session_bridge import SessionBridge
    from okr_workshop.ui.steering.check_in_round import CheckInRoundTab

    clock.today = lambda: START + timedelta(weeks=WEEKS)  # the 13th round
    big = workshop()
    with tempfile.TemporaryDirectory() as folder:
        db = open_library(Path(folder) / "library.sqlite3")
        repository = Repository(db)
        repository.add_workshop(big)
        bridge = SessionBridge(WorkshopSession(repository, big.id))
        tabs: list[CheckInRoundTab] = []

        def open_tab() -> None:
            if tabs:
                tabs.pop().deleteLater()
            tab = CheckInRoundTab(bridge, Prompts())
            tab.resize(1366, 700)
            tab.show()
            tab.load(bridge.workshop)
            tab.repaint()
            tabs.append(tab)

        opened = timed_ms(open_tab, args.runs, before=lambda run: app.processEvents())
        tab = tabs[-1]
        rows = tab.model.rowCount()
        day = [START + timedelta(weeks=WEEKS)]

        def check_in() -> None:
            row = tab.model.row_at(0)
            added = CheckIn(on=day[0], value=55.0, confidence=6, comment="Enter")
            bridge.edit(lambda s: s.add("Check-in added", added, row.kr.id))
            tab.load(bridge.workshop)
            tab.repaint()

        def next_day(run: int) -> None:
            day[0] = START + timedelta(weeks=WEEKS, days=-run - 1)

        saved = timed_ms(check_in, max(5, args.runs // 3), before=next_day)
        close_library(db)
    print(f"{TEAMS} teams, {rows} key results, {WEEKS} check-ins each")
    for name, times in (("open", opened), ("check-in", saved)):
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<9} median {statistics.median(times):7.2f} ms  p95 {p95:7.2f} ms"
              f"  ({len(times)} runs)")
    median = statistics.median(opened)
    verdict = "met" if median <= TARGET_MS else "MISSED"
    print(f"target: open median ≤ {TARGET_MS:.0f} ms: {verdict}")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
