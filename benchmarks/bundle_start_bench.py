"""Start-up of the standalone application against the pip-installed command.

``python benchmarks/bundle_start_bench.py [--runs 10] [--bundle "dist/OKR Workshop"]``

The bundle cannot carry ``start_probe.py``'s hook, so both are timed from outside, the same
way: on a virtual screen (Xvfb), from the moment the process is started to the moment
``xdotool`` sees a visible window titled with the application's name; the process is then
asked to end (SIGTERM, as at logout) and waited for. Both open the same library of demo
workshops, with settings in a temporary home, alternating run by run so both see the same
load. Needs Xvfb and xdotool (Debian: ``apt-get install xvfb xdotool``) and a built bundle
(``python build_spec.py``). Reports the medians and the spread.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from build_spec import APP_NAME, bundle_executable  # noqa: E402


def _free_display() -> str:
    for number in range(120, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    raise SystemExit("no free X display number")


def _environment(home: Path, display: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "OKR_WORKSHOP_LIBRARY", "PYTHONDONTWRITEBYTECODE")}
    env.update(DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               LANG="en_GB.UTF-8", PYTHONPYCACHEPREFIX=str(home / "pycache"))
    return env


def _window_shown(env: dict[str, str]) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", APP_NAME],
                           env=env, capture_output=True, text=True)
    return found.returncode == 0 and found.stdout.strip() != ""


def _one_start(command: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Milliseconds from the process's start to its window on the screen."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while not _window_shown(env):
            if process.poll() is not None:
                raise SystemExit(f"{command[0]} ended before showing a window")
            if time.monotonic() - started > timeout:
                raise SystemExit(f"{command[0]} showed no window within {timeout:.0f} s")
            time.sleep(0.01)
        return (time.monotonic() - started) * 1000
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_NAME)
    options = parser.parse_args()
    executable = bundle_executable(options.bundle)
    installed = Path(sys.executable).parent / "okr-workshop"
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed: apt-get install xvfb xdotool")
    if not executable.is_file():
        raise SystemExit(f"no bundle at {options.bundle}: python build_spec.py builds it")
    display = _free_display()
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        with tempfile.TemporaryDirectory() as folder:
            home = Path(folder)
            env = _environment(home, display)
            library = str(home / "library.sqlite3")
            subprocess.run([str(installed), "--library", library, "demo"], env=env,
                           check=True, capture_output=True)
            kinds = {"bundle": [str(executable), "--library", library],
                     "pip install": [str(installed), "--library", library]}
            for command in kinds.values():  # disk cache, bytecode: not counted
                _one_start(command, env)
            times: dict[str, list[float]] = {kind: [] for kind in kinds}
            for _ in range(options.runs):
                for kind, command in kinds.items():
                    times[kind].append(_one_start(command, env))
    finally:
        screen.terminate()
        screen.wait()
    print(f"process start to first window, {options.runs} runs each (Xvfb, xdotool)")
    print(f"{'':14}{'median (ms)':>12}{'min':>8}{'max':>8}")
    for kind, values in times.items():
        print(f"{kind:14}{statistics.median(values):12.0f}{min(values):8.0f}{max(values):8.0f}")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["pip install"])
    print(f"bundle / pip install: {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
