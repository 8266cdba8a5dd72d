"""Where the main window opens: on screen, whole, status bar included.

At QT_SCALE_FACTOR=1.5 a 1920×1080 projector is 1280×720 logical pixels: a 1280×760 first
window put the status bar below the screen. The first window fits the screen's available
geometry (maximised when the screen is too small for the usual size), and a saved geometry
from another screen or another scale is brought back inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

USUAL_SIZE = QSize(1280, 760)
SMALLEST_SIZE = QSize(960, 600)
# The title bar and borders the window manager adds around the window, before it says.
FRAME = QMargins(8, 40, 8, 8)


def fit_into(rect: QRect, available: QRect) -> QRect:
    """``rect`` (the window without its frame) moved, and shrunk if needed, so that with its
    frame it lies inside ``available``."""
    room = available.marginsRemoved(FRAME)
    size = rect.size().boundedTo(room.size())
    x = min(max(rect.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(rect.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(x, y), size)


def first_placement(available: QRect) -> QRect | None:
    """The usual size centred in ``available``; ``None`` when it does not fit: maximise."""
    room = available.marginsRemoved(FRAME)
    if room.width() < USUAL_SIZE.width() or room.height() < USUAL_SIZE.height():
        return None
    rect = QRect(QPoint(0, 0), USUAL_SIZE)
    rect.moveCenter(room.center())
    return rect


def _screen_of(window: QWidget, rect: QRect) -> QScreen:
    return (QGuiApplication.screenAt(rect.center()) or window.screen()
            or QGuiApplication.primaryScreen())


def place_window(window: QWidget, saved: object) -> None:
    """Size and place ``window`` before it is shown, from the saved geometry if any."""
    available = _screen_of(window, window.geometry()).availableGeometry()
    # Never a minimum the screen cannot hold.
    window.setMinimumSize(SMALLEST_SIZE.boundedTo(available.marginsRemoved(FRAME).size()))
    if saved is not None and window.restoreGeometry(saved):
        if window.windowState() & (Qt.WindowState.WindowMaximized
                                   | Qt.WindowState.WindowFullScreen):
            return
        available = _screen_of(window, window.geometry()).availableGeometry()
        window.setGeometry(fit_into(window.geometry(), available))
        return
    rect = first_placement(available)
    if rect is None:
        # Un-maximised (or where the window manager ignores maximising), it still fits.
        window.setGeometry(fit_into(QRect(available.topLeft(), USUAL_SIZE), available))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(rect)
