"""The contract of one step's picture on the audience view.

A scene draws the workshop for the room: large, calm, light on dark (the audience window
sets the palette; scenes use its roles, never colours of their own except the few named
here). It is given everything it may show in ``show_room`` and nothing else, so it can never
show a dialog, an error, a path or a coach's note.

Type is sized from the view's height (``room_pixels``): at 1080 px the main content's
capitals stand at least 24 px high (``MAIN_MIN_PIXELS`` of font, cap height ≈ 0.7 em).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.room.channel import Pointer

# Font pixel sizes at a 1080-pixel-high view: the main content, secondary lines, small print
# (the footer). A capital is about 0.7 of the pixel size: 36 px → 25 px capitals.
MAIN_PIXELS_1080 = 36
SECOND_PIXELS_1080 = 30
SMALL_PIXELS_1080 = 22
# Below this the main content is not legible from the back of a room at 1080p.
MAIN_MIN_PIXELS = 34

# The few colours a scene may use beyond the palette: they carry meaning (the rule's cut,
# a tie, a status), and read on a dark ground.
AMBER = QColor("#f2b233")
RED = QColor("#ef5350")
GREEN = QColor("#66bb6a")
BLUE = QColor("#64b5f6")


def room_pixels(view_height: int, pixels_at_1080: int) -> int:
    """A font pixel size scaled from its size on a 1080-pixel-high view."""
    return max(12, round(pixels_at_1080 * max(view_height, 240) / 1080))


def room_label(text: str = "", pixels: int = MAIN_PIXELS_1080, name: str = "") -> QLabel:
    """A plain-text, word-wrapped label (user text is never read as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    font = QFont(label.font())
    font.setPixelSize(pixels)
    label.setFont(font)
    return label


class Scene(QWidget):
    """One step's picture. Subclasses set ``step`` and implement ``show_room``."""

    step: Step

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        """Draw ``workshop`` as the room should see it, following ``pointer`` (what the
        coach selected) and ``overlay`` (what a page put up, or None)."""
        raise NotImplementedError

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        """The pointer one item on (``delta`` +1) or back (-1), for the next/previous keys
        on either window: the next team, key result, strategic objective…; None when the
        scene has no items to step through."""
        return None
