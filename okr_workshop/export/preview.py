"""Pages of a built PDF as raw images, for the window's preview (no Qt here, no Pillow).

PDFium (through pypdfium2) is not thread-safe: every call here opens, renders and closes the
document within the call, and the window runs them all on one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# White behind the page, opaque: every pixel's alpha is 255, whatever the page draws.
_PAPER = (255, 255, 255, 255)


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``data`` holds ``height`` rows of ``stride`` bytes, each pixel
    four bytes in the order red, green, blue, alpha (whatever the machine's byte order)."""

    index: int  # 0-based
    width: int
    height: int
    stride: int
    data: bytes


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(
    pdf: bytes,
    width_px: int,
    indexes: Iterable[int] | None = None,
    keep_going: Callable[[], bool] | None = None,
) -> list[PageImage]:
    """The pages at ``indexes`` (all by default), each ``width_px`` wide, height to scale.

    ``keep_going`` is asked before each page: returning False stops early (a newer preview
    was asked for); the pages rendered so far are returned.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        wanted = range(len(document)) if indexes is None else indexes
        images: list[PageImage] = []
        for index in wanted:
            if keep_going is not None and not keep_going():
                break
            images.append(_render(document, index, width_px))
        return images
    finally:
        document.close()


def render_page(pdf: bytes, index: int, width_px: int) -> PageImage:
    (image,) = render_pages(pdf, width_px, (index,))
    return image


def _render(document: pdfium.PdfDocument, index: int, width_px: int) -> PageImage:
    page = document[index]
    try:
        scale = max(1, width_px) / page.get_width()
        bitmap = page.render(
            scale=scale,
            fill_color=_PAPER,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
            rev_byteorder=True,  # RGBA in memory: Qt's Format_RGBA8888, on any byte order
        )
        try:
            data = bytes(bitmap.buffer)
            return PageImage(index, bitmap.width, bitmap.height, bitmap.stride, data)
        finally:
            bitmap.close()
    finally:
        page.close()
