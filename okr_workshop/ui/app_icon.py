"""The application's own icon on every window, and the name desktops know it by.

The PNGs are rendered from resources/icons/okr-workshop.svg by scripts/make_icons.py; every
size is given to Qt so the title bar (16-24 px), the task switcher (32-64 px) and the dock
(128-512 px) each get a drawing made for it instead of one scaled image.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from okr_workshop import APP_ID

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file_name(size: int) -> str:
    return f"okr-workshop-{size}.png"


def icons_folder() -> Path:
    """Where the PNGs are, inside the installed package (or the bundle)."""
    with as_file(files("okr_workshop.resources") / "icons") as folder:
        return Path(folder)


def application_icon() -> QIcon:
    """The icon in every size it was drawn in; Qt reads a file only when that size is drawn,
    so start-up pays for none of them."""
    icon = QIcon()
    folder = icons_folder()
    for size in ICON_SIZES:
        icon.addFile(str(folder / icon_file_name(size)), QSize(size, size))
    return icon


def identify_application(app: QGuiApplication) -> None:
    """Every window gets the icon; Wayland compositors match the window to the installed
    desktop entry (its name and icon in the dock) through the desktop file name."""
    app.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(APP_ID)
