"""Reading the team folder away from the window's thread.

Reading every team file of a folder (each parsed and checked as an import is) takes about
ten milliseconds a file: a folder of thirty workshops would freeze the window for a third
of a second at each look, and on a slow network share far longer. So the folder is read by
a worker; what is decided from it, and every write to the library or the folder, stays on
the window's thread, where edits are made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from okr_workshop.app.team_folder import scan_team_folder


class FolderReader(QObject):
    # A FolderScan, or the exception that kept the folder from being read.
    done = Signal(object)
    _arrived = Signal(object)  # from the worker; handled on the window's thread

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._busy = False
        self._again = False
        self._arrived.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._busy

    def read(self) -> None:
        """Read the folder; ``done`` follows. Asked again while reading: read once more
        afterwards (what the first read found may already be old)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        folder, arrived = self.folder, self._arrived

        def work() -> None:
            try:
                result: object = scan_team_folder(folder)
            except Exception as error:  # noqa: BLE001 - handed to the window's thread
                result = error
            try:
                arrived.emit(result)
            except RuntimeError:
                pass  # the workshop closed meanwhile: nobody is waiting

        QThreadPool.globalInstance().start(work)

    def _deliver(self, result: object) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.read()
            return
        self.done.emit(result)
