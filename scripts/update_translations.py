"""Refresh the window's French catalogue from the sources, then compile it.

    python scripts/update_translations.py          # lupdate, then lrelease
    python scripts/update_translations.py --check  # exit 1 if either would change a file

1. ``pyside6-lupdate`` reads every ``tr()`` / ``translate()`` in okr_workshop/ui/ and
   okr_workshop/gui.py into resources/translations/okr_workshop_fr.ts: new texts arrive
   unfinished, vanished ones are dropped. Translate the unfinished ones (pyside6-linguist,
   or any editor) — resources/translations/README.md has the glossary and the typography.
2. ``pyside6-lrelease`` compiles the .ts into the .qm the application loads. Both files are
   committed; tests/ui/test_translations.py checks they match the sources and each other.

Uses the PySide6 tools of the Python running this script (its venv's bin/ or Scripts/).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """The PySide6 tool beside this Python, else the one on PATH."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / name, scripts / f"{name}.exe", Path(sys.executable).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The files lupdate reads, relative to ``root`` and sorted (a stable .ts)."""
    files = sorted((root / "okr_workshop" / "ui").rglob("*.py")) + [root / "okr_workshop/gui.py"]
    return [str(path.relative_to(root)) for path in files]


def lupdate(ts_file: Path, root: Path = ROOT) -> None:
    """Merge the sources' texts into ``ts_file`` (created when missing)."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *sources(root), "-ts", str(ts_file)],
        cwd=root, check=True,
    )  # fmt: skip


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    check = parser.parse_args(argv).check
    stale = []
    for language in LANGUAGES:
        ts_file = FOLDER / f"okr_workshop_{language}.ts"
        qm_file = FOLDER / f"okr_workshop_{language}.qm"
        if not check:
            lupdate(ts_file)
            lrelease(ts_file, qm_file)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts, fresh_qm = Path(tmp) / ts_file.name, Path(tmp) / qm_file.name
            shutil.copy(ts_file, fresh_ts)
            lupdate(fresh_ts)
            lrelease(ts_file, fresh_qm)
            if not filecmp.cmp(ts_file, fresh_ts, shallow=False):
                stale.append(ts_file)
            if not qm_file.exists() or not filecmp.cmp(qm_file, fresh_qm, shallow=False):
                stale.append(qm_file)
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
