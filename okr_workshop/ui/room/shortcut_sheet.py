"""The keyboard help (issue 15, point 6): F1 or Ctrl+/ lists every shortcut that works now.

Found by walking the window, not written down twice: the menus' actions (File, Edit, Go,
View, Help: "Window"; Room: "The room"), the page on screen's actions — only those enabled
whose widget is on screen, since Qt fires no other — and the keys parts declared in
``key_help.py`` (the audience view's single letters). Keys in the platform's words and the
window's language ("Ctrl+Maj+B"), searchable, closed with Esc.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.ui.room.key_help import PAGE, declared_keys

HELP_KEYS = ("F1", "Ctrl+/")
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Row:
    group: str  # "window", "page" or "room"
    keys: str  # in the platform's words and the window's language
    text: str  # what it does, without its mnemonic "&"


def group_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "window": translate("ShortcutSheet", "Window"),
        "page": translate("ShortcutSheet", "This page"),
        "room": translate("ShortcutSheet", "The room"),
    }


def plain(text: str) -> str:
    """A menu text as read: no mnemonic "&" (a doubled "&&" is an ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip()


def native_keys(sequences) -> str:
    return ", ".join(s.toString(NATIVE) for s in sequences if not s.isEmpty())


def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def _works(action: QAction) -> bool:
    """Enabled, and attached to a widget on screen (Qt fires no other)."""
    if not action.isEnabled() or not action.shortcuts():
        return False
    return any(isinstance(w, QWidget) and w.isVisible() for w in action.associatedObjects())


def _works_from_menu(action: QAction) -> bool:
    """A menu's action fires from the keyboard window-wide, unless its shortcut belongs to
    a widget (the library's Ctrl+N): then only while that widget is on screen."""
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    if action.shortcutContext() in window_wide:
        return True
    return any(isinstance(w, QWidget) and not isinstance(w, QMenu) and w.isVisible()
               for w in action.associatedObjects())


def collect(window, page: QWidget | None, step=None) -> list[Row]:
    """Every shortcut working now in ``window`` with ``page`` on screen."""
    rows: list[Row] = []
    seen: set[int] = set()

    def add(group: str, action: QAction) -> None:
        if id(action) in seen or not action.shortcuts() or not action.isEnabled():
            return
        seen.add(id(action))
        if plain(action.text()):
            rows.append(Row(group, native_keys(action.shortcuts()), plain(action.text())))

    room_menu = getattr(window, "room_menu", None)
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None or not menu.isEnabled():
            continue
        for action in _menu_actions(menu):
            if _works_from_menu(action):
                add("room" if menu is room_menu else "window", action)
    for action in window.actions():
        add("window", action)
    if page is not None:
        # The page's own actions, and those its widgets carry (a table's Delete).
        actions = list(page.findChildren(QAction))
        for widget in [page, *page.findChildren(QWidget)]:
            actions += widget.actions()
        for action in actions:
            if _works(action):
                add("page", action)
        for shortcut in page.findChildren(QShortcut):
            parent = shortcut.parent()
            if (shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible()
                    and shortcut.whatsThis()):
                rows.append(Row("page", native_keys(shortcut.keys()), shortcut.whatsThis()))
    view = getattr(window, "workshop_view", None)
    if view is not None and view.isVisible():
        for action in view.findChildren(QAction):
            if _works(action) and not _inside_a_page(action, view):
                add("room", action)
        for key in declared_keys(step):
            rows.append(Row("page" if key.group == PAGE else "room", key.native_keys(),
                            key.describe()))
    return rows


def _inside_a_page(action: QAction, view) -> bool:
    return any(view.stack.isAncestorOf(w) for w in action.associatedObjects()
               if isinstance(w, QWidget))


class ShortcutSheet(QDialog):
    def __init__(self, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search = QLineEdit()
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText(self.tr("Find a shortcut or an action"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.nothing = QLabel(self.tr("No shortcut matches."))
        self.nothing.setObjectName("noShortcut")
        self.nothing.hide()
        note = QLabel(self.tr("The audience view’s single letters work while it is open "
                              "and no text field has the focus."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._fill(rows)
        self.search.textChanged.connect(self.filter)

    def fit(self, room: QSize) -> None:
        """Wide enough for its longest line, tall enough for many rows, within ``room``."""
        metrics = self.fontMetrics()
        width = min(metrics.averageCharWidth() * 90, room.width() * 9 // 10)
        height = min(metrics.lineSpacing() * 32, room.height() * 9 // 10)
        self.resize(width, height)

    def _fill(self, rows: list[Row]) -> None:
        titles = group_titles()
        for group in ("page", "room", "window"):
            mine = sorted({(r.text.casefold(), r.keys, r.text) for r in rows if r.group == group})
            if not mine:
                continue
            heading = QTreeWidgetItem(self.tree, [titles[group]])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for _, keys, text in mine:
                QTreeWidgetItem(heading, [keys, text])
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, action) of every row shown now."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(g)
            if heading.isHidden():
                continue
            for r in range(heading.childCount()):
                item = heading.child(r)
                if not item.isHidden():
                    shown.append((heading.text(0), item.text(0), item.text(1)))
        return shown

    def filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        any_shown = False
        for g in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(g)
            shown = 0
            for r in range(heading.childCount()):
                item = heading.child(r)
                hit = not wanted or wanted in f"{item.text(0)} {item.text(1)}".casefold()
                item.setHidden(not hit)
                shown += hit
            heading.setHidden(shown == 0)
            any_shown = any_shown or shown > 0
        self.nothing.setVisible(not any_shown)


def install_help(window) -> QAction:
    """Help > Keyboard shortcuts (F1, Ctrl+/): the sheet for the page on screen."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("ShortcutSheet", "Help"))
    menu.setObjectName("helpMenu")
    action = QAction(translate("ShortcutSheet", "&Keyboard shortcuts"), window)
    action.setObjectName("shortcutSheetAction")
    action.setShortcuts([QKeySequence(key) for key in HELP_KEYS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = translate("ShortcutSheet", "Every shortcut that works on this page (F1)")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda: show_sheet(window))
    menu.addAction(action)
    window.addAction(action)
    return action


def show_sheet(window) -> ShortcutSheet:
    view = getattr(window, "workshop_view", None)
    if view is not None and window.stack.currentWidget() is view:
        page, step = view.current_page(), view.current_page().step
    else:
        page, step = window.stack.currentWidget(), None
    sheet = ShortcutSheet(collect(window, page, step), window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.setFont(window.font())  # the console's zoom, before it is sized
    sheet.fit(window.size())
    window.shortcut_sheet = sheet
    sheet.open()
    return sheet
