"""Text inside a picture: set in the deck's fonts (the fallback font for what the main one
lacks, as paragraphs do), shortened with "…" to a width when a picture has only so much
room (the full text is always said elsewhere: a legend, the slide's list, the notes)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from okr_workshop.export.fonts import BOLD, REGULAR, font_runs, register_fonts

PICTURE_TEXT = 18.0  # the floor for any text on a slide but the footer
ELLIPSIS = "…"


def new_drawing(width: float, height: float) -> Drawing:
    register_fonts()
    # initialFontName: else the drawing starts in Helvetica, a font the PDF does not embed.
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=PICTURE_TEXT)


def _pieces(text: str, bold: bool) -> list[tuple[str, str]]:
    main = BOLD if bold else REGULAR
    flat = " ".join(text.split())
    return font_runs(flat, main)  # each piece in the font that draws it, emoji included


def text_width(text: str, size: float = PICTURE_TEXT, bold: bool = False) -> float:
    return sum(stringWidth(chars, font, size) for chars, font in _pieces(text, bold))


def fitted(text: str, width: float, size: float = PICTURE_TEXT, bold: bool = False) -> str:
    """``text`` on one line, shortened at a word (else a character) with "…" to ``width``."""
    text = " ".join(text.split())
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    word = cut.rsplit(" ", 1)[0] if " " in cut and len(cut.rsplit(" ", 1)[0]) > low // 2 \
        else cut
    return word.rstrip(" ,;:—-") + ELLIPSIS


def add_text(drawing: Drawing, x: float, y: float, text: str, colour: Color,
             size: float = PICTURE_TEXT, bold: bool = False, anchor: str = "start") -> None:
    """``text`` with its baseline at ``y``, placed by ``anchor`` (start, middle, end)."""
    pieces = _pieces(text, bold)
    widths = [stringWidth(chars, font, size) for chars, font in pieces]
    total = sum(widths)
    x -= total if anchor == "end" else total / 2 if anchor == "middle" else 0.0
    for (chars, font), width in zip(pieces, widths, strict=True):
        drawing.add(String(x, y, chars, fontName=font, fontSize=size, fillColor=colour))
        x += width
