"""The deck's look in one place: page sizes, margins, the palette and the text styles.

A restrained palette: dark slate ink, greys, one teal accent; green, amber and red only
where a status needs them. Every text colour reads at 4.5:1 or more on its background and
every chart mark at 3:1 or more (WCAG 2.1, checked by tests/export/test_deck_legibility.py).
Sizes are for the back row of a room: body text 20 pt, nothing below :data:`TEXT_FLOOR`
(18 pt) on a 960 × 540 pt (16:9) slide except the page furniture (footer, page number).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle

from okr_workshop.export.fonts import BOLD, FALLBACK, REGULAR, register_fonts

SLIDE = (960.0, 540.0)
POSTER = A4  # portrait, 595 × 842 pt
POSTER_A3 = A3  # portrait, 842 × 1191 pt

# The smallest text on a slide but the footer and the page number: the usual floor for a
# room. Fixed-size marks (badge digits, chips, bar labels, chart text) use it too.
TEXT_FLOOR = 18.0
CHART_TEXT = TEXT_FLOOR

# Hex strings (for paragraph markup) and the matching colours (for the canvas).
INK_HEX = "#1B2430"  # title band, cover
TEXT_HEX = "#1F2937"
MUTED_HEX = "#5B6473"
LINE_HEX = "#D9DEE5"
SURFACE_HEX = "#F1F4F7"
ACCENT_HEX = "#0F766E"  # the one accent: teal
ACCENT_LIGHT_HEX = "#7DD3C8"  # the accent on the dark band
OK_HEX = "#2F7D4F"
RISK_HEX = "#9A5B00"  # amber dark enough for white text on it and for text on white
MISSING_HEX = "#B83232"
WHITE_HEX = "#FFFFFF"
BAND_TEXT_HEX = "#C9D1DB"  # subtitle on the dark band
# A progress bar's empty part: a light inside with a grey edge of 3:1 on white, so the
# whole length of the bar shows on a washed-out projector and on a black-and-white print
# (LINE, 1.35:1, vanished); the filled part (ACCENT) is 3:1 and more against that inside.
BAR_EMPTY_HEX = SURFACE_HEX
BAR_EDGE_HEX = "#7D8796"

INK, TEXT, MUTED, LINE, SURFACE, ACCENT, ACCENT_LIGHT, OK, RISK, MISSING, WHITE, BAND_TEXT = (
    HexColor(h)
    for h in (INK_HEX, TEXT_HEX, MUTED_HEX, LINE_HEX, SURFACE_HEX, ACCENT_HEX,
              ACCENT_LIGHT_HEX, OK_HEX, RISK_HEX, MISSING_HEX, WHITE_HEX, BAND_TEXT_HEX)
)
BAR_EMPTY, BAR_EDGE = HexColor(BAR_EMPTY_HEX), HexColor(BAR_EDGE_HEX)


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
    # Ink-light (posters): a white band with dark text and a thin accent rule instead of
    # the dark band, for a black-and-white office printer.
    ink_light: bool = False

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


SLIDE_GEOMETRY = Geometry(
    width=SLIDE[0], height=SLIDE[1], margin=56, band_top_pad=18, band_bottom_pad=14,
    content_gap=14, footer_height=40,
)


def poster_geometry(paper: tuple[float, float] = POSTER) -> Geometry:
    """A portrait poster page, its margins in proportion to the paper (A4 or A3)."""
    k = paper[0] / POSTER[0]
    return Geometry(width=paper[0], height=paper[1], margin=44 * k, band_top_pad=30 * k,
                    band_bottom_pad=18 * k, content_gap=20 * k, footer_height=48 * k,
                    ink_light=True)


POSTER_GEOMETRY = poster_geometry(POSTER)


def _style(name: str, size: float, leading: float, colour=TEXT, font: str = REGULAR,
           **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading, textColor=colour,
        splitLongWords=1, allowWidows=1, allowOrphans=0, bulletFontName=FALLBACK,
        **extra,
    )


@cache
def styles(scale: float = 1.0, ink_light: bool = False) -> dict[str, ParagraphStyle]:
    """The text styles, optionally scaled (posters), with the band's text dark on white
    when ``ink_light`` (posters) rather than light on the dark band (slides).

    At scale 1 nothing is under :data:`TEXT_FLOOR` but the footer: fewer lines a slide,
    which the paginator handles, rather than small grey print nobody at the back reads.
    """
    register_fonts()

    def s(value: float) -> float:
        return round(value * scale, 2)

    band_title = TEXT if ink_light else WHITE
    band_kicker = ACCENT if ink_light else ACCENT_LIGHT
    band_text = MUTED if ink_light else BAND_TEXT
    return {
        "kicker": _style("kicker", s(18), s(22), band_kicker, BOLD),
        "title": _style("title", s(30), s(35), band_title, BOLD),
        "title_small": _style("title_small", s(24), s(29), band_title, BOLD),
        "title_tiny": _style("title_tiny", s(20), s(24), band_title, BOLD),
        "subtitle": _style("subtitle", s(18), s(22), band_text),
        "heading": _style("heading", s(22), s(27), TEXT, BOLD, spaceBefore=s(14)),
        "subheading": _style("subheading", s(20), s(25), ACCENT, BOLD, spaceBefore=s(14)),
        "body": _style("body", s(20), s(25), TEXT, spaceBefore=s(6)),
        "body_bold": _style("body_bold", s(20), s(25), TEXT, BOLD, spaceBefore=s(6)),
        "lead": _style("lead", s(26), s(35), TEXT),
        "meta": _style("meta", s(18), s(23), MUTED),
        "note": _style("note", s(18), s(23), MUTED, spaceBefore=s(4), leftIndent=s(40)),
        "label": _style("label", s(20), s(25), TEXT, BOLD),
        "bullet": _style("bullet", s(20), s(26), TEXT, spaceBefore=s(6), leftIndent=s(24),
                         bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(20)),
        "item": _style("item", s(19), s(24), TEXT, spaceBefore=s(5), leftIndent=s(24),
                       bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(19)),
        "step": _style("step", s(22), s(29), TEXT, spaceBefore=s(12), leftIndent=s(36),
                       bulletIndent=s(2), bulletColor=ACCENT, bulletFontSize=s(22)),
        "finding": _style("finding", s(18), s(23), TEXT, spaceBefore=s(3), leftIndent=s(24),
                          bulletIndent=s(4), bulletFontSize=s(18)),
        "quote": _style("quote", s(20), s(27), TEXT, spaceBefore=s(10)),
        "tile_number": _style("tile_number", s(40), s(46), ACCENT, BOLD),
        "tile_label": _style("tile_label", s(18), s(23), MUTED),
        "cover_kicker": _style("cover_kicker", s(20), s(25), ACCENT_LIGHT, BOLD),
        "cover_title": _style("cover_title", s(42), s(49), WHITE, BOLD),
        "cover_line": _style("cover_line", s(22), s(28), BAND_TEXT),
        "footer": _style("footer", s(10.5), s(13), MUTED),
    }
