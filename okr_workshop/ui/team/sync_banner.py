"""The warning at the top of the home page when the library file itself sits in a folder a
sync engine moves (issue 19, point 6): why it is dangerous and what to do instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.app.team_folder_guard import engine_name, library_sync_engine
from okr_workshop.ui.placeholders import fill

# The colours of the app's other warnings (coverage panel, fist to five), readable in both
# light and dark themes since the text colour is set with the background.
STYLE = ("QLabel#syncedLibraryBanner { background: #f2b233; color: #1f1f1f;"
         " border-radius: 4px; padding: 6px 10px; }")


class SyncedLibraryBanner(QLabel):
    def __init__(self, library: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncedLibraryBanner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the path is shown as it is
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.library = library
        self.check()

    def check(self) -> None:
        """Look again where the library is (shown when it is in a synced folder)."""
        engine = library_sync_engine(self.library)
        if engine is None:
            self.clear()
            self.hide()
            return
        self.setText(fill(
            self.tr("Warning: your library is in a folder that %1 synchronises (%2). A sync "
                    "engine copying a database while it is open corrupts it, and a "
                    "colleague’s copy can replace yours. Quit, move the library file out of "
                    "the synced folder, and share workshops through a team folder instead "
                    "(File › Team folder…): there, each workshop is one closed file."),
            engine_name(engine), self.library))
        self.setAccessibleName(self.tr("Warning about where the library is"))
        self.show()
