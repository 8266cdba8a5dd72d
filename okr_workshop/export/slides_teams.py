"""One chapter per team: its kept objectives, each with its why and the strategic objective
it serves, and its key results as "metric: baseline → target" with owner and data source,
status and latest check-in (once the workshop has check-ins). Shared with the posters.

Status is the steering step's (:func:`kr_status` on the deck's as-of date, one vocabulary);
a threshold ("at least 99.9 %") is met or not met, never a percentage of a range.
"""

from __future__ import annotations

from okr_workshop.domain.enums import PaceStatus
from okr_workshop.domain.model import Direction, KeyResult, Objective, Team
from okr_workshop.domain.relative_change import change_text
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.domain.scoring import key_result_progress
from okr_workshop.domain.steering.cycle import milestone_done, reached
from okr_workshop.domain.steering.pace import kr_status, status_label
from okr_workshop.domain.steering.standing import Standing, standing_label, threshold_label
from okr_workshop.export.context import DeckContext, sorted_by_position
from okr_workshop.export.flowables import Badge, Columns, Dot, Empty, ProgressBar, Stack
from okr_workshop.export.labels import day, number
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para_markup, rich, sized
from okr_workshop.export.theme import MISSING_HEX, MUTED_HEX, OK_HEX, RISK_HEX

SEPARATOR = "   ·   "
BAR_COLUMN = 200.0
BESIDE, BELOW = "beside", "below"
THRESHOLDS = (Direction.AT_LEAST, Direction.AT_MOST)
STATUS_HEX = {PaceStatus.ON_TRACK: OK_HEX, PaceStatus.AT_RISK: RISK_HEX,
              PaceStatus.OFF_TRACK: MISSING_HEX}
TITLE_CHARACTERS = 120  # a takeaway title naming strategic objectives: about two lines


def measure(ctx: DeckContext, kr: KeyResult) -> str:
    """"1,8 % → 3 %", "Cible : 3 %", "96 % → au moins 95 %", "1 200 → 960 (−20 %)" or
    "−20 %, point de départ à mesurer" for a relative change, or "" when nothing is set."""
    if kr.is_relative and kr.direction not in THRESHOLDS:
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
    baseline = None if kr.baseline is None else number(kr.baseline, ctx.language, kr.unit)
    if kr.direction in THRESHOLDS:
        alone, after = ("deck.kr.at_least", "deck.kr.from_at_least") \
            if kr.direction == Direction.AT_LEAST else ("deck.kr.at_most", "deck.kr.from_at_most")
        if baseline is None:
            return ctx.t(alone, target=target)
        return ctx.t(after, baseline=baseline, target=target)
    if baseline is None:
        return ctx.t("deck.kr.target", target=target)
    return ctx.t("deck.kr.from_to", baseline=baseline, target=target)


def measure_line(ctx: DeckContext, kr: KeyResult) -> str:
    """"Website conversion rate: 2.1% → 2.8%" (the metric alone, or the measure alone,
    when only one is known)."""
    metric, measured = kr.metric.strip(), measure(ctx, kr)
    if metric and measured:
        return ctx.t("deck.kr.metric", metric=metric, measure=measured)
    return metric or measured


def meta_line(ctx: DeckContext, kr: KeyResult) -> str:
    parts = [measure_line(ctx, kr)]
    if kr.owner.strip():
        parts.append(ctx.t("deck.kr.owner", name=kr.owner.strip()))
    if kr.data_source.strip():
        parts.append(ctx.t("deck.kr.source", source=kr.data_source.strip()))
    return SEPARATOR.join(p for p in parts if p)


def threshold_met(kr: KeyResult) -> bool | None:
    """Met or not at the latest check-in, for a threshold; None for anything else."""
    latest, aimed = kr.latest_check_in(), kr.aimed_target()
    if latest is None or aimed is None or kr.direction not in THRESHOLDS or kr.milestone:
        return None
    return reached(latest.value, aimed, kr.direction)


def honest_percent(fraction: float, ctx: DeckContext) -> str:
    """A whole percentage that never rounds a target not yet reached up to 100 %."""
    shown = round(fraction * 100)
    if fraction < 1.0:
        shown = min(shown, 99)
    return number(shown, ctx.language, "%")


def progress_cell(ctx: DeckContext, kr: KeyResult, width: float):
    """Beside a key result: its progress bar, or "Threshold met / not met", or a
    milestone's "Done / Not yet"; nothing before a check-in (or without a line to judge)."""
    latest = kr.latest_check_in()
    if latest is None:
        return Empty()
    met = threshold_met(kr)
    if kr.milestone or met is not None:
        done = milestone_done(latest.value) if kr.milestone else met
        word = ctx.t("deck.chart.done" if done else "deck.chart.not_yet") if kr.milestone \
            else threshold_label(done, ctx.language)
        markup = bold(coloured(rich(word), OK_HEX if done else MISSING_HEX))
        return Stack([para_markup(markup, ctx.styles["body"])])
    fraction = key_result_progress(kr)
    if fraction is None:
        return Empty()
    return Stack([ProgressBar(fraction, honest_percent(fraction, ctx), width,
                              font_size=ctx.styles["meta"].fontSize)])


def status_paragraphs(ctx: DeckContext, kr: KeyResult) -> list:
    """Under the bar: "On track · confidence 7/10", "2.5% on Feb 11, 2027"; "No check-in
    yet" for a key result left behind once others have check-ins."""
    if ctx.as_of is None:
        return []
    latest = kr.latest_check_in()
    if latest is None:
        return [ctx.p(standing_label(Standing.NO_CHECK_IN, ctx.language), "meta")]
    status = kr_status(ctx.workshop, kr, ctx.as_of).status
    label = bold(coloured(rich(status_label(status, ctx.language)),
                          STATUS_HEX.get(status, MUTED_HEX)))
    value = number(latest.value, ctx.language, kr.unit)
    confidence = rich(ctx.t("deck.kr.confidence", confidence=latest.confidence))
    return [para_markup(label + " · " + confidence, ctx.styles["meta"]),
            ctx.p(ctx.t("deck.kr.value_on", value=value, day=day(latest.on, ctx.language)),
                  "meta")]


def comment_paragraph(ctx: DeckContext, kr: KeyResult):
    """The latest check-in's comment, quoted (None without one)."""
    latest = kr.latest_check_in()
    if latest is None or not latest.comment.strip():
        return None
    return ctx.p(ctx.t("deck.kr.comment", comment=latest.comment.strip()), "meta")


def serves_line(ctx: DeckContext, objective: Objective) -> str:
    strategic = ctx.workshop.strategic_objective(objective.strategic_objective_id or "")
    if strategic is not None:
        return ctx.t("deck.objective.serves", strategic=strategic.title.strip())
    reason = objective.non_alignment_reason.strip()
    if reason:
        return ctx.t("deck.objective.not_aligned", reason=reason)
    return ctx.t("deck.objective.not_aligned.no_reason")


def objective_header(ctx: DeckContext, objective: Objective, position: int,
                     full: bool = True):
    """The badge, the title and commitment, then (``full``) the why and what it serves."""
    markup = bold(rich(objective.title))
    if objective.commitment is not None:
        word = ctx.t(f"deck.objective.{objective.commitment.value}")
        size = ctx.styles["meta"].fontSize
        markup += "  " + sized(coloured(rich(word), MUTED_HEX), size)
    lines = [para_markup(markup, ctx.styles["heading"])]
    if full and objective.why.strip():
        lines.append(ctx.p(ctx.t("deck.objective.why", why=objective.why.strip()), "meta"))
    if full:
        lines.append(ctx.p(serves_line(ctx, objective), "meta"))
    badge = 26 * ctx.scale
    return Columns([Badge(str(position), size=badge, top=0), Stack(lines)], [badge, None],
                   gap=14 * ctx.scale, space_before=14 * ctx.scale)


def key_result_row(ctx: DeckContext, kr: KeyResult, bars: str | None, follow: bool):
    """A bullet, the sentence, its measure line and (``follow``) the latest check-in's
    comment; beside it (slides) the progress bar with the status, value, date and
    confidence under it; below it (posters, narrower) the bar alone, when ``bars``."""
    body = ctx.styles["body"]
    text = [ctx.p(kr.text, "body")]
    meta = meta_line(ctx, kr)
    if meta:
        text.append(ctx.p(meta, "meta"))
    if follow:
        text.append(comment_paragraph(ctx, kr))
    bar_width = BAR_COLUMN * ctx.scale
    if bars == BELOW and kr.check_ins:
        cell = progress_cell(ctx, kr, bar_width)
        cell.spaceBefore = 4 * ctx.scale
        text.append(cell)
    cells = [Dot(body.leading * 0.55, 3.5 * ctx.scale), Stack(text)]
    widths: list[float | None] = [26 * ctx.scale, None]
    side = status_paragraphs(ctx, kr) if follow else []
    if bars == BESIDE or side:
        shown = progress_cell(ctx, kr, bar_width) if bars == BESIDE else Empty()
        cells.append(Stack([*getattr(shown, "children", []), *side]))
        widths.append(bar_width)
    return Columns(cells, widths, gap=14 * ctx.scale, space_before=7 * ctx.scale)


def objective_items(ctx: DeckContext, objective: Objective, position: int,
                    bars: str | None, follow: bool) -> list[Item]:
    """One group: the objective stays whole on a slide when it fits one."""
    header = objective_header(ctx, objective, position)
    rows = [key_result_row(ctx, kr, bars, follow)
            for kr in sorted_by_position(objective.key_results)]
    if not rows:
        rows = [Columns([Empty(), ctx.p(ctx.t("deck.objective.no_key_result"), "meta")],
                        [26 * ctx.scale, None], gap=14 * ctx.scale,
                        space_before=6 * ctx.scale)]
    # The objective stays whole on one slide when it fits one (layout.Group); when it
    # does not, its title (without the why) heads each slide it continues on.
    return [Group([header, *rows], repeat=objective_header(ctx, objective, position, False))]


def team_items(ctx: DeckContext, team: Team, placement: str = BESIDE) -> list[Item]:
    """The team's kept objectives; progress bars (``placement``: BESIDE or BELOW the key
    result) only when one of its key results has a check-in. Status and latest check-in
    on slides (BESIDE); a poster on the wall lives longer than any check-in."""
    kept = ctx.kept(team)
    if not kept:
        return [ctx.p(ctx.t("deck.team.no_kept"), "meta")]
    checked = any(kr.check_ins for objective in kept for kr in objective.key_results)
    items: list[Item] = []
    for position, objective in enumerate(kept, start=1):
        items += objective_items(ctx, objective, position, placement if checked else None,
                                 placement == BESIDE)
    return items


def team_subtitle(ctx: DeckContext, team: Team) -> str:
    parts = [department_label(team.department.strip(), ctx.language)]
    ambassador = ctx.workshop.participant(team.ambassador_id) if team.ambassador_id else None
    if ambassador is not None:
        parts.append(ctx.t("deck.team.ambassador", name=ambassador.name.strip()))
    return " · ".join(p for p in parts if p)


def team_title(ctx: DeckContext, team: Team) -> str:
    """The takeaway: "Sales commits to 2 objectives serving Growth"; the name alone for a
    team with nothing kept."""
    kept = ctx.kept(team)
    if not kept:
        return team.name
    commits = ctx.t("deck.team.commits.one" if len(kept) == 1 else "deck.team.commits.many",
                    team=team.name, count=len(kept))
    served, aligned = [], 0
    for objective in kept:
        strategic = ctx.workshop.strategic_objective(objective.strategic_objective_id or "")
        aligned += strategic is not None
        if strategic is not None and strategic not in served:
            served.append(strategic)
    # Named in full when the title stays within about two lines (never cut with "…": each
    # objective's "Serves" line names it anyway); else counted.
    names = [" ".join(s.title.split()) for s in served]
    if aligned < len(kept):
        # Never "serving …" of an objective outside the strategy: "…, 1 serving Growth".
        if len(served) == 1:
            title = ctx.t("deck.team.partly", commits=commits, count=aligned,
                          strategic=names[0])
            if len(title) <= TITLE_CHARACTERS:
                return title
        return commits
    if len(served) == 1:
        title = ctx.t("deck.team.serving.one", commits=commits, strategic=names[0])
        if len(title) <= TITLE_CHARACTERS:
            return title
        return ctx.t("deck.team.serving.unnamed", commits=commits)
    if len(served) == 2:
        title = ctx.t("deck.team.serving.two", commits=commits, first=names[0],
                      second=names[1])
        if len(title) <= TITLE_CHARACTERS:
            return title
    return ctx.t("deck.team.serving.many", commits=commits, count=len(served))
