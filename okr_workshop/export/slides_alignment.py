"""How the work connects: the team × strategic-objective coverage matrix, the kept
objectives serving no strategic objective (with their reason), and the dependencies between
teams as a diagram with its numbered legend. Pictures from export/pictures/."""

from __future__ import annotations

from okr_workshop.domain.coverage import coverage
from okr_workshop.domain.model import Language, Team
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.export import chrome
from okr_workshop.export.context import Chapter, DeckContext
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, para_markup, rich
from okr_workshop.export.pictures.dependencies import (
    MOST_BOXES,
    Edge,
    Node,
    dependency_diagram,
)
from okr_workshop.export.pictures.matrix import MatrixRow, MatrixWords, coverage_matrix
from okr_workshop.export.sections import APPENDIX, BY_KEY

BULLET = "•"
DEPARTMENT_ROWS_AFTER = 12  # more teams: the main matrix has a row per department
DIAGRAM_HEIGHT = 280.0
MIN_DIAGRAM_HEIGHT = 200.0  # lower, the boxes' names no longer fit
SHORT_LEGEND = 8  # more dependencies: the main slide has the picture, the appendix the list
SHORT_NAME = 60  # leaves room for the legend's first lines


def team_line(ctx: DeckContext, team_name: str, text: str, style: str = "item"):
    """"**Team** — text" as a bullet."""
    markup = bold(rich(team_name)) + " — " + rich(text)
    return para_markup(markup, ctx.styles[style], bullet=BULLET)


def _headed(heading, lines: list) -> list[Item]:
    """A heading kept with its first line."""
    if not lines:
        return [heading]
    return [Group([heading, lines[0]]), *lines[1:]]


def _ordered_teams(teams: tuple[Team, ...]) -> tuple[Team, ...]:
    """Teams by department (in the order departments first appear), so a long matrix reads
    department by department; a team without one keeps its place at the end."""
    order: dict[str, int] = {}
    for team in teams:
        order.setdefault(" ".join(team.department.split()).casefold() or "\uffff", len(order))
    return tuple(sorted(teams, key=lambda t: order[" ".join(t.department.split()).casefold()
                                                   or "\uffff"]))


def alignment(ctx: DeckContext) -> list[Chapter]:
    teams = ctx.workshop.teams
    chapters = [matrix_chapter(ctx, by_department=len(teams) > DEPARTMENT_ROWS_AFTER)]
    chapters += dependencies_chapter(ctx)
    if len(teams) > DEPARTMENT_ROWS_AFTER and ctx.appendix:  # each team's row, for reference
        chapters.append(matrix_chapter(ctx, by_department=False, part=APPENDIX))
    return chapters


def _department(team: Team, language: Language) -> str:
    """The team's department as the deck's language names it ("Sales" is "Ventes")."""
    return department_label(" ".join(team.department.split()), language)


def team_rows(ctx: DeckContext) -> list[MatrixRow]:
    rows = []
    for team in _ordered_teams(ctx.workshop.teams):
        department = _department(team, ctx.language)
        rows.append(MatrixRow(team.name, (department,) if department else (),
                              frozenset(o.id for o in ctx.kept(team))))
    return rows


def department_rows(ctx: DeckContext) -> list[MatrixRow]:
    """One row per department (teams without one keep a row of their own)."""
    groups: dict[str, list[Team]] = {}
    for team in _ordered_teams(ctx.workshop.teams):
        groups.setdefault(_department(team, ctx.language).casefold() or team.id, []).append(team)
    rows = []
    for members in groups.values():
        name = _department(members[0], ctx.language) or members[0].name
        detail = (ctx.t("deck.alignment.teams_count", count=len(members)),) \
            if _department(members[0], ctx.language) else ()
        rows.append(MatrixRow(name, detail, frozenset(o.id for t in members
                                                      for o in ctx.kept(t))))
    return rows


def matrix_chapter(ctx: DeckContext, by_department: bool = False,
                   part: str | None = None) -> Chapter:
    section = BY_KEY["alignment"]
    name = section.name(ctx.language)
    found = coverage(ctx.workshop)
    branches = found.branches
    served = sum(b.is_served for b in branches)
    how = ctx.t("deck.alignment.matrix_how" if not by_department else
                "deck.alignment.matrix_departments" if ctx.appendix else
                "deck.alignment.matrix_departments_main")
    if not branches:
        title, items = name, [ctx.p(ctx.t("deck.alignment.no_strategy"), "meta")]
    else:
        title = (ctx.t("deck.alignment.all_served") if served == len(branches) else
                 ctx.t("deck.alignment.served", served=served, total=len(branches)))
        words = MatrixWords(ctx.t("deck.alignment.outside"), ctx.t("deck.alignment.teams_row"),
                            ctx.t("deck.alignment.no_team"),
                            ctx.t("deck.alignment.nothing_kept"))
        rows = department_rows(ctx) if by_department else team_rows(ctx)
        items = [coverage_matrix(found, rows, ctx.styles, ctx.width, words,
                                 ctx.least_room(name, title, how))] if rows else \
            [ctx.p(ctx.t("deck.teams.none"), "meta")]
    loose = []
    for objective in found.unaligned if part != APPENDIX else ():
        loose.append(team_line(ctx, ctx.team_names.get(objective.team_id, ""),
                               objective.title))
        if objective.non_alignment_reason.strip():
            reason = ctx.t("deck.alignment.reason", reason=objective.non_alignment_reason)
            loose.append(ctx.p(reason, "finding"))
    if loose:
        items += _headed(ctx.p(ctx.t("deck.alignment.not_aligned"), "subheading"), loose)
    notes = [ctx.t("deck.notes.matrix")]
    for number, branch in enumerate(branches, start=1):
        teams = ", ".join(dict.fromkeys(ctx.team_names.get(o.team_id, "")
                                        for o in branch.objectives))
        notes.append(ctx.t("deck.notes.branch", number=number,
                           title=" ".join(branch.strategic.title.split()),
                           teams=teams or ctx.t("deck.notes.unserved")))
    return Chapter("alignment", title, items, kicker=name,
                   subtitle=how if branches else section.description(ctx.language),
                   outline=((name, 0),) if part is None else (), part=part or section.part,
                   notes="\n".join(notes))


def dependencies_chapter(ctx: DeckContext) -> list[Chapter]:
    """The diagram with a short legend (who depends on whom) for the main deck, and each
    dependency in full (objectives, note) in the appendix; none without any dependency
    whose two ends exist."""
    links = [link for link in coverage(ctx.workshop).dependencies
             if link.from_team is not None and link.to_team is not None]
    if not links:
        return []
    involved = list(dict.fromkeys(t.id for link in links
                                  for t in (link.from_team, link.to_team)))
    teams = [t for t in ctx.workshop.teams if t.id in involved]
    by_department = len(teams) > MOST_BOXES

    def key(team: Team) -> str:
        department = _department(team, ctx.language)
        return ("d:" + department.casefold()) if by_department and department else team.id

    nodes: dict[str, Node] = {}
    for team in teams:
        nodes.setdefault(key(team), Node(key(team), _department(team, ctx.language)
                                         if key(team).startswith("d:") else team.name))
    numbered: dict[tuple[str, str], list[int]] = {}
    short, full = [], []
    notes = [ctx.t("deck.notes.dependencies")]
    for number, link in enumerate(links, start=1):
        source, target = key(link.from_team), key(link.to_team)  # type: ignore[arg-type]
        if source != target:  # within one box: said in the legend only
            numbered.setdefault((source, target), []).append(number)
        text = ctx.t("deck.alignment.depends", objective=link.from_objective.title,
                     team=link.from_team.name, other=link.to_objective.title,
                     other_team=link.to_team.name)
        full.append(ctx.p(text, "item", bullet=f"{number}."))
        if link.dependency.note.strip():
            full.append(ctx.p(link.dependency.note, "finding"))
        short.append(ctx.p(ctx.t("deck.dependencies.between",
                                 team=_short(link.from_team.name),
                                 other_team=_short(link.to_team.name)),
                           "item", bullet=f"{number}."))
        notes.append(f"{number}. {text}")
        if link.dependency.note.strip():
            notes.append(link.dependency.note.strip())
    edges = [Edge(s, t, tuple(n)) for (s, t), n in numbered.items()]
    if len(links) <= SHORT_LEGEND:
        legend = short
    else:  # dozens of lines would bury the picture: the appendix (or the notes) list them
        legend = [ctx.p(ctx.t("deck.dependencies.in_appendix" if ctx.appendix else
                              "deck.dependencies.in_notes"), "meta")]
    how = "deck.dependencies.how_departments" if by_department else "deck.dependencies.how"
    section = BY_KEY["alignment"]
    kicker = section.name(ctx.language)
    title = ctx.t("deck.dependencies.title", count=len(links), teams=len(teams))
    items: list[Item] = []
    if edges:
        used = {k for e in edges for k in (e.source, e.target)}
        shown = [n for n in nodes.values() if n.key in used]
        # The picture gives up height to its legend, so both share one slide when they can
        # (a legend alone on a second slide reads as a leftover).
        band = chrome.make_band(kicker, title, ctx.t(how), ctx.geometry, ctx.scale)
        room = chrome.content_height(band, ctx.geometry) - _height(legend, ctx.width) - 1.0
        height = max(min(DIAGRAM_HEIGHT, room), MIN_DIAGRAM_HEIGHT)
        items.append(dependency_diagram(shown, edges, ctx.width, height))
    items += legend
    chapters = [Chapter("alignment", title, items, kicker=kicker, subtitle=ctx.t(how),
                        part=section.part, notes="\n".join(notes))]
    if ctx.appendix:
        chapters.append(Chapter("alignment", ctx.t("deck.dependencies.full"), full,
                                kicker=kicker, part=APPENDIX, notes=notes[0]))
    return chapters


def _height(flowables: list, width: float) -> float:
    """The height ``flowables`` take one under the other (their spaces before counted)."""
    return sum(f.getSpaceBefore() + f.wrap(width, 1e6)[1] for f in flowables)


def _short(name: str) -> str:
    """A team's name on a legend line: whole up to 60 characters (the full legend, in the
    appendix, has it whole)."""
    flat = " ".join(name.split())
    return flat if len(flat) <= SHORT_NAME else flat[:SHORT_NAME - 1].rstrip() + "…"
