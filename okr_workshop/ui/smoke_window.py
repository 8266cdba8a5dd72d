"""The window's steps of the smoke test (``ui/smoke_test.py``): Qt's platform and image
plugins, the fonts, the French catalogues (ours and Qt's), then the main window opened on the
temporary library, every step page shown, and closed as a person closes it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontInfo, QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication

from okr_workshop.app.smoke_run import SmokeRun, expect
from okr_workshop.domain.model import Language
from okr_workshop.ui.prompts import Prompts

# A text of ours and one of Qt's, with their French (the window's "New workshop" action).
OURS = ("HomeActions", "&New workshop…", "&Nouvel atelier…")
QTS = ("QPlatformTheme", "Cancel", "Annuler")


class SilentPrompts(Prompts):
    """Prompts that never wait for a person: what would have been asked is kept, and fails
    the step (an error dialog while opening the library, say)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.asked: list[str] = []

    def _ask(self, title: str, text: str = "") -> None:
        self.asked.append(f"{title}: {text}" if text else title)

    def open_file(self, title, name_filter):  # noqa: ANN001, ANN201 (Prompts' signature)
        self._ask(title)

    def save_file(self, title, suggested, name_filter):  # noqa: ANN001, ANN201
        self._ask(title)

    def choose_folder(self, title):  # noqa: ANN001, ANN201
        self._ask(title)

    def text(self, title, label, value=""):  # noqa: ANN001, ANN201
        self._ask(title, label)

    def confirm(self, title, text):  # noqa: ANN001, ANN201
        self._ask(title, text)
        return False

    def error(self, title, text):  # noqa: ANN001, ANN201
        self._ask(title, text)

    def information(self, title, text):  # noqa: ANN001, ANN201
        self._ask(title, text)


def process_events(seconds: float = 0.2) -> None:
    """Let Qt paint, run its zero timers and delete what was left for later."""
    end = time.monotonic() + seconds
    while True:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def qt_plugins(_run: SmokeRun) -> str:
    """The platform plugin Qt was started with, and the image formats it can read."""
    platform = QGuiApplication.platformName()
    expect(bool(platform), "Qt started without a platform plugin")
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    expect("png" in formats, f"Qt reads no PNG image (formats: {', '.join(formats)})")
    return f"platform {platform}, {len(formats)} image formats"


def fonts(_run: SmokeRun) -> str:
    """A font Qt finds for the window, and the emoji font the audience view ships with."""
    from okr_workshop.ui.room.audience_window import with_emoji

    families = QFontDatabase.families()
    expect(bool(families), "Qt finds no font at all")
    font = with_emoji(QFont())
    expect(any("Emoji" in family for family in font.families()),
           "the shipped Noto Emoji font did not load")
    return f"{len(families)} families, text in {QFontInfo(QFont()).family()}"


def application_icon(_run: SmokeRun) -> str:
    """The icon's PNGs travelled with the program and Qt's PNG reader draws them."""
    from okr_workshop.ui.app_icon import ICON_SIZES, application_icon, identify_application

    identify_application(QApplication.instance())
    icon = application_icon()
    drawn = [size for size in ICON_SIZES if not icon.pixmap(size, size).isNull()]
    expect(drawn == list(ICON_SIZES),
           f"the icon is drawn in {drawn or 'no size'}, not in every size {list(ICON_SIZES)}")
    return f"{len(drawn)} sizes"


def translations(_run: SmokeRun) -> str:
    """The French window: our catalogue (.qm in the resources) and Qt's own (qtbase_fr)."""
    from okr_workshop.ui.language import install_language

    installed = install_language(Language.FRENCH)
    for context, source, french in (OURS, QTS):
        said = QCoreApplication.translate(context, source)
        expect(said == french, f"{source!r} ({context}) is {said!r} in French, not {french!r}")
    return f"{len(installed)} catalogues, {OURS[2]!r}, {QTS[2]!r}"


def main_window(run: SmokeRun) -> str:
    """The window on the temporary library, as at start: the library page, then the
    workshop on each of its steps; closed as a person closes it."""
    from okr_workshop.ui.application import build_window

    prompts = SilentPrompts()
    settings = QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(str(run.library_path), prompts, settings)
    expect(window is not None, f"the window did not open: {'; '.join(prompts.asked)}")
    library = window.library
    try:
        window.show()
        process_events()
        rows = window.home.model.rowCount()
        expect(rows == len(run.workshop_ids), f"the library page lists {rows} workshops")
        texts = {action.text() for action in window.findChildren(QAction)}
        expect(OURS[2] in texts, f"the window has no {OURS[2]!r} action: it is not in French")
        window.open_workshop(run.workshop_id)
        process_events()
        expect(window.workshop_view is not None, "the workshop did not open")
        steps = window.workshop_view.navigation_actions[2:]  # "&1 Setup"… (not Previous/Next)
        for action in steps:
            action.trigger()
            process_events(0.05)
        expect(not prompts.asked, f"the window asked: {'; '.join(prompts.asked)}")
        title = window.windowTitle()
    finally:
        window.close()
        window.keeper.close()  # what start() does when the event loop ends
        window.deleteLater()
        process_events()
    expect(library.closed, "the library stayed open after the window closed")
    return f"{len(steps)} steps shown, {title!r}"


WINDOW_STEPS = (
    ("Qt plugins", qt_plugins),
    ("fonts", fonts),
    ("application icon", application_icon),
    ("French translation", translations),
    ("main window", main_window),
)
