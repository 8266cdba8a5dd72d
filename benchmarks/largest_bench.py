"""The largest workshop the limits allow (domain/field_limits.py), exported: time and memory.

Builds a workshop at the limits: 40 teams (names of 100 characters), 250 objectives (6 or 7
per team: 150 kept, the others candidates or in the parking lot; titles of 300 characters),
300 key results (2 per kept objective, each with a sentence, a metric, a source, an owner and
a commented check-in), 8 strategic objectives, 400 participants,
200 dependencies, 30 rituals, 100 notes of feedback, 100 actions; then whys, comments and
the vision fill the text budget to its last character (200,000). The import accepts it
(tests/storage/test_exchange_limits.py checks that). Then, each in a fresh process (so the
peak resident set is the export's own, imports included):

- deck      the whole deck, main part and appendix (``build_deck``);
- posters   the 40 team posters;
- pptx      the PowerPoint of the whole deck, once ``okr_workshop.export.pptx`` exists.

Each line gives the wall time (the target), the peak RSS, the size, and the CPU time of the
export: on a shared machine the CPU time says what the export costs when the wall time is
stretched by other jobs.

Targets (issue 14): every export under 5 s and 300 MB.

    python benchmarks/largest_bench.py
    python benchmarks/largest_bench.py --out largest.pdf   # keep the deck to look at
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from okr_workshop.domain.field_limits import (
    COUNTS,
    LENGTHS,
    TOTAL_KEY_RESULTS,
    TOTAL_OBJECTIVES,
    TOTAL_TEXT,
    text_total,
)
from okr_workshop.domain.model import (
    Action,
    Cadence,
    CheckIn,
    Commitment,
    CommonRule,
    Dependency,
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

TARGET_SECONDS, TARGET_MB = 5.0, 300.0
TEAMS = COUNTS[("workshop", "teams")]
KRS_PER_KEPT = 2
KEPT = TOTAL_KEY_RESULTS // KRS_PER_KEPT  # kept objectives; the others are candidates
WORDS = ("ravir", "clients", "région", "fidèles", "livrer", "mesurer", "équipe", "service",
         "qualité", "délai", "adoption", "croissance")


def words(length: int, seed: int) -> str:
    """``length`` characters of words (no two texts alike), as typed text wraps."""
    text, n = "", seed
    while len(text) < length:
        text += f"{WORDS[n % len(WORDS)]}{n % 97} "
        n += 7
    return text[:length].rstrip() or "x"


def largest_workshop() -> Workshop:
    title = LENGTHS["objective"]["title"]
    strategic = tuple(
        StrategicObjective(title=words(LENGTHS["strategic_objective"]["title"], n),
                           why=words(300, n))
        for n in range(COUNTS[("workshop", "strategic_objectives")]))
    team_ids = [new_id() for _ in range(TEAMS)]
    people = {team_id: [Participant(name=words(20, t * 10 + p), team_id=team_id)
                        for p in range(10)] for t, team_id in enumerate(team_ids)}
    participants = [person for team_id in team_ids for person in people[team_id]]
    objectives: dict[str, list[Objective]] = {team_id: [] for team_id in team_ids}
    kept_ids = []
    for number in range(TOTAL_OBJECTIVES):  # dealt round the teams: 6 or 7 each
        team_id = team_ids[number % TEAMS]
        mine = objectives[team_id]
        status = (ObjectiveStatus.KEPT if number < KEPT else ObjectiveStatus.CANDIDATE
                  if number % 2 else ObjectiveStatus.PARKED)
        krs = tuple(
            KeyResult(text=words(100, number * 10 + k), metric=words(20, k),
                      baseline=10.0, target=20.0 + k, unit="%",
                      direction=Direction.INCREASE, data_source=words(20, number + k),
                      owner=people[team_id][k].name, due=date(2027, 3, 31), position=k,
                      check_ins=(CheckIn(on=date(2027, 1, 15), value=12.0 + k,
                                         confidence=6, comment=words(40, number + k)),))
            for k in range(KRS_PER_KEPT if status is ObjectiveStatus.KEPT else 0))
        objective = Objective(
            team_id=team_id, title=words(title, number), why="", status=status,
            strategic_objective_id=strategic[number % len(strategic)].id,
            commitment=Commitment.COMMITTED, author_id=people[team_id][len(mine) % 10].id,
            key_results=krs, position=len(mine))
        mine.append(objective)
        if status is ObjectiveStatus.KEPT:
            kept_ids.append(objective.id)
    teams = [Team(id=team_id, name=words(LENGTHS["team"]["name"], t),
                  department=words(30, t % 6), ambassador_id=people[team_id][0].id,
                  objectives=tuple(objectives[team_id]), position=t)
             for t, team_id in enumerate(team_ids)]
    stamp = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
    workshop = Workshop(
        title=words(LENGTHS["workshop"]["title"], 1), organisation=words(60, 2),
        cycle_label="T1 2027", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        language=Language.FRENCH, facilitator=words(40, 3), vision="",
        rule=CommonRule(max_objectives_per_team=4, max_key_results_per_objective=KRS_PER_KEPT),
        participants=tuple(participants), strategic_objectives=strategic, teams=tuple(teams),
        dependencies=tuple(
            Dependency(from_objective_id=kept_ids[n], to_objective_id=kept_ids[-1 - n],
                       note=words(40, n)) for n in range(100)),
        rituals=tuple(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY,
                             note=words(100, n)) for n in range(30)),
        feedback=tuple(Feedback(kind=FeedbackKind.IDEA, text=words(80, n)) for n in range(100)),
        actions=tuple(Action(text=words(60, n), owner_id=participants[n].id,
                             due=date(2027, 2, 15)) for n in range(100)),
        created_at=stamp, updated_at=stamp,
    )
    # The vision takes what is left of the text budget, up to its own limit; then the
    # whys of the kept objectives grow until the budget is spent to the last character.
    room = TOTAL_TEXT - text_total(workshop)
    vision = min(room, LENGTHS["workshop"]["vision"])
    workshop = Workshop(**{**workshop.__dict__, "vision": words(vision, 5)})
    return _spend(workshop, TOTAL_TEXT - text_total(workshop))


def _spend(workshop: Workshop, room: int) -> Workshop:
    """Longer whys for the kept objectives, ``room`` characters in all."""
    kept = [o for team in workshop.teams for o in team.objectives
            if o.status is ObjectiveStatus.KEPT]
    extra = {o.id: room // len(kept) + (1 if i < room % len(kept) else 0)
             for i, o in enumerate(kept)}
    limit = LENGTHS["objective"]["why"]
    assert all(len(o.why) + extra[o.id] <= limit for o in kept), "budget beyond the whys"
    teams = tuple(
        Team(**{**team.__dict__, "objectives": tuple(
            Objective(**{**o.__dict__, "why": o.why + "x" * extra.get(o.id, 0)})
            for o in team.objectives)})
        for team in workshop.teams)
    return Workshop(**{**workshop.__dict__, "teams": teams})


_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from largest_bench import largest_workshop
workshop = largest_workshop()
started, cpu = time.perf_counter(), time.process_time()
{action}
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
print(json.dumps({{"seconds": seconds, "cpu": cpu, "rss_mb": peak, "size": len(data),
                  "pages": pages}}))
"""

ACTIONS = {
    "deck": ("from okr_workshop.export import build_deck\n"
             "data = build_deck(workshop, 'fr')\n"
             "pages = data.count(b'/Type /Page\\n')"),
    "posters": ("from okr_workshop.export import build_poster\n"
                "datas = [build_poster(workshop, team, 'fr') for team in workshop.teams]\n"
                "data = b''.join(datas); pages = data.count(b'/Type /Page\\n')"),
    "pptx": ("from okr_workshop.export.deck import plan_deck\n"
             "from okr_workshop.export.pptx import build_pptx\n"
             "data = build_pptx(plan_deck(workshop, 'fr'))\n"
             "pages = data.count(b'ppt/slides/slide')"),
}


def _measure(name: str) -> dict[str, float] | str:
    """The export's figures, or the last line of its error (an export that fails on a
    workshop the limits allow is a bug to report, not a figure)."""
    code = _CHILD.format(here=str(Path(__file__).parent), action=ACTIONS[name])
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if result.returncode:
        return (result.stderr.strip().splitlines() or ["no message"])[-1]
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the deck there too")
    args = parser.parse_args()
    workshop = largest_workshop()
    objectives = sum(len(t.objectives) for t in workshop.teams)
    key_results = sum(len(o.key_results) for t in workshop.teams for o in t.objectives)
    print(f"workshop: {len(workshop.teams)} teams, {objectives} objectives, {key_results} key "
          f"results, {text_total(workshop):,} characters of text")
    if args.out:
        from okr_workshop.export import build_deck
        args.out.write_bytes(build_deck(workshop, Language.FRENCH))
    ok = True
    for name in ACTIONS:
        if name == "pptx" and importlib.util.find_spec("okr_workshop.export.pptx") is None:
            print("pptx     skipped: okr_workshop/export/pptx/ is not there yet")
            continue
        figures = _measure(name)
        if isinstance(figures, str):
            print(f"{name:<8} FAILED: {figures}")
            ok = False
            continue
        met = figures["seconds"] < TARGET_SECONDS and figures["rss_mb"] < TARGET_MB
        ok = ok and met
        unit = "slides" if name == "pptx" else "pages"
        print(f"{name:<8} {figures['seconds']:.2f} s   peak RSS {figures['rss_mb']:.0f} MB   "
              f"{int(figures['pages'])} {unit}, {figures['size'] / 1024:.0f} KB   "
              f"cpu {figures['cpu']:.2f} s   "
              f"(target < {TARGET_SECONDS:.0f} s, < {TARGET_MB:.0f} MB)")
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
