"""Builds the window from the library: the one place the model is handed to the UI."""

from __future__ import annotations

import linecache
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from okr_workshop.ui.language import start_language
from okr_workshop.ui.library_guard import LibraryKeeper, open_for_window
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.open_file import FileOpener
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.termination import end_on_signals


def build_window(
    library_option: str | None,
    prompts: Prompts | None = None,
    settings: QSettings | None = None,
    import_file: Path | None = None,
) -> MainWindow | None:
    """The main window on the user's library, or None when it cannot be opened (in use by
    another window, damaged and not restored): the person has been told why (``import_file``:
    the file they meant to import, named when another window holds the library)."""
    library = open_for_window(library_option, prompts or Prompts(None), import_file)
    if library is None:
        return None
    window = MainWindow(library.repository, settings or QSettings(), prompts, library=library)
    # Timer and quit/logout hooks live as long as the window.
    keeper = LibraryKeeper(library, window)
    window.keeper = keeper
    keeper.problem.connect(window.statusBar().showMessage)
    keeper.report_warnings()
    keeper.back_up_once_painted(window)
    # PySide6's import hook read the source of every module imported after Qt (to look for
    # "PySide6" in it) and linecache kept the lines: about 1.5 MB that only a traceback
    # would read, and it reads them back from the files.
    linecache.clearcache()
    return window


def open_window(
    app: QApplication,
    library_option: str | None,
    import_file: Path | None = None,
    prompts: Prompts | None = None,
    settings: QSettings | None = None,
) -> MainWindow | None:
    """What :func:`start` does before the event loop: the language, the window, shown, and
    ``import_file`` (or a file macOS sends) offered for import once it is on screen."""
    settings = settings or QSettings()
    # Before any widget exists: every text is translated as it is built.
    start_language(settings)
    # Before the window: macOS may send a file while the library is being opened.
    opener = FileOpener(app)
    window = build_window(library_option, prompts, settings, import_file)
    if window is None:
        opener.deleteLater()
        return None
    window.file_opener = opener
    window.show()
    if import_file is not None:
        opener.request(import_file)
    opener.attach(window)
    return window


def start(app: QApplication, library_option: str | None, import_file: Path | None = None) -> int:
    window = open_window(app, library_option, import_file)
    if window is None:
        return 1
    # SIGTERM at shutdown or logout: typing saved and the library closed, as on Quit.
    end_on_signals(app, window.close)
    try:
        return app.exec()
    finally:
        window.keeper.close()  # already closed with the window; never twice
