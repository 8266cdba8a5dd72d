"""One poster per team (A4 or A3, portrait): its kept objectives, each with its why and
the strategic objective it serves, its key results, and a blank check-in grid (weeks of the
cycle × key results) filled in by hand at the weekly ritual (the source's "rappeler les
OKR").

Every poster of a workshop is set in the *same* type size, so the wall reads as one set:
the largest size at which every team's OKRs fit one page, down to a floor. A team that
does not fit one page at the floor goes on over more pages, cut between objectives (an
objective stays whole when it fits a page). The grid goes under the OKRs when it fits
there, else on a page of its own. Ink-light for a black-and-white office printer: no dark
band, dark text on white, thin rules (theme.poster_geometry).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from okr_workshop.domain.model import Language, Team, Workshop
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext
from okr_workshop.export.deck import (
    Cancelled,
    Page,
    draw_page,
    footer_text,
    new_canvas,
    plan_pages,
)
from okr_workshop.export.flowables import FUZZ
from okr_workshop.export.fonts import register_fonts
from okr_workshop.export.layout import Group, Item, used_height
from okr_workshop.export.poster_grid import grid_items
from okr_workshop.export.slides_teams import BELOW, team_items, team_subtitle
from okr_workshop.files import write_set

Progress = Callable[[int, int], bool | None]

PAPERS = {"a4": theme.POSTER, "a3": theme.POSTER_A3}
DEFAULT_PAPER = "a4"
# Text scales on A4, from the largest down to the floor (A3 multiplies them by its size,
# √2): 1.3 sets key results in 26 pt; the floor, 0.7, in 14 pt with details in 12.6 pt,
# still read from two metres.
SCALES = (1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7)
FLOOR_SCALE = SCALES[-1]


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}: choose one of "
                         f"{', '.join(PAPERS)}") from None


def _context(workshop: Workshop, language: Language, paper: str, scale: float) -> DeckContext:
    geometry = theme.poster_geometry(paper_size(paper))
    return DeckContext(workshop, language, geometry, round(scale, 3))


def _chapter(ctx: DeckContext, team: Team) -> Chapter:
    kicker = ctx.t("deck.poster.kicker")
    if ctx.workshop.cycle_label.strip():
        kicker += " · " + ctx.workshop.cycle_label.strip()
    return Chapter("poster", team.name, team_items(ctx, team, BELOW), kicker=kicker,
                   subtitle=team_subtitle(ctx, team))


# The last set's scale: posters built one by one (build_poster without a scale) search it
# once, not once per team. A workshop is immutable, so the same object means the same
# scale; the entry holds it, so its id is never another's.
_last_scale: tuple[Workshop, Language, str, float] | None = None


def poster_scale(workshop: Workshop, language: Language | str,
                 paper: str = DEFAULT_PAPER) -> float:
    """The one text scale of the workshop's posters: the largest at which every team's
    OKRs fit one page, never under the floor (times the paper's size over A4's)."""
    global _last_scale
    lang = Language(language)
    last = _last_scale  # read once: an export may run on a worker thread
    if last is not None and last[0] is workshop and last[1:3] == (lang, paper.lower()):
        return last[3]
    scale = _searched_scale(workshop, lang, paper)
    _last_scale = (workshop, lang, paper.lower(), scale)
    return scale


def _searched_scale(workshop: Workshop, lang: Language, paper: str) -> float:
    factor = paper_size(paper)[0] / theme.POSTER[0]
    best = 0
    for team in workshop.teams:  # each team can only lower the scale the others allow
        while best < len(SCALES) - 1:
            ctx = _context(workshop, lang, paper, SCALES[best] * factor)
            if len(plan_pages(ctx, _chapter(ctx, team), 0)) == 1:
                break
            best += 1
    return round(SCALES[best] * factor, 3)


def poster_pages(workshop: Workshop, team: Team, language: Language | str,
                 paper: str = DEFAULT_PAPER,
                 scale: float | None = None) -> tuple[DeckContext, list[Page]]:
    """The team's poster pages at the set's scale (:func:`poster_scale` unless given):
    its OKRs, then the check-in grid under them or on a page of its own."""
    lang = Language(language)
    if scale is None:
        scale = poster_scale(workshop, lang, paper)
    ctx = _context(workshop, lang, paper, scale)
    pages = plan_pages(ctx, _chapter(ctx, team), 0)
    grid = grid_items(ctx, team)
    last = pages[-1]
    below = last.flowables + _flat(grid)
    if used_height(below, ctx.width) <= last.frame_height + FUZZ:
        pages[-1] = Page(last.chapter, last.band, below, last.frame_height, last.outline, 0)
    else:
        # A page of its own: taller rows to write in, when they still fit one page.
        grid = grid_items(ctx, team, own_page=True, roomy=True)
        if used_height(_flat(grid), ctx.width) > last.frame_height:
            grid = grid_items(ctx, team, own_page=True)
        pages += plan_pages(ctx, Chapter("poster", team.name, grid,
                                         kicker=ctx.t("deck.grid.title"),
                                         subtitle=team_subtitle(ctx, team)), 0)
    return ctx, pages


def _flat(items: list[Item]) -> list[Flowable]:
    return [f for item in items for f in (item.flowables if isinstance(item, Group)
                                          else [item])]


def build_poster(workshop: Workshop, team: Team, language: Language | str,
                 paper: str = DEFAULT_PAPER, scale: float | None = None) -> bytes:
    """The poster of ``team`` as PDF bytes (same input, same bytes), at the workshop's
    poster scale unless ``scale`` is given."""
    register_fonts()
    lang = Language(language)
    ctx, pages = poster_pages(workshop, team, lang, paper, scale)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, workshop, lang, paper_size(paper),
                        ctx.t("deck.poster.subject", team=team.name))
    reminder = ctx.t("deck.poster.reminder")
    footer = footer_text(ctx)
    for number, page in enumerate(pages, start=1):
        label = reminder if len(pages) == 1 else \
            f"{reminder}   {ctx.t('deck.page', page=number, total=len(pages))}"
        draw_page(canvas, ctx, page, footer, label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def poster_file_name(position: int, team: Team) -> str:
    """"poster-03-click-collect.pdf": numbered in the teams' order, ASCII only (safe on
    every file system and in a mail attachment)."""
    ascii_name = unicodedata.normalize("NFKD", team.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return f"poster-{position:02d}-{slug or 'team'}.pdf"


def write_posters(workshop: Workshop, folder: Path | str, language: Language | str,
                  progress: Progress | None = None,
                  paper: str = DEFAULT_PAPER) -> list[Path]:
    """Write one poster per team into ``folder`` (created if needed), all in one type
    size, on ``paper`` ("a4" or "a3"); returns the paths.

    Every poster is built before any file is written, so a cancel (``progress`` returning
    False raises :class:`Cancelled`) writes nothing; the set is then written all or
    nothing (:func:`~okr_workshop.files.write_set`): on a failure every poster already in
    the folder is as it was, and nothing temporary is left.
    """
    teams = workshop.teams
    total = len(teams) + 1

    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    tick(0)
    scale = poster_scale(workshop, language, paper) if teams else 1.0
    built = []
    for index, team in enumerate(teams, start=1):
        built.append((poster_file_name(index, team),
                      build_poster(workshop, team, language, paper, scale)))
        tick(index)
    written = write_set(folder, built)
    if progress is not None:
        progress(total, total)  # done: too late to cancel, the files are there
    return written
