"""Issue 17, point 6: the application's own icon on its windows, not Qt's default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from okr_workshop import APP_ID, APP_NAME
from okr_workshop.ui.app_icon import ICON_SIZES, application_icon, icon_file_name, icons_folder

ROOT = Path(__file__).resolve().parents[2]

# run_gui as the command line runs it, with the event loop replaced by a look at the window.
_RUN_GUI = """
import json, sys
from PySide6.QtCore import QSettings
import okr_workshop.ui.application as application
from okr_workshop.ui.prompts import Prompts

def start(app, library_option, import_file=None):
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = application.build_window(library_option, Prompts(None), settings)
    window.show()
    icon = window.windowIcon()
    centre = icon.pixmap(16, 16).toImage().pixelColor(7, 9)
    print(json.dumps({
        "null": icon.isNull(),
        "sizes": sorted(size.width() for size in icon.availableSizes()),
        "centre_16": centre.name(),
        "desktop_file": app.desktopFileName(),
        "class": app.applicationName(),
    }))
    window.close()
    return 0

application.start = start
from okr_workshop.gui import run_gui
sys.exit(run_gui(sys.argv[1]))
"""


def _png_pixel(size: int, x: int, y: int) -> str:
    return QImage(str(icons_folder() / icon_file_name(size))).pixelColor(x, y).name()


def test_the_started_window_shows_the_application_icon(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_GUI, str(tmp_path / "lib.sqlite3"), str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert not seen["null"]
    assert seen["sizes"] == list(ICON_SIZES)
    # Our drawing (the bullseye's coral at the centre of the 16 px icon), not Qt's default.
    assert seen["centre_16"] == _png_pixel(16, 7, 9)
    # Wayland matches the window to the installed desktop entry by this name; X11 by the
    # WM_CLASS Qt makes from the application name (the entry's StartupWMClass).
    assert seen["desktop_file"] == APP_ID
    assert seen["class"] == APP_NAME


def test_every_size_is_drawn_for_itself(qapp):
    icon = application_icon()
    for size in ICON_SIZES:
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        # The file of that size, not another size scaled: the same pixel as the PNG.
        x, y = size // 2, size // 3
        assert image.pixelColor(x, y).name() == _png_pixel(size, x, y)


def test_the_main_window_inherits_the_icon(qapp, main_window):
    before = qapp.windowIcon()
    try:
        qapp.setWindowIcon(application_icon())
        icon = main_window.windowIcon()
        assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    finally:
        qapp.setWindowIcon(before)
