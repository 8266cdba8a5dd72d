"""Start-up (issue 12, point 8): the window shows the library page without loading what only
an open workshop or an export needs, and copies the library into a backup only once it is on
screen. The time itself is measured by benchmarks/start_bench.py, never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from okr_workshop.app.library_file import library_backups
from okr_workshop.storage.backups import backup_folder
from okr_workshop.ui.application import build_window
from tests.ui.library_window import with_samples

# What the library page does not need: loaded when a workshop opens, a dialog is asked for,
# a deck is previewed or exported, a workshop file is imported or exported or the samples
# added, the library's schema is to be migrated (sqlite-utils,
# with click, dateutil and pluggy: an up-to-date library is opened and listed without them),
# or a backup is compared with the library (OpenSSL's digest).
LOADED_LATER = (
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "reportlab",
    "pypdfium2",
    "_hashlib",  # OpenSSL (3.5 MB): a backup's digest needs it, after the first paint
    "okr_workshop.storage.exchange_read",  # the exchange files: samples, import, export
    "okr_workshop.storage.exchange_write",
    "okr_workshop.export.deck",
    "okr_workshop.export.preview",
    "okr_workshop.app.export_deck",
    "okr_workshop.app.session",
    "okr_workshop.domain.rules.check",
    "okr_workshop.domain.next_cycle",  # and the steering calendar it moves rituals with
    "okr_workshop.domain.steering",
    "okr_workshop.ui.workshop_view",
    "okr_workshop.ui.pages.base",
    "okr_workshop.ui.pages.setup_page",  # and every other step page (below)
    "okr_workshop.ui.dialogs.",
)


def _loaded_too_early(module: str) -> bool:
    step_page = module.startswith("okr_workshop.ui.pages.") and module.endswith("_page")
    return step_page or any(module.startswith(prefix) for prefix in LOADED_LATER)

_FIRST_SCREEN = """
import json, linecache, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from okr_workshop.ui.application import build_window
from okr_workshop.ui.prompts import Prompts
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = build_window(sys.argv[1], Prompts(None), settings)
window.show()
app.processEvents()
sources = [name for name in linecache.cache if "okr_workshop" in name]
print(json.dumps({"rows": window.home.model.rowCount(), "modules": sorted(sys.modules),
                  "sources": sources}))
window.close()
"""


def test_the_library_page_opens_without_the_workshop_and_export_modules(tmp_path):
    library = tmp_path / "library.sqlite3"
    with_samples(library)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_SCREEN, str(library), str(tmp_path / "settings.ini")],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["rows"] == 2, "the first screen lists the library's workshops"
    early = [module for module in shown["modules"] if _loaded_too_early(module)]
    assert early == []
    assert shown["sources"] == [], "no module's source is kept in memory once it is read"


def _library_whose_backups_are_gone(library: Path) -> None:
    with_samples(library)
    for backup in backup_folder(library).iterdir():
        backup.unlink()


def test_the_backup_at_open_follows_the_windows_first_paint(qtbot, tmp_path, prompts, settings):
    library = tmp_path / "library.sqlite3"
    _library_whose_backups_are_gone(library)
    window = build_window(str(library), prompts, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert library_backups(library) == [], "nothing copied before the window is on screen"
    window.show()
    qtbot.waitUntil(lambda: len(library_backups(library)) == 1)
    (backup,) = library_backups(library)
    assert backup.ok and backup.workshop_count == 2
    assert window.statusBar().currentMessage() == ""
    window.close()
    assert library_backups(library) == [backup], "an unchanged session adds no other copy"


def test_a_window_closed_before_its_first_paint_still_leaves_the_backup(
    qtbot, tmp_path, prompts, settings
):
    library = tmp_path / "library.sqlite3"
    _library_whose_backups_are_gone(library)
    window = build_window(str(library), prompts, settings)
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    window.keeper.close()  # what start() does when the event loop ends
    (backup,) = library_backups(library)
    assert backup.ok and backup.workshop_count == 2
