"""The deck with its speaker notes: after the last slide of each chapter that has notes, a
page with the chapter's title and its notes (more pages when they are long), for the coach
to rehearse with or hand out. The slides themselves are the deck's, unchanged."""

from __future__ import annotations

from okr_workshop.export.context import Chapter
from okr_workshop.export.deck import DeckPlan, Page, plan_pages


def with_notes(plan: DeckPlan) -> DeckPlan:
    """``plan`` with a notes page after each chapter that has speaker notes."""
    ctx, pages = plan.ctx, plan.pages
    out: list[Page] = []
    first = 1  # the chapter's first slide, numbered as in this PDF (its footers say so)
    for number, page in enumerate(pages, start=1):
        out.append(page)
        if number < len(pages) and pages[number].chapter is page.chapter:
            continue
        notes = page.chapter.notes.strip()
        if notes:
            out += plan_pages(ctx, _notes_chapter(ctx, page.chapter, notes, first, len(out)),
                              page.unit)
        first = len(out) + 1
    return DeckPlan(ctx, out, plan.units)


def _notes_chapter(ctx, chapter: Chapter, notes: str, first: int, last: int) -> Chapter:
    slides = (ctx.t("deck.notes.slide", slide=first) if first == last
              else ctx.t("deck.notes.slides", first=first, last=last))
    items = [ctx.p(paragraph, "body") for paragraph in notes.split("\n") if paragraph.strip()]
    return Chapter(chapter.section, chapter.title, items, kicker=ctx.t("deck.notes.kicker"),
                   subtitle=slides, part=chapter.part)
