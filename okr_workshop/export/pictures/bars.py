"""Bars: a share of the way as a bar with its percentage, a threshold or milestone as met /
not met (never a percentage of a range), and the status-counts chart.

The empty part of a bar is white inside a dark outline, so the whole track reads at 3:1 or
more on a projector (a light grey track vanishes); every fill colour is the theme's, at 3:1
or more against white.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color

from okr_workshop.domain.steering.standing import Standing
from okr_workshop.export import theme
from okr_workshop.export.pictures.text import PICTURE_TEXT, add_text, new_drawing, text_width

BAR_HEIGHT = 30.0
TRACK = 18.0  # the bar's thickness
OUTLINE = theme.MUTED  # 6:1 on white: the track's edge stays visible

STANDING_COLOURS: dict[Standing, Color] = {
    Standing.DONE: theme.ACCENT,
    Standing.ON_TRACK: theme.OK,
    Standing.AT_RISK: theme.RISK,
    Standing.OFF_TRACK: theme.MISSING,
    Standing.NO_CHECK_IN: theme.MUTED,
}


def progress_bar(fraction: float, label: str, width: float,
                 colour: Color = theme.ACCENT) -> Drawing:
    """A bar filled to ``fraction`` (0–1) with ``label`` ("46 %") at its right."""
    fraction = min(1.0, max(0.0, fraction))
    drawing = new_drawing(width, BAR_HEIGHT)
    room = text_width("100 %", bold=True) + 10
    track = max(width - room, 20.0)
    y = (BAR_HEIGHT - TRACK) / 2
    drawing.add(Rect(0, y, track, TRACK, rx=3, ry=3, fillColor=theme.WHITE,
                     strokeColor=OUTLINE, strokeWidth=1.2))
    if fraction > 0:
        drawing.add(Rect(0, y, max(track * fraction, 4.0), TRACK, rx=3, ry=3,
                         fillColor=colour, strokeColor=colour, strokeWidth=1.2))
    add_text(drawing, width, y + TRACK / 2 - PICTURE_TEXT * 0.35, label, theme.TEXT,
             bold=True, anchor="end")
    return drawing


def verdict(word: str, width: float, met: bool | None) -> Drawing:
    """A threshold or milestone's verdict ("Met", "Not met") on a filled pill; ``met`` None
    draws an outlined, muted pill ("No check-in yet", "Not measurable")."""
    drawing = new_drawing(width, BAR_HEIGHT)
    pill = min(width, text_width(word, bold=met is not None) + 24)
    if met is None:
        drawing.add(Rect(0, 0, pill, BAR_HEIGHT, rx=BAR_HEIGHT / 2, ry=BAR_HEIGHT / 2,
                         fillColor=theme.WHITE, strokeColor=OUTLINE, strokeWidth=1.2,
                         strokeDashArray=[4, 3]))
        colour = theme.MUTED
    else:
        fill = theme.OK if met else theme.MISSING
        drawing.add(Rect(0, 0, pill, BAR_HEIGHT, rx=BAR_HEIGHT / 2, ry=BAR_HEIGHT / 2,
                         fillColor=fill, strokeColor=None))
        colour = theme.WHITE
    add_text(drawing, pill / 2, BAR_HEIGHT / 2 - PICTURE_TEXT * 0.35, word, colour,
             bold=met is not None, anchor="middle")
    return drawing


ROW = 44.0


def status_counts(rows: list[tuple[str, int, Color]], width: float) -> Drawing:
    """One horizontal bar per status ("On track … 7"), longest for the largest count; a
    zero count has no bar but still says 0."""
    label_width = max(text_width(word) for word, _, _ in rows) + 20
    number_width = text_width("0000", bold=True) + 10
    track = max(width - label_width - number_width, 40.0)
    most = max((count for _, count, _ in rows), default=0) or 1
    drawing = new_drawing(width, ROW * len(rows))
    for index, (word, count, colour) in enumerate(rows):
        y = ROW * (len(rows) - index - 1)
        baseline = y + ROW / 2 - PICTURE_TEXT * 0.35
        add_text(drawing, 0, baseline, word, theme.TEXT)
        length = track * count / most
        if count:
            drawing.add(Rect(label_width, y + (ROW - 26) / 2, max(length, 4.0), 26,
                             fillColor=colour, strokeColor=None))
        add_text(drawing, label_width + length + 10, baseline, str(count), theme.TEXT,
                 bold=True)
    return drawing
