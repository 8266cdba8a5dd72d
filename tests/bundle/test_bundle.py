"""The standalone application, built for real with ``build_spec.py`` and started.

Needs PyInstaller (``pip install -e ".[bundle]"``); skipped without it. CI installs it and
runs this file after the test suite (.ci/run). One build serves every test here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the bundle extra is not installed: "
                    "pip install -e \".[bundle]\"")

import build_spec  # noqa: E402  (after the skip: only meaningful with PyInstaller)

ROOT = Path(build_spec.__file__).resolve().parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The bundle, built by the command the README gives, with its smoke test."""
    folder = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_spec.py"), "--dist", str(folder / "dist"),
         "--work", str(folder / "build"), "--smoke-test"],
        capture_output=True, text=True, timeout=900)
    return done, build_spec.bundle_folder(folder / "dist")


def test_the_build_passes_its_size_budget_and_smoke_test(built):
    done, bundle = built
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "smoke test passed" in done.stdout
    assert "bundle size" in done.stdout
    assert build_spec.bundle_executable(bundle).is_file()


def test_nothing_pruned_is_left_and_qt_french_is_inside(built):
    _, bundle = built
    assert build_spec.pruned_left(bundle) == []
    names = {path.name for path in bundle.rglob("*")}
    assert "qtbase_fr.qm" in names
    assert "okr_workshop_fr.qm" in names
    assert not any(name.startswith("libqgtk3") for name in names)
    assert not any("Qt6Network" in name or "Qt6Quick" in name for name in names)


def test_the_bundle_runs_commands_without_python(built, tmp_path):
    _, bundle = built
    executable = str(build_spec.bundle_executable(bundle))
    # No Python of ours on the way: a clean environment, as a coach's laptop has.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "fr_FR.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    library = str(tmp_path / "library.sqlite3")
    version = subprocess.run([executable, "--version"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert version.stdout.strip() == f"{build_spec.APP_NAME} {build_spec.__version__}"
    demo = subprocess.run([executable, "--library", library, "demo"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert demo.returncode == 0, demo.stderr
    first_id = demo.stdout.split()[0]
    deck = tmp_path / "deck.pdf"
    exported = subprocess.run([executable, "--library", library, "export", first_id,
                               "--format", "pdf", "-o", str(deck)], env=env,
                              capture_output=True, text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    assert deck.read_bytes().startswith(b"%PDF")
    # The command line speaks French in the bundle too (the catalogue travelled with it).
    wrong = subprocess.run([executable, "--library", library, "check", "zzzz"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr
    assert "atelier" in wrong.stderr.lower()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop files")
def test_the_linux_bundle_carries_its_desktop_files(built):
    _, bundle = built
    share = bundle / "share"
    assert share.is_dir()
    desktop = list(share.glob("*.desktop"))
    assert desktop and build_spec.APP_ID in desktop[0].name
    metainfo = next(share.glob("*.metainfo.xml")).read_text(encoding="utf-8")
    assert "@VERSION@" not in metainfo and build_spec.__version__ in metainfo
    assert os.access(share / "install.sh", os.X_OK)


@pytest.mark.skipif(os.name != "posix", reason="closes the streams with sh")
def test_the_bundle_without_its_streams_logs_the_error(built, tmp_path):
    """As a windowed bundle starts on Windows: no standard streams at all."""
    _, bundle = built
    library = tmp_path / "library.sqlite3"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}

    def closed(*args: str) -> int:
        return subprocess.run(["sh", "-c", 'exec "$@" >&- 2>&-', "sh",
                               str(build_spec.bundle_executable(bundle)), "--library",
                               str(library), *args], env=env, timeout=60).returncode

    assert closed("demo") == 0
    assert closed("check", "nope") == 1
    log = (tmp_path / "logs" / "okr-workshop.log").read_text(encoding="utf-8")
    assert "nope" in log and "Traceback" not in log


def test_the_smoke_test_passes_on_a_machine_with_no_locale(built, tmp_path):
    """A bare container or build server: no LANG, no LC_*; Qt warns and falls back to UTF-8."""
    _, bundle = built
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    done = subprocess.run([str(build_spec.bundle_executable(bundle)), "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    # The bundle's programs get the session's library path, not the bundle's.
    assert "ok  environment for opened programs (bundle)" in done.stdout
