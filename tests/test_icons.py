"""Issue 17, point 6: the committed icon files are what the SVG source renders to."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "make_icons.py"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--root", str(root)],
        capture_output=True, text=True, timeout=120,
    )


def _copy_sources(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "resources" / "icons", root / "resources" / "icons")
    for folder in ("windows", "macos"):
        shutil.copytree(ROOT / "packaging" / folder, root / "packaging" / folder)
    return root


def test_the_committed_icons_match_their_svg_source():
    done = _check(ROOT)
    assert done.returncode == 0, done.stderr


def test_every_size_and_container_is_committed():
    for size in PNG_SIZES:
        with Image.open(ROOT / "resources" / "icons" / f"okr-workshop-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(ROOT / "packaging" / "windows" / "okr-workshop.ico") as ico:
        assert sorted(w for w, _h in ico.info["sizes"]) == [16, 24, 32, 48, 64, 128, 256]
    with Image.open(ROOT / "packaging" / "macos" / "okr-workshop.icns") as icns:
        assert max(w * scale for w, _h, scale in icns.info["sizes"]) == 1024


def test_an_edited_svg_is_caught_until_the_files_are_regenerated(tmp_path):
    root = _copy_sources(tmp_path)
    svg = root / "resources" / "icons" / "okr-workshop.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#EE7B4F", "#7B4FEE"), "utf-8")
    done = _check(root)
    assert done.returncode == 1
    assert "resources/icons/okr-workshop-256.png" in done.stderr
    assert "packaging/macos/okr-workshop.icns" in done.stderr
    regenerated = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root)], capture_output=True, timeout=120
    )
    assert regenerated.returncode == 0
    assert _check(root).returncode == 0


def test_a_missing_size_is_caught(tmp_path):
    root = _copy_sources(tmp_path)
    (root / "resources" / "icons" / "okr-workshop-24.png").unlink()
    done = _check(root)
    assert done.returncode == 1
    assert "okr-workshop-24.png: missing" in done.stderr
