"""The restitution deck: a landscape 16:9 PDF built from the workshop alone.

Two passes. *Plan*: each section gives chapters, which the paginator cuts into pages that
fit (layout.py). *Draw*: each page gets its band, its content in a strict frame and its
footer, on a canvas in invariant mode, so the same workshop always gives the same bytes.
The caller's ``progress(done, total)`` is called as work goes; returning False cancels
(:class:`Cancelled`), and :func:`write_deck` then leaves no file behind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from okr_workshop import APP_NAME, __version__
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export import chrome, theme
from okr_workshop.export.context import Chapter, DeckContext
from okr_workshop.export.flowables import FUZZ
from okr_workshop.export.fonts import REGULAR, register_fonts
from okr_workshop.export.layout import StrictFrame, paginate_balanced
from okr_workshop.export.sections import ALL_SECTIONS, APPENDIX, Section, selected
from okr_workshop.export.slides_ahead import rituals
from okr_workshop.export.slides_alignment import alignment
from okr_workshop.export.slides_appendix import divider, focus, health, quality, time_spent
from okr_workshop.export.slides_departments import team_units
from okr_workshop.export.slides_follow import feedback, progress_slides
from okr_workshop.export.slides_intro import agenda, cover, cover_lines, cycle_line, strategy
from okr_workshop.export.slides_intro import vision as vision_slides
from okr_workshop.export.slides_people import people
from okr_workshop.export.slides_summary import summary
from okr_workshop.files import write_atomic

Progress = Callable[[int, int], bool | None]


class Cancelled(Exception):
    """The progress callback returned False: the export stopped, nothing was written."""


@dataclass
class Page:
    chapter: Chapter
    band: chrome.Band | None  # None on the cover
    flowables: list
    frame_height: float
    outline: tuple[tuple[str, int], ...]
    unit: int


_BUILDERS: dict[str, Callable[[DeckContext], list[Chapter]]] = {
    "cover": cover,
    "summary": summary,
    "vision": vision_slides,
    "strategy": strategy,
    "people": people,
    "alignment": alignment,
    "focus": focus,
    "quality": quality,
    "health": health,
    "time": time_spent,
    "progress": progress_slides,
    "rituals": rituals,
    "feedback": feedback,
}


def _units(ctx: DeckContext, sections: tuple[Section, ...]) -> list[Callable[[], list[Chapter]]]:
    """The work in steps of about equal size (a team is a step): for progress and cancel."""
    units: list[Callable[[], list[Chapter]]] = []
    # Many teams: the story shows departments; each team's full slide ends the appendix.
    details: list[Callable[[], list[Chapter]]] = []
    for section in sections:
        if section.key == "agenda":
            units.append(lambda: agenda(ctx, sections))
        elif section.key == "teams":
            story, appendix = team_units(ctx)
            units += story
            if any(s.part == APPENDIX for s in sections):
                details = appendix
        else:
            units.append(lambda builder=_BUILDERS[section.key]: builder(ctx))
    return units + details


def plan_pages(ctx: DeckContext, chapter: Chapter, unit: int) -> list[Page]:
    """The pages of one chapter, evened out (layout.paginate_balanced); when there are
    several, each is titled with its place in the chapter: "Sales (1/2)", "Sales (2/2)"."""
    if chapter.cover:
        return [Page(chapter, None, [], 0.0, chapter.outline, unit)]
    geometry = ctx.geometry

    def band(title: str) -> chrome.Band:
        return chrome.make_band(chapter.kicker, title, chapter.subtitle, geometry, ctx.scale)

    bands = [band(chapter.title)]
    height = chrome.content_height(bands[0], geometry)
    contents = paginate_balanced(chapter.items, geometry.content_width, height)
    while len(contents) > 1:
        total = len(contents)
        bands = [band(ctx.t("deck.page_of_chapter", title=chapter.title, page=page,
                            total=total)) for page in range(1, total + 1)]
        room = min(chrome.content_height(b, geometry) for b in bands)
        if room >= height - FUZZ:
            break
        # A numbered title wrapped onto one more line: plan again in the smaller room.
        height = room
        contents = paginate_balanced(chapter.items, geometry.content_width, height)
    return [
        Page(chapter, bands[index], flowables, chrome.content_height(bands[index], geometry),
             chapter.outline if index == 0 else (), unit)
        for index, flowables in enumerate(contents)
    ]


def draw_page(canvas: Canvas, ctx: DeckContext, page: Page, footer: str,
              page_label: str) -> None:
    geometry = ctx.geometry
    if page.band is None:
        chrome.draw_cover(canvas, cover_lines(ctx), geometry)
        return
    chrome.draw_band(canvas, page.band, geometry)
    frame = StrictFrame(geometry.margin, geometry.footer_height, geometry.content_width,
                        page.frame_height)
    for flowable in page.flowables:
        frame.add(flowable, canvas)
    chrome.draw_footer(canvas, footer, page_label, geometry)


def footer_text(ctx: DeckContext) -> str:
    parts = [ctx.workshop.organisation.strip(), ctx.workshop.cycle_label.strip()]
    return " · ".join(p for p in parts if p) or ctx.workshop.title


def new_canvas(target, workshop: Workshop, language: Language, pagesize, subject: str) -> Canvas:
    """A canvas in invariant mode, dated by the workshop's last change, with metadata."""
    # initialFontName: otherwise every page names Helvetica, a font the PDF does not embed.
    canvas = Canvas(target, pagesize=pagesize, invariant=1, pageCompression=1,
                    lang=language.value, initialFontName=REGULAR)
    stamp = workshop.updated_at.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(outline_title(workshop.title))
    canvas.setAuthor(outline_title(workshop.facilitator or workshop.organisation or APP_NAME))
    canvas.setSubject(outline_title(subject))
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setKeywords("OKR")
    return canvas


_SURROGATES = re.compile("[\ud800-\udfff]")


def outline_title(text: str) -> str:
    """One line of plain text for bookmarks and metadata (no markup there; a lone
    surrogate, which no PDF string can encode, as U+FFFD)."""
    return " ".join(_SURROGATES.sub("\ufffd", text).split())


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    return tick


@dataclass
class DeckPlan:
    """The deck cut into pages, before anything is drawn: the PDF draws it, the PowerPoint
    export (and anything else that wants the same slides) reads it."""

    ctx: DeckContext
    pages: list[Page]
    units: int  # steps of work planned (for progress)


def plan_deck(workshop: Workshop, language: Language | str,
              sections: Iterable[str] = ALL_SECTIONS,
              progress: Progress | None = None, *, appendix: bool = True) -> DeckPlan:
    """The deck's pages. ``sections``: keys of :data:`SECTIONS` (order does not matter;
    empty optional sections are left out). ``appendix`` False leaves out every appendix
    chapter (the main deck only); True puts them after the whole story, behind a divider
    slide. Progress counts the first half of the work; raises :class:`Cancelled` when
    ``progress`` returns False."""
    register_fonts()
    lang = Language(language)
    ctx = DeckContext(workshop, lang, appendix=appendix)
    chosen = selected(workshop, tuple(sections), appendix)
    if not chosen:
        raise ValueError("no deck section to build: choose at least one with content")
    units = _units(ctx, chosen)
    tick = _ticker(progress, 2 * len(units))
    tick(0)
    story: list[Page] = []
    back: list[Page] = []  # the appendix: never mixed into the story, whoever builds it
    for index, unit in enumerate(units):
        for chapter in unit():
            if chapter.part != APPENDIX:
                story += plan_pages(ctx, chapter, index)
            elif appendix:
                back += plan_pages(ctx, chapter, index)
        tick(index + 1)
    if back:
        opening = divider(ctx, [page.chapter.section for page in back])
        for page in back:  # bookmarked under the divider's: the outline shows two parts
            page.outline = tuple((title, level + 1) for title, level in page.outline)
        back = plan_pages(ctx, opening, back[0].unit) + back
    return DeckPlan(ctx, story + back, len(units))


def draw_deck(plan: DeckPlan, progress: Progress | None = None) -> bytes:
    """The planned deck as PDF bytes; progress counts the second half of the work."""
    ctx, pages = plan.ctx, plan.pages
    tick = _ticker(progress, 2 * plan.units)
    buffer = io.BytesIO()
    subject = ctx.t("deck.document.subject", workshop=ctx.workshop.title)
    canvas = new_canvas(buffer, ctx.workshop, ctx.language, theme.SLIDE, subject)
    footer = footer_text(ctx)
    drawn = 0
    for number, page in enumerate(pages, start=1):
        for entry, (title, level) in enumerate(page.outline):
            # One destination per entry: reportlab names an outline entry by its key.
            key = f"page{number}.{entry}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(outline_title(title), key, level, closed=False)
        draw_page(canvas, ctx, page, footer, ctx.t("deck.page", page=number, total=len(pages)))
        canvas.showPage()
        if number == len(pages) or pages[number].unit != page.unit:
            # Pages of the appendix come after the story, units out of order: the count
            # only goes up, and ends at the total.
            drawn = max(drawn, page.unit + 1) if number < len(pages) else plan.units
            tick(plan.units + drawn)
    canvas.showOutline()
    canvas.save()
    return buffer.getvalue()


def build_deck(workshop: Workshop, language: Language | str,
               sections: Iterable[str] = ALL_SECTIONS,
               progress: Progress | None = None, *, appendix: bool = True) -> bytes:
    """The deck's PDF bytes (:func:`plan_deck` then :func:`draw_deck`). Raises
    :class:`Cancelled` when ``progress`` returns False."""
    return draw_deck(plan_deck(workshop, language, sections, progress, appendix=appendix),
                     progress)


def write_deck(workshop: Workshop, path: Path | str, language: Language | str,
               sections: Iterable[str] = ALL_SECTIONS,
               progress: Progress | None = None, *, appendix: bool = True) -> Path:
    """Build the deck and write it atomically to ``path``. On :class:`Cancelled` or any
    error, ``path`` is left as it was and no temporary file remains."""
    return write_atomic(path, build_deck(workshop, language, sections, progress,
                                         appendix=appendix))


__all__ = ["Cancelled", "DeckPlan", "Progress", "build_deck", "draw_deck", "plan_deck",
           "write_deck", "cycle_line"]
