"""Export every check-in of the workshop to a CSV file a spreadsheet opens, from the
Check-ins tab (the import reads the same file back)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from okr_workshop.app.check_in_file import write_check_ins_csv
from okr_workshop.app.errors import AppError, error_sentence
from okr_workshop.app.export_deck import suggested_deck_name
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.save_folders import documents_folder
from okr_workshop.ui.session_bridge import SessionBridge


class CheckInExport(QObject):
    """The export's steps for a tab: ``say`` shows the result (or why nothing was written)."""

    def __init__(self, bridge: SessionBridge, prompts: Prompts, say: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.bridge, self.prompts, self.say = bridge, prompts, say
        self._folder = documents_folder()

    def start(self) -> None:
        workshop = self.bridge.workshop
        self.bridge.pending.flush()  # what is being typed goes in the file
        stem = Path(suggested_deck_name(workshop)).stem
        path = self.prompts.save_file(
            self.tr("Export the check-ins"),
            str(self._folder / self.tr("%1 – check-ins.csv").replace("%1", stem)),
            self.tr("Check-in files (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(f"{path.name}.csv")
        path = self.prompts.writable(path, self.tr("Export the check-ins"))
        if path is None:
            return
        self._folder = path.parent
        try:
            # The file speaks the window's language: its headers, its decimal comma.
            written = write_check_ins_csv(self.bridge.workshop, path, ui_language())
        except (AppError, OSError) as error:
            self.say(self.tr("Check-ins not exported: %1").replace(
                "%1", error_sentence(error, ui_language())))
            return
        self.say(self.tr("Check-ins exported to “%1”: a spreadsheet opens the file, and "
                         "Import reads it back.").replace("%1", str(written)))
