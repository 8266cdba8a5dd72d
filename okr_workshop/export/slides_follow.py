"""Closing slides: rituals and next steps, feedback; progress (once check-ins exist) is
slides_progress.py's."""

from __future__ import annotations

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import Cadence, FeedbackKind, ObjectiveStatus, RitualKind
from okr_workshop.domain.rules.wording import NBSP
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Chip, Columns, Stack
from okr_workshop.export.labels import day
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import coloured, para_markup, rich
from okr_workshop.export.slides_progress import chart_chapters, progress_slides
from okr_workshop.export.theme import MUTED_HEX

__all__ = ["chart_chapters", "feedback", "next_steps", "progress_slides", "rituals"]


def rituals(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    cadences = [ctx.t(f"deck.cadence.{cadence.value}") for cadence in Cadence]
    chip_width = Chip.width_for(cadences)
    items: list[Item] = []
    for ritual in sorted_by_position(workshop.rituals):
        text = [ctx.p(ctx.t(f"deck.ritual.{ritual.kind.value}"), "label")]
        if ritual.note.strip():
            text.append(ctx.p(ritual.note, "meta"))
        chip = Chip(ctx.t(f"deck.cadence.{ritual.cadence.value}"), theme.ACCENT, chip_width)
        items.append(Columns([chip, Stack(text)], [chip_width, None], gap=20, space_before=14))
    steps = [ctx.p(text, "step", bullet=f"{number}.")
             for number, text in enumerate(next_steps(ctx), start=1)]
    if not items:
        # One line would leave a blank slide in front of the client: the next steps follow
        # it on the same slide, under their own heading.
        heading = ctx.p(ctx.t("deck.next.title"), "subheading")
        none = ctx.p(ctx.t("deck.rituals.none"), "meta")
        return [section_chapter(ctx, "rituals", [none, Group([heading, steps[0]]), *steps[1:]])]
    # Next steps on a slide of their own, in the same section (no bookmark of its own).
    section = section_chapter(ctx, "rituals", items)
    return [section, Chapter("rituals", ctx.t("deck.next.title"), steps, kicker=section.title)]


def next_steps(ctx: DeckContext) -> list[str]:
    """What comes after the workshop, from what it holds (the source's good practices)."""
    workshop = ctx.workshop
    steps = [ctx.t("deck.next.posters")]
    if any(r.kind == RitualKind.CHECK_IN for r in workshop.rituals):
        steps.append(ctx.t("deck.next.check_in"))
    else:
        steps.append(ctx.t("deck.next.plan_check_in"))
    if any(f.subject == Subject.KEY_RESULT and f.severity != Severity.INFO
           for f in ctx.findings):
        steps.append(ctx.t("deck.next.remarks"))
    if workshop.cycle_end is not None:
        steps.append(ctx.t("deck.next.review", day=day(workshop.cycle_end, ctx.language)))
    parked = sum(o.status == ObjectiveStatus.PARKED for o in workshop.objectives())
    if parked:
        steps.append(ctx.t("deck.next.parking", count=parked))
    return steps


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
    return [section_chapter(ctx, "feedback", items)]
