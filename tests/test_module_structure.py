"""Names that say where you are, and no module that needs one that needs it back.

Static (read with ``ast``, nothing imported): every import of an okr_workshop module counts,
at the top of a file, under ``if TYPE_CHECKING:`` or inside a function (a lazy import is
still a dependency, only a later one). A cycle is reported with the import lines that make it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "okr_workshop"

# Base names more than one package may use, each with why it does not confuse.
SHARED_BASE_NAMES = {
    # the base classes of ui/models and of ui/pages, each read inside its own folder
    "base.py": {"ui/models/base.py", "ui/pages/base.py"},
    # app/ is the window's and the command line's way to export/ (DESIGN.md section 3)
    "deck_preview.py": {"app/deck_preview.py", "ui/widgets/deck_preview.py"},
    "formats.py": {"app/formats.py", "export/formats.py"},
    # storage's errors, and app's: the one place they become sentences
    "errors.py": {"app/errors.py", "storage/errors.py"},
}


def _module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(root: Path = PACKAGE) -> dict[str, Path]:
    return {_module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def import_graph(root: Path = PACKAGE) -> dict[str, dict[str, int]]:
    """module -> {imported package module: line of the first import}."""
    modules = _modules(root)
    prefix = root.name
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges: dict[str, int] = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from pkg import submodule" depends on the submodule, not on pkg/__init__.
                targets = [
                    f"{node.module}.{alias.name}"
                    if f"{node.module}.{alias.name}" in modules
                    else node.module
                    for alias in node.names
                ]
            for target in targets:
                if target.split(".")[0] == prefix and target in modules and target != name:
                    edges.setdefault(target, node.lineno)
        graph[name] = edges
    return graph


def import_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def _describe(group: list[str], graph: dict[str, dict[str, int]]) -> str:
    inside = set(group)
    lines = [
        f"  {module}:{line} imports {target}"
        for module in group
        for target, line in sorted(graph[module].items())
        if target in inside
    ]
    return "import cycle among " + ", ".join(group) + "\n" + "\n".join(lines)


def test_no_import_cycle_among_the_package_modules():
    graph = import_graph()
    assert len(graph) > 100  # the whole package was read
    problems = [_describe(group, graph) for group in import_cycles(graph)]
    assert not problems, "\n".join(problems)


def test_a_cycle_is_found_and_named_with_its_lines(tmp_path):
    # The checker itself: a lazy import back (inside a function) still closes a cycle.
    package = tmp_path / "okr_workshop"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "page.py").write_text("from okr_workshop.ui.actions import Actions\n")
    (package / "ui" / "actions.py").write_text(
        "import os\n\ndef go():\n    from okr_workshop.ui import page\n"
    )
    (package / "ui" / "alone.py").write_text("from okr_workshop.ui.page import x\n")
    graph = import_graph(package)
    cycles = import_cycles(graph)
    assert cycles == [["okr_workshop.ui.actions", "okr_workshop.ui.page"]]
    assert "okr_workshop.ui.actions:4 imports okr_workshop.ui.page" in _describe(cycles[0], graph)


def test_no_two_modules_share_a_base_name_unless_listed():
    by_name: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        if path.name != "__init__.py":
            by_name[path.name].add(path.relative_to(PACKAGE).as_posix())
    shared = {name: paths for name, paths in by_name.items() if len(paths) > 1}
    unexpected = {
        name: sorted(paths)
        for name, paths in shared.items()
        if paths != SHARED_BASE_NAMES.get(name)
    }
    assert not unexpected, f"modules sharing a base name (rename one): {unexpected}"
    # One session: the workshop being edited (app/); the SQL helper is storage/sql.py.
    assert by_name["session.py"] == {"app/session.py"}
    # One module per thing the library does, each named for it; "library" alone names none.
    assert not by_name["library.py"]
    # The enums are named as such; the words a key result is read with live in rules/.
    assert not by_name["vocabulary.py"]


def test_models_never_import_widgets():
    # A model's constants (e.g. the choices' SEPARATOR) live with the models: a widget may
    # use a model, not the other way round.
    graph = import_graph()
    wrong = [
        f"{module} imports {target}"
        for module, edges in graph.items()
        if module.startswith("okr_workshop.ui.models")
        for target in edges
        if target.startswith("okr_workshop.ui.widgets")
    ]
    assert not wrong, wrong
