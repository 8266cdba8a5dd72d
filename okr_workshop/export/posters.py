"""One A4 poster per team: its kept objectives and key results, big enough to read from
across the room, to pin up and go over at every ritual (the source's "rappeler les OKR").

The text is set as large as the team's content allows on one page: the poster tries sizes
from the largest down and keeps the first that fits. Only a team whose text would not fit
one page even at the smallest size goes on over several pages ("(suite)"), in the normal
size: nothing is cut.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

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
from okr_workshop.export.fonts import register_fonts
from okr_workshop.export.slides_teams import BELOW, team_items, team_subtitle
from okr_workshop.files import write_all_or_nothing

Progress = Callable[[int, int], bool | None]

# From the largest text to the smallest: 1.3 gives 21 pt key results, 0.6 still 10 pt.
SCALES = (1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.6)
OVERFLOW_SCALE = 1.0


def _chapter(ctx: DeckContext, team: Team) -> Chapter:
    kicker = ctx.t("deck.poster.kicker")
    if ctx.workshop.cycle_label.strip():
        kicker += " · " + ctx.workshop.cycle_label.strip()
    return Chapter("poster", team.name, team_items(ctx, team, BELOW), kicker=kicker,
                   subtitle=team_subtitle(ctx, team))


def poster_pages(workshop: Workshop, team: Team, language: Language) -> tuple[DeckContext,
                                                                               list[Page]]:
    """The poster's pages at the largest scale that fits one page (else several pages)."""
    for scale in SCALES:
        ctx = DeckContext(workshop, language, theme.POSTER_GEOMETRY, scale)
        pages = plan_pages(ctx, _chapter(ctx, team), 0)
        if len(pages) == 1:
            return ctx, pages
    # Too much for one page even in small type: then readable type over several pages.
    ctx = DeckContext(workshop, language, theme.POSTER_GEOMETRY, OVERFLOW_SCALE)
    return ctx, plan_pages(ctx, _chapter(ctx, team), 0)


def build_poster(workshop: Workshop, team: Team, language: Language | str) -> bytes:
    """The poster of ``team`` as PDF bytes (same input, same bytes)."""
    register_fonts()
    lang = Language(language)
    ctx, pages = poster_pages(workshop, team, lang)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, workshop, lang, theme.POSTER,
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
                  progress: Progress | None = None) -> list[Path]:
    """Write one poster per team into ``folder`` (created if needed); returns the paths.

    Every poster is built before any file is written, so a cancel (``progress`` returning
    False raises :class:`Cancelled`) writes nothing; the files are then written all or
    nothing, so a failure leaves every poster already in the folder as it was.
    """
    teams = workshop.teams
    total = len(teams) + 1

    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    tick(0)
    built = []
    for index, team in enumerate(teams, start=1):
        built.append((poster_file_name(index, team), build_poster(workshop, team, language)))
        tick(index)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = write_all_or_nothing([(target / name, data) for name, data in built])
    if progress is not None:
        progress(total, total)  # done: too late to cancel, the files are there
    return written
