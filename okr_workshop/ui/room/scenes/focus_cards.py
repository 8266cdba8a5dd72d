"""The pieces of the Focus scene: an objective's row (title, dots as a bar, the count, the
tie at the cut), the rule's cut line, and a column that shows what fits and says how many
more there are rather than cutting a title in half.

Rows are kept and re-filled on every change (an edit reaches the room within the frame),
never rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.scene import (
    AMBER,
    BLUE,
    GREEN,
    MAIN_PIXELS_1080,
    SECOND_PIXELS_1080,
    SMALL_PIXELS_1080,
    room_label,
    room_pixels,
)

translate = QCoreApplication.translate


def bar_pixels(view_height: int, scale: float) -> int:
    return max(6, room_pixels(view_height, round(14 * scale)))


def title_gap(view_height: int, scale: float) -> int:
    """Between a title and its count: a clear gap at any size."""
    return room_pixels(view_height, round(16 * scale))


def column_spacing(view_height: int, scale: float) -> int:
    return room_pixels(view_height, round(12 * scale))


class Sized:
    """Labels whose font follows the view's height (their size at 1080 px is kept)."""

    def __init__(self) -> None:
        self._sized: list[tuple[QLabel, int]] = []

    def sized(self, label: QLabel, pixels_at_1080: int) -> QLabel:
        self._sized.append((label, pixels_at_1080))
        return label

    def resize_type(self, view_height: int, scale: float = 1.0) -> None:
        """``scale``: the type grown beyond its size at 1080 px (never below 1)."""
        for label, pixels in self._sized:
            font = QFont(label.font())
            wanted = room_pixels(view_height, round(pixels * scale))
            if font.pixelSize() != wanted:
                font.setPixelSize(wanted)
                label.setFont(font)


def coloured(label: QLabel, colour: QColor | None) -> None:
    """Text in a meaning colour, or back to the palette's."""
    palette = label.palette()
    if colour is None:
        palette = QPalette(label.parentWidget().palette()) if label.parentWidget() else palette
    else:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class VoteBar(QWidget):
    """The dots as a bar, as long as the count is against the largest count on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.colour = BLUE
        self.reserve = 0  # pixels left empty at the right end
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_share(self, share: float, colour: QColor) -> None:
        if (share, colour) != (self.share, self.colour):
            self.share, self.colour = share, colour
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(100, self.height() or 12)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.height() / 2
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        length = max(self.height(), self.width() - self.reserve)
        painter.drawRoundedRect(QRectF(0, 0, length, self.height()), radius, radius)
        if self.share > 0:
            width = max(self.height(), length * min(self.share, 1.0))
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(0, 0, width, self.height()), radius, radius)


class VoteRow(QWidget, Sized):
    """One objective: its title, and (when counts may be seen) its bar and count; a tie at
    the cut in amber and said in words, a kept one ticked in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        Sized.__init__(self)
        self.title = self.sized(room_label("", MAIN_PIXELS_1080, "voteTitle"), MAIN_PIXELS_1080)
        self.count = self.sized(room_label("", MAIN_PIXELS_1080, "voteCount"), MAIN_PIXELS_1080)
        self.count.setWordWrap(False)
        bold = QFont(self.count.font())
        bold.setBold(True)
        self.count.setFont(bold)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tie = self.sized(room_label("", SECOND_PIXELS_1080, "voteTie"), SECOND_PIXELS_1080)
        coloured(self.tie, AMBER)
        self.bar = VoteBar()
        top = self.top_line = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        # The tie is said beside the bar, not under it: one line less a row, so five
        # candidates with two-line titles fit a 1080p view.
        self.tie.setWordWrap(False)
        bottom = self._bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(16)
        bottom.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.tie)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.tie.hide()

    def show_objective(self, title: str, count: int | None, share: float, tied: bool,
                       kept: bool = False) -> None:
        """``count`` None: the counts are not for the room yet (a secret ballot)."""
        prefix = "✓ " if kept else ""
        self.title.setText(prefix + title)
        coloured(self.title, GREEN if kept else None)
        self.count.setVisible(count is not None)
        self.bar.setVisible(count is not None)
        if count is not None:
            self.count.setText(str(count))
            self.bar.show_share(share, AMBER if tied else BLUE)
        coloured(self.count, AMBER if tied else None)
        self.tie.setText(translate("FocusScene", "Tied at the cut"))
        self.tie.setVisible(tied)
        self._reserve()
        # Laid out now, not at the event loop's next turn: the frame drawn next is right.
        self.layout().activate()

    def _reserve(self) -> None:
        # A bar without the tie's words beside it leaves their room empty, so all the bars
        # are measured on one length (and a row without a tie stays one line lower).
        self.bar.reserve = 0 if self.tie.isVisibleTo(self) else \
            self.tie.sizeHint().width() + self._bottom.spacing()
        self.bar.update()

    def resize_type(self, view_height: int, scale: float = 1.0) -> None:
        Sized.resize_type(self, view_height, scale)
        self.bar.setFixedHeight(bar_pixels(view_height, scale))
        self.top_line.setSpacing(title_gap(view_height, scale))
        self._reserve()
        # The nested lines keep their height-for-width until invalidated themselves: the
        # column measures the rows at the new size straight away.
        for layout in (self.top_line, self._bottom, self.layout()):
            layout.invalidate()
        self.updateGeometry()  # and the column's layout, which caches our height


class CutLine(QWidget, Sized):
    """Where the common rule cuts the ranking: the places left above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        Sized.__init__(self)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFixedHeight(3)
        line.setStyleSheet("background: #f2b233; border: none;")
        self.label = self.sized(room_label("", SMALL_PIXELS_1080, "cutLabel"), SMALL_PIXELS_1080)
        coloured(self.label, AMBER)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(line)
        layout.addWidget(self.label)

    def show_places(self, places: int) -> None:
        if places == 0:
            text = translate("FocusScene", "The common rule’s cut: no place left")
        elif places == 1:
            text = translate("FocusScene", "The common rule’s cut: one place left above")
        else:
            text = fill(translate("FocusScene", "The common rule’s cut: %1 places left above"),
                        places)
        self.label.setText(text)


class FitColumn(QWidget, Sized):
    """A heading over rows, showing as many whole rows as the height allows and then
    "+ 3 more": a long list on the projector never runs off the screen or cuts a title."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        Sized.__init__(self)
        self.setObjectName(name)
        # The width comes from the scene's stretch factors alone, never from a long word
        # at the current size: the type is fitted to widths that do not move under it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading = self.sized(room_label("", SECOND_PIXELS_1080, name + "Heading"),
                                  SECOND_PIXELS_1080)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.empty = self.sized(room_label("", SECOND_PIXELS_1080, name + "Empty"),
                                SECOND_PIXELS_1080)
        self.more = self.sized(room_label("", SECOND_PIXELS_1080, name + "More"),
                               SECOND_PIXELS_1080)
        self.rows: list[VoteRow] = []
        self.cut = CutLine()
        self._cut_after = -1  # the cut line after this many rows (-1: none)
        self._count = 0
        self._view_height = 1080
        self._scale = 1.0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        for widget in (self.heading, self.empty, self.cut, self.more):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self.cut.hide()
        self.more.hide()

    def row(self, index: int) -> VoteRow:
        """The ``index``-th row, made the first time it is needed."""
        while len(self.rows) <= index:
            row = VoteRow()
            row.resize_type(self._view_height, self._scale)
            self._layout.insertWidget(self._layout.indexOf(self.more), row)
            self.rows.append(row)
        return self.rows[index]

    def show_rows(self, count: int, empty_text: str, cut_after: int = -1,
                  places: int = 0) -> None:
        """The first ``count`` rows were filled; the cut line after ``cut_after`` of them."""
        self._count = count
        self._cut_after = cut_after if 0 <= cut_after < count else -1
        self.empty.setText(empty_text)
        self.empty.setVisible(count == 0 and bool(empty_text))
        if self._cut_after >= 0:
            self.cut.show_places(places)
            self._layout.removeWidget(self.cut)
            anchor = self.rows[self._cut_after] if self._cut_after < count else self.more
            self._layout.insertWidget(self._layout.indexOf(anchor), self.cut)
        self.fit()

    def shown_rows(self) -> list[VoteRow]:
        return [row for row in self.rows[: self._count] if not row.isHidden()]

    def resize_type(self, view_height: int, scale: float = 1.0) -> None:
        self._view_height, self._scale = view_height, scale
        Sized.resize_type(self, view_height, scale)
        self.cut.resize_type(view_height, scale)
        for row in self.rows:
            row.resize_type(view_height, scale)
        self._layout.setSpacing(column_spacing(view_height, scale))

    @property
    def filled(self) -> int:
        """How many rows the last ``show_rows`` filled (shown or not)."""
        return self._count

    @property
    def cut_after(self) -> int:
        return self._cut_after

    def all_shown(self) -> bool:
        return not self.more.isVisibleTo(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Show the rows that fit whole; say how many more there are."""
        width = max(1, self.width())
        spacing = self._layout.spacing()
        used = self.heading.heightForWidth(width) + spacing
        room = self.height() if self.height() > 0 else 10**6
        more_height = self.more.sizeHint().height() + spacing
        shown = 0
        for index in range(self._count):
            row = self.rows[index]
            need = self._row_height(row, width) + spacing
            if index == self._cut_after:
                need += self._row_height(self.cut, width) + spacing
            last = index == self._count - 1
            if used + need + (0 if last else more_height) > room:
                break  # in ranking order: never a later row without an earlier one
            used += need
            shown += 1
        for index, row in enumerate(self.rows):
            row.setVisible(index < shown)
        self.cut.setVisible(0 <= self._cut_after < shown)
        hidden = self._count - shown
        self.more.setVisible(hidden > 0)
        if hidden:
            self.more.setText(fill(translate("FocusScene", "+ %1 more"), hidden))

    @staticmethod
    def _row_height(row: QWidget, width: int) -> int:
        layout = row.layout()
        return layout.heightForWidth(width) if layout.hasHeightForWidth() else \
            row.sizeHint().height()
