"""The deck's look in one place: page sizes, margins, the palette and the text styles.

A restrained palette: dark slate ink, greys, one teal accent; green, amber and red only
where a status needs them. Sizes are for a projector: body text 16 pt, nothing below 14 pt
except the page furniture (footer, page number) on a 960 × 540 pt (16:9) slide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from okr_workshop.export.fonts import BOLD, FALLBACK, REGULAR, register_fonts

SLIDE = (960.0, 540.0)
POSTER = A4  # portrait, 595 × 842 pt

# Hex strings (for paragraph markup) and the matching colours (for the canvas).
INK_HEX = "#1B2430"  # title band, cover
TEXT_HEX = "#1F2937"
MUTED_HEX = "#5B6473"
LINE_HEX = "#D9DEE5"
SURFACE_HEX = "#F1F4F7"
ACCENT_HEX = "#0F766E"  # the one accent: teal
ACCENT_LIGHT_HEX = "#7DD3C8"  # the accent on the dark band
OK_HEX = "#2F7D4F"
RISK_HEX = "#B26B00"
MISSING_HEX = "#B83232"
WHITE_HEX = "#FFFFFF"
BAND_TEXT_HEX = "#C9D1DB"  # subtitle on the dark band

INK, TEXT, MUTED, LINE, SURFACE, ACCENT, ACCENT_LIGHT, OK, RISK, MISSING, WHITE, BAND_TEXT = (
    HexColor(h)
    for h in (INK_HEX, TEXT_HEX, MUTED_HEX, LINE_HEX, SURFACE_HEX, ACCENT_HEX,
              ACCENT_LIGHT_HEX, OK_HEX, RISK_HEX, MISSING_HEX, WHITE_HEX, BAND_TEXT_HEX)
)


@dataclass(frozen=True)
class Geometry:
    """Where things go on a page (points, origin bottom left)."""

    width: float
    height: float
    margin: float  # left and right
    band_top_pad: float
    band_bottom_pad: float
    content_gap: float  # between the band and the content
    footer_height: float  # from the bottom edge to the content's bottom

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


SLIDE_GEOMETRY = Geometry(
    width=SLIDE[0], height=SLIDE[1], margin=56, band_top_pad=20, band_bottom_pad=16,
    content_gap=16, footer_height=40,
)
POSTER_GEOMETRY = Geometry(
    width=POSTER[0], height=POSTER[1], margin=44, band_top_pad=30, band_bottom_pad=24,
    content_gap=24, footer_height=48,
)


def _style(name: str, size: float, leading: float, colour=TEXT, font: str = REGULAR,
           **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, textColor=colour,
        splitLongWords=1, allowWidows=1, allowOrphans=0, bulletFontName=FALLBACK,
        **extra,
    )


@cache
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The text styles, optionally scaled (posters shrink to fit one page)."""
    register_fonts()

    def s(value: float) -> float:
        return round(value * scale, 2)

    return {
        "kicker": _style("kicker", s(13), s(17), ACCENT_LIGHT, BOLD),
        "title": _style("title", s(27), s(32), WHITE, BOLD),
        "title_small": _style("title_small", s(21), s(25), WHITE, BOLD),
        "title_tiny": _style("title_tiny", s(16), s(19), WHITE, BOLD),
        "subtitle": _style("subtitle", s(15), s(19), BAND_TEXT),
        "heading": _style("heading", s(20), s(25), TEXT, BOLD, spaceBefore=s(16)),
        "subheading": _style("subheading", s(17), s(22), ACCENT, BOLD, spaceBefore=s(14)),
        "body": _style("body", s(16), s(21), TEXT, spaceBefore=s(6)),
        "body_bold": _style("body_bold", s(16), s(21), TEXT, BOLD, spaceBefore=s(6)),
        "lead": _style("lead", s(22), s(31), TEXT),
        "meta": _style("meta", s(14), s(17), MUTED),
        "note": _style("note", s(14), s(17), MUTED, spaceBefore=s(4), leftIndent=s(40)),
        "label": _style("label", s(16), s(20), TEXT, BOLD),
        "bullet": _style("bullet", s(16), s(21), TEXT, spaceBefore=s(6), leftIndent=s(22),
                         bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(16)),
        "item": _style("item", s(15), s(19), TEXT, spaceBefore=s(4), leftIndent=s(22),
                       bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(15)),
        "step": _style("step", s(20), s(27), TEXT, spaceBefore=s(14), leftIndent=s(34),
                       bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(20)),
        "finding": _style("finding", s(14), s(18), TEXT, spaceBefore=s(3), leftIndent=s(22),
                          bulletIndent=s(4), bulletFontSize=s(12)),
        "quote": _style("quote", s(16), s(22), TEXT, spaceBefore=s(10)),
        "tile_number": _style("tile_number", s(40), s(46), ACCENT, BOLD),
        "tile_label": _style("tile_label", s(15), s(19), MUTED),
        "cover_kicker": _style("cover_kicker", s(16), s(20), ACCENT_LIGHT, BOLD),
        "cover_title": _style("cover_title", s(40), s(47), WHITE, BOLD),
        "cover_line": _style("cover_line", s(19), s(25), BAND_TEXT),
        "footer": _style("footer", 10.5, 13, MUTED),
    }
