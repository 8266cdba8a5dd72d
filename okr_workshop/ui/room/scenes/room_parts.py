"""Small pieces the Review and Steering scenes share: framed cards, toned words, and the
arithmetic of "how many lines fit" so a crowded workshop is summarised ("+12 more") rather
than shrunk below the room's floor.

Every label is plain text (user text is never markup) and word-wrapped; each carries a
``roomRole`` property ("main", "second", "small") so a test can check the main content's
size at 1080 px.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.ui.room.scene import (
    MAIN_PIXELS_1080,
    SECOND_PIXELS_1080,
    SMALL_PIXELS_1080,
    room_label,
    room_pixels,
)

SIZES = {"main": MAIN_PIXELS_1080, "second": SECOND_PIXELS_1080, "small": SMALL_PIXELS_1080}
WRAP = int(Qt.TextFlag.TextWordWrap)


def view_height(widget: QWidget) -> int:
    """The height type is sized from: the screen's — the window's the scene is in (a footer
    or a timer under the scene must not shrink the type below the floor) — or 1080 before
    it has one."""
    height = widget.window().height()
    return height if height >= 240 else 1080


def room_size(widget: QWidget, view: int) -> tuple[int, int]:
    """The scene's own width and height, what its content must fit in (16:9 of ``view``
    before it has a size)."""
    if widget.height() >= 240 and widget.width() >= 320:
        return widget.width(), widget.height()
    return view * 16 // 9, view


def role_label(role: str, height: int, bold: bool = False, name: str = "") -> QLabel:
    label = room_label("", room_pixels(height, SIZES[role]), name)
    label.setProperty("roomRole", role)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def resize_role(label: QLabel, height: int) -> None:
    """The label's type for a view ``height`` pixels high."""
    font = QFont(label.font())
    font.setPixelSize(room_pixels(height, SIZES[str(label.property("roomRole"))]))
    if font != label.font():
        label.setFont(font)


def drop(widget: QWidget) -> None:
    """Take ``widget`` off the screen now (not at the next event loop turn: the frame
    being drawn must not show last frame's cards under this one's)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def tone(label: QLabel, colour: QColor | None) -> None:
    """Words that carry a meaning (a gap, a status) in its colour; None: the scene's own
    (an empty palette inherits the parent's)."""
    if colour is None:
        label.setPalette(QPalette())
        return
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def text_height(font: QFont, text: str, width: int) -> int:
    """How high ``text`` stands word-wrapped in ``width`` pixels."""
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP,
                                           text).height()


def fitting_count(font: QFont, texts: list[str], width: int, height: int,
                  gap: int = 0) -> int:
    """How many of ``texts``, one under the other, fit in ``height``."""
    used = 0
    for number, text in enumerate(texts):
        used += text_height(font, text, width) + gap
        if used > height:
            return number
    return len(texts)


class Card(QLabel):
    """A word-wrapped label in a rounded frame; ``highlight`` frames it in a colour (the team
    the coach points at), ``dashed`` sets it apart (what is not aligned)."""

    PAD = 14

    def __init__(self, role: str, height: int, bold: bool = False) -> None:
        super().__init__()
        template = role_label(role, height, bold)
        self.setFont(template.font())
        self.setProperty("roomRole", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(self.PAD, self.PAD // 2, self.PAD, self.PAD // 2)
        self.highlight: QColor | None = None
        self.dashed = False

    def set_look(self, highlight: QColor | None = None, dashed: bool = False) -> None:
        if (highlight, dashed) != (self.highlight, self.dashed):
            self.highlight, self.dashed = highlight, dashed
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        ground = QColor(ink)
        ground.setAlphaF(0.10)
        ink.setAlphaF(0.45)
        pen = QPen(self.highlight or ink, 4 if self.highlight else 2)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(ground)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 10, 10)
        painter.end()
        super().paintEvent(event)


def use_projector_colours(widget: QWidget) -> None:
    """Light text on a dark ground, as the audience view paints (for screenshots and tests
    of a scene on its own; the audience window sets its own palette)."""
    palette = QPalette(widget.palette())
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if window.lightness() > text.lightness():
        window, text = text, window
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
