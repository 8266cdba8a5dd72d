"""Run in a process of its own with two offscreen screens (see test_two_screens.py): opens a
workshop, the audience view, swaps, and prints what it saw as JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import okr_workshop.app.formats  # noqa: E402, F401
from okr_workshop.app.samples import add_samples  # noqa: E402
from okr_workshop.domain.model import Language  # noqa: E402
from okr_workshop.storage.connection import open_library  # noqa: E402
from okr_workshop.storage.repository import Repository  # noqa: E402
from okr_workshop.ui.main_window import MainWindow  # noqa: E402
from okr_workshop.ui.room.audience_control import screen_named  # noqa: E402
from tests.ui.doubles import ScriptedPrompts  # noqa: E402


def where(widget) -> dict:
    rect = widget.geometry()
    return {"screen": widget.screen().name(), "full": widget.isFullScreen(),
            "rect": [rect.x(), rect.y(), rect.width(), rect.height()]}


def main() -> None:
    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    repository = Repository(open_library(folder / "library.sqlite3"))
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(repository, settings, ScriptedPrompts())
    window.setScreen(screen_named("eDP-1"))
    window.setGeometry(100, 100, 1280, 760)
    window.show()
    window.open_workshop(workshop.id)
    control = window.workshop_view.audience
    seen = {"console": where(window)}
    control.open()
    app.processEvents()
    seen["opened"] = where(control.window)
    seen["active"] = QApplication.activeWindow() is window
    control.swap()
    app.processEvents()
    seen["swapped"] = where(control.window)
    seen["console swapped"] = where(window)
    seen["remembered"] = settings.value("room/audience_screen")
    control.toggle_full_screen()
    seen["windowed"] = where(control.window)
    control.leave()
    control.open()  # the choice is remembered: the laptop's screen now
    seen["reopened"] = where(control.window)
    # The coach drags the console onto the laptop's screen, where the room's view is.
    window.setScreen(screen_named("eDP-1"))
    window.setGeometry(200, 200, 1280, 760)
    app.processEvents()
    seen["console dragged"] = where(window)
    seen["after the drag"] = where(control.window)
    # The projector is unplugged: a window on the console's screen.
    app.screenRemoved.emit(screen_named("HDMI-1"))
    seen["unplugged"] = where(control.window)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
