"""Every text a person can read in a window: labels, buttons, titles, placeholders, tooltips,
tabs, menus and actions, combo-box entries, list and table headers and cells.

For the translation tests: what they collect is what the French window must not leave in
English.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def plain(text: str) -> str:
    """The text as read: rich text without its tags, mnemonics without their "&"."""
    if "<" in text and ">" in text:
        text = _TAGS.sub(" ", text)
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} accessible name", widget.accessibleName()
    yield f"{kind} window title", widget.windowTitle() if widget.isWindow() else ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield f"{kind} text", widget.text()
    if isinstance(widget, QGroupBox):
        yield "QGroupBox title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "QLineEdit placeholder", widget.placeholderText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo entry", widget.itemText(i)
            yield "combo entry tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield "list item", widget.item(i).text()
            yield "list item tooltip", widget.item(i).toolTip()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    for action in widget.actions():
        yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    if action.toolTip() != action.text().replace("&", ""):  # Qt's default tooltip
        yield "action tooltip", action.toolTip()
    yield "action status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "menu title", menu.title()
        for inner in menu.actions():
            yield from action_texts(inner)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: PySide keeps columnCount() private there
        return 1


def model_texts(model: QAbstractItemModel, depth: int = 4) -> Iterator[tuple[str, str]]:
    for section in range(_columns(model, QModelIndex())):
        for role in ROLES:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            yield "header", value if isinstance(value, str) else ""

    def walk(parent: QModelIndex, level: int) -> Iterator[tuple[str, str]]:
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in ROLES:
                    value = index.data(role)
                    yield "cell", value if isinstance(value, str) else ""
            first = model.index(row, 0, parent)
            if level < depth and model.rowCount(first) > 0:
                yield from walk(first, level + 1)

    yield from walk(QModelIndex(), 0)


def screen_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for ``root`` and every widget inside it, empty texts left out."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for where, text in _widget_texts(widget):
            if text and text.strip():
                found.append((where, text))
    return found


def user_strings(value: object) -> set[str]:
    """Every text of a workshop (or any dataclass tree): what the person typed, not ours."""
    found: set[str] = set()

    def visit(item: object) -> None:
        if isinstance(item, str):
            if item.strip():
                found.add(item.strip())
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            for field in dataclasses.fields(item):
                visit(getattr(item, field.name))
        elif isinstance(item, (tuple, list, set, frozenset)):
            for inner in item:
                visit(inner)

    visit(value)
    return found
