"""DESIGN.md section 3: Qt lives only in ui/ and the GUI entry point; the domain has no I/O;
each package imports only what the table "who may import whom" allows."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

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



# DESIGN.md section 3, "who may import whom": each part of the package and what it may import
# besides the standard library, itself and the package's name and version (__init__.py).
# okr_workshop.files is the shared, stdlib-only file helper. A third-party library not listed
# for a part is refused there too: a new one is added here on purpose.
ALLOWED_IMPORTS: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"okr_workshop.domain", "okr_workshop.files", "sqlite_utils", "platformdirs",
                "openpyxl"},
    "export": {"okr_workshop.domain", "okr_workshop.files", "reportlab", "babel", "pypdfium2",
               "icalendar", "pptx"},
    "app": {"okr_workshop.domain", "okr_workshop.storage", "okr_workshop.export",
            "okr_workshop.files"},
    "ui": {"okr_workshop.app", "okr_workshop.domain", "PySide6", "shiboken6"},
    # The command line: storage and export errors reach it through app/; gui.py opens the window.
    "cli*.py": {"okr_workshop.app", "okr_workshop.domain", "okr_workshop.cli",
                "okr_workshop.cli_library", "okr_workshop.cli_output", "okr_workshop.cli_text",
                "okr_workshop.cli_steering", "okr_workshop.cli_export", "okr_workshop.cli_argv",
                "okr_workshop.cli_team",
                "okr_workshop.gui"},
    # gui.py loads the Qt-free layers before Qt to start sooner (see run_gui).
    "gui.py": {"okr_workshop.ui", "okr_workshop.app", "PySide6"},
    "__main__.py": {"okr_workshop.cli"},
    "files.py": set(),
    "__init__.py": set(),
}


def _row(relative: Path) -> str:
    """The row of :data:`ALLOWED_IMPORTS` a module (path relative to the package) is in."""
    if len(relative.parts) > 1:
        return relative.parts[0]
    return "cli*.py" if relative.name.startswith("cli") else relative.name


def _located_imports(root: Path, relative: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in one module, relative imports resolved."""
    path = root / relative
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = [root.name, *relative.with_suffix("").parts]
    if here[-1] == "__init__":
        here.pop()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # "from ..storage import x" from the module's own package
                module = ".".join([*here[: len(here) - node.level], *filter(None, [module])])
            found.append((node.lineno, module))
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layering_violations(root: Path) -> list[str]:
    """Every import under ``root`` (the package's folder) that its row of the table does not
    allow, as "package/file.py:line imports module (row may import: ...)"."""
    package = root.name
    violations = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        row = _row(relative)
        if row not in ALLOWED_IMPORTS:
            violations.append(f"{package}/{relative} is in no row of ALLOWED_IMPORTS")
            continue
        allowed = {name.replace("okr_workshop", package, 1) for name in ALLOWED_IMPORTS[row]}
        if len(relative.parts) > 1:
            allowed.add(f"{package}.{row}")
        for line, name in _located_imports(root, relative):
            if name.split(".")[0] in sys.stdlib_module_names or name == package:
                continue
            if not any(_within(name, prefix) for prefix in allowed):
                rule = ", ".join(sorted(ALLOWED_IMPORTS[row])) or "the standard library only"
                violations.append(
                    f"{package}/{relative}:{line} imports {name} ({row} may import: {rule})"
                )
    return violations


def test_every_import_is_allowed_by_the_table():
    assert layering_violations(PACKAGE) == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("ui/page.py", "import os\nfrom okr_workshop.storage.repository import Repository\n",
         "okr_workshop/ui/page.py:2 imports okr_workshop.storage.repository"),
        ("ui/widgets/preview.py", "from ...export import preview\n",
         "okr_workshop/ui/widgets/preview.py:1 imports okr_workshop.export"),
        ("domain/rule.py", "import babel.numbers\n",
         "okr_workshop/domain/rule.py:1 imports babel.numbers"),
        ("app/open.py", "from sqlite_utils import Database\n",
         "okr_workshop/app/open.py:1 imports sqlite_utils"),
        ("storage/tables.py", "from okr_workshop.app.errors import AppError\n",
         "okr_workshop/storage/tables.py:1 imports okr_workshop.app.errors"),
        ("cli_extra.py", "from okr_workshop.export import build_deck\n",
         "okr_workshop/cli_extra.py:1 imports okr_workshop.export"),
    ],
)
def test_a_forbidden_import_is_named_with_its_file_and_line(tmp_path, module, source, expected):
    root = tmp_path / "okr_workshop"
    (root / module).parent.mkdir(parents=True)
    (root / module).write_text(source, encoding="utf-8")
    (root / "ui").mkdir(exist_ok=True)
    (root / "ui" / "fine.py").write_text(
        "from PySide6.QtWidgets import QWidget\nfrom okr_workshop.app.errors import AppError\n"
        "from okr_workshop.ui.prompts import Prompts\nfrom . import fine\n", encoding="utf-8")
    violations = layering_violations(root)
    assert len(violations) == 1
    assert violations[0].startswith(expected + " (")
