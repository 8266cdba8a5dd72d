"""The deck seen inside the window: page thumbnails on the left, the chosen page large.

The deck's PDF is handed in already built; its pages are rendered on the deck thread
(deck_jobs.py): all thumbnails once, then only the page being looked at, at the size it is
shown. A rebuilt deck keeps the old pages on screen until the new ones arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.deck_preview import PageImage, render_page, render_pages
from okr_workshop.ui.models.page_thumbnails_model import PageThumbnailsModel, page_label
from okr_workshop.ui.widgets.deck_jobs import Job, Jobs

THUMBNAIL = QSize(144, 81)  # 16:9, like the slides
SLIDE_RATIO = 16 / 9  # until a page says otherwise


def to_qimage(page: PageImage) -> QImage:
    """A QImage owning its pixels (the bytes object may go away)."""
    image = QImage(page.data, page.width, page.height, page.stride,
                   QImage.Format.Format_RGBA8888)
    return image.copy()


def _thumbnails(pdf: bytes, width: int, job: Job) -> list[tuple[int, QImage]]:
    return [(p.index, to_qimage(p)) for p in render_pages(pdf, width, keep_going=job.keep_going)]


def _page(pdf: bytes, index: int, width: int) -> tuple[int, int, QImage]:
    return index, width, to_qimage(render_page(pdf, index, width))


class DeckPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = Jobs()
        self._generation = 0
        self._pdf: bytes | None = None
        self._ratio = SLIDE_RATIO
        self._shown: tuple[int, int, int] | None = None  # generation, page, width on screen
        self._thumbnails_for = -1  # the generation whose thumbnails are all in

        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.model = PageThumbnailsModel(THUMBNAIL, self)
        self.pages = QListView()
        self.pages.setObjectName("previewPages")
        self.pages.setAccessibleName(self.tr("Pages of the deck"))
        self.pages.setModel(self.model)
        self.pages.setIconSize(THUMBNAIL)
        self.pages.setUniformItemSizes(True)
        self.pages.setSpacing(3)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setToolTip(self.tr("Up and Down, Page Up and Page Down go through the pages."))
        self.pages.selectionModel().currentRowChanged.connect(lambda *_: self._page_changed())
        self.page_view = QLabel()
        self.page_view.setObjectName("previewPage")
        self.page_view.setAccessibleName(self.tr("The chosen page, large"))
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Ignored: the picture follows the space it is given, never the other way round.
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_view.setMinimumSize(160, 90)
        self.page_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.page_view.setBackgroundRole(self.page_view.palette().ColorRole.Mid)
        self.page_view.setAutoFillBackground(True)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._render_current)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pages)
        row.addWidget(self.page_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row, 1)
        self._fit_list_width()
        self.setFocusProxy(self.pages)

    def _fit_list_width(self) -> None:
        # The thumbnail, its page number beside it, and a vertical scroll bar.
        number = self.pages.fontMetrics().horizontalAdvance("000")
        scroll = self.pages.style().pixelMetric(self.pages.style().PixelMetric.PM_ScrollBarExtent)
        self.pages.setFixedWidth(THUMBNAIL.width() + number + scroll + 36)

    # What is shown ---------------------------------------------------------------------------

    @property
    def pdf(self) -> bytes | None:
        """The deck on screen (None while there is none)."""
        return self._pdf

    def current_page(self) -> int:
        return self.pages.currentIndex().row()

    def show_building(self) -> None:
        """A newer deck is on its way: the old pages stay until it comes."""
        self.status.setText(self.tr("Building the preview…"))

    def show_message(self, text: str) -> None:
        """No deck to show: say why instead."""
        self._new_generation()
        self._pdf = None
        self.model.set_page_count(0)
        self.page_view.clear()
        self._shown = None
        self.status.setText(text)

    def show_deck(self, pdf: bytes, count: int) -> None:
        keep = max(0, self.current_page())
        self._new_generation()
        self._pdf = pdf
        self.model.set_page_count(count)
        if count:
            self.pages.selectionModel().setCurrentIndex(
                self.model.index(min(keep, count - 1)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._page_changed()
        self._render_thumbnails()

    def stop(self) -> None:
        """Cancel the renders in flight and wait for them (the page is going away)."""
        self._resize_timer.stop()
        self._shown = None  # the page on screen is rendered again when it comes back
        self.jobs.stop()

    def _new_generation(self) -> None:
        self.jobs.cancel_all()
        self._generation += 1
        self._shown = None

    # Rendering -----------------------------------------------------------------------------

    def _render_thumbnails(self) -> None:
        if self._pdf is None or self._thumbnails_for == self._generation:
            return
        width = round(THUMBNAIL.width() * self.devicePixelRatioF())
        job = Job(lambda job, pdf=self._pdf: _thumbnails(pdf, width, job),
                  ("thumbs", self._generation))
        job.signals.finished.connect(self._thumbnails_ready)
        self.jobs.run(job)

    def _page_changed(self) -> None:
        row, count = self.current_page(), self.model.rowCount()
        if self._pdf is not None and row >= 0:
            self.status.setText(page_label(row + 1, count))
            thumbnail = self.model.thumbnail(row)
            if thumbnail is not None and (self._shown is None or self._shown[1] != row):
                self._show_image(thumbnail)  # blurred for a moment rather than blank
        self._render_current()

    def _target_width(self) -> int:
        area = self.page_view.contentsRect().size() - QSize(8, 8)
        width = min(area.width(), area.height() * self._ratio)
        return max(THUMBNAIL.width(), round(width * self.devicePixelRatioF()))

    def _render_current(self) -> None:
        row = self.current_page()
        if self._pdf is None or row < 0 or not self.isVisible():
            return
        wanted = (self._generation, row, self._target_width())
        if wanted == self._shown:
            return
        job = Job(lambda _job, pdf=self._pdf: _page(pdf, row, wanted[2]), ("page", *wanted))
        job.signals.finished.connect(self._page_ready)
        self.jobs.run(job)

    def _thumbnails_ready(self, tag: tuple, images: list[tuple[int, QImage]]) -> None:
        if tag != ("thumbs", self._generation) or len(images) < self.model.rowCount():
            return  # stale, or stopped half-way (rendered again when shown)
        self._thumbnails_for = self._generation
        for row, image in images:
            self.model.set_thumbnail(row, image)
        if images and images[0][1].height():
            self._ratio = images[0][1].width() / images[0][1].height()

    def _page_ready(self, tag: tuple, result: tuple[int, int, QImage]) -> None:
        _, generation, row, width = tag
        if generation != self._generation or row != self.current_page():
            return
        self._shown = (generation, row, width)
        self._show_image(result[2])

    def _show_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        ratio = self.devicePixelRatioF()
        fits = self._target_width()
        if image.width() != fits:  # a thumbnail, or a page rendered for another size
            pixmap = pixmap.scaledToWidth(fits, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render_thumbnails()
        self._render_current()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pdf is not None:
            self._resize_timer.start()
