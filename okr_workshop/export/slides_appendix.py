"""The appendix, for the coach and the OKR team, after the story and never inside it: a
divider, key-result quality, health of the five mistakes, the parking lot and the
undecided objectives (neither kept nor parked: they would otherwise vanish), and the time
spent per step against the run sheet's plan when the step timer recorded some."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from okr_workshop.domain.agenda import time_per_step
from okr_workshop.domain.findings import Severity, Subject, by_severity
from okr_workshop.domain.model import Objective, ObjectiveStatus
from okr_workshop.domain.rules.health import HealthStatus, status_label
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Badge, Chip, Columns, Rule, Tile
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para, para_markup, rich
from okr_workshop.export.sections import APPENDIX, BY_KEY

BULLET = "•"
STATUS_HEX = {
    HealthStatus.OK: theme.OK_HEX,
    HealthStatus.AT_RISK: theme.RISK_HEX,
    HealthStatus.MISSING: theme.MISSING_HEX,
}
_SEVERITY_HEX = {Severity.ERROR: theme.MISSING_HEX, Severity.WARNING: theme.RISK_HEX}


def team_line(ctx: DeckContext, team_name: str, text: str, style: str = "item"):
    """"**Team** — text" as a bullet."""
    markup = bold(rich(team_name)) + " — " + rich(text)
    return para_markup(markup, ctx.styles[style], bullet=BULLET)


def headed(heading, lines: list) -> list[Item]:
    """A heading kept with its first line."""
    if not lines:
        return [heading]
    return [Group([heading, lines[0]]), *lines[1:]]


def divider(ctx: DeckContext, sections: list[str]) -> Chapter:
    """The slide that opens the appendix and says what it holds (``sections``: the keys
    of the chapters that follow, in order)."""
    title = ctx.t("deck.appendix.title")
    names = [BY_KEY[key].name(ctx.language) for key in dict.fromkeys(sections)]
    items: list[Item] = [Columns([Rule(6), ctx.p(ctx.t("deck.appendix.lead"), "lead")],
                                 [6, None], gap=26)]
    items += [ctx.p(name, "step", bullet=f"{number}.")
              for number, name in enumerate(names, start=1)]
    return Chapter("appendix", title, items, subtitle=ctx.t("deck.appendix.subtitle"),
                   outline=((title, 0),), part=APPENDIX,
                   notes=ctx.t("deck.notes.appendix", sections="; ".join(names) or "—"))


def quality(ctx: DeckContext) -> list[Chapter]:
    """The key-result findings still open (errors and warnings), key result by key result."""
    by_kr: dict[str, list] = {}
    for finding in ctx.findings:
        if finding.subject == Subject.KEY_RESULT and finding.severity in _SEVERITY_HEX:
            by_kr.setdefault(finding.subject_id, []).append(finding)
    kept = [(team, kr) for team in ctx.workshop.teams for o in ctx.kept(team)
            for kr in sorted_by_position(o.key_results)]
    flagged = [(team, kr) for team, kr in kept if kr.id in by_kr]
    notes = ctx.t("deck.notes.quality", count=len(flagged), total=len(kept))
    if not kept:
        chapter = section_chapter(ctx, "quality", [ctx.p(ctx.t("deck.quality.none_kept"),
                                                         "meta")])
        chapter.notes = notes
        return [chapter]
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
        items += headed(heading, lines)
    chapter = section_chapter(ctx, "quality", items)
    chapter.notes = notes
    return [chapter]


def health(ctx: DeckContext) -> list[Chapter]:
    """The five mistakes as five large states side by side (one word each, in the one
    vocabulary of both languages), then what each state rests on."""
    rows: list[Item] = []
    evidence_items: list[Item] = []
    states = []
    # One row a mistake, its state in a column as wide as the widest state: five columns
    # side by side left 150 pt a title, and "responsabilisation" was cut mid-word.
    large = ctx.styles["heading"]
    state_width = Chip.width_for([status_label(s, ctx.language) for s in HealthStatus],
                                 large.fontSize)
    for mistake in ctx.health:
        state = status_label(mistake.status, ctx.language)
        states.append(f"{mistake.mistake}. {state}")
        big = para_markup(coloured(bold(rich(state)), STATUS_HEX[mistake.status]), large)
        rows.append(Columns([Badge(str(mistake.mistake), size=30, top=0), big,
                             ctx.p(mistake.title(ctx.language), "label")],
                            [30, state_width, None], gap=18, space_before=10))
        worrying = [e for e in mistake.evidence if e.severity != Severity.INFO]
        shown = (worrying or list(mistake.evidence))[:3]
        if shown:
            heading = ctx.p(ctx.t("deck.health.mistake", number=mistake.mistake) + " · "
                            + mistake.title(ctx.language), "subheading")
            evidence_items += headed(heading, [ctx.p(e.message(ctx.language), "finding",
                                                     bullet=BULLET) for e in shown])
    items: list[Item] = [Group([*rows, ctx.p(ctx.t("deck.health.legend"), "meta")])]
    chapter = section_chapter(ctx, "health", items + evidence_items)
    chapter.notes = ctx.t("deck.notes.health", states="; ".join(states))
    return [chapter]


def objective_entry(ctx: DeckContext, team_name: str, objective: Objective) -> list:
    """A parked or undecided objective: "**Team** — title", then its why when it has one
    (what made the team propose it: the reason to come back to it)."""
    lines = [team_line(ctx, team_name, objective.title)]
    if objective.why.strip():
        lines.append(ctx.p(ctx.t("deck.focus.why", why=objective.why.strip()), "finding"))
    return lines


def focus(ctx: DeckContext) -> list[Chapter]:
    """What was proposed, kept, parked and left undecided; the parking lot and the
    undecided objectives by name."""
    workshop = ctx.workshop
    objectives = list(workshop.objectives())
    counts = {
        "proposed": len(objectives),
        "kept": sum(o.status == ObjectiveStatus.KEPT for o in objectives),
        "parked": sum(o.status == ObjectiveStatus.PARKED for o in objectives),
        "undecided": sum(o.status == ObjectiveStatus.CANDIDATE for o in objectives),
    }
    codes = ("deck.focus.proposed", "deck.focus.kept", "deck.focus.parked",
             "deck.focus.undecided")
    # The undecided get their tile only when there are some: proposed = kept + parked +
    # undecided, so none disappears from the counts.
    shown = [(code, count) for code, count in zip(codes, counts.values(), strict=True)
             if count or code != "deck.focus.undecided"]
    tiles = Columns([Tile(str(count), ctx.p(ctx.t(code), "tile_label"))
                     for code, count in shown], [None] * len(shown), gap=20)
    rule = workshop.rule
    items: list[Item] = [
        tiles,
        ctx.p(ctx.t("deck.focus.rule", objectives=rule.max_objectives_per_team,
                    key_results=rule.max_key_results_per_objective), "body"),
    ]
    for status, heading, empty in (
        (ObjectiveStatus.PARKED, "deck.focus.parking_lot", "deck.focus.parking_empty"),
        (ObjectiveStatus.CANDIDATE, "deck.focus.undecided_heading",
         "deck.focus.undecided_empty"),
    ):
        entries = [objective_entry(ctx, team.name, o) for team in workshop.teams
                   for o in sorted_by_position(team.objectives_with(status))]
        if not entries:
            entries = [[ctx.p(ctx.t(empty), "meta")]]
        # The heading kept with the first objective (and its why); each objective with its
        # why.
        items.append(Group([ctx.p(ctx.t(heading), "subheading"), *entries[0]]))
        items += [Group(entry) if len(entry) > 1 else entry[0] for entry in entries[1:]]
    chapter = section_chapter(ctx, "focus", items)
    chapter.notes = ctx.t("deck.notes.focus", **counts)
    return [chapter]


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` aligned right, so the durations line up in their columns."""
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)


def _duration(ctx: DeckContext, seconds: int, signed: bool = False) -> str:
    """"12 min 05 s"; ``signed``: "+2 min 05 s" / "−5 min 00 s"."""
    minutes, rest = divmod(abs(seconds), 60)
    text = ctx.t("deck.time.duration", minutes=minutes, seconds=f"{rest:02d}")
    if not signed:
        return text
    return ("+" if seconds > 0 else "−" if seconds < 0 else "") + text


def time_spent(ctx: DeckContext) -> list[Chapter]:
    """Each step's planned and real time as the step timer recorded it, and the gap."""
    rows_of = time_per_step(ctx.workshop)
    styles = ctx.styles
    head, cell = styles["label"], styles["body"]
    right = {name: _right(styles[name]) for name in ("label", "body", "body_bold")}
    rows = [[para(ctx.t("deck.time.col.step"), head),
             para(ctx.t("deck.time.col.planned"), right["label"]),
             para(ctx.t("deck.time.col.spent"), right["label"]),
             para(ctx.t("deck.time.col.gap"), right["label"])]]
    lines = []
    for row in rows_of:
        name = ctx.t(f"deck.step.{row.step.value}")
        planned, spent = _duration(ctx, 60 * row.planned_minutes), _duration(ctx, row.spent_seconds)
        if not row.spent_seconds:  # never timed: no real time, not a step done in no time
            spent = gap = "—"
        else:
            gap = _duration(ctx, row.over_seconds, signed=True)
        late = row.spent_seconds and row.over_seconds > 0
        gap_markup = coloured(rich(gap), theme.RISK_HEX) if late else rich(gap)
        rows.append([para(name, cell), para(planned, right["body"]), para(spent, right["body"]),
                     para_markup(gap_markup, right["body"])])
        lines.append(f"{name} {spent} / {planned}")
    planned_total = sum(60 * row.planned_minutes for row in rows_of)
    spent_total = sum(row.spent_seconds for row in rows_of)
    # The total's gap is over the steps timed: an untimed step is not time saved.
    gap_total = sum(row.over_seconds for row in rows_of if row.spent_seconds)
    rows.append([para(ctx.t("deck.time.total"), styles["body_bold"]),
                 para(_duration(ctx, planned_total), right["body_bold"]),
                 para(_duration(ctx, spent_total), right["body_bold"]),
                 para(_duration(ctx, gap_total, signed=True),
                      right["body_bold"])])
    width = ctx.geometry.content_width
    number = width * 0.2
    table = Table(rows, colWidths=[width - 3 * number, number, number, number],
                  hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, theme.MUTED),
        ("LINEBELOW", (0, 1), (-1, -2), 0.5, theme.LINE),
        ("LINEABOVE", (0, -1), (-1, -1), 1, theme.MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    chapter = section_chapter(ctx, "time", [table])
    chapter.notes = ctx.t("deck.notes.time", planned=_duration(ctx, planned_total),
                          spent=_duration(ctx, spent_total), steps="; ".join(lines))
    return [chapter]
