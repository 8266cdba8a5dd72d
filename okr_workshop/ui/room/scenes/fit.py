"""Type for the room: sizes from the audience view's height, text fitted to its box."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.ui.present_view import fitting_pixel_size
from okr_workshop.ui.room.scene import room_pixels


def view_height(widget: QWidget) -> int:
    """The height type is sized from: the audience window's (a scene is a little shorter,
    under the footer), or the scene's own when it stands alone."""
    return max(widget.height(), widget.window().height())


def set_pixels(label: QLabel, pixels: int) -> None:
    if label.font().pixelSize() != pixels:
        font = QFont(label.font())
        font.setPixelSize(pixels)
        label.setFont(font)


def fit(label: QLabel, width: int, height: int, largest_1080: int, floor_1080: int,
        view: int) -> None:
    """The largest size up to ``largest_1080`` (scaled to ``view``) at which the label's text
    fits ``width`` × ``height``, never under ``floor_1080`` scaled: below it the room cannot
    read; the caller gives long text more room or fewer items instead."""
    largest, floor = room_pixels(view, largest_1080), room_pixels(view, floor_1080)
    text = label.text()
    size = fitting_pixel_size(text, label.font(), max(width, 40), max(height, 20), largest) \
        if text else largest
    set_pixels(label, max(size, floor))
