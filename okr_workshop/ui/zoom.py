"""Zoom and big type in the console: Ctrl+plus / Ctrl+minus / Ctrl+0 (View menu).

A coach without a second screen shows the console itself: every page's type and rows grow
in steps, 85 % to 200 %. The zoom is the main window's font (Qt passes it down to every
page, table and header; ``font_follow`` makes the few sizes computed once follow), so the
audience view — another window with its own sizes — and the exported files never change.

The zoom is remembered per screen (a laptop's panel and a projector want different sizes):
the key names the screen and its geometry, and moving the window to another screen applies
that screen's zoom.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QWidget

from okr_workshop.ui.font_follow import (
    SCALE_PROPERTY,
    scaled_font,
    set_console_zoom,
    sized,
    zoom_styled,
)

STEPS = (85, 100, 115, 130, 150, 175, 200)
ACTUAL = 100
STATUS_MS = 2500
SETTINGS_GROUP = "zoom"


def screen_key(name: str, serial: str, geometry: QRect) -> str:
    """The settings key of one screen: its name, serial number and geometry (the same
    projector at another resolution reads differently), kept to safe characters."""
    raw = f"{name}-{serial}-{geometry.width()}x{geometry.height()}+{geometry.x()}+{geometry.y()}"
    return f"{SETTINGS_GROUP}/" + re.sub(r"[^A-Za-z0-9_.+-]", "_", raw)


def key_of(screen: QScreen | None) -> str:
    if screen is None:
        return f"{SETTINGS_GROUP}/none"
    return screen_key(screen.name(), screen.serialNumber(), screen.geometry())


def next_step(percent: int, direction: int) -> int:
    """The step after ``percent`` going up (1) or down (-1); the ends stay."""
    if direction > 0:
        return next((step for step in STEPS if step > percent), STEPS[-1])
    return next((step for step in reversed(STEPS) if step < percent), STEPS[0])


class Zoom(QObject):
    """The zoom of one main window: its menu actions, its font, its memory per screen."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.base = QFont(window.font())
        self.percent = ACTUAL
        self.screen = window.screen()  # the one whose zoom this is
        self._watched_handle = None
        self.zoom_in = self._action(
            self.tr("Zoom &in"),
            ["Ctrl++", "Ctrl+="], lambda: self.step(1),
            self.tr("Larger type and rows in the console (not on the audience view)"))
        self.zoom_out = self._action(
            self.tr("Zoom &out"), ["Ctrl+-"],
            lambda: self.step(-1), self.tr("Smaller type and rows in the console"))
        self.actual_size = self._action(
            self.tr("&Actual size"), ["Ctrl+0"], lambda: self.set_percent(ACTUAL),
            self.tr("The console’s type at its usual size"))
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(_DialogZoom(self))
        self.set_percent(self.remembered(self.screen), announce=False, remember=False)

    def _action(self, text: str, keys: list, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        # Ctrl+= too: the same key without Shift on many keyboards. The keypad's + and −
        # match as well (Qt tries a key again without its keypad flag).
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)  # works with the menu closed, whatever has the focus
        return action

    def actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.actual_size]

    # The zoom ----------------------------------------------------------------------------

    def font(self) -> QFont:
        return sized(self.base, self.percent / 100)

    def step(self, direction: int) -> None:
        self.set_percent(next_step(self.percent, direction))

    def set_percent(self, percent: int, *, announce: bool = True, remember: bool = True) -> None:
        self.percent = min(max(int(percent), STEPS[0]), STEPS[-1])
        set_console_zoom(self.percent / 100)
        font = self.font()
        self.window.setFont(font)
        for widget in self.window.findChildren(QWidget):
            if widget.property(SCALE_PROPERTY) is not None and self._in_console(widget):
                widget.setFont(scaled_font(widget))
            elif isinstance(widget, (QMenu, QDialog)):
                widget.setFont(font)  # windows of their own: Qt does not pass the font on
            elif widget.styleSheet() and self._in_console(widget):
                zoom_styled(widget)
        self.zoom_in.setEnabled(self.percent < STEPS[-1])
        self.zoom_out.setEnabled(self.percent > STEPS[0])
        if remember:
            self.settings.setValue(key_of(self.screen), self.percent)
        if announce:
            self.window.statusBar().showMessage(
                self.tr("Zoom %1%").replace("%1", str(self.percent)), STATUS_MS)

    def _in_console(self, widget: QWidget) -> bool:
        top = widget.window()
        return top is self.window or isinstance(top, (QMenu, QDialog))

    # Per screen --------------------------------------------------------------------------

    def remembered(self, screen: QScreen | None) -> int:
        value = self.settings.value(key_of(screen))
        try:
            percent = int(value)
        except (TypeError, ValueError):
            return ACTUAL  # never set, or a hand-edited value
        return percent if percent in STEPS else ACTUAL

    def follow_screen(self, screen: QScreen | None) -> None:
        """The window moved to ``screen``: that screen's zoom, as it was left there."""
        self.screen = screen
        self.set_percent(self.remembered(screen), remember=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The window's native handle exists once shown: only then can it say its screen.
        if event.type() == QEvent.Type.Show and watched is self.window:
            handle = self.window.windowHandle()
            if handle is not None and handle is not self._watched_handle:
                self._watched_handle = handle
                handle.screenChanged.connect(self.follow_screen)
                if handle.screen() is not self.screen:
                    # Placed where it was left, on another screen than at start: its zoom.
                    self.follow_screen(handle.screen())
        return False


class _DialogZoom(QObject):
    """A dialog or menu of the console opened after the zoom gets the console's type too
    (a window of its own does not inherit its parent's font); so does a widget with a style
    sheet shown for the first time (a page built after the zoom)."""

    def __init__(self, zoom: Zoom) -> None:
        super().__init__(zoom)
        self.zoom = zoom

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Show or self.zoom.percent == ACTUAL:
            return False
        if isinstance(watched, (QDialog, QMenu)):
            parent = watched.parentWidget()
            if parent is not None and parent.window() is self.zoom.window:
                watched.setFont(self.zoom.font())
        elif (isinstance(watched, QWidget) and watched.styleSheet()
              and self.zoom._in_console(watched)):
            zoom_styled(watched)
        return False


def install_zoom(window: QMainWindow, settings: QSettings, view_menu: QMenu) -> Zoom:
    """View > Zoom in / Zoom out / Actual size, applied at once with the screen's zoom."""
    zoom = Zoom(window, settings)
    view_menu.addSeparator()
    for action in zoom.actions():
        view_menu.addAction(action)
    return zoom
