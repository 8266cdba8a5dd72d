"""One chapter per team: its kept objectives, each with its key results (measure, owner,
data source, and a progress bar once check-ins exist). Shared with the posters."""

from __future__ import annotations

from okr_workshop.domain.model import Direction, KeyResult, Objective, Team
from okr_workshop.domain.relative_change import change_text
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.domain.scoring import key_result_progress
from okr_workshop.export.context import Chapter, DeckContext, sorted_by_position
from okr_workshop.export.flowables import Badge, Columns, Dot, Empty, ProgressBar, Stack
from okr_workshop.export.labels import number, percent
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para_markup, rich, sized
from okr_workshop.export.sections import BY_KEY
from okr_workshop.export.theme import MUTED_HEX

SEPARATOR = "   ·   "
BAR_COLUMN = 200.0
BESIDE, BELOW = "beside", "below"


def measure(ctx: DeckContext, kr: KeyResult) -> str:
    """"1,8 % → 3 %", "Cible : 3 %", "Au moins 99,9 %", "1 200 → 960 (−20 %)" or "−20 %,
    point de départ à mesurer" for a relative change, or "" when nothing is set."""
    if kr.is_relative and kr.direction not in (Direction.AT_LEAST, Direction.AT_MOST):
        change = change_text(kr, ctx.language)
        aimed = kr.aimed_target()
        if kr.baseline is None or aimed is None:
            return ctx.t("deck.kr.change", change=change)
        return ctx.t("deck.kr.from_to_change", change=change,
                     baseline=number(kr.baseline, ctx.language, kr.unit),
                     target=number(aimed, ctx.language, kr.unit))
    if kr.target is None:
        return ""
    target = number(kr.target, ctx.language, kr.unit)
    if kr.direction == Direction.AT_LEAST:
        return ctx.t("deck.kr.at_least", target=target)
    if kr.direction == Direction.AT_MOST:
        return ctx.t("deck.kr.at_most", target=target)
    if kr.baseline is None:
        return ctx.t("deck.kr.target", target=target)
    return ctx.t("deck.kr.from_to", baseline=number(kr.baseline, ctx.language, kr.unit),
                 target=target)


def meta_line(ctx: DeckContext, kr: KeyResult) -> str:
    parts = [measure(ctx, kr)]
    if kr.owner.strip():
        parts.append(ctx.t("deck.kr.owner", name=kr.owner.strip()))
    if kr.data_source.strip():
        parts.append(ctx.t("deck.kr.source", source=kr.data_source.strip()))
    return SEPARATOR.join(p for p in parts if p)


def progress_cell(ctx: DeckContext, kr: KeyResult, width: float):
    latest = kr.latest_check_in()
    if latest is None:
        return Empty()
    value = number(latest.value, ctx.language, kr.unit)
    caption = ctx.p(ctx.t("deck.kr.latest", value=value), "meta")
    fraction = key_result_progress(kr)
    if fraction is None:
        return Stack([caption])
    bar = ProgressBar(fraction, percent(fraction, ctx.language), width,
                      font_size=ctx.styles["meta"].fontSize)
    return Stack([bar, caption])


def objective_header(ctx: DeckContext, objective: Objective, position: int):
    markup = bold(rich(objective.title))
    if objective.commitment is not None:
        word = ctx.t(f"deck.objective.{objective.commitment.value}")
        size = ctx.styles["meta"].fontSize
        markup += "  " + sized(coloured(rich(word), MUTED_HEX), size)
    badge = 26 * ctx.scale
    return Columns([Badge(str(position), size=badge, top=0), para_markup(markup,
                    ctx.styles["heading"])], [badge, None], gap=14 * ctx.scale,
                   space_before=14 * ctx.scale)


def key_result_row(ctx: DeckContext, kr: KeyResult, bars: str | None):
    """A bullet, the sentence, its measure line; the progress bar beside it (slides) or
    below it (posters, narrower), when ``bars`` says so."""
    body = ctx.styles["body"]
    text = [ctx.p(kr.text, "body")]
    meta = meta_line(ctx, kr)
    if meta:
        text.append(ctx.p(meta, "meta"))
    bar_width = BAR_COLUMN * ctx.scale
    if bars == BELOW and kr.check_ins:
        cell = progress_cell(ctx, kr, bar_width)
        cell.spaceBefore = 4 * ctx.scale
        text.append(cell)
    cells = [Dot(body.leading * 0.55, 3.5 * ctx.scale), Stack(text)]
    widths: list[float | None] = [26 * ctx.scale, None]
    if bars == BESIDE:
        cells.append(progress_cell(ctx, kr, bar_width))
        widths.append(bar_width)
    return Columns(cells, widths, gap=14 * ctx.scale, space_before=7 * ctx.scale)


def objective_items(ctx: DeckContext, objective: Objective, position: int,
                    bars: str | None) -> list[Item]:
    header = objective_header(ctx, objective, position)
    krs = sorted_by_position(objective.key_results)
    rows = [key_result_row(ctx, kr, bars) for kr in krs]
    if not rows:
        rows = [Columns([Empty(), ctx.p(ctx.t("deck.objective.no_key_result"), "meta")],
                        [26 * ctx.scale, None], gap=14 * ctx.scale,
                        space_before=6 * ctx.scale)]
    # The objective stays whole on one slide when it fits one (layout.Group); when it
    # does not, its heading heads each slide it continues on.
    return [Group([header, *rows], repeat=header)]


def team_items(ctx: DeckContext, team: Team, placement: str = BESIDE) -> list[Item]:
    """The team's kept objectives; progress bars (``placement``: BESIDE or BELOW the key
    result) only when one of its key results has a check-in."""
    kept = ctx.kept(team)
    if not kept:
        return [ctx.p(ctx.t("deck.team.no_kept"), "meta")]
    checked = any(kr.check_ins for objective in kept for kr in objective.key_results)
    items: list[Item] = []
    for position, objective in enumerate(kept, start=1):
        items += objective_items(ctx, objective, position, placement if checked else None)
    return items


def team_subtitle(ctx: DeckContext, team: Team) -> str:
    parts = [department_label(team.department.strip(), ctx.language)]
    ambassador = ctx.workshop.participant(team.ambassador_id) if team.ambassador_id else None
    if ambassador is not None:
        parts.append(ctx.t("deck.team.ambassador", name=ambassador.name.strip()))
    return " · ".join(p for p in parts if p)


def team_chapter(ctx: DeckContext, team: Team, first: bool) -> Chapter:
    section = BY_KEY["teams"].name(ctx.language)
    outline = ((section, 0),) if first else ()
    return Chapter("teams", team.name, team_items(ctx, team), kicker=section,
                   subtitle=team_subtitle(ctx, team), outline=outline + ((team.name, 1),))


def no_team_chapter(ctx: DeckContext) -> Chapter:
    section = BY_KEY["teams"]
    name = section.name(ctx.language)
    return Chapter("teams", name, [ctx.p(ctx.t("deck.teams.none"), "meta")],
                   subtitle=section.description(ctx.language), outline=((name, 0),))
