"""Ctrl+1…Ctrl+9: the n-th team, the same keys on every page that works one team at a time.

The coach switches teams most while voting (Focus), so the keys cannot belong to one page.
Window-wide, so they work with the keys in the step list too; Qt only fires the actions of
the page on screen, since the other pages are hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

TEAM_KEYS = 9


def team_keys_hint() -> str:
    """Said in the tooltip of each page's team chooser."""
    return QCoreApplication.translate("TeamKeys", "Ctrl+1 to Ctrl+9 choose the team directly.")


def add_team_shortcuts(page: QWidget, choose_row: Callable[[int], None]) -> list[QAction]:
    """Add Ctrl+1…Ctrl+9 to ``page``: each calls ``choose_row(0…8)``."""
    actions = []
    for number in range(1, TEAM_KEYS + 1):
        # Named, so the keyboard help (F1) can list it.
        action = QAction(
            QCoreApplication.translate("TeamKeys", "Choose team %1").replace("%1", str(number)),
            page)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False, row=number - 1: choose_row(row))
        page.addAction(action)
        actions.append(action)
    return actions
