"""Every benchmark in this folder in one run, its figures gathered in one table.

``python benchmarks/all_bench.py [--full] [--only NAME,…]`` (names: library, check, deck, window,
start, calendar, chart, round, largest)

Each benchmark runs as it does alone (its own script, a fresh interpreter, its own
measurements), with fewer runs unless ``--full`` asks for the scripts' defaults; this script
only reads what they print and lays it out: benchmark, measure, median, tail (p95 or p99,
as the script reports it), target. A script's own output is shown as well when its figures
cannot be read, so nothing is lost if a report changes shape.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name: (script, arguments for a modest run). --full drops the arguments.
BENCHMARKS: dict[str, tuple[str, list[str]]] = {
    "library": ("library_bench.py", ["--runs", "50"]),
    "check": ("check_bench.py", ["--runs", "50"]),
    "deck": ("deck_bench.py", ["--runs", "3"]),
    "window": ("window_bench.py", ["--runs", "50"]),
    "start": ("start_bench.py", ["--runs", "5"]),
    "calendar": ("calendar_bench.py", ["--runs", "30"]),
    "chart": ("chart_bench.py", ["--runs", "100"]),
    "round": ("check_in_round_bench.py", ["--runs", "20"]),
    "largest": ("largest_bench.py", []),
}

LIBRARY_TARGETS = {"load": "p99 < 50 ms", "edit": "p99 < 5 ms"}
WINDOW_TARGETS = {"open 40-team workshop": "≤ 150 ms"}


@dataclass
class Row:
    benchmark: str
    measure: str
    median: str
    tail: str = ""
    target: str = ""


def _library(out: str) -> list[Row]:
    pattern = r"^(\w+)\s+median\s+([\d.]+) ms\s+p99\s+([\d.]+) ms\s+\((\d+) runs\)"
    return [
        Row("library", f"{m[1]} ({m[4]} runs)", f"{m[2]} ms", f"p99 {m[3]} ms",
            LIBRARY_TARGETS.get(m[1], ""))
        for m in re.finditer(pattern, out, re.M)
    ]


def _check(out: str) -> list[Row]:
    pattern = r"^(\S.*?)\s+median\s+([\d.]+) ms\s+p99\s+([\d.]+) ms$"
    return [
        Row("check", m[1], f"{m[2]} ms", f"p99 {m[3]} ms", "median < 20 ms")
        for m in re.finditer(pattern, out, re.M)
    ]


def _window(out: str) -> list[Row]:
    pattern = (r"^(\S.*?)\s+wall median\s+([\d.]+) ms, p95\s+([\d.]+) ms \| "
               r"cpu median\s+([\d.]+) ms, p95\s+([\d.]+) ms\s+\((\d+) runs\)")
    return [
        Row("window", f"{m[1]} ({m[6]} runs)", f"{m[2]} ms (cpu {m[4]})",
            f"p95 {m[3]} ms (cpu {m[5]})", WINDOW_TARGETS.get(m[1], "p95 ≤ 25 ms"))
        for m in re.finditer(pattern, out, re.M)
    ]


def _deck(out: str) -> list[Row]:
    rows = []
    if m := re.search(r"^main\s+cold ([\d.]+) s\s+median ([\d.]+) s\s+max ([\d.]+) s"
                      r".*?cpu median ([\d.]+) s", out, re.M):
        rows.append(Row("deck", f"main deck, 40 teams (cold {m[1]} s)",
                        f"{m[2]} s (cpu {m[4]})", f"max {m[3]} s", "≤ 0.5 s"))
    if m := re.search(r"^deck\s+with the appendix: median ([\d.]+) s", out, re.M):
        rows.append(Row("deck", "deck with the appendix", f"{m[1]} s"))
    if m := re.search(r"^pptx\s+main deck: median ([\d.]+) s\s+max ([\d.]+) s", out, re.M):
        rows.append(Row("deck", "PowerPoint of the main deck", f"{m[1]} s", f"max {m[2]} s",
                        "≤ 2 s"))
    elif re.search(r"^pptx\s+skipped", out, re.M):
        rows.append(Row("deck", "PowerPoint of the main deck", "skipped (no export/pptx/)"))
    if m := re.search(r"^posters\s+(\d+) posters: median ([\d.]+) s", out, re.M):
        rows.append(Row("deck", f"{m[1]} posters", f"{m[2]} s"))
    if m := re.search(r"^memory\s+peak RSS of a whole export (\d+) MB", out, re.M):
        rows.append(Row("deck", "peak RSS of an export", f"{m[1]} MB", "", "≤ 300 MB"))
    return rows


def _largest(out: str) -> list[Row]:
    pattern = (r"^(deck|posters|pptx)\s+([\d.]+) s\s+peak RSS (\d+) MB\s+(\d+) (pages|slides)"
               r".*?cpu ([\d.]+) s")
    rows = [Row("largest", f"largest allowed workshop: {m[1]} ({m[4]} {m[5]})",
                f"{m[2]} s (cpu {m[6]})", f"RSS {m[3]} MB", "< 5 s, < 300 MB")
            for m in re.finditer(pattern, out, re.M)]
    rows += [Row("largest", f"largest allowed workshop: {m[1]}", "FAILED", m[2][:40],
                 "< 5 s, < 300 MB")
             for m in re.finditer(r"^(deck|posters|pptx)\s+FAILED: (.*)$", out, re.M)]
    if re.search(r"^pptx\s+skipped", out, re.M):
        rows.append(Row("largest", "largest allowed workshop: pptx", "skipped (no export/pptx/)"))
    return rows


def _start(out: str) -> list[Row]:
    rows = []
    number = r"\s+([\d.]+)"
    for kind in ("bare", "app", "widgets"):
        if m := re.search(rf"^{kind}{number * 4}$", out, re.M):
            rows.append(Row("start", f"{kind}: shown (CPU {m[2]} ms, peak {m[4]} MB)",
                            f"{m[1]} ms", f"RSS {m[3]} MB"))
    if m := re.search(r"^app / bare\s+([\d.]+)×\s+([\d.]+)×\s+([\d.]+)×\s+([\d.]+)×", out, re.M):
        rows.append(Row("start", "app / bare: time shown", f"{m[1]}×", "", "≤ 1.5×"))
        rows.append(Row("start", "app / bare: resident memory", f"{m[3]}×", "", "≤ 1.3×"))
    # PySide6 alone showing the library page's kinds of widgets: a reference, no target.
    if m := re.search(r"^widgets / bare\s+([\d.]+)×\s+([\d.]+)×\s+([\d.]+)×", out, re.M):
        rows.append(Row("start", "widgets / bare (PySide6 alone): time, memory",
                        f"{m[1]}×, {m[3]}×"))
    return rows


def _calendar(out: str) -> list[Row]:
    pattern = (r"^(build|export|export cpu)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms"
               r"\s+\((\d+) runs\)")
    return [
        Row("calendar", f".ics {m[1]}, 20 rituals ({m[4]} runs)", f"{m[2]} ms", f"p95 {m[3]} ms",
            "median ≤ 50 ms" if m[1] == "export" else "")
        for m in re.finditer(pattern, out, re.M)
    ]


def _chart(out: str) -> list[Row]:
    pattern = (r"^(window|deck)\s+wall median\s+([\d.]+) ms, p95\s+([\d.]+) ms \| "
               r"cpu median\s+([\d.]+) ms, p95\s+([\d.]+) ms\s+\((\d+) runs\)")
    return [
        Row("chart", f"13-week chart, {m[1]} ({m[6]} runs)", f"{m[2]} ms (cpu {m[4]})",
            f"p95 {m[3]} ms (cpu {m[5]})", "≤ 10 ms" if m[1] == "window" else "")
        for m in re.finditer(pattern, out, re.M)
    ]


def _round(out: str) -> list[Row]:
    pattern = r"^(open|check-in)\s+median\s+([\d.]+) ms\s+p95\s+([\d.]+) ms\s+\((\d+) runs\)"
    return [
        Row("round", f"check-in round, 240 KRs: {m[1]} ({m[4]} runs)", f"{m[2]} ms",
            f"p95 {m[3]} ms", "median ≤ 100 ms" if m[1] == "open" else "")
        for m in re.finditer(pattern, out, re.M)
    ]


READERS = {"library": _library, "check": _check, "deck": _deck, "window": _window,
           "start": _start, "calendar": _calendar, "chart": _chart, "round": _round,
           "largest": _largest}


def run_one(name: str, full: bool) -> tuple[list[Row], str, int, float]:
    script, modest = BENCHMARKS[name]
    command = [sys.executable, str(HERE / script), *([] if full else modest)]
    print(f"running {name}: {' '.join(command[1:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent)
    elapsed = time.perf_counter() - started
    return READERS[name](done.stdout), done.stdout + done.stderr, done.returncode, elapsed


def table(rows: list[Row]) -> str:
    header = Row("benchmark", "measure", "median", "tail", "target")
    columns = ["benchmark", "measure", "median", "tail", "target"]
    widths = {c: max(len(getattr(r, c)) for r in [header, *rows]) for c in columns}

    def line(row: Row) -> str:
        return "  ".join(getattr(row, c).ljust(widths[c]) for c in columns).rstrip()

    rule = "  ".join("-" * widths[c] for c in columns)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true",
                        help="the scripts' own run counts (slower), not the modest ones")
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help="comma-separated subset of: " + ", ".join(BENCHMARKS))
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    rows: list[Row] = []
    notes: list[str] = []
    failed = False
    for name in names:
        found, output, code, elapsed = run_one(name, args.full)
        rows.extend(found)
        failed = failed or code != 0 or not found
        if not found:
            notes.append(f"--- {name}: no figures read (exit {code}); its output:\n{output}")
        elif code != 0:
            notes.append(f"{name}: exit {code} (a target missed or an error); "
                         f"last line: {output.strip().splitlines()[-1]}")
        notes.append(f"{name}: {elapsed:.0f} s")
    print(table(rows))
    print()
    print("\n".join(notes))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
