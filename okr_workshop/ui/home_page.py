"""The home page: the library of workshops, with search, and the samples one click away.

The list shows what each workshop is and how far it got; the actions (``home_actions.py``)
create, open, rename, duplicate, import, export and delete. Deletions and renames made here
can be undone from the Edit menu: the main window calls :meth:`undo` / :meth:`redo`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.errors import LibraryError, error_sentence
from okr_workshop.app.library_file import Repository
from okr_workshop.app.samples import add_samples, sample_id
from okr_workshop.app.workshops import LibraryHistory
from okr_workshop.domain.model import Language
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.home_actions import HomeActions
from okr_workshop.ui.home_welcome import count_text, welcome_screen
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.team.sync_banner import SyncedLibraryBanner
from okr_workshop.ui.team.team_panel import TeamPanel
from okr_workshop.ui.widgets.list_table import list_table
from okr_workshop.ui.widgets.message_bar import MessageBar
from okr_workshop.ui.workshop_list_model import TITLE, WorkshopListModel

LIST, WELCOME = range(2)


class HomePage(QWidget):
    open_requested = Signal(str)  # a workshop id
    undo_state_changed = Signal()

    def __init__(self, repository: Repository, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.repository = repository
        self.prompts = prompts
        self.history = LibraryHistory(repository)

        self.search = QLineEdit(placeholderText=self.tr("Search by title, organisation or cycle"))
        self.search.setClearButtonEnabled(True)
        mark_draft(self.search)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(
            self.tr("Every word must match; accents and capitals do not matter (Ctrl+F).")
        )
        self.search.textChanged.connect(lambda _text: self.refresh())
        # Enter in the search box opens the workshop the search narrowed down to.
        self.search.returnPressed.connect(lambda: self.home_actions.open_action.trigger())

        self.model = WorkshopListModel(self)
        self.table = list_table(self.model, self.tr("Workshops"), TITLE)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))

        self.message = MessageBar()
        self.home_actions = HomeActions(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(welcome_screen(self))
        self.count_label = QLabel()

        self.open_button = self._button(self.home_actions.open_action, self.tr("&Open"))
        self.new_button = self._button(self.home_actions.new_action, self.tr("&New workshop…"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        # The team folder's workshops under the library's (issue 19), and a warning above
        # everything when the library itself is in a synced folder.
        self.banner = SyncedLibraryBanner(repository.path)
        self.team = TeamPanel(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.pages)
        split.addWidget(self.team)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        find = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        # Down from the search box goes on to the list it narrowed, as in a launcher.
        to_list = QAction(self.tr("Go to the list of workshops"), self,
                          shortcut=QKeySequence(Qt.Key.Key_Down))
        to_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        to_list.triggered.connect(self._focus_list)
        self.search.addAction(to_list)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.team.table)
        self.home_actions.set_library_shown(False)
        self.team.team_actions.set_library_shown(False)
        self.refresh()

    @staticmethod
    def _button(action: QAction, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        return button

    def file_actions(self) -> list[QAction]:
        return self.home_actions.all() + self.team.team_actions.all()

    # Showing the library ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.home_actions.set_library_shown(True)
        self.team.team_actions.set_library_shown(True)
        self.team.page_shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.home_actions.set_library_shown(False)
        self.team.team_actions.set_library_shown(False)

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list; keep the selected workshop selected (or select ``select_id``)."""
        keep = select_id or self.selected_id()
        rows = self.repository.list_workshops(self.search.text())
        self.model.set_workshops(rows)
        library_empty = not rows and not self.search.text().strip()
        self.pages.setCurrentIndex(WELCOME if library_empty else LIST)
        self.open_button.setVisible(not library_empty)
        self.count_label.setText(count_text(len(rows), bool(self.search.text().strip())))
        row = self.model.row_of(keep) if keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, TITLE))
            self.table.scrollTo(self.model.index(row, TITLE))

    def show_workshop(self, workshop_id: str) -> None:
        """Select a workshop, clearing a search that would hide it, and put focus on the list."""
        self.refresh(workshop_id)
        hidden_by_search = self.selected_id() != workshop_id and self.search.text()
        if hidden_by_search and any(s.id == workshop_id for s in self.repository.list_workshops()):
            self.search.clear()
            self.refresh(workshop_id)
        if self.pages.currentIndex() == LIST:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.pages.currentIndex() != LIST:
            return None
        return self.model.workshop_at(index.row()).id

    def selected_id_or_tell(self) -> str | None:
        """The selected workshop's id, or None after saying in words what is missing."""
        workshop_id = self.selected_id()
        if workshop_id is None:
            if self.model.rowCount():
                text = self.tr("Select a workshop in the list first.")
            elif self.search.text().strip():
                text = self.tr("No workshop matches the search; clear it to see them all.")
            else:
                text = self.tr("There is no workshop yet: create one or add the samples.")
            self.message.show_message(text)
        return workshop_id

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.workshop_at(row).id)

    def add_samples(self) -> None:
        try:
            added = add_samples(self.repository)
        except LibraryError as error:
            self.prompts.error(self.tr("Cannot add the samples"), self.error_text(error))
            return
        self.search.clear()
        # Adding is idempotent: when both are there, show where they are instead.
        self.refresh(added[0].id if added else self._first_sample_id())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not added:
            self.message.show_message(self.tr("The sample workshops are already in the library."))

    def _first_sample_id(self) -> str | None:
        present = {s.id for s in self.repository.list_workshops()}
        return next((i for i in map(sample_id, Language) if i in present), None)

    # Deleting and renaming, undoable ------------------------------------------------------

    def delete(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id) or 0
        try:
            workshop = self.history.delete(edit_label("delete_workshop"), workshop_id)
        except LibraryError as error:
            self.prompts.error(self.tr("Cannot delete the workshop"), self.error_text(error))
            self.refresh()
            return
        self.refresh()
        # The next workshop in the list takes the deleted one's place under the cursor.
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), TITLE)
            )
        self.message.show_message(
            fill(self.tr("“%1” was deleted."), workshop.title), self.tr("&Undo"), self.undo
        )
        self.undo_state_changed.emit()

    def rename(self, workshop_id: str, title: str) -> None:
        try:
            before = self.history.rename(edit_label("rename_workshop"), workshop_id, title)
        except InvalidValue:
            self.message.show_message(self.tr("A workshop needs a title; it keeps its own."))
            return
        except LibraryError as error:
            self.prompts.error(self.tr("Cannot rename the workshop"), self.error_text(error))
            self.refresh()
            return
        self.refresh(workshop_id)
        self.message.show_message(
            fill(self.tr("“%1” is now called “%2”."), before.title, title.strip()),
            self.tr("&Undo"),
            self.undo,
        )
        self.undo_state_changed.emit()

    @property
    def document(self) -> LibraryHistory:
        """The library's undo stack and labels, for the Edit menu."""
        return self.history

    def undo_label(self) -> str | None:
        return self.history.undo_label

    def redo_label(self) -> str | None:
        return self.history.redo_label

    def undo(self) -> None:
        edit = self.history.undo_edit
        if edit is not None:
            self._step(self.history.undo, f"{edit.undone}.")

    def redo(self) -> None:
        edit = self.history.redo_edit
        if edit is not None:
            self._step(self.history.redo, f"{edit.redone}.")

    def _step(self, step: Callable[[], str | None], done: str) -> None:
        try:
            workshop_id = step()
        except LibraryError as error:
            # The workshop changed elsewhere (the command line): that step is gone.
            self.prompts.error(self.tr("Cannot undo or redo this"), self.error_text(error))
            workshop_id = None
        else:
            if workshop_id is not None:
                self.message.show_message(done)
        if workshop_id is not None:
            self.show_workshop(workshop_id)
        else:
            self.refresh()
        self.undo_state_changed.emit()

    # Messages ----------------------------------------------------------------------------

    def error_text(self, error: Exception) -> str:
        """Any error a person may read, in the interface's language (codes, not prose)."""
        return error_sentence(error, ui_language())
