"""From the PDF page (points, origin bottom left) to the slide (EMU, origin top left).

The deck is 960 × 540 pt, exactly PowerPoint's 16:9 slide (13.333 × 7.5 in). A company
template of another size gets the page scaled uniformly and centred, so nothing is
distorted and nothing falls off the slide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reportlab.lib.colors import Color

EMU_PER_POINT = 12700


@dataclass(frozen=True)
class Place:
    page_width: float  # points
    page_height: float
    slide_width: int  # EMU
    slide_height: int

    @cached_property
    def scale(self) -> float:
        """EMU per point of the page."""
        return min(self.slide_width / self.page_width,
                   self.slide_height / self.page_height)

    @cached_property
    def _offsets(self) -> tuple[float, float]:
        return ((self.slide_width - self.page_width * self.scale) / 2,
                (self.slide_height - self.page_height * self.scale) / 2)

    def point(self, x: float, y: float) -> tuple[int, int]:
        """A point of the page on the slide."""
        left, top = self._offsets
        return round(left + x * self.scale), round(top + (self.page_height - y) * self.scale)

    def box(self, x: float, y: float, width: float, height: float) -> tuple[int, int, int, int]:
        """A box given by its bottom left corner: (left, top, width, height) in EMU."""
        left, top = self.point(x, y + height)
        return left, top, max(round(width * self.scale), 1), max(round(height * self.scale), 1)

    def length(self, points: float) -> int:
        return round(points * self.scale)

    def size(self, points: float) -> float:
        """A font size or line width in points on the slide."""
        return points * self.scale / EMU_PER_POINT


def hex_of(colour) -> str | None:
    """"1B2430" for a reportlab colour; None for none or a fully transparent one."""
    if colour is None or not isinstance(colour, Color):
        return None
    key = colour.rgba()
    if key not in _HEXES:
        _HEXES[key] = None if key[3] == 0 else colour.hexval()[2:].upper()
    return _HEXES[key]


_HEXES: dict[tuple[float, ...], str | None] = {}  # hexval() is slow; a deck has few colours
