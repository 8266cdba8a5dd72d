"""Page furniture: the title band, the footer with page numbers, the cover.

Every text here may be user text (team names, the organisation), so it goes through
paragraphs built by markup.py, and the band grows with a long title instead of cutting it.
Slides have a dark band; posters (``geometry.ink_light``) a white one with dark text over
a thin accent rule, which a black-and-white printer renders without a slab of toner.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Paragraph

from okr_workshop.domain.rules.wording import short
from okr_workshop.export import theme
from okr_workshop.export.flowables import Stack
from okr_workshop.export.fonts import REGULAR
from okr_workshop.export.markup import coloured, para, para_markup, rich

_BIG = 1e6
# Smaller title sizes for long titles: (style, most lines at that size).
_TITLE_SIZES = (("title", 2), ("title_small", 3), ("title_tiny", None))
# The cover's text shrinks as a block, each style no smaller than the floor; only a cover
# that cannot fit at the floor (absurdly long title and organisation) goes below it.
_COVER_SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.43)
_COVER_LAST_RESORT = (0.35, 0.3, 0.25)
_GAP = 6.0


@dataclass
class Band:
    """The title band of one page: its paragraphs and how tall it is."""

    paragraphs: list[Paragraph]
    height: float


def make_band(kicker: str, title: str, subtitle: str, geometry: theme.Geometry,
              scale: float = 1.0) -> Band:
    styles = theme.styles(scale, geometry.ink_light)
    width = geometry.content_width
    title_paragraph = None
    for style, most_lines in _TITLE_SIZES:
        title_paragraph = para(title, styles[style])
        _, height = title_paragraph.wrap(width, _BIG)
        if most_lines is None or height <= styles[style].leading * most_lines + 0.1:
            break
    paragraphs = []
    if kicker.strip() and subtitle.strip():
        # One line above the title for both: "SECTION  Department · Ambassador".
        muted = theme.MUTED_HEX if geometry.ink_light else theme.BAND_TEXT_HEX
        markup = rich(kicker) + coloured(" · " + rich(subtitle), muted)
        paragraphs += [para_markup(markup, styles["kicker"]), title_paragraph]
    else:
        if kicker.strip():
            paragraphs.append(para(kicker, styles["kicker"]))
        paragraphs.append(title_paragraph)
        if subtitle.strip():
            paragraphs.append(para(subtitle, styles["subtitle"]))
    inner = sum(p.wrap(width, _BIG)[1] for p in paragraphs) + _GAP * (len(paragraphs) - 1)
    return Band(paragraphs, geometry.band_top_pad + inner + geometry.band_bottom_pad)


def content_height(band: Band, geometry: theme.Geometry) -> float:
    return geometry.height - band.height - geometry.content_gap - geometry.footer_height


def draw_band(canvas, band: Band, geometry: theme.Geometry) -> None:
    top = geometry.height
    if geometry.ink_light:
        # No slab of ink: a thin accent rule under the title, within the margins.
        canvas.setFillColor(theme.ACCENT)
        canvas.rect(geometry.margin, top - band.height - 1.5, geometry.content_width, 1.5,
                    stroke=0, fill=1)
    else:
        canvas.setFillColor(theme.INK)
        canvas.rect(0, top - band.height, geometry.width, band.height, stroke=0, fill=1)
        canvas.setFillColor(theme.ACCENT)
        canvas.rect(0, top - band.height - 4, geometry.width, 4, stroke=0, fill=1)
    y = top - geometry.band_top_pad
    for paragraph in band.paragraphs:
        _, height = paragraph.wrap(geometry.content_width, _BIG)
        y -= height
        paragraph.drawOn(canvas, geometry.margin, y)
        y -= _GAP


def draw_footer(canvas, text: str, page_label: str, geometry: theme.Geometry) -> None:
    """A thin rule, the organisation and cycle on the left, the page number on the right.

    The footer is one line: a long organisation is shortened with "…" here (it is printed
    in full on the cover)."""
    # Fixed on slides; on a poster in proportion to the paper (A3 prints it larger).
    scale = round(geometry.footer_height / theme.SLIDE_GEOMETRY.footer_height, 3)
    style = theme.styles(scale)["footer"]
    rule_y = geometry.footer_height - 14 * scale
    canvas.setStrokeColor(theme.LINE)
    canvas.setLineWidth(0.8)
    canvas.line(geometry.margin, rule_y, geometry.width - geometry.margin, rule_y)
    number_width = canvas.stringWidth(page_label, REGULAR, style.fontSize) + 24
    width = geometry.content_width - number_width
    for limit in (120, 90, 70, 50, 35, 20):
        paragraph = para(short(text, limit), style)
        _, height = paragraph.wrap(width, _BIG)
        if height <= style.leading + 0.1:
            break
    baseline = rule_y - 8 * scale - style.leading
    paragraph.drawOn(canvas, geometry.margin, baseline)
    canvas.setFont(REGULAR, style.fontSize)
    canvas.setFillColor(theme.MUTED)
    canvas.drawRightString(geometry.width - geometry.margin,
                           baseline + style.leading - style.fontSize, page_label)


def draw_cover(canvas, lines: list[tuple[str, str]], geometry: theme.Geometry) -> None:
    """The cover on a dark background; the text block shrinks until it fits the page."""
    canvas.setFillColor(theme.INK)
    canvas.rect(0, 0, geometry.width, geometry.height, stroke=0, fill=1)
    left = geometry.margin + 40
    width = geometry.width - left - geometry.margin
    room = geometry.height - 2 * 64
    attempts = [(scale, True) for scale in _COVER_SCALES] + \
        [(scale, False) for scale in _COVER_LAST_RESORT]
    for scale, floored in attempts:
        stack = Stack([_spaced(para(text, _cover_style(style, scale, floored)), style, scale)
                       for text, style in lines])
        _, height = stack.wrap(width, _BIG)
        if height <= room:
            break
    top = (geometry.height + height) / 2
    canvas.setFillColor(theme.ACCENT)
    canvas.rect(geometry.margin, top - height, 8, height, stroke=0, fill=1)
    stack.drawOn(canvas, left, top - height)


def _cover_style(name: str, scale: float, floored: bool):
    size = theme.styles()[name].fontSize
    if floored:
        scale = max(scale, theme.TEXT_FLOOR / size)
    return theme.styles(round(scale, 3))[name]


def _spaced(paragraph: Paragraph, style: str, scale: float) -> Paragraph:
    # Air around the title; the lines under it sit close together.
    paragraph.spaceBefore = {"cover_title": 14, "cover_line": 8}.get(style, 0) * scale
    return paragraph
