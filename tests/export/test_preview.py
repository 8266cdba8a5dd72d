"""Pages rendered for the window's preview: right size, right colours, right count."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from okr_workshop.export.preview import page_count, render_page, render_pages
from tests.export.pdf_reading import reader


def two_pages() -> bytes:
    """Page 1: red on its left half, white on the right. Page 2: blue all over."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 100))
    canvas.setFillColorRGB(1, 0, 0)
    canvas.rect(0, 0, 100, 100, stroke=0, fill=1)
    canvas.showPage()
    canvas.setFillColorRGB(0, 0, 1)
    canvas.rect(0, 0, 200, 100, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pixel(image, x: int, y: int) -> tuple[int, ...]:
    start = y * image.stride + 4 * x
    return tuple(image.data[start:start + 4])


def test_pixels_come_in_red_green_blue_alpha_order():
    image = render_page(two_pages(), 0, 400)
    assert (image.index, image.width, image.height) == (0, 400, 200)
    assert image.stride >= 4 * image.width and len(image.data) >= image.stride * image.height
    assert pixel(image, 10, 100) == (255, 0, 0, 255)
    assert pixel(image, 390, 100) == (255, 255, 255, 255)


def test_every_page_is_rendered_to_the_width_asked():
    images = render_pages(two_pages(), 50)
    assert [(i.index, i.width, i.height) for i in images] == [(0, 50, 25), (1, 50, 25)]
    assert pixel(images[1], 25, 12) == (0, 0, 255, 255)


def test_rendering_stops_when_asked():
    answers = iter([True, False])
    images = render_pages(two_pages(), 50, keep_going=lambda: next(answers))
    assert [i.index for i in images] == [0]


def test_the_deck_s_pages_are_counted_as_a_reader_counts_them(deck_fr):
    assert page_count(deck_fr) == len(reader(deck_fr).pages) > 10
    cover = render_page(deck_fr, 0, 320)
    assert (cover.width, cover.height) == (320, 180)  # 16:9 slides
