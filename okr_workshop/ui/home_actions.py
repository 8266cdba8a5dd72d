"""The library's actions (File menu and shortcuts): new, open, rename, duplicate for the next
cycle, import, export, delete. Each calls the application layer and says what happened in
the page's message bar; a failure is a sentence, never a traceback.

Shortcut scopes: New (Ctrl+N) and Import (Ctrl+I) work anywhere in the window; Duplicate and
Export only in the library page; Enter, F2 and Del only in the list, so they never fire
while typing in the search box or in an open workshop.

The actions know the library page only through :class:`LibraryScreen`, the few things they
ask of it (the page builds them and passes itself in), so this module never imports the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from okr_workshop import EXCHANGE_SUFFIX
from okr_workshop.app.errors import ExchangeError, LibraryError
from okr_workshop.app.exchange_files import export_workshop, import_workshop, read_import_file
from okr_workshop.app.workshops import (
    duplicate_for_next_cycle,
    export_file_name,
    new_workshop,
    new_workshop_from_sample,
)
from okr_workshop.domain.error_messages import Reason
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.save_folders import documents_folder

if TYPE_CHECKING:
    from okr_workshop.app.library_file import Repository
    from okr_workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog
    from okr_workshop.ui.dialogs.next_cycle_dialog import NextCycleDialog
    from okr_workshop.ui.prompts import Prompts
    from okr_workshop.ui.widgets.message_bar import MessageBar
    from okr_workshop.ui.workshop_list_model import WorkshopListModel

Scope = Qt.ShortcutContext


class LibraryScreen(Protocol):
    """What the actions need of the library page: its list, its seams, and a few verbs."""

    repository: Repository
    prompts: Prompts
    message: MessageBar
    model: WorkshopListModel
    table: QWidget
    open_requested: Any  # a Signal(str) carrying a workshop id

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)
    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)
    def refresh(self, select_id: str | None = None) -> None: ...
    def show_workshop(self, workshop_id: str) -> None: ...
    def selected_id_or_tell(self) -> str | None: ...
    def rename(self, workshop_id: str, title: str) -> None: ...
    def delete(self, workshop_id: str) -> None: ...
    def error_text(self, error: Exception) -> str: ...


class HomeActions(QObject):
    def __init__(self, page: LibraryScreen) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None  # the dialog being shown, for tests to fill in
        self.new_action = self._action(
            self.tr("&New workshop…"), ["Ctrl+N"], Scope.WindowShortcut, self.new_workshop,
            self.tr("Create a workshop, blank or from a sample (Ctrl+N)"),
        )  # fmt: skip
        self.open_action = self._action(
            self.tr("&Open"), ["Return", "Enter"], Scope.WidgetWithChildrenShortcut, self.open,
            self.tr("Open the selected workshop (Enter or double-click)"),
        )  # fmt: skip
        self.rename_action = self._action(
            self.tr("&Rename…"), ["F2"], Scope.WidgetWithChildrenShortcut, self.rename,
            self.tr("Give the selected workshop a new title (F2)"),
        )  # fmt: skip
        self.duplicate_action = self._action(
            self.tr("&Duplicate for the next cycle…"), ["Ctrl+D"], Scope.WidgetWithChildrenShortcut,
            self.duplicate,
            self.tr("Start the next cycle from the selected workshop: choose which objectives "
                    "and key results carry over; check-ins never do (Ctrl+D)"),
        )  # fmt: skip
        self.import_action = self._action(
            self.tr("&Import…"), ["Ctrl+I"], Scope.WindowShortcut, self.import_file,
            self.tr("Add a workshop from an exchange file a colleague sent (Ctrl+I)"),
        )  # fmt: skip
        self.export_action = self._action(
            self.tr("&Export…"), ["Ctrl+E"], Scope.WidgetWithChildrenShortcut, self.export_file,
            self.tr("Save the selected workshop as an exchange file to move it to another "
                    "laptop (Ctrl+E)"),
        )  # fmt: skip
        self.delete_action = self._action(
            # No letter: in the File menu, a typed "l" would delete the selected workshop.
            self.tr("Delete"), ["Del"], Scope.WidgetWithChildrenShortcut, self.delete,
            self.tr("Delete the selected workshop (Del); Undo (Ctrl+Z) brings it back"),
        )  # fmt: skip
        # Ctrl+D and Ctrl+E: anywhere in the page; Enter, F2, Del: only in the list.
        for action in (self.duplicate_action, self.export_action):
            page.addAction(action)
        for action in (self.open_action, self.rename_action, self.delete_action):
            page.table.addAction(action)
        for action in (self.new_action, self.import_action):
            page.addAction(action)
        self._tooltips = {action: action.toolTip() for action in self.selection_actions()}

    def _action(self, text, shortcuts, scope, slot, tooltip) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(scope)
        action.setToolTip(tooltip)
        action.setStatusTip(tooltip)
        action.triggered.connect(slot)
        return action

    def all(self) -> list[QAction]:
        return [
            self.new_action,
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.import_action,
            self.export_action,
            self.delete_action,
        ]

    def selection_actions(self) -> list[QAction]:
        return [
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.export_action,
            self.delete_action,
        ]

    def set_library_shown(self, shown: bool) -> None:
        """Actions on the selected workshop only make sense while the list is on screen."""
        for action in self.selection_actions():
            action.setEnabled(shown)
            tip = self._tooltips[action]
            if not shown:
                tip = self.tr("Go back to the library (Ctrl+L) to use this.")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # Creating ---------------------------------------------------------------------------

    def new_workshop(self) -> None:
        # The dialogs load when first asked for, not with the library page (start-up time).
        from okr_workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.page)
        dialog.accepted.connect(lambda: self._create(dialog))
        self._show(dialog)

    def _create(self, dialog: NewWorkshopDialog) -> None:
        request = dialog.request()
        repository = self.page.repository
        try:
            if request.sample is not None:
                workshop = new_workshop_from_sample(
                    repository,
                    request.sample,
                    request.title,
                    request.organisation,
                    request.cycle_label,
                )
            else:
                workshop = new_workshop(
                    repository,
                    request.title,
                    request.language,
                    request.organisation,
                    request.cycle_label,
                )
        except (InvalidValue, LibraryError) as error:
            self._failed(self.tr("Cannot create the workshop"), error)
            return
        # A workshop is created to be filled in: it opens on its first step at once.
        self.page.refresh(workshop.id)
        self.page.open_requested.emit(workshop.id)

    def duplicate(self) -> None:
        workshop_id = self.page.selected_id_or_tell()
        if workshop_id is None:
            return
        try:
            workshop = self.page.repository.load_workshop(workshop_id)
        except LibraryError as error:
            self._failed(self.tr("Cannot open the workshop"), error)
            return
        from okr_workshop.ui.dialogs.next_cycle_dialog import NextCycleDialog

        dialog = NextCycleDialog(workshop, self.page)
        dialog.accepted.connect(lambda: self._duplicate(workshop_id, dialog))
        self._show(dialog)

    def _duplicate(self, workshop_id: str, dialog: NextCycleDialog) -> None:
        try:
            copy = duplicate_for_next_cycle(self.page.repository, workshop_id, dialog.choice())
        except (InvalidValue, LibraryError) as error:
            self._failed(self.tr("Cannot duplicate the workshop"), error)
            return
        self._added(copy, self.tr("“%1” is ready for the next cycle."))

    def import_file(self) -> None:
        path = self.page.prompts.open_file(
            self.tr("Import a workshop"),
            fill(self.tr("Workshop files (*%1 *.json);;All files (*)"), EXCHANGE_SUFFIX),
        )
        if path is None:
            return
        workshop = self.read_for_import(Path(path))
        if workshop is not None:
            self.add_imported(workshop)

    def read_for_import(self, path: Path) -> Workshop | None:
        """The workshop in an exchange file, checked; None once a bad file was said (the
        library untouched). Shared with opening a file with the app (ui/open_file.py)."""
        try:
            return read_import_file(path)
        except (ExchangeError, LibraryError) as error:
            self._failed(self.tr("Cannot import this file"), error)
            return None

    def add_imported(self, checked: Workshop) -> None:
        """Add what :meth:`read_for_import` read, then show it as any new workshop."""
        try:
            workshop = import_workshop(self.page.repository, checked)
        except (ExchangeError, LibraryError) as error:
            self._failed(self.tr("Cannot import this file"), error)
            return
        self._added(workshop, self.tr("“%1” was imported."))

    def _added(self, workshop: Workshop, template: str) -> None:
        if not self.page.isVisible():
            # Made from inside another workshop: take the person to the new one.
            self.page.refresh()
            self.page.open_requested.emit(workshop.id)
            return
        self.page.show_workshop(workshop.id)
        self.page.message.show_message(
            fill(template, workshop.title),
            self.tr("&Open it"),
            lambda: self.page.open_requested.emit(workshop.id),
        )

    # The selected workshop --------------------------------------------------------------

    def open(self) -> None:
        workshop_id = self.page.selected_id_or_tell()
        if workshop_id is not None:
            self.page.open_requested.emit(workshop_id)

    def rename(self) -> None:
        workshop_id = self.page.selected_id_or_tell()
        if workshop_id is None:
            return
        current = self.page.model.workshop_at(self.page.model.row_of(workshop_id) or 0).title
        title = self.page.prompts.text(
            self.tr("Rename the workshop"), self.tr("New title:"), current
        )
        if title is None or title.strip() == current:
            return
        if not title.strip():
            self.page.message.show_message(self.tr("A workshop needs a title; it keeps its own."))
            return
        self.page.rename(workshop_id, title)

    def export_file(self) -> None:
        workshop_id = self.page.selected_id_or_tell()
        if workshop_id is None:
            return
        summary = self.page.model.workshop_at(self.page.model.row_of(workshop_id) or 0)
        folder = documents_folder()
        path = self.page.prompts.save_file(
            self.tr("Export the workshop"),
            str(Path(folder) / export_file_name(summary.title)),
            fill(self.tr("Workshop files (*%1)"), EXCHANGE_SUFFIX),
        )
        if path is None:
            return
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(EXCHANGE_SUFFIX)
        path = self.page.prompts.writable(path, self.tr("Cannot export the workshop"))
        if path is None:
            return
        try:
            workshop = export_workshop(self.page.repository, workshop_id, path)
        except (ExchangeError, LibraryError) as error:
            self._failed(self.tr("Cannot export the workshop"), error)
            return
        except OSError as error:
            reason = Reason.of(error).sentence(ui_language())
            self.page.prompts.error(
                self.tr("Cannot export the workshop"),
                fill(self.tr("The file %1 could not be written: %2"), path, reason),
            )
            return
        self.page.message.show_message(
            fill(self.tr("“%1” was exported to %2."), workshop.title, path)
        )

    def delete(self) -> None:
        workshop_id = self.page.selected_id_or_tell()
        if workshop_id is not None:
            self.page.delete(workshop_id)

    # Helpers ----------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        """Window-modal but not blocking: the dialog's answer arrives through its signals."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _failed(self, title: str, error: Exception) -> None:
        self.page.prompts.error(title, self.page.error_text(error))
