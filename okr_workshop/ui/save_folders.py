"""Where a save dialog starts the first time: the person's Documents folder.

Qt names a Documents folder even where none exists (a fresh account, a minimal desktop), and
a file dialog on a missing folder opens in the process's current folder instead: the
bundle's own folder when started from a terminal there, "/" when started from the Finder.
The home folder is the fallback a person recognises.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The Documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
