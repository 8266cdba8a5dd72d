"""The Room menu's run sheet entries: open the editor, print the one-page PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction

from okr_workshop.app.errors import AppError, error_sentence
from okr_workshop.app.export_run_sheet import export_run_sheet, suggested_run_sheet_name
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.room.host import RoomHost
from okr_workshop.ui.room.run_sheet_dialog import RunSheetDialog
from okr_workshop.ui.save_folders import documents_folder


class RunSheetActions(QObject):
    def __init__(self, view: RoomHost, bank: Callable[[], None],
                 recorded: SignalInstance) -> None:
        """``bank`` saves the step timer's count; ``recorded`` says it was saved."""
        super().__init__(view)
        self.view = view
        self.bank = bank
        self.recorded = recorded
        self.dialog: RunSheetDialog | None = None
        self.folder = documents_folder()
        self.open_action = QAction(self.tr("Run sheet…"), view)
        self.open_action.setObjectName("runSheetAction")
        self.open_action.setToolTip(self.tr(
            "The session's date and start time, the minutes planned per step, breaks, and "
            "the time spent"))
        self.open_action.triggered.connect(self.open)
        self.print_action = QAction(self.tr("Print run sheet…"), view)
        self.print_action.setObjectName("printRunSheetAction")
        self.print_action.setToolTip(self.tr("The run sheet on one A4 page (PDF)"))
        self.print_action.triggered.connect(self.print_sheet)
        view.room_actions += [self.open_action, self.print_action]

    def open(self) -> RunSheetDialog:
        """The editor: one per workshop, brought to the front when already open."""
        if self.dialog is None:
            # A child of the view: it goes with the workshop (back to the library, another
            # workshop opened), never left editing a closed one.
            self.dialog = RunSheetDialog(self.view.bridge, self.print_sheet, self.view)
            self.recorded.connect(self.dialog.reload)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def print_sheet(self) -> Path | None:
        """Ask where, then write the PDF in the window's language (the coach's sheet)."""
        title = self.tr("Print the run sheet")
        language = ui_language()
        workshop = self.view.bridge.workshop
        path = self.view.prompts.save_file(
            title, str(self.folder / suggested_run_sheet_name(workshop, language)),
            self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        path = self.view.prompts.writable(path, title)
        if path is None:
            return None
        self.bank()  # the time spent so far, on the sheet
        try:
            written = export_run_sheet(self.view.bridge.workshop, path, language)
        except AppError as error:
            self.view.prompts.error(title, error.message(language))
            return None
        except OSError as error:
            self.view.prompts.error(title, error_sentence(error, language))
            return None
        self.folder = written.parent
        bar = getattr(self.view.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("Run sheet written to “%1”").replace("%1", str(written)),
                              8000)
        return written
