"""The cycle ahead: the rituals on a timeline (a vector Drawing of plain shapes, so the
PowerPoint export redraws it as native shapes) with their day, time, place and cadence,
then the next steps: the actions the workshop decided, with owner and due date, and the
steps that follow from what it holds."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib.colors import HexColor

from okr_workshop.domain.findings import Severity, Subject
from okr_workshop.domain.model import Cadence, ObjectiveStatus, Ritual, RitualKind
from okr_workshop.domain.steering.rituals import series_dates
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Badge, Columns, Stack
from okr_workshop.export.fonts import BOLD, REGULAR, register_fonts
from okr_workshop.export.formats import format_short_day
from okr_workshop.export.labels import day
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import coloured, para_markup, rich

TEXT_SIZE = 18.0  # the slide's floor: read from the back of the room
ROW = 34.0  # 18 pt text with air: the timeline and its key share one slide
ROWS_PER_PICTURE = 6  # more rituals: another picture, so one always fits a slide
BADGE = 13.0
LANE_START = 46.0
UNDATED_SPAN = timedelta(days=91)  # a cycle without an end: show a quarter
MONTH_LABEL_ROOM = 90.0  # "Sept 1" at 18 pt, with air around it


def cycle_span(ctx: DeckContext) -> tuple[date, date] | None:
    """The timeline's first and last day: the cycle's, else the rituals' first days."""
    workshop = ctx.workshop
    starts = [r.starts_on for r in workshop.rituals if r.starts_on is not None]
    start = workshop.cycle_start or (min(starts) if starts else None)
    if start is None:
        return None
    end = workshop.cycle_end or max([start, *starts]) + UNDATED_SPAN
    return (start, end) if end > start else (start, start + UNDATED_SPAN)


def timeline(ctx: DeckContext, rituals: list[tuple[int, Ritual]], span: tuple[date, date],
             width: float) -> Drawing:
    """One lane per ritual, its number on the left, a dot at each of its dates (a
    diamond for a ritual held once); the cycle's first and last day above."""
    register_fonts()
    start, end = span
    height = ROW * (len(rituals) + 2)  # the ends above, the months below
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=TEXT_SIZE)
    accent, line, ink = HexColor(theme.ACCENT_HEX), HexColor(theme.LINE_HEX), HexColor(
        theme.TEXT_HEX)
    left, right = LANE_START, width - 8

    def x(on: date) -> float:
        return left + (right - left) * (on - start).days / max((end - start).days, 1)

    top = height - TEXT_SIZE
    first = f"{ctx.t('deck.ahead.start')} {format_short_day(start, ctx.language)}"
    last = f"{ctx.t('deck.ahead.end')} {format_short_day(end, ctx.language)}"
    drawing.add(String(left, top, first, fontName=BOLD, fontSize=TEXT_SIZE, fillColor=ink))
    drawing.add(String(right, top, last, fontName=BOLD, fontSize=TEXT_SIZE, fillColor=ink,
                       textAnchor="end"))
    months = []
    month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    while month <= end:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    # Every month a tick across the lanes; a label under every one while they have room.
    every = 1
    while months and (right - left) / len(months) * every < MONTH_LABEL_ROOM:
        every += 1
    muted = HexColor(theme.MUTED_HEX)
    for index, month in enumerate(months):
        drawing.add(Line(x(month), ROW * 0.8, x(month), top - 8, strokeColor=line,
                         strokeWidth=1))
        if index % every == 0:
            drawing.add(String(x(month), 4, format_short_day(month, ctx.language),
                               fontName=REGULAR, fontSize=TEXT_SIZE, fillColor=muted,
                               textAnchor="middle"))
    for row, (number, ritual) in enumerate(rituals):
        y = height - ROW * (row + 1) - ROW / 2 + 4
        drawing.add(Line(left, y, right, y, strokeColor=line, strokeWidth=3))
        drawing.add(Circle(BADGE, y, BADGE, fillColor=accent, strokeColor=None))
        drawing.add(String(BADGE, y - TEXT_SIZE * 0.35, str(number), fontName=BOLD,
                           fontSize=TEXT_SIZE, fillColor=HexColor(theme.WHITE_HEX),
                           textAnchor="middle"))
        for on in series_dates(ritual, end, end):
            if on < start:
                continue
            if ritual.cadence is Cadence.ONCE:
                cx, r = x(on), 9.0
                drawing.add(Polygon([cx, y + r, cx + r, y, cx, y - r, cx - r, y],
                                    fillColor=accent, strokeColor=None))
            else:
                drawing.add(Circle(x(on), y, 6, fillColor=accent, strokeColor=None))
    return drawing


def when(ctx: DeckContext, ritual: Ritual) -> str:
    """"Weekly, from Jan 4, 2027 · at 09:00 · 15 min" ("On Mar 25, 2027 · …" once)."""
    cadence = ctx.t(f"deck.cadence.{ritual.cadence.value}")
    if ritual.starts_on is None:
        parts = [ctx.t("deck.ahead.when_undated", cadence=cadence)]
    elif ritual.cadence is Cadence.ONCE:
        parts = [ctx.t("deck.ahead.on", day=day(ritual.starts_on, ctx.language))]
    else:
        parts = [ctx.t("deck.ahead.when", cadence=cadence,
                       day=day(ritual.starts_on, ctx.language))]
    if ritual.starts_at:
        parts.append(ctx.t("deck.ahead.at", time=ritual.starts_at))
    parts.append(ctx.t("deck.ahead.minutes", minutes=ritual.duration_minutes))
    return " · ".join(parts)


def ritual_line(ctx: DeckContext, number: int, ritual: Ritual):
    text = [ctx.p(ctx.t(f"deck.ritual.{ritual.kind.value}"), "label"),
            ctx.p(when(ctx, ritual), "body")]
    if ritual.place.strip():
        text.append(ctx.p(ctx.t("deck.ahead.place", place=" ".join(ritual.place.split())),
                          "body"))
    return Columns([Badge(str(number), size=30, top=0), Stack(text)], [30, None], gap=16,
                   space_before=12)


def rituals(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    ordered = list(enumerate(sorted_by_position(workshop.rituals), start=1))
    items: list[Item] = []
    span = cycle_span(ctx)
    if ordered and span is not None:
        for first in range(0, len(ordered), ROWS_PER_PICTURE):
            items.append(timeline(ctx, ordered[first:first + ROWS_PER_PICTURE], span,
                                  ctx.width))
    lines = [ritual_line(ctx, number, ritual) for number, ritual in ordered]
    for first in range(0, len(lines), 2):  # two a row: the timeline and its key on a slide
        pair = lines[first:first + 2] + ([Stack([])] if first + 1 == len(lines) else [])
        items.append(Columns(pair, [None, None], gap=32, space_before=6))
    steps = next_step_items(ctx)
    if not ordered:
        # One line would leave a blank slide in front of the room: the next steps follow
        # it on the same slide, under their own heading.
        heading = ctx.p(ctx.t("deck.next.title"), "subheading")
        none = ctx.p(ctx.t("deck.rituals.none"), "meta")
        chapter = section_chapter(ctx, "rituals", [none, Group([heading, steps[0]]),
                                                   *steps[1:]])
        chapter.notes = "\n".join([ctx.t("deck.notes.rituals"), ctx.t("deck.notes.next")])
        return [chapter]
    section = section_chapter(ctx, "rituals", items)
    notes = [ctx.t("deck.notes.rituals")]
    for _, ritual in ordered:
        detail = " ".join(part for part in (ritual.note.strip(), ritual.attendees.strip())
                          if part)
        if detail:
            name = ctx.t(f"deck.ritual.{ritual.kind.value}")
            notes.append(ctx.t("deck.notes.ritual", name=name, agenda=detail))
    section.notes = "\n".join(notes)
    # Next steps on a slide of their own, in the same section (no bookmark of its own).
    following = Chapter("rituals", ctx.t("deck.next.title"), steps, kicker=section.title,
                        notes=ctx.t("deck.notes.next"))
    return [section, following]


def next_step_items(ctx: DeckContext) -> list:
    """The workshop's actions (who, by when), then the steps that follow from it."""
    workshop = ctx.workshop
    names = {p.id: " ".join(p.name.split()) for p in workshop.participants}
    lines = []
    for action in sorted_by_position(workshop.actions):
        details = []
        owner = names.get(action.owner_id or "")
        if owner:
            details.append(ctx.t("deck.ahead.owner", name=owner))
        if action.due is not None:
            details.append(ctx.t("deck.ahead.due", day=day(action.due, ctx.language)))
        if action.done:
            details.append(ctx.t("deck.ahead.done"))
        markup = rich(action.text.strip())
        if details:
            markup += " " + coloured(rich("— " + " · ".join(details)), theme.MUTED_HEX)
        lines.append(markup)
    lines += [rich(text) for text in next_steps(ctx)]
    return [para_markup(markup, ctx.styles["step"], bullet=f"{number}.")
            for number, markup in enumerate(lines, start=1)]


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
        # Said to employees: what to do, not the coach's word for the rules' findings.
        steps.append(ctx.t("deck.next.sharpen"))
    if workshop.cycle_end is not None:
        steps.append(ctx.t("deck.next.review", day=day(workshop.cycle_end, ctx.language)))
    parked = sum(o.status == ObjectiveStatus.PARKED for o in workshop.objectives())
    if parked:
        steps.append(ctx.t("deck.next.parking", count=parked))
    return steps
