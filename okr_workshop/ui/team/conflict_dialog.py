"""Two versions of one shared workshop side by side, what differs by team › objective › key
result, and the person's choice: keep mine, keep theirs, or keep both (issue 19, point 4).

Window-modal but not blocking (``open()``): the workshop stays on screen behind it. Each
choice says in plain words what will happen and asks before doing it; "Decide later" (Esc)
changes nothing, and the bar over the page keeps offering the choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.errors import LibraryError
from okr_workshop.app.team_conflicts import Choice, resolve
from okr_workshop.app.team_folder import FolderVersion, Standing, fingerprint
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.rules.wording import short
from okr_workshop.domain.team_words import my_version_title
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.team import sync_words as words
from okr_workshop.ui.team.sync_words import FOLDER_ERRORS
from okr_workshop.ui.team.tips import plain_tip

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

    from okr_workshop.app.library_file import Repository
    from okr_workshop.app.team_folder import Writer
    from okr_workshop.ui.team.team_bar import TeamBar

    class SharedWorkshop(Protocol):
        """What the dialog needs of the open shared workshop (which imports it)."""

        window: QMainWindow
        repository: Repository
        folder: Path
        writer: Writer
        workshop_id: str
        bar: TeamBar

        def reload(self) -> None: ...

# A value longer than this is cut in its cell (the whole of it is in the cell's tooltip).
CELL_CHARS = 160
FULL = Qt.ItemDataRole.UserRole  # a cell's whole text
WHERE = Qt.ItemDataRole.UserRole + 1  # a row's place: section › team › objective › KR
# Where each laptop's window stands, not what anyone wrote: kept apart from the choice (the
# window stays on its own step whichever version is kept).
WHERE_EACH_STANDS = {"workshop.current_step"}


def differences(mine: Workshop, theirs: Workshop) -> list[tuple[str, str, str, str]]:
    """(where, what, mine, theirs) rows in the window's language, in the order the domain
    lists them (workshop, strategic objectives, participants, teams › objectives › KRs…)."""
    from okr_workshop.domain import workshop_diff as diff

    language = ui_language()
    rows = []
    for found in diff.workshop_differences(mine, theirs, language):
        if found.field in WHERE_EACH_STANDS:
            continue
        what = diff.field_label(found.field, language)
        if found.kind != diff.CHANGED:
            what = f"{what} — {diff.kind_label(found.kind, language)}"
        rows.append((diff.where_text(found, language), what, found.mine, found.theirs))
    return rows


class ConflictDialog(QDialog):
    def __init__(self, shared: SharedWorkshop, mine: Workshop, theirs: FolderVersion) -> None:
        super().__init__(shared.window)
        self.setObjectName("conflictDialog")
        self.shared = shared
        self.mine = mine
        self.theirs = theirs
        self.name = words.who(theirs)
        self.setWindowTitle(fill(self.tr("Two versions of “%1”"), short(mine.title, 60)))
        written = theirs.header
        intro = QLabel(fill(
            self.tr("Your version and %1’s (revision %2, from the computer %3) differ, and "
                    "neither was written from the other. Nothing has been overwritten. "
                    "Compare them, then choose which one to keep."),
            self.name, written.revision, written.computer or "?"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("differences")
        self.tree.setHeaderLabels([self.tr("What differs"), self.tr("Your version"),
                                   fill(self.tr("%1’s version"), self.name)])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        # The field's name needs little room; both values share the rest.
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 28)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.rows = differences(mine, theirs.file.workshop)
        self._fill()
        self.details = self._details()
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_details(item))
        self.same = QLabel(self.tr("The two versions hold the same things: keep either."))
        self.same.setVisible(not self.rows)
        self.tree.setVisible(bool(self.rows))
        self.details.setVisible(bool(self.rows))

        self.buttons = QDialogButtonBox()
        self.mine_button = self._button(self.tr("Keep &mine"), Choice.MINE, fill(
            self.tr("Publish your version to the team folder; %1’s differences are dropped"),
            self.name))
        self.theirs_button = self._button(self.tr("Keep &theirs"), Choice.THEIRS, fill(
            self.tr("Take %1’s version here; your differences are dropped"), self.name))
        self.both_button = self._button(self.tr("Keep &both"), Choice.BOTH, fill(
            self.tr("Take %1’s version here and keep yours beside it as another workshop"),
            self.name))
        self.later_button = self.buttons.addButton(self.tr("Decide &later"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("Change nothing now (Esc)"))
        self.later_button.setDefault(True)  # Enter never drops anyone's work
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.same)
        layout.addWidget(self.buttons)
        self._size()

    def _button(self, text: str, choice: Choice, tooltip: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.setToolTip(plain_tip(tooltip))
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        absent = self.tr("(not there)")
        for where, what, mine, theirs in self.rows:
            group = groups.get(where)
            if group is None:
                group = QTreeWidgetItem(self.tree, [where])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setToolTip(0, plain_tip(where))
                group.setFirstColumnSpanned(True)
                groups[where] = group
            row = QTreeWidgetItem(group, [what, _cell(mine) or absent, _cell(theirs) or absent])
            for column, full in enumerate((what, mine, theirs)):
                row.setToolTip(column, plain_tip(full))
                row.setData(column, FULL, full)
            row.setData(0, WHERE, where)
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))

    def _details(self) -> QWidget:
        """Under the list, the selected difference whole: where it is, and both values
        wrapped side by side (a cell shows one line of a long "why")."""
        box = QWidget()
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mine_text, self.theirs_text = QPlainTextEdit(), QPlainTextEdit()
        sides = QHBoxLayout()
        sides.setContentsMargins(0, 0, 0, 0)
        for side, name in ((self.mine_text, self.tr("Your version")),
                           (self.theirs_text, fill(self.tr("%1’s version"), self.name))):
            side.setReadOnly(True)
            side.setAccessibleName(name)
            side.setFixedHeight(side.fontMetrics().lineSpacing() * 5 + 12)
            sides.addWidget(side)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where_label)
        layout.addLayout(sides)
        self._show_details(self.tree.currentItem())
        return box

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item.parent() is None:  # a group: where, and nothing to compare
            where = item.text(0) if item is not None else ""
            self.where_label.setText(where)
            self.mine_text.setPlainText("")
            self.theirs_text.setPlainText("")
            return
        self.where_label.setText(f"{item.data(0, WHERE)} — {item.data(0, FULL)}")
        self.mine_text.setPlainText(item.data(1, FULL) or self.tr("(not there)"))
        self.theirs_text.setPlainText(item.data(2, FULL) or self.tr("(not there)"))

    def _size(self) -> None:
        metrics = self.fontMetrics()
        wanted_w, wanted_h = metrics.averageCharWidth() * 150, metrics.lineSpacing() * 30
        screen = self.shared.window.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            wanted_w = min(wanted_w, room.width() * 9 // 10)
            wanted_h = min(wanted_h, room.height() * 8 // 10)
        self.resize(wanted_w, wanted_h)

    # The choice -----------------------------------------------------------------------------

    def consequence(self, choice: Choice) -> str:
        """What the choice will do, in plain words, before it is done."""
        if choice is Choice.MINE:
            return fill(self.tr("Your version will become the next revision in the team "
                                "folder. The differences in %1’s version listed here will be "
                                "dropped, on every laptop once the folder syncs."), self.name)
        if choice is Choice.THEIRS:
            return fill(self.tr("%1’s version will replace yours in this library. Your "
                                "differences listed here will be dropped; to keep them too, "
                                "choose Keep both."), self.name)
        return fill(self.tr("%1’s version will become the shared one in this library, and "
                            "yours will be kept beside it as another workshop, not shared, "
                            "titled “%2”."), self.name,
                    my_version_title(self.mine.title, self.mine.language))

    def choose(self, choice: Choice) -> None:
        prompts = self.shared.window.prompts
        questions = {Choice.MINE: self.tr("Keep your version?"),
                     Choice.THEIRS: fill(self.tr("Keep %1’s version?"), self.name),
                     Choice.BOTH: self.tr("Keep both versions?")}
        if not prompts.confirm(questions[choice], self.consequence(choice)):
            return
        shared = self.shared
        try:
            kept = resolve(shared.repository, shared.folder, shared.workshop_id, choice,
                           shared.writer, theirs=self.theirs.path,
                           seen=self.theirs.fingerprint)
        except FOLDER_ERRORS as error:
            reason = words.folder_problem(error)
            prompts.error(questions[choice], reason[:1].upper() + reason[1:])
            return
        shared.reload()
        link = shared.repository.team.link(shared.workshop_id)
        revision = link.revision if link is not None else 0
        if choice is Choice.MINE:
            said = fill(self.tr("Kept your version: published as revision %1"), revision)
        elif choice is Choice.THEIRS:
            said = fill(self.tr("Kept %1’s version (revision %2)"), self.name, revision)
        else:
            title = kept.title if kept is not None else ""
            said = fill(self.tr("Kept both: yours is in the library as “%1”"), title)
        shared.bar.say(said, 15000)
        self.accept()


def _cell(text: str) -> str:
    """One line of a value for its cell, cut when long (no-break spaces kept: French)."""
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1].rstrip() + "…"


def their_version(repository: Repository, found: Standing) -> FolderVersion:
    """The folder's version a person compares with theirs (the app layer's choice:
    something new, not their own last publication)."""
    from okr_workshop.app.team_conflicts import their_version as chosen

    versions = [v for v in (found.file, *found.others) if v is not None]
    try:
        mine = fingerprint(repository.load_workshop(found.workshop_id))
    except LibraryError:
        mine = ""
    shared = found.link.fingerprint if found.link is not None else ""
    return chosen(versions, mine, shared)
