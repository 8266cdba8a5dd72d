"""Opening an exchange file with the application (issue 17): the file a double-click passes
(``okr-workshop x.okrw`` from a Linux .desktop entry or Windows' ``"%1"``), or the one macOS
sends as a QFileOpenEvent (a double-click in Finder, a drop on the Dock icon).

The file is read and checked first, with the same sentence as File › Import… for a bad one;
then the person is asked whether to import it, naming the workshop, its teams and the file.
Nothing reaches the library before they choose Import. Files that arrive before the window
is shown wait in a queue, and are asked about one at a time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox

from okr_workshop.domain.model import Workshop
from okr_workshop.ui.language import is_singular
from okr_workshop.ui.placeholders import fill

if TYPE_CHECKING:
    from okr_workshop.ui.main_window import MainWindow


class FileOpener(QObject):
    """Routes files to open to the window's import, after a confirmation."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._queue: list[Path] = []
        self._window: MainWindow | None = None
        # The confirmation on screen (window-modal, not blocking), for tests to answer.
        self.dialog: QMessageBox | None = None
        # macOS sends the file to the application object, possibly before the window exists.
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.request(Path(event.file()))
                return True
        return False

    def request(self, path: Path) -> None:
        """Ask about ``path`` once the window is shown and no other file is being asked."""
        self._queue.append(path)
        self._next_soon()

    def attach(self, window: MainWindow) -> None:
        """The window is shown: what waited is asked about now."""
        self._window = window
        # Lives as long as the window: destroyed with it, it stops filtering the app's events.
        self.setParent(window)
        self._next_soon()

    def _next_soon(self) -> None:
        # From the event loop: the window is painted before it is covered by a question.
        if self._window is not None and self.dialog is None and self._queue:
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        window = self._window
        if window is None or self.dialog is not None or not self._queue:
            return
        path = self._queue.pop(0)
        # Typing in an open workshop is saved first, as before any other action.
        window.save_typing()
        if window.isMinimized():
            window.showNormal()
        if not window.isActiveWindow():  # a file sent while the person was elsewhere
            window.raise_()
            window.activateWindow()
        actions = window.home.home_actions
        checked = actions.read_for_import(path)
        if checked is None:  # said, as File › Import… says it; the library is untouched
            self._next_soon()
            return
        self._confirm(window, path, checked)

    def _confirm(self, window: MainWindow, path: Path, checked: Workshop) -> None:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Question)
        # The title and the path are data: "<b>" in them is shown, not obeyed.
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Import a workshop"))
        box.setText(fill(self.tr("Import the workshop “%1” from %2?"), checked.title, path.name))
        box.setInformativeText(self._description(checked, path))
        import_button = box.addButton(self.tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(import_button)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _result: self._answered(box, box.clickedButton() is import_button, checked)
        )
        self.dialog = box
        box.open()

    def _description(self, checked: Workshop, path: Path) -> str:
        count = len(checked.teams)
        if count == 0:
            teams = self.tr("It has no team yet.")
        elif is_singular(count):
            teams = self.tr("It has %1 team.")
        else:
            teams = self.tr("It has %1 teams.")
        added = self.tr(
            "It is added to your library as a new workshop; the workshops already there do "
            "not change."
        )
        where = fill(self.tr("The file is in the folder %1."), path.resolve().parent)
        return f"{fill(teams, count)} {added}\n\n{where}"

    def _answered(self, box: QMessageBox, accepted: bool, checked: Workshop) -> None:
        self.dialog = None
        box.deleteLater()
        window = self._window
        if accepted and window is not None:
            window.home.home_actions.add_imported(checked)
        self._next_soon()
