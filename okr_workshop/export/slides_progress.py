"""The Progress slides: where the key results stand as of the latest check-in.

- an overview: how many key results are done, on track, at risk, off track, or without a
  check-in (a chart), how that is counted, and the teams' mean confidence;
- each team's objectives as bars, each saying over which key results its mean is taken and
  naming those left out (no check-in yet, nothing to measure the way with), and its key
  results as bars (a share of the way) or verdicts (a threshold met or not met, a milestone
  done or not), with status, latest value and confidence;
- each checked-in key result's chart over time (the window's chart, export/charts.py).

Every figure is as of :attr:`DeckContext.as_of`, never the clock. With many teams the main
deck keeps the overview and one bar per team, the team details going to the appendix; the
charts are in the main deck only when there are a few.
"""

from __future__ import annotations

import re

from okr_workshop.domain.model import KeyResult, Team
from okr_workshop.domain.steering.standing import (
    STANDINGS,
    KrReading,
    Measure,
    ObjectiveReading,
    Standing,
    objective_reading,
    standing_label,
    threshold_label,
    whole_percent,
)
from okr_workshop.export.charts import kr_drawing
from okr_workshop.export.context import Chapter, DeckContext, sorted_by_position
from okr_workshop.export.flowables import Columns, Empty, Stack
from okr_workshop.export.labels import day, number
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para_markup, rich
from okr_workshop.export.pictures.bars import (
    STANDING_COLOURS,
    progress_bar,
    status_counts,
    verdict,
)
from okr_workshop.export.sections import APPENDIX, BY_KEY, MAIN

BAR_COLUMN = 250.0
TEAM_BAR = 170.0  # two teams a row
BAND_ALLOWANCE = 150.0  # a title band of two lines and the gap under it
DETAIL_COLUMN = 270.0
GAP = 18.0
CHART_HEIGHT = 330.0  # with its title (two lines), two charts fill a slide; 18 pt text
CHART_GAP = 32.0
_FOLD = re.compile(r"[ \t\r\n\f\v]+")
MIN_CHART_HEIGHT = 180.0  # below this a chart says nothing; its title is then cut short
ROW_SPACE = 10.0
DETAILS_IN_MAIN = 4  # more teams than this: team details go to the appendix
CHARTS_IN_MAIN = 4  # more charted key results than this: the charts go to the appendix
GOOD = (Standing.DONE, Standing.ON_TRACK)
_WHY = {"no_check_in": "deck.progress.why_no_check_in",
        "not_measurable": "deck.progress.why_not_measurable"}


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]


def readings(ctx: DeckContext, team: Team) -> list[ObjectiveReading]:
    assert ctx.as_of is not None  # the section exists only once a check-in does
    return [objective_reading(ctx.workshop, o, ctx.as_of) for o in ctx.kept(team)]


def all_readings(ctx: DeckContext) -> list[tuple[Team, list[ObjectiveReading]]]:
    return [(team, readings(ctx, team)) for team in ctx.workshop.teams if ctx.kept(team)]


def _percent(ctx: DeckContext, fraction: float) -> str:
    return number(whole_percent(fraction), ctx.language, "%")


def progress_slides(ctx: DeckContext) -> list[Chapter]:
    teams = all_readings(ctx)
    part = MAIN if len(teams) <= DETAILS_IN_MAIN else APPENDIX
    chapters = [overview(ctx, teams)]
    if part == APPENDIX:
        chapters.append(teams_chapter(ctx, teams))
    if part == MAIN or ctx.appendix:
        chapters += [team_chapter(ctx, team, objectives, part) for team, objectives in teams
                     if any(r.latest for o in objectives for r in o.readings)]
    charted = sum(1 for kr in ctx.workshop.key_results() if kr.check_ins)
    # Two charts a slide: a few tell the story, dozens are reference (the appendix).
    charts = MAIN if charted <= CHARTS_IN_MAIN else APPENDIX
    if charts == MAIN or ctx.appendix:
        chapters += chart_chapters(ctx, charts)
    return chapters


def overview(ctx: DeckContext, teams: list[tuple[Team, list[ObjectiveReading]]]) -> Chapter:
    section = BY_KEY["progress"]
    name = section.name(ctx.language)
    krs = [r for _, objectives in teams for o in objectives for r in o.readings]
    counts = {standing: sum(r.standing == standing for r in krs) for standing in STANDINGS}
    good = sum(counts[s] for s in GOOD)
    rows = [(standing_label(s, ctx.language), counts[s], STANDING_COLOURS[s])
            for s in STANDINGS]
    items: list[Item] = [status_counts(rows, ctx.width * 0.75)]
    confidences = [r.latest.confidence for r in krs if r.latest is not None]
    if confidences:
        mean = number(round(sum(confidences) / len(confidences), 1), ctx.language)
        items.append(ctx.p(ctx.t("deck.progress.confidence", mean=mean,
                                 count=len(confidences)), "body"))
    items.append(ctx.p(ctx.t("deck.progress.how"), "meta"))
    # Named on the objectives' slides (and here in the notes): a list of 19 sentences
    # would push the chart's explanation off this slide.
    unchecked = [r.kr.text for r in krs if r.standing == Standing.NO_CHECK_IN]
    as_of = day(ctx.as_of, ctx.language)  # type: ignore[arg-type]
    listed = "; ".join(ctx.t("deck.notes.count", word=word, count=count)
                       for word, count, _ in rows)
    notes = [ctx.t("deck.notes.progress", day=as_of, counts=listed)]
    if unchecked:
        notes.append(ctx.t("deck.progress.unchecked", names=_names(ctx, unchecked)))
    return Chapter("progress", ctx.t("deck.progress.title", good=good, total=len(krs)),
                   items, kicker=name, subtitle=ctx.t("deck.progress.as_of", day=as_of),
                   outline=((name, 0),), part=section.part, notes="\n".join(notes))


def _quoted(ctx: DeckContext, text: str) -> str:
    # Only plain white space folds: str.split() would also break the no-break spaces that
    # keep "2 400 km" on one line.
    return ctx.t("deck.feedback.quote", text=_FOLD.sub(" ", text).strip())


def _names(ctx: DeckContext, texts: list[str]) -> str:
    return ", ".join(_quoted(ctx, text) for text in texts)


def objective_rows(ctx: DeckContext, reading: ObjectiveReading) -> list:
    """The objective's title across the slide (a long one takes few lines, and reads back
    whole), then its bar (or "not measured yet") and what the mean counts, in the key
    results' columns."""
    progress = reading.progress
    if progress is None:
        bar = verdict(ctx.t("deck.progress.not_scored"), BAR_COLUMN, None)
    else:
        bar = progress_bar(progress, _percent(ctx, progress), BAR_COLUMN)
    title = ctx.p(reading.objective.title, "label")
    mean = Columns([ctx.p(ctx.t("deck.progress.objective_mean"), "meta"), bar, Empty()],
                   [None, BAR_COLUMN, DETAIL_COLUMN], gap=GAP, space_before=4)
    # What the mean counts across the slide: the key results it leaves out are named, and a
    # narrow column would stack their names into a tower.
    how = basis(ctx, reading)
    how.spaceBefore = 4
    # One heading (title, mean and basis), so the paginator keeps it with a key result.
    return [Stack([title, mean, how], space_before=16)]


def basis(ctx: DeckContext, reading: ObjectiveReading):
    """"Key results counted: 2 of 3; not counted: “C” (no check-in yet)"."""
    counted, total = len(reading.counted), len(reading.readings)
    left = [ctx.t("deck.progress.why", kr=_quoted(ctx, r.kr.text),
                  why=ctx.t(_WHY[r.missing])) for r in reading.left_out]
    if not left:
        return ctx.p(ctx.t("deck.progress.counted", counted=counted, total=total), "meta")
    return ctx.p(ctx.t("deck.progress.left_out", counted=counted, total=total,
                       names=", ".join(left)), "meta")


def teams_chapter(ctx: DeckContext, teams) -> Chapter:
    """Each team as one bar, the mean of its counted key results, two teams a row (the main
    deck's view with many teams; each team's objectives and key results follow in the
    appendix)."""
    cells = []
    notes = [ctx.t("deck.notes.teams")]
    for team, objectives in teams:
        krs = [r for o in objectives for r in o.readings]
        scores = [r.score for r in krs if r.score is not None]
        mean = sum(scores) / len(scores) if scores else None  # type: ignore[arg-type]
        if mean is None:
            bar = verdict(ctx.t("deck.progress.not_scored"), TEAM_BAR, None)
        else:
            bar = progress_bar(mean, _percent(ctx, mean), TEAM_BAR)
        left = len(krs) - len(scores)
        # Without the appendix, the key results left out are named in this slide's notes.
        code = ("deck.progress.counted" if not left else "deck.progress.team_left_out"
                if ctx.appendix else "deck.progress.team_left_out_main")
        counted = ctx.p(ctx.t(code, counted=len(scores), total=len(krs), left=left), "meta")
        cells.append(Columns([Stack([ctx.p(team.name, "label"), counted]), bar],
                             [None, TEAM_BAR], gap=GAP))
        shown = _percent(ctx, mean) if mean is not None else ctx.t("deck.progress.not_scored")
        notes.append(ctx.t("deck.notes.team", team=team.name, progress=shown))
        notes += [ctx.t("deck.notes.not_counted", kr=_quoted(ctx, r.kr.text),
                        why=ctx.t(_WHY[r.missing])) for r in krs if r.score is None]
    rows = []
    for first in range(0, len(cells), 2):
        pair = cells[first:first + 2] + ([Stack([])] if first + 1 == len(cells) else [])
        rows.append(Columns(pair, [None, None], gap=2 * GAP + 12, space_before=14))
    how = "deck.progress.teams_how" if ctx.appendix else "deck.progress.teams_how_main"
    subtitle = ctx.t(how, day=day(ctx.as_of, ctx.language))
    title, kicker = ctx.t("deck.progress.teams"), BY_KEY["progress"].name(ctx.language)
    return Chapter("progress", title, shared_out(ctx, rows, kicker, title, subtitle),
                   kicker=kicker, subtitle=subtitle, notes="\n".join(notes))


def shared_out(ctx: DeckContext, rows: list, kicker: str, title: str,
               subtitle: str) -> list[Item]:
    """The rows in as few slides as they need, as evenly as can be: each slide's rows one
    group, so 13 rows give 4, 3, 3, 3 rather than 4, 4, 4 and one team alone (a greedy
    cut, which the balancing of equal budgets cannot even out), and a row is never cut."""
    room = ctx.least_room(kicker, title, subtitle) - 1.0
    heights = [row.getSpaceBefore() + row.wrap(ctx.width, 1e6)[1] for row in rows]
    slides, used = 1, 0.0
    for height in heights:  # how many slides a greedy cut takes
        if used and used + height > room:
            slides, used = slides + 1, 0.0
        used += height
    if slides < 2:
        return list(rows)
    # As many slides, the rows dealt out evenly (the first slides take one more).
    count, extra = divmod(len(rows), slides)
    groups, start = [], 0
    for index in range(slides):
        size = count + (index < extra)
        if sum(heights[start:start + size]) > room:
            return list(rows)  # rows of uneven heights: the paginator's own balancing
        groups.append(Group(rows[start:start + size]))
        start += size
    return groups


def kr_row(ctx: DeckContext, reading: KrReading) -> Columns:
    """The key result, its bar or verdict, and its status with latest value and
    confidence."""
    return Columns([ctx.p(reading.kr.text, "body"), kr_mark(ctx, reading),
                    kr_detail(ctx, reading)],
                   [None, BAR_COLUMN, DETAIL_COLUMN], gap=GAP, space_before=10)


def kr_mark(ctx: DeckContext, reading: KrReading):
    if reading.measure == Measure.RANGE and reading.progress is not None:
        return progress_bar(reading.progress, _percent(ctx, reading.progress), BAR_COLUMN,
                            STANDING_COLOURS[reading.standing])
    if reading.measure == Measure.THRESHOLD:
        word = threshold_label(bool(reading.met), ctx.language)
        return verdict(word, BAR_COLUMN, reading.met)
    if reading.measure == Measure.MILESTONE:
        word = ctx.t("deck.chart.done" if reading.met else "deck.chart.not_yet")
        return verdict(word, BAR_COLUMN, reading.met)
    word = (standing_label(Standing.NO_CHECK_IN, ctx.language) if reading.missing ==
            "no_check_in" else ctx.t("deck.progress.not_measurable"))
    return verdict(word, BAR_COLUMN, None)


def _value(ctx: DeckContext, kr: KeyResult, value: float) -> str:
    return number(value, ctx.language, kr.unit)


def kr_detail(ctx: DeckContext, reading: KrReading):
    if reading.latest is None:  # the mark beside already says "No check-in yet"
        return Empty()
    word = standing_label(reading.standing, ctx.language)
    markup = bold(coloured(rich(word), _hex(STANDING_COLOURS[reading.standing])))
    latest = reading.latest
    if latest is not None:
        kr = reading.kr
        value = _value(ctx, kr, latest.value)
        when = day(latest.on, ctx.language)
        if reading.measure == Measure.THRESHOLD:
            value = ctx.t("deck.progress.threshold", value=value,
                          target=_value(ctx, kr, kr.aimed_target() or 0.0))
        line = (ctx.t("deck.progress.checked", day=when, confidence=latest.confidence)
                if kr.milestone else  # done or not: the mark beside says it
                ctx.t("deck.progress.latest", value=value, day=when,
                      confidence=latest.confidence))
        markup += "<br/>" + rich(line)
    return para_markup(markup, ctx.styles["meta"])


def _kept_whole(ctx: DeckContext, rows: list) -> list[Item]:
    """An objective's rows moving to the next slide together when they fit one (never a
    key result alone, away from its objective); else the objective (title and bar) with its
    first key result, and each row whole (a title is never cut across two slides)."""
    # The paginator keeps the group whole when it fits a slide, else cuts it between key
    # results with the objective's title atop each part and never one key result alone.
    return [Group(rows, repeat=rows[0])]


def team_chapter(ctx: DeckContext, team: Team, objectives: list[ObjectiveReading],
                 part: str) -> Chapter:
    items: list[Item] = []
    notes = []
    for reading in objectives:
        items += _kept_whole(ctx, [*objective_rows(ctx, reading),
                                   *(kr_row(ctx, r) for r in reading.readings)])
        for r in reading.readings:
            notes.append(_kr_note(ctx, r))
    krs = [r for o in objectives for r in o.readings]
    good = sum(r.standing in GOOD for r in krs)
    title = ctx.t("deck.progress.team_title", team=team.name, good=good, total=len(krs))
    subtitle = ctx.t("deck.progress.objectives_how", day=day(ctx.as_of, ctx.language))
    return Chapter("progress", title, items, kicker=BY_KEY["progress"].name(ctx.language),
                   subtitle=subtitle, part=part, notes="\n".join(notes))


def _kr_note(ctx: DeckContext, reading: KrReading) -> str:
    detail = ""
    latest = reading.latest
    if latest is not None:
        detail = " — " + ctx.t("deck.progress.latest",
                               value=_value(ctx, reading.kr, latest.value),
                               day=day(latest.on, ctx.language), confidence=latest.confidence)
        if latest.comment.strip():
            detail += ctx.t("deck.notes.comment", comment=latest.comment.strip())
    return ctx.t("deck.notes.kr", kr=" ".join(reading.kr.text.split()),
                 status=standing_label(reading.standing, ctx.language), detail=detail)


def chart_chapters(ctx: DeckContext, part: str = MAIN) -> list[Chapter]:
    """Each team's checked-in key results over time, two charts a row, drawn from the
    window's chart definition (export/charts.py) so the slide shows what the room saw."""
    chapters = []
    width = (ctx.geometry.content_width - CHART_GAP) / 2
    for team in ctx.workshop.teams:
        charted = [kr for objective in ctx.kept(team) for kr in sorted_by_position(
            objective.key_results) if kr.check_ins]
        title = ctx.t("deck.chart.heading")
        room = ctx.least_room(team.name, title) - ROW_SPACE - 1.0
        rows: list[Item] = []
        for first in range(0, len(charted), 2):
            # A chart shrinks by what its row's longest title takes, so title and chart
            # always share a slide (a chart cannot split, and a title alone says nothing).
            titles = [ctx.p(kr.text, "label") for kr in charted[first:first + 2]]
            tallest = max(t.wrap(width, 1e6)[1] for t in titles)
            height = max(min(CHART_HEIGHT, room - tallest), MIN_CHART_HEIGHT)
            pair: list = [Stack([t, kr_drawing(ctx.workshop, kr, ctx.language, width, height)])
                          for t, kr in zip(titles, charted[first:first + 2], strict=True)]
            if len(pair) == 1:
                pair.append(Stack([]))
            # A row moves to the next page whole: a title never ends a page without its
            # chart (a chart cannot split, its title's Stack could).
            rows.append(Group([Columns(pair, [None, None], gap=CHART_GAP,
                                       space_before=ROW_SPACE)]))
        if rows:
            notes = [ctx.t("deck.notes.charts")] + [_quoted(ctx, kr.text) for kr in charted]
            chapters.append(Chapter("progress", title, rows,
                                    kicker=team.name, part=part, notes="\n".join(notes)))
    return chapters
