"""DESIGN.md section 3: Qt lives only in ui/ and the GUI entry point; the domain has no I/O."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "okr_workshop"
QT_ALLOWED = {"ui", "gui.py", "__main__.py"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules_outside(allowed: set[str]) -> list[Path]:
    return [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in allowed
    ]


def test_the_package_has_modules_to_check():
    assert len(_modules_outside(QT_ALLOWED)) >= 10


def test_nothing_outside_ui_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules_outside(QT_ALLOWED)
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imported_modules(path))
    ]
    assert offenders == []


def test_domain_imports_neither_storage_nor_io_libraries():
    # Babel too: the domain prints through the formatter export/formats.py installs into it.
    forbidden = {"PySide6", "sqlite3", "sqlite_utils", "reportlab", "platformdirs", "socket",
                 "babel"}
    layers = {"okr_workshop.storage", "okr_workshop.export", "okr_workshop.ui", "okr_workshop.app"}
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imported_modules(path):
            if name.split(".")[0] in forbidden or any(name.startswith(layer) for layer in layers):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_storage_and_export_never_import_ui_or_app():
    offenders = []
    for layer in ("storage", "export"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imported_modules(path):
                if name.startswith(("okr_workshop.ui", "okr_workshop.app", "okr_workshop.gui")):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_sees_a_qt_import(tmp_path):
    # Guard against a checker that silently finds nothing.
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport os\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "os"} <= _imported_modules(sample)


def test_the_command_line_imports_only_app_and_domain():
    # DESIGN.md: cli*.py may import app/ and domain/ (storage and export errors through app/).
    allowed = ("okr_workshop.app", "okr_workshop.domain", "okr_workshop.cli", "okr_workshop.gui")
    offenders = []
    for path in PACKAGE.glob("cli*.py"):
        for name in _imported_modules(path):
            if name.startswith("okr_workshop.") and not name.startswith(allowed):
                offenders.append(f"{path.name} imports {name}")
    assert offenders == []
    assert len(list(PACKAGE.glob("cli*.py"))) >= 2
