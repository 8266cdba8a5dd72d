"""Sizes that follow the console's zoom (Ctrl+plus / Ctrl+minus / Ctrl+0, ``ui/zoom.py``).

The zoom sets the main window's font; Qt passes it down to every widget that has no font
of its own. Two kinds of widget need help to follow:

- a widget with a *larger* font of its own (the step list, a page's title): Qt keeps an
  explicit point size as it is. :func:`scale_font` gives it ``scale`` × the console's font
  now, and marks it so the zoom sets it again on every change;
- a size computed once from the font (a table's compact row height, a panel as tall as five
  lines): :func:`follow_font` computes it now and again each time the widget's font changes
  (a page is built before it is put in the window, so that happens at least once).

The audience view never calls either: it keeps its own sizes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

SCALE_PROPERTY = "consoleFontScale"
BOLD_PROPERTY = "consoleFontBold"

# The console's zoom now (1.0 = the system's size): pages built later start at it.
_zoom = {"factor": 1.0}


def console_zoom() -> float:
    return _zoom["factor"]


def set_console_zoom(factor: float) -> None:
    _zoom["factor"] = factor


def sized(base: QFont, factor: float) -> QFont:
    """``base`` at ``factor`` × its size, in points or in pixels, whichever it has."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    return font


def scaled_font(widget: QWidget) -> QFont:
    """The font ``widget`` marked by :func:`scale_font` has at the console's zoom now."""
    font = sized(QApplication.font(widget), console_zoom() * float(widget.property(SCALE_PROPERTY)))
    if widget.property(BOLD_PROPERTY):
        font.setBold(True)
    return font


def zoom_styled(widget: QWidget) -> None:
    """Give ``widget`` — one with a style sheet, or inside one — the console's size.

    Qt stops passing a parent's font down to a widget with a style sheet and to everything
    under it (the font is resolved once, when the sheet polishes it): the zoom sets their
    size itself, keeping the rest of their font (a bold counter stays bold)."""
    for each in (widget, *widget.findChildren(QWidget)):
        if each.property(SCALE_PROPERTY) is not None:
            continue  # scale_font's own widgets are set by the zoom anyway
        wanted = sized(QApplication.font(each), console_zoom())
        font = QFont(each.font())
        if wanted.pointSizeF() > 0 and font.pointSizeF() != wanted.pointSizeF():
            font.setPointSizeF(wanted.pointSizeF())
            each.setFont(font)
        elif wanted.pixelSize() > 0 and font.pixelSize() != wanted.pixelSize():
            font.setPixelSize(wanted.pixelSize())
            each.setFont(font)


def scale_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Give ``widget`` a font ``scale`` times the console's, kept so at every zoom."""
    widget.setProperty(SCALE_PROPERTY, float(scale))
    widget.setProperty(BOLD_PROPERTY, bold)
    widget.setFont(scaled_font(widget))


class _FontFollower(QObject):
    def __init__(self, widget: QWidget, recompute: Callable[[], None]) -> None:
        super().__init__(widget)
        self.recompute = recompute

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.recompute()
        return False


def follow_font(widget: QWidget, recompute: Callable[[], None]) -> None:
    """Run ``recompute`` now and each time ``widget``'s font changes (zoom, reparenting)."""
    recompute()
    widget.installEventFilter(_FontFollower(widget, recompute))


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: at a large zoom a page wider or taller than the
    window scrolls rather than push the window past the screen's edges (at the usual size
    the page fits and no scroll bar shows)."""
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area
