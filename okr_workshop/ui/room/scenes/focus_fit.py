"""How large the Focus scene may set its columns' type: a team with a few candidates fills
the screen in large type (read from the back of the room), a long list stays at the floor
size and says "+ N more".

The heights are measured with the fonts' metrics, without setting a font on any label or
laying anything out, so a search over a few sizes costs well under a millisecond.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from okr_workshop.ui.room.scene import (
    MAIN_PIXELS_1080,
    SECOND_PIXELS_1080,
    SMALL_PIXELS_1080,
    room_pixels,
)
from okr_workshop.ui.room.scenes.focus_cards import (
    FitColumn,
    VoteRow,
    bar_pixels,
    column_spacing,
    title_gap,
)

# The largest the columns' type grows: 1.6 × the main size (58 px at 1080).
MAX_SCALE = 1.6
_STEPS = 5  # halvings of the range: the last step is under a pixel of type
_SLACK = 4  # pixels kept free: a metric rounded differently never costs a row


def best_scale(columns: list[FitColumn], view_height: int) -> float:
    """The largest scale in [1, MAX_SCALE] at which every column shows all its rows whole;
    1 (the floor, with "+ N more") when even that does not fit."""
    key = _content(columns, view_height)
    known = _SCALES.get(key)
    if known is not None:
        return known  # the same picture again (a pointer, a redraw): no measuring
    if len(_SCALES) > 64:
        _SCALES.clear()
    _SCALES[key] = scale = _search(columns, view_height)
    return scale


_SCALES: dict[tuple, float] = {}


def _content(columns: list[FitColumn], view_height: int) -> tuple:
    """What the scale depends on: the sizes and every text shown, as it is shown."""
    return view_height, tuple(
        (column.width(), column.height(), column.heading.text(), column.empty.text(),
         column.cut_after, column.cut.label.text(), column.heading.font().family(),
         tuple((row.title.text(), row.count.isHidden() or row.count.text(),
                row.bar.isHidden(), row.tie.isHidden())
               for row in column.rows[: column.filled]))
        for column in columns)


def _search(columns: list[FitColumn], view_height: int) -> float:
    def fits(scale: float) -> bool:
        return all(column_fits(column, view_height, scale) for column in columns)

    if fits(MAX_SCALE):
        return MAX_SCALE
    if not fits(1.0):
        return 1.0
    low, high = 1.0, MAX_SCALE
    for _ in range(_STEPS):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def column_fits(column: FitColumn, view_height: int, scale: float) -> bool:
    width, room = column.width(), column.height() - _SLACK
    if width <= 0 or room <= 0:
        return scale <= 1.0  # not laid out yet: the floor
    spacing = column_spacing(view_height, scale)
    used = _height(column.heading, SECOND_PIXELS_1080, width, view_height, scale)
    if used is None:
        return False
    if column.filled == 0:
        empty = column.empty.text()
        if not empty:
            return used <= room
        more = _height(column.empty, SECOND_PIXELS_1080, width, view_height, scale)
        return more is not None and used + spacing + more <= room
    # Counted as the column's ``fit`` counts: each item with the spacing after it.
    used += spacing
    for index in range(column.filled):
        used += spacing
        if index == column.cut_after:
            cut = _height(column.cut.label, SMALL_PIXELS_1080, width, view_height, scale)
            if cut is None:
                return False
            used += cut + 5 + spacing  # the line (3) and the cut's spacing (2)
        row = row_height(column.rows[index], width, view_height, scale)
        if row is None:
            return False
        used += row
        if used > room:
            return False
    return True


def row_height(row: VoteRow, width: int, view_height: int, scale: float) -> int | None:
    """``row``'s height at ``scale`` in ``width``; None when a word would not fit its line."""
    counted = not row.count.isHidden()
    title_width = width
    count = 0
    if counted:
        metrics = _metrics(row.count, MAIN_PIXELS_1080, view_height, scale)
        title_width -= metrics.horizontalAdvance(row.count.text()) + title_gap(view_height, scale)
        count = metrics.height()
    title = _height(row.title, MAIN_PIXELS_1080, max(1, title_width), view_height, scale)
    if title is None:
        return None
    height = max(title, count)
    if not row.bar.isHidden():
        bottom = bar_pixels(view_height, scale)
        if not row.tie.isHidden():
            tie = _metrics(row.tie, SECOND_PIXELS_1080, view_height, scale)
            bottom = max(bottom, tie.height())
        height += row.layout().spacing() + bottom
    return height


def _font(label: QLabel, pixels_at_1080: int, view_height: int, scale: float) -> QFont:
    font = QFont(label.font())
    font.setPixelSize(room_pixels(view_height, round(pixels_at_1080 * scale)))
    return font


_METRICS: dict[tuple[str, int], QFontMetrics] = {}


def _metrics(label: QLabel, pixels_at_1080: int, view_height: int,
             scale: float) -> QFontMetrics:
    """The metrics of ``label``'s font at the size, made once per font and size (the
    search asks for the same few many times)."""
    pixels = room_pixels(view_height, round(pixels_at_1080 * scale))
    key = (label.font().key(), pixels)
    metrics = _METRICS.get(key)
    if metrics is None:
        if len(_METRICS) > 512:
            _METRICS.clear()
        metrics = _METRICS[key] = QFontMetrics(_font(label, pixels_at_1080, view_height,
                                                     scale))
    return metrics


def _height(label: QLabel, pixels_at_1080: int, width: int, view_height: int,
            scale: float) -> int | None:
    """The wrapped text's height, as the label measures it; None when a word is wider
    than ``width`` (the column would widen and push its neighbours)."""
    metrics = _metrics(label, pixels_at_1080, view_height, scale)
    rect = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                int(Qt.TextFlag.TextWordWrap), label.text())
    return None if rect.width() > width else rect.height()
