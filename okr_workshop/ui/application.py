"""Builds the window from the library: the one place the model is handed to the UI."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from okr_workshop.app.library import open_repository
from okr_workshop.storage.connection import LibraryError
from okr_workshop.ui.main_window import MainWindow


def start(app: QApplication, library_option: str | None) -> int:
    try:
        repository = open_repository(library_option)
    except LibraryError as error:
        QMessageBox.critical(
            None,
            app.translate("Application", "Cannot open the library"),
            str(error),
        )
        return 1
    window = MainWindow(repository, QSettings())
    window.show()
    return app.exec()
