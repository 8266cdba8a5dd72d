"""The distribution ships everything the application needs, with one name and one version."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import okr_workshop

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_name_and_version_are_defined_once():
    project = PYPROJECT["project"]
    assert project["name"] == okr_workshop.DISTRIBUTION_NAME
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "okr_workshop.__version__"
    }


def test_every_package_folder_is_listed():
    packages = PYPROJECT["tool"]["setuptools"]["packages"]
    assert len(packages) == len(set(packages)), "a package is listed twice"
    listed = set(packages)
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "okr_workshop").rglob("__init__.py")
    }
    on_disk.add("okr_workshop.resources")
    assert listed == on_disk


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    # Build from a clean copy: setuptools' in-tree build/ folder would otherwise keep (and
    # ship) modules that no longer exist in the checkout.
    source = tmp_path_factory.mktemp("source") / "okr-workshop"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache*"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("okr_workshop-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_carries_the_resources(wheel: zipfile.ZipFile):
    names = set(wheel.namelist())
    expected = {
        "okr_workshop/resources/samples/sample-fr.json",
        "okr_workshop/resources/samples/sample-en.json",
        "okr_workshop/resources/schema/workshop-exchange-v1.schema.json",
        "okr_workshop/resources/translations/okr_workshop_fr.ts",
        "okr_workshop/resources/translations/okr_workshop_fr.qm",
        "okr_workshop/resources/icons/okr-workshop-256.png",  # the window's icon
        "okr_workshop/cli.py",
        "okr_workshop/domain/model.py",
    }
    assert expected <= names
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)


def test_the_wheel_declares_the_command(wheel: zipfile.ZipFile):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "okr-workshop = okr_workshop.cli:main" in text
