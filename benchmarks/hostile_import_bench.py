"""Refusing a hostile exchange file within the size cap: wall time and peak memory.

Each case writes a file of just under the cap (storage/exchange_format.MAX_FILE_BYTES,
20 MB) built to cost the reader as much as possible — deep nesting, millions of tiny
values, duplicate keys, one very long string — then reads it with ``read_workshop_file``
in a fresh interpreter, so the peak resident set (``ru_maxrss``) is the reading's own,
imports included. Every case must be refused (an ExchangeError, never a traceback).

Target (issue 16, point 15): every refusal under 2 s and 300 MB.

    python benchmarks/hostile_import_bench.py
    python benchmarks/hostile_import_bench.py --only tiny_objects,long_string
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from okr_workshop.storage.exchange_format import MAX_CONTAINERS, MAX_FILE_BYTES, MAX_VALUES

TARGET_S = 2.0
TARGET_MB = 300
# What a file may hold: just under the cap, so the size check never refuses it.
SIZE = MAX_FILE_BYTES - 64
HEADER = '{"format": "okr-workshop", "version": 1, "workshop": '


def _repeat(head: str, unit: str, tail: str, separator: str = ",") -> str:
    """``head`` + ``unit`` repeated (separated) as many times as fits in SIZE + ``tail``."""
    room = SIZE - len((head + tail).encode()) + len(separator.encode())
    count = room // len((unit + separator).encode())
    return head + separator.join([unit] * count) + tail


def _deep_arrays() -> str:
    depth = SIZE // 2
    return "[" * depth + "]" * depth


def _deep_objects() -> str:
    depth = (SIZE - 2) // 6
    return '{"a":' * depth + "0" + "}" * depth


def _long_string(char: str) -> Callable[[], str]:
    def build() -> str:
        head = HEADER + '{"title": "'
        tail = '"}}'
        room = SIZE - len((head + tail).encode())
        return head + char * (room // len(char.encode())) + tail
    return build


def _distinct_keys() -> str:
    room = SIZE - 2
    keys, used, n = [], 0, 0
    while True:
        item = f'"k{n}":0'
        if used + len(item) + 1 > room:
            break
        keys.append(item)
        used += len(item) + 1
        n += 1
    return "{" + ",".join(keys) + "}"


def _many_participants() -> str:
    """A file shaped like a workshop, its participants list far over the limit."""
    participant = ('{"id": "3f6c1a52-7a0e-4c1b-9a53-1d2e8f4b6a02", "name": "A", "role": "",'
                   ' "team_id": null}')
    return _repeat(HEADER + '{"participants": [', participant, "]}}")


def _at_the_caps(unit: str, per_unit: int) -> Callable[[str], str]:
    """An array of ``unit`` as many times as the value count allows: the costliest files
    the counting lets through to the parser."""
    return lambda: "[" + ",".join([unit] * (MAX_VALUES // per_unit - 1)) + "]"


def _objects_at_the_caps() -> str:
    members = MAX_VALUES // MAX_CONTAINERS - 1  # colons and commas per object, about
    unit = "{" + ",".join(f'"k{i}":"{i}"' for i in range(members // 2)) + "}"
    return "[" + ",".join([unit] * (MAX_CONTAINERS - 2)) + "]"


def _too_many_check_ins() -> str:
    """The English sample, every list at its cap (40 teams × 20 objectives × 20 key
    results × 110 check-ins, ids repeated) cut to what fits in the size and the counts: a
    file shaped like a workshop whose totals are far over the limits."""
    from okr_workshop.app.samples import sample_workshop
    from okr_workshop.domain.model import Language
    from okr_workshop.storage.exchange import workshop_to_document

    document = workshop_to_document(sample_workshop(Language("en")))
    team = next(t for t in document["workshop"]["teams"]
                if any(o["key_results"] and o["key_results"][0]["check_ins"]
                       for o in t["objectives"]))
    objective = next(o for o in team["objectives"]
                     if o["key_results"] and o["key_results"][0]["check_ins"])
    key_result = objective["key_results"][0]
    key_result["check_ins"] = key_result["check_ins"][:1] * 110
    objective["key_results"] = [key_result] * 20
    team["objectives"] = [objective] * 20
    written = json.dumps(team, separators=(",", ":"))
    values = written.count(",") + written.count(":")
    teams = min(40, (SIZE - 100_000) // len(written.encode()), MAX_VALUES // values - 1)
    document["workshop"]["teams"] = [team] * teams
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "deep_arrays": ("[[[[… 10 million levels", _deep_arrays),
    "deep_objects": ('{"a":{"a":… 3.5 million levels', _deep_objects),
    "tiny_objects": ("[{},{},…] 7 million empty objects", lambda: _repeat("[", "{}", "]")),
    "tiny_arrays": ("[[],[],…] 7 million empty arrays", lambda: _repeat("[", "[]", "]")),
    "zeros": ("[0,0,…] 10 million numbers", lambda: _repeat("[", "0", "]")),
    "decimals": ("[1.5,1.5,…] 5 million decimals", lambda: _repeat("[", "1.5", "]")),
    "short_strings": ('["ab","ab",…] 4 million strings', lambda: _repeat("[", '"ab"', "]")),
    "duplicate_keys": ('{"a":0,"a":0,…} 3.5 million times one key',
                       lambda: _repeat("{", '"a":0', "}")),
    "distinct_keys": ('{"k0":0,"k1":0,…} 2 million keys', _distinct_keys),
    "long_string": ("one title of 20 million letters", _long_string("x")),
    "long_emoji": ("one title of 5 million emoji", _long_string("\U0001F680")),
    "long_escapes": ("one title of 3 million \\u00e9 escapes", _long_string("\\u00e9")),
    "huge_number": ("one number of 20 million digits", lambda: "[" + "9" * (SIZE - 2) + "]"),
    "participants": ("a workshop with 250,000 participants", _many_participants),
    "check_ins": ("a workshop of 40,000 check-ins, lists at their caps", _too_many_check_ins),
    # Just under the counts: what the parser is still given.
    "strings_at_cap": ('["a,b",…] 1.5 million strings full of commas',
                       _at_the_caps('"a,b"', 1)),
    "numbers_at_cap": ("[1.5,…] 1.5 million decimals", _at_the_caps("1.5", 1)),
    "objects_at_cap": ("250,000 objects of 3 members", _objects_at_the_caps),
}

# Run in the child: read the file, say how it went as one JSON line.
CHILD = r"""
import json, resource, sys, time
from okr_workshop.storage.exchange import ExchangeError, read_workshop_file
started = time.perf_counter()
cpu = time.process_time()
try:
    read_workshop_file(sys.argv[1])
    outcome = "accepted"
except ExchangeError as error:
    outcome = "refused: " + str(error)[:70]
seconds = time.perf_counter() - started
print(json.dumps({"outcome": outcome, "seconds": seconds,
                  "cpu": time.process_time() - cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE = r"""
import json, resource
import okr_workshop.storage.exchange  # noqa: F401
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_case(path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"outcome": f"CRASHED: {tail}", "seconds": float("nan"),
                "cpu": float("nan"), "rss_mb": float("nan")}
    return json.loads(done.stdout)


def build_file(name: str, path: Path) -> None:
    """Write case ``name`` at ``path`` in a process of its own: Linux keeps a process's
    peak RSS across fork and exec, so a parent grown by building 20 MB strings would lend
    its peak to every child it starts and the children's figures would be its own."""
    subprocess.run([sys.executable, __file__, "--build", name, str(path)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated case names: " + ", ".join(CASES))
    parser.add_argument("--build", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        name, target = args.build
        Path(target).write_text(CASES[name][1](), encoding="utf-8")
        return 0
    names = args.only.split(",") if args.only else list(CASES)
    base = json.loads(subprocess.run([sys.executable, "-c", BASELINE], capture_output=True,
                                     text=True, check=True).stdout)
    print(f"baseline: the reader imported, nothing read: {base['rss_mb']:.0f} MB")
    print(f"{'case':<16} {'wall s':>7} {'cpu s':>6} {'peak MB':>8}  outcome")
    missed = 0
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            path = Path(folder) / f"{name}.json"
            build_file(name, path)
            assert path.stat().st_size <= MAX_FILE_BYTES, name
            result = run_case(path)
            path.unlink()
            bad = (result["outcome"] == "accepted" or str(result["outcome"]).startswith("CR")
                   or not result["seconds"] <= TARGET_S or not result["rss_mb"] <= TARGET_MB)
            missed += bad
            print(f"{name:<16} {result['seconds']:>7.2f} {result['cpu']:>6.2f} "
                  f"{result['rss_mb']:>8.0f}  {'MISSED ' if bad else ''}{result['outcome']}",
                  flush=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this script's own peak, lent to each child at its start: {own:.0f} MB)")
    print(f"target: every case refused in under {TARGET_S:.0f} s and {TARGET_MB} MB: "
          + ("met" if not missed else f"missed by {missed} case(s)"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
