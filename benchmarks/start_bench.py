"""Start-up: process start to the first window shown, against a bare PySide6 window.

``python benchmarks/start_bench.py [--runs 15] [--library PATH]``

Each run starts a fresh interpreter on ``start_probe.py``: once for an empty ``QMainWindow``
(the floor any PySide6 program pays), once for ``okr-workshop --library LIBRARY``
(translations, the library opened, the home page listing its workshops), and once for a
window with the library page's kinds of widgets and none of the application's code (what
PySide6 alone costs for such a screen: a reference, not the target), alternating so all
see the same load on the machine. Offscreen, with settings in a temporary home so the
person's own are neither read nor written. Reports the medians, the app's as a ratio of the
bare window's (target 1.5× for time, 1.3× for resident memory).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBE = HERE / "start_probe.py"


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               LANG="en_GB.UTF-8")
    env.pop("OKR_WORKSHOP_LIBRARY", None)
    # An installed application starts from compiled bytecode: let the warm-up runs write it,
    # into the temporary folder, even where the shell forbids it (PYTHONDONTWRITEBYTECODE).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env


def _one_start(args: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(PROBE), *args], env=env, check=True,
                          capture_output=True, text=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"ms": (report["shown"] - started) * 1000, "cpu": report["cpu"] * 1000,
            "rss": report["VmRSS"] / 1024, "peak": report["VmHWM"] / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--library", help="a library to open (default: the demo workshops)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = _environment(home)
        library = options.library or str(home / "library.db")
        if not options.library:
            subprocess.run([sys.executable, "-m", "okr_workshop", "--library", library, "demo"],
                           env=env, check=True, capture_output=True)
        kinds = {"bare": ["bare"], "app": ["app", library], "widgets": ["widgets"]}
        for args in kinds.values():  # warm the disk cache, write the bytecode; not counted
            _one_start(args, env)
            _one_start(args, env)
        results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(options.runs):
            for kind, args in kinds.items():
                results[kind].append(_one_start(args, env))
    medians = {kind: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
               for kind, runs in results.items()}
    print(f"start-up, {options.runs} runs each, medians (offscreen)")
    print(f"{'':12}{'shown (ms)':>12}{'CPU (ms)':>10}{'RSS (MB)':>10}{'peak (MB)':>11}")
    for kind, figures in medians.items():
        print(f"{kind:12}{figures['ms']:12.0f}{figures['cpu']:10.0f}{figures['rss']:10.1f}"
              f"{figures['peak']:11.1f}")
    bare = medians["bare"]
    for kind in ("app", "widgets"):
        figures = medians[kind]
        print(f"{kind + ' / bare':16}{figures['ms'] / bare['ms']:7.2f}×"
              f"{figures['cpu'] / bare['cpu']:9.2f}×{figures['rss'] / bare['rss']:9.2f}×"
              f"{figures['peak'] / bare['peak']:10.2f}×")
    print("targets (app / bare): 1.5× for the time shown, 1.3× for resident memory")
    print("widgets: PySide6 alone showing the library page's kinds of widgets (a reference)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
