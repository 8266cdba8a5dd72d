"""The vision presented to the room: the vision, then each strategic objective with its why.

Mistake 1 of the source is a vision nobody heard; these slides are what the room sees on the
projector before the teams write their contributions (the audience view's Vision scene,
``room/scenes/vision_scene.py``). ``fitting_pixel_size`` scales type to the screen so it
reads from the back of the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from okr_workshop.domain.model import Workshop


@dataclass(frozen=True)
class Slide:
    heading: str  # small, above: what this slide is
    body: str  # the words the room must read
    detail: str = ""  # the why, under the body
    strategic_id: str | None = None  # None: the vision itself


def fitting_pixel_size(text: str, font: QFont, width: int, height: int, largest: int) -> int:
    """The largest pixel size (up to ``largest``) at which ``text``, word-wrapped, fits."""
    low, high, best = 8, max(8, largest), 8
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    while low <= high:
        size = (low + high) // 2
        trial = QFont(font)
        trial.setPixelSize(size)
        bounds = QFontMetrics(trial).boundingRect(QRect(0, 0, width, 100_000), flags, text)
        if bounds.width() <= width and bounds.height() <= height:
            best, low = size, size + 1
        else:
            high = size - 1
    return best


def vision_slides(workshop: Workshop) -> list[Slide]:
    """The vision, then each strategic objective with its why, in the window's language."""
    translate = QCoreApplication.translate
    vision = workshop.vision.strip() or translate(
        "PresentView", "The vision has not been written yet."
    )
    heading = workshop.organisation.strip() or translate("PresentView", "Our vision")
    slides = [Slide(heading, vision)]
    count = len(workshop.strategic_objectives)
    for number, item in enumerate(workshop.strategic_objectives, start=1):
        slides.append(
            Slide(
                # Numbers only: a chained replace cannot meet a "%2" inside them.
                translate("PresentView", "Strategic objective %1 of %2")
                .replace("%1", str(number))
                .replace("%2", str(count)),
                item.title,
                item.why.strip(),
                item.id,
            )
        )
    return slides
