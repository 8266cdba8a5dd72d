"""One start of a window, timed from inside: run by ``start_bench.py``, never on its own.

``python benchmarks/start_probe.py bare`` shows an empty ``QMainWindow``;
``python benchmarks/start_probe.py widgets`` shows a main window with the kinds of widgets the
library page shows (menus, a search field, buttons, a table over a Python model, a status
bar) and nothing of the application: what PySide6 alone costs for such a screen;
``python benchmarks/start_probe.py app LIBRARY`` starts ``okr-workshop --library LIBRARY``
as the command does. Either way, ``QApplication.exec`` is replaced as soon as the program
imports Qt (not before: a module imported after Qt pays for Qt's import hook) by a loop that
runs until the first top-level window has been painted, then prints one JSON line (the
monotonic clock at that moment, the processor time used so far, the resident memory and its
peak) and returns 0 so the program ends as if the person had quit.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import resource
import sys
import time
from types import ModuleType


def _memory_kb() -> dict[str, int]:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
    return fields


def _exec_until_shown(*_args: object) -> int:
    """Run events until a top-level window has been painted once (its picture is then on
    screen), record that moment and return: what ``app.exec()`` would have done until the
    person quit. Work the program queues for after its first paint is not counted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance()
    report: dict[str, object] = {}

    def record(window: QWidget) -> None:
        used = resource.getrusage(resource.RUSAGE_SELF)
        report.update(shown=time.monotonic(), cpu=used.ru_utime + used.ru_stime,
                      window=type(window).__name__, **_memory_kb())

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.isWindow()):
                app.removeEventFilter(self)
                # Queued now, so it runs once this paint is done and before anything the
                # program queues from its own handlers of the same paint.
                QTimer.singleShot(0, lambda: record(watched))
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # the application's filters see events first
    while not report:
        app.processEvents()
    print(json.dumps(report), flush=True)
    return 0


class _PatchWhenImported(importlib.abc.MetaPathFinder):
    """Replaces ``QApplication.exec`` the moment ``PySide6.QtWidgets`` is imported."""

    def find_spec(self, name: str, path: object, target: object = None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            module.QApplication.exec = _exec_until_shown

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _PatchWhenImported())


def _bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.show()
    return app.exec()


def _widgets() -> int:
    """The library page's kinds of widgets, with two rows and none of the application's
    code; an application-wide event filter, as the window has (and as this probe installs)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QStackedWidget,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 2

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"Workshop {index.row() + 1}, column {index.column() + 1}"
            return None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return f"Column {section + 1}"
            return None

    class Keys(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            return False

    app = QApplication(sys.argv)
    app.installEventFilter(Keys(app))
    window = QMainWindow()
    table = QTableView()
    table.setModel(Rows(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    top = QHBoxLayout()
    for widget in (QLineEdit(placeholderText="Search"), QLabel("2 workshops"),
                   QPushButton("&Open"), QPushButton("&New workshop…")):
        top.addWidget(widget)
    pages = QStackedWidget()
    pages.addWidget(table)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(pages, 1)
    stack = QStackedWidget()
    stack.addWidget(page)
    window.setCentralWidget(stack)
    for title, count in (("&File", 9), ("&Edit", 2), ("&Go", 0), ("&View", 3)):
        menu = window.menuBar().addMenu(title)
        for number in range(count):
            action = QAction(f"Action {number + 1}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{number + 1}"))
            menu.addAction(action)
    window.statusBar().addPermanentWidget(QLabel())
    window.resize(1280, 760)
    window.show()
    return app.exec()


def _app(library: str) -> int:
    from okr_workshop.cli import main

    return main(["--library", library])


if __name__ == "__main__":
    kind = sys.argv[1]
    sys.exit(_bare() if kind == "bare" else _widgets() if kind == "widgets" else _app(sys.argv[2]))
