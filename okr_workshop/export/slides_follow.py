"""Closing slides: feedback; progress (once check-ins exist) is slides_progress.py's, the
cycle ahead (rituals and next steps) slides_ahead.py's."""

from __future__ import annotations

from okr_workshop.domain.model import FeedbackKind
from okr_workshop.domain.rules.wording import NBSP
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import coloured, para_markup, rich
from okr_workshop.export.slides_progress import chart_chapters, progress_slides
from okr_workshop.export.theme import MUTED_HEX

__all__ = ["chart_chapters", "feedback", "progress_slides"]


def feedback(ctx: DeckContext) -> list[Chapter]:
    items: list[Item] = []
    entries = sorted_by_position(ctx.workshop.feedback)
    for kind in FeedbackKind:
        quotes = []
        for entry in (e for e in entries if e.kind == kind):
            markup = rich(ctx.t("deck.feedback.quote", text=entry.text.strip()))
            author = " ".join(entry.author.split())
            if author:
                if len(author) <= 40:  # a name: kept on one line with its dash
                    author = author.replace(" ", NBSP)
                markup += " " + coloured(rich("—" + NBSP + author), MUTED_HEX)
            quotes.append(para_markup(markup, ctx.styles["quote"]))
        if quotes:
            heading = ctx.p(ctx.t(f"deck.feedback.{kind.value}"), "subheading")
            items += [Group([heading, quotes[0]]), *quotes[1:]]
    chapter = section_chapter(ctx, "feedback", items)
    chapter.notes = ctx.t("deck.notes.feedback")
    return [chapter]
