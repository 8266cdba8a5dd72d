"""A library with the samples in it, and the main window opened on it as at start-up, for
the window tests about the library file (its safety, its links)."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.samples import add_samples
from okr_workshop.ui.application import build_window


def with_samples(library: Path) -> None:
    opened = open_library_file(library)
    add_samples(opened.repository)
    opened.close()


def opened_window(qtbot, library: Path, prompts, settings):
    """The window ``build_window`` makes (None when it refused the library), shown."""
    window = build_window(str(library), prompts, settings)
    if window is not None:
        qtbot.addWidget(window)
        window.show()
        # The backup at open follows the first paint (tests/ui/test_start_up.py).
        qtbot.waitUntil(lambda: not window.library.opening_backup_pending)
    return window
