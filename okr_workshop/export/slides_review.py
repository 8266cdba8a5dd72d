"""Review slides: focus, key-result quality, health of the five mistakes; alignment (how
the work connects) is slides_alignment.py's."""

from __future__ import annotations

from okr_workshop.domain.findings import Severity, Subject, by_severity
from okr_workshop.domain.model import ObjectiveStatus
from okr_workshop.domain.rules.health import HealthStatus, status_label
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Chip, Columns, Rule, Stack, Tile
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para_markup, rich
from okr_workshop.export.slides_alignment import alignment

BULLET = "•"
_STATUS_COLOURS = {
    HealthStatus.OK: theme.OK,
    HealthStatus.AT_RISK: theme.RISK,
    HealthStatus.MISSING: theme.MISSING,
}
_SEVERITY_HEX = {Severity.ERROR: theme.MISSING_HEX, Severity.WARNING: theme.RISK_HEX}

__all__ = ["alignment", "focus", "health", "quality"]


def team_line(ctx: DeckContext, team_name: str, text: str, style: str = "item"):
    """"**Team** — text" as a bullet."""
    markup = bold(rich(team_name)) + " — " + rich(text)
    return para_markup(markup, ctx.styles[style], bullet=BULLET)


def _headed(heading, lines: list) -> list[Item]:
    """A heading kept with its first line."""
    if not lines:
        return [heading]
    return [Group([heading, lines[0]]), *lines[1:]]


def focus(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    objectives = list(workshop.objectives())
    counts = (
        ("deck.focus.proposed", len(objectives)),
        ("deck.focus.kept", sum(o.status == ObjectiveStatus.KEPT for o in objectives)),
        ("deck.focus.parked", sum(o.status == ObjectiveStatus.PARKED for o in objectives)),
        ("deck.focus.undecided",
         sum(o.status == ObjectiveStatus.CANDIDATE for o in objectives)),
    )
    # Undecided candidates get their tile only when there are some: proposed = kept +
    # parked + undecided, so none disappears from the counts.
    shown = [(code, count) for code, count in counts
             if count or code != "deck.focus.undecided"]
    tiles = Columns([Tile(str(count), ctx.p(ctx.t(code), "tile_label")) for code, count in shown],
                    [None] * len(shown), gap=24)
    rule = workshop.rule
    items: list[Item] = [
        tiles,
        ctx.p(ctx.t("deck.focus.rule", objectives=rule.max_objectives_per_team,
                    key_results=rule.max_key_results_per_objective), "body"),
    ]
    parked = [team_line(ctx, team.name, o.title) for team in workshop.teams
              for o in sorted_by_position(team.objectives_with(ObjectiveStatus.PARKED))]
    if not parked:
        parked = [ctx.p(ctx.t("deck.focus.parking_empty"), "meta")]
    items += _headed(ctx.p(ctx.t("deck.focus.parking_lot"), "subheading"), parked)
    chapter = section_chapter(ctx, "focus", items)
    chapter.notes = ctx.t("deck.notes.focus", **{code.rsplit(".", 1)[1]: count
                                                  for code, count in counts})
    return [chapter]


def quality(ctx: DeckContext) -> list[Chapter]:
    """The key-result findings still open (errors and warnings), key result by key result."""
    by_kr: dict[str, list] = {}
    for finding in ctx.findings:
        if finding.subject == Subject.KEY_RESULT and finding.severity in _SEVERITY_HEX:
            by_kr.setdefault(finding.subject_id, []).append(finding)
    kept = [(team, kr) for team in ctx.workshop.teams for o in ctx.kept(team)
            for kr in sorted_by_position(o.key_results)]
    if not kept:
        return [section_chapter(ctx, "quality", [ctx.p(ctx.t("deck.quality.none_kept"),
                                                         "meta")])]
    flagged = [(team, kr) for team, kr in kept if kr.id in by_kr]
    items: list[Item] = [ctx.p(ctx.t("deck.quality.summary", count=len(flagged),
                                     total=len(kept)), "body")]
    if not flagged:
        items.append(Columns([Rule(6), ctx.p(ctx.t("deck.quality.all_clear"), "lead")],
                             [6, None], gap=26, space_before=24))
    for team, kr in flagged:
        heading = para_markup(bold(rich(team.name)) + " · " + rich(kr.text),
                              ctx.styles["body"])
        heading.spaceBefore = 16
        lines = []
        seen: set[str] = set()
        for finding in by_severity(by_kr[kr.id]):  # errors first, as the window lists them
            message = finding.message(ctx.language)
            if message in seen:
                continue
            seen.add(message)
            dot = coloured("●", _SEVERITY_HEX[finding.severity])
            lines.append(para_markup(rich(message), ctx.styles["finding"], bullet=dot))
        items += _headed(heading, lines)
    return [section_chapter(ctx, "quality", items)]


def health(ctx: DeckContext) -> list[Chapter]:
    labels = [status_label(status, ctx.language) for status in HealthStatus]
    chip_width = Chip.width_for(labels)
    items: list[Item] = []
    for mistake in ctx.health:
        title = ctx.t("deck.health.mistake", number=mistake.mistake) + " · " + \
            mistake.title(ctx.language)
        worrying = [e for e in mistake.evidence if e.severity != Severity.INFO]
        shown = (worrying or list(mistake.evidence))[:3]
        evidence = "   ·   ".join(e.message(ctx.language) for e in shown)
        text = [ctx.p(title, "label")]
        if evidence:
            text.append(ctx.p(evidence, "meta"))
        chip = Chip(status_label(mistake.status, ctx.language),
                    _STATUS_COLOURS[mistake.status], chip_width)
        items.append(Columns([chip, Stack(text)], [chip_width, None], gap=20, space_before=16))
    return [section_chapter(ctx, "health", items)]
