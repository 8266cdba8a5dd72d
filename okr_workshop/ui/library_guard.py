"""The window's side of the library file: opening it (in use elsewhere, damaged and restored
from a backup), backing it up while editing, and folding it into one file at logout and quit.

The rules themselves live in :mod:`okr_workshop.app.library_file`, shared with the command
line; this module only asks and tells, through the prompt seam.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from okr_workshop.app.errors import BackupError, LibraryError
from okr_workshop.app.library_file import (
    LibraryFile,
    LibraryLocked,
    LibraryMovedAside,
    newest_good_backup,
    open_library_file,
    restore_library,
)
from okr_workshop.domain.model import Language
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

# What the first open found in the -wal beside the library (changes lost, another library's).
WAL_WARNINGS = ("wal_lost_all", "wal_lost_but_first", "wal_lost_changes", "wal_foreign")

# How often the window asks whether a backup is due (the 30-minute rule decides).
TICK_MS = 60_000


def open_for_window(
    library_option: str | None, prompts: Prompts, import_file: Path | None = None
) -> LibraryFile | None:
    """The library for the window, or None (the person was told why) when it cannot open.
    ``import_file``: the file the window was started to import (a double-click on it)."""
    language = ui_language()
    try:
        # The backup at open waits for the window to be on screen (LibraryKeeper).
        library = open_library_file(library_option, back_up_later=True)
    except LibraryLocked as locked:
        if import_file is None:
            prompts.error(
                translate("LibraryGuard", "Cannot open the library"), locked.message(language)
            )
        else:  # a double-click on a file while the library is in use: say what to do
            _tell_to_import_later(import_file, locked.message(language), prompts)
        return None
    except LibraryMovedAside as moved:
        return _offer_restore(moved, library_option, prompts, language)
    except LibraryError as error:
        prompts.error(translate("LibraryGuard", "Cannot open the library"), error.message(language))
        return None
    _tell_about_the_log(library, prompts, language)
    return library


def _tell_to_import_later(import_file: Path, in_use: str, prompts: Prompts) -> None:
    """A start to import a file while another window or a command has the library: the app
    opens no socket to hand the file over (ui/termination.py). The lock's own sentence says
    who holds it (a window, a command, another computer); this says what became of the file."""
    prompts.error(
        translate("LibraryGuard", "The workshop library is in use"),
        fill(translate(
            "LibraryGuard",
            "%1\n\nThis file was not imported:\n%2\n\nIf the library is open in another "
            "OKR Workshop window, import it there with File › Import… (Ctrl+I); otherwise "
            "open the file again once the library is free.",
        ), in_use, import_file.absolute()),
    )


def _tell_about_the_log(library: LibraryFile, prompts: Prompts, language: Language) -> None:
    """Changes lost from a damaged -wal, or another library's -wal set aside: said before
    anything else, since the person may remember typing what is no longer there."""
    for warning in library.warnings:
        if warning.code in WAL_WARNINGS:
            prompts.error(
                translate("LibraryGuard", "The library's last changes need a look"),
                warning.message(language),
            )


def _offer_restore(
    moved: LibraryMovedAside, library_option: str | None, prompts: Prompts, language: Language
) -> LibraryFile | None:
    what_happened = moved.message(language)
    good = newest_good_backup(moved.path)
    if good is None:
        prompts.error(
            translate("LibraryGuard", "The library was damaged"),
            what_happened
            + "\n\n"
            + translate(
                "LibraryGuard",
                "No backup can bring it back, so OKR Workshop starts with an empty library.",
            ),
        )
        return _open_again(library_option, prompts, language)
    when = QLocale().toString(good.taken_at.astimezone(), QLocale.FormatType.LongFormat)
    if good.workshop_count == 0:
        holds = translate(
            "LibraryGuard", "The newest good backup is from %1 and holds no workshop."
        )
    elif good.workshop_count == 1:
        holds = translate(
            "LibraryGuard", "The newest good backup is from %1 and holds one workshop."
        )
    else:
        holds = translate(
            "LibraryGuard", "The newest good backup is from %1 and holds %2 workshops."
        )
    question = (
        holds.replace("%1", when).replace("%2", str(good.workshop_count))
        + " "
        + translate(
            "LibraryGuard",
            "Restore it now? If you choose No, OKR Workshop closes without changing anything else.",
        )
    )
    if not prompts.confirm(
        translate("LibraryGuard", "The library was damaged"), what_happened + "\n\n" + question
    ):
        return None
    try:
        restore_library(moved.path, good.path)
    except LibraryError as error:
        prompts.error(
            translate("LibraryGuard", "The backup could not be restored"), error.message(language)
        )
        return None
    return _open_again(library_option, prompts, language)


def _open_again(
    library_option: str | None, prompts: Prompts, language: Language
) -> LibraryFile | None:
    try:
        return open_library_file(library_option)
    except LibraryError as error:
        prompts.error(translate("LibraryGuard", "Cannot open the library"), error.message(language))
        return None


class LibraryKeeper(QObject):
    """Backs the open library up while editing, flushes it at logout, closes it at quit."""

    problem = Signal(str)  # a sentence for the status bar (a backup that failed)

    def __init__(self, library: LibraryFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._first_paint_of: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            # Logout: the session manager may end the process right after asking.
            if hasattr(app, "commitDataRequest"):
                app.commitDataRequest.connect(self.commit_data)
            app.aboutToQuit.connect(self.close)

    def back_up_once_painted(self, window: QWidget) -> None:
        """Take the backup at open right after ``window`` is first painted: copying a large
        library must not keep the window from appearing, and nothing can be edited before."""
        self._first_paint_of = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._first_paint_of and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._first_paint_of = None
            QTimer.singleShot(0, self, self.take_opening_backup)  # once the paint is done
        return False

    def take_opening_backup(self) -> None:
        error = self.library.take_opening_backup()
        if error is not None:
            self.problem.emit(error.message(ui_language()))

    def report_warnings(self) -> None:
        """What went wrong while opening without stopping it (a backup that failed)."""
        for warning in self.library.warnings:
            self.problem.emit(warning.message(ui_language()))

    def tick(self, now: datetime | None = None) -> None:
        try:
            self.library.tick(now or datetime.now(UTC))
        except BackupError as error:
            self.problem.emit(error.message(ui_language()))

    def commit_data(self, _manager: object = None) -> None:
        self.tick()
        self.library.flush()

    def close(self) -> None:
        self.timer.stop()
        self.library.close()
