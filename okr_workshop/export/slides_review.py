"""Review slides: alignment (focus, quality and health moved to slides_appendix.py)."""

from __future__ import annotations

from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Badge, Columns
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, para_markup, rich

BULLET = "•"


def team_line(ctx: DeckContext, team_name: str, text: str, style: str = "item"):
    """"**Team** — text" as a bullet."""
    markup = bold(rich(team_name)) + " — " + rich(text)
    return para_markup(markup, ctx.styles[style], bullet=BULLET)


def _headed(heading, lines: list) -> list[Item]:
    """A heading kept with its first line."""
    if not lines:
        return [heading]
    return [Group([heading, lines[0]]), *lines[1:]]


def alignment(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    kept = [(team, o) for team in workshop.teams for o in ctx.kept(team)]
    items: list[Item] = []
    for number, strategic in enumerate(sorted_by_position(workshop.strategic_objectives), 1):
        heading = Columns([Badge(str(number), size=26), ctx.p(strategic.title, "heading")],
                          [26, None], gap=14, space_before=18)
        lines = [team_line(ctx, team.name, o.title) for team, o in kept
                 if o.strategic_objective_id == strategic.id]
        if not lines:
            lines = [ctx.p(ctx.t("deck.alignment.uncovered"), "note")]
        items += _headed(heading, lines)
    loose = [(team, o) for team, o in kept if o.strategic_objective_id is None]
    if loose:
        lines = []
        for team, objective in loose:
            lines.append(team_line(ctx, team.name, objective.title))
            if objective.non_alignment_reason.strip():
                reason = ctx.t("deck.alignment.reason", reason=objective.non_alignment_reason)
                lines.append(ctx.p(reason, "finding"))
        items += _headed(ctx.p(ctx.t("deck.alignment.not_aligned"), "subheading"), lines)
    dependencies = _dependency_lines(ctx)
    if dependencies:
        items += _headed(ctx.p(ctx.t("deck.alignment.dependencies"), "subheading"),
                         dependencies)
    return [section_chapter(ctx, "alignment", items)]


def _dependency_lines(ctx: DeckContext) -> list:
    workshop = ctx.workshop
    lines = []
    for dependency in workshop.dependencies:
        source = workshop.objective(dependency.from_objective_id)
        target = workshop.objective(dependency.to_objective_id)
        if source is None or target is None:
            continue  # a dangling link: the integrity check reports it, the deck skips it
        text = ctx.t("deck.alignment.depends", objective=source.title,
                     team=ctx.team_names.get(source.team_id, ""), other=target.title,
                     other_team=ctx.team_names.get(target.team_id, ""))
        lines.append(ctx.p(text, "item", bullet=BULLET))
        if dependency.note.strip():
            lines.append(ctx.p(dependency.note, "finding"))
    return lines
