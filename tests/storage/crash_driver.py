"""Driven by test_crash_safety.py, and killed by it with SIGKILL at a random moment.

Makes a stream of edits and imports through the application layer, printing one line per
edit only once it is committed, which is all the parent may count on:

- ``session`` mode: one writer open, edits through WorkshopSession, imports, and a backup
  now and then (so some kills land in the middle of one);
- ``cli`` mode: ``okr-workshop import FILE`` again and again, in-process; the command line
  acknowledges an import only by printing its id after the commit.

Usage: python crash_driver.py MODE LIBRARY EXCHANGE_FILE SEED
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from okr_workshop import cli
from okr_workshop.app.exchange_files import import_workshop
from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import Team


def ack(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def session_mode(library: str, exchange: Path, rng: random.Random, seed: int) -> None:
    opened = open_library_file(library, wait=10)
    target = next(s for s in opened.repository.list_workshops() if s.title == "Cible")
    session = WorkshopSession(opened.repository, target.id)
    ack("ready")
    for number in range(1, 100_000):
        roll = rng.random()
        if roll < 0.5:
            team = Team(name=f"Équipe {seed}-{number}")
            session.add("Ajouter une équipe", team)
            ack(f"team {team.id}")
        elif roll < 0.8:
            session.update_workshop("Vision", vision=f"{seed}:{number}")
            ack(f"vision {seed}:{number}")
        elif roll < 0.95:
            workshop = import_workshop(opened.repository, exchange)
            ack(f"import {workshop.id}")
        else:
            opened.back_up()
            ack("backup")


def cli_mode(library: str, exchange: Path) -> None:
    ack("ready")
    while True:
        # The command prints the new id itself (a line of its own), after the commit.
        status = cli.main(["--library", library, "import", str(exchange)])
        if status != 0:
            sys.exit(status)


def main() -> None:
    mode, library, exchange, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    if mode == "session":
        session_mode(library, Path(exchange), rng, int(seed))
    else:
        cli_mode(library, Path(exchange))


if __name__ == "__main__":
    main()
