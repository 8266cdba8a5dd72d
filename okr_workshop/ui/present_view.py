"""The presenter: the vision, then each strategic objective with its why, full screen.

Mistake 1 of the source is a vision nobody heard; this is what the room sees on the
projector before the teams write their contributions. Type is scaled to the screen so it
reads from the back of the room. Space, → or PgDown go on; ←, PgUp or Backspace go back;
Esc returns to the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from okr_workshop.domain.model import Workshop

NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down,
             Qt.Key.Key_Return, Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


@dataclass(frozen=True)
class Slide:
    heading: str  # small, above: what this slide is
    body: str  # the words the room must read
    detail: str = ""  # the why, under the body


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


class PresentView(QWidget):
    closed = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentView")
        self.setWindowTitle(self.tr("Vision"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._use_projector_colours()

        self.heading = self._label("presentHeading")
        self.body = self._label("presentBody")
        self.detail = self._label("presentDetail")
        self.footer = self._label("presentFooter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.footer)

        self.slides: list[Slide] = []
        self.current = 0
        self.set_workshop(workshop)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _use_projector_colours(self) -> None:
        """Light text on a dark ground, from the palette's own pair: readable on a projector."""
        palette = QPalette(self.palette())
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        if window.lightness() > text.lightness():
            window, text = text, window
        palette.setColor(QPalette.ColorRole.Window, window)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    # Slides ---------------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        vision = workshop.vision.strip() or self.tr("The vision has not been written yet.")
        heading = workshop.organisation.strip() or self.tr("Our vision")
        self.slides = [Slide(heading, vision)]
        count = len(workshop.strategic_objectives)
        for number, item in enumerate(workshop.strategic_objectives, start=1):
            self.slides.append(
                Slide(
                    # Numbers only: a chained replace cannot meet a "%2" inside them.
                    self.tr("Strategic objective %1 of %2")
                    .replace("%1", str(number))
                    .replace("%2", str(count)),
                    item.title,
                    item.why.strip(),
                )
            )
        self.show_slide(min(self.current, len(self.slides) - 1))

    def show_slide(self, number: int) -> None:
        self.current = max(0, min(number, len(self.slides) - 1))
        slide = self.slides[self.current]
        self.heading.setText(slide.heading)
        self.body.setText(slide.body)
        self.detail.setText(slide.detail)
        self.detail.setVisible(bool(slide.detail))
        self.footer.setText(
            self.tr("%1 / %2 · Space: next · ←: back · Esc: return")
            .replace("%1", str(self.current + 1))
            .replace("%2", str(len(self.slides)))
        )
        self._fit_fonts()

    def next_slide(self) -> None:
        self.show_slide((self.current + 1) % len(self.slides))

    def previous_slide(self) -> None:
        self.show_slide((self.current - 1) % len(self.slides))

    # Type scaled to the screen ------------------------------------------------------------

    def _fit_fonts(self) -> None:
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = width // 14
        text_width = width - 2 * margin
        self._set_size(self.heading, max(14, height // 28))
        self._set_size(self.footer, max(10, height // 60))
        self.heading.setContentsMargins(margin, height // 20, margin, 0)
        self.footer.setContentsMargins(margin, 0, margin, height // 40)
        slide = self.slides[self.current]
        room = int(height * (0.7 if not slide.detail else 0.42))
        self._set_size(
            self.body,
            fitting_pixel_size(slide.body, self.body.font(), text_width, room, height // 9),
        )
        if slide.detail:
            self._set_size(
                self.detail,
                fitting_pixel_size(
                    slide.detail, self.detail.font(), text_width, int(height * 0.3), height // 22
                ),
            )
        for label in (self.body, self.detail):
            label.setContentsMargins(margin, 0, margin, 0)

    @staticmethod
    def _set_size(label: QLabel, pixels: int) -> None:
        font = QFont(label.font())
        font.setPixelSize(pixels)
        label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.slides:
            self._fit_fonts()

    # Showing and leaving --------------------------------------------------------------------

    def present(self, screen: QScreen | None = None) -> None:
        """Fill ``screen`` (the window's own by default) and take the keyboard."""
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.previous_slide()
        else:
            self.next_slide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
