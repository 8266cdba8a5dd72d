"""The teams section of the deck: one full slide per team, or, when the teams are too many
to present one by one, one or more compact slides per department in the story (each team's
objectives and key-result sentences) with every team's full slide in the appendix.

Beyond :data:`MAX_TEAM_SLIDES` teams the main deck would no longer be presentable (25 teams
gave 125 team pages); grouped, a department's teams share slides, their long texts
shortened to a line or two there, and every word is still in the deck (the appendix) and
in the speaker notes.
"""

from __future__ import annotations

from collections.abc import Callable

from okr_workshop.domain.model import KeyResult, Team
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.domain.rules.wording import short
from okr_workshop.export import chrome
from okr_workshop.export.context import Chapter, DeckContext, sorted_by_position
from okr_workshop.export.flowables import Columns, Dot, Stack
from okr_workshop.export.layout import Group, Item, paginate
from okr_workshop.export.sections import APPENDIX, BY_KEY, MAIN
from okr_workshop.export.slides_teams import measure_line, team_items, team_subtitle, team_title
from okr_workshop.export.team_notes import department_notes, team_notes

MAX_TEAM_SLIDES = 12  # more teams than this: grouped by department in the main deck…
MAX_TEAM_PAGES = 24  # …and so are fewer teams whose slides would take more than this
OBJECTIVE_CHARACTERS = 80  # an objective's title on a department slide: one line at 18 pt
KEY_RESULT_CHARACTERS = 42  # a key result's sentence there: two fit one line at 18 pt

Unit = Callable[[], list[Chapter]]


def grouped(ctx: DeckContext) -> bool:
    """Many teams, or few with so much to say that their slides alone would fill a deck."""
    return _one_by_one(ctx) is None


def _one_by_one(ctx: DeckContext) -> list[Chapter] | None:
    """Each team's full slide for the story, or None when they must be grouped."""
    teams = ctx.workshop.teams
    if len(teams) > MAX_TEAM_SLIDES:
        return None
    chapters = [team_chapter(ctx, team, index == 0) for index, team in enumerate(teams)]
    if len(teams) > 1 and sum(_pages(ctx, c) for c in chapters) > MAX_TEAM_PAGES:
        return None
    return chapters


def _pages(ctx: DeckContext, chapter: Chapter) -> int:
    """How many slides the chapter takes (measured the way the deck cuts pages)."""
    geometry = ctx.geometry
    first = chrome.make_band(chapter.kicker, chapter.title, chapter.subtitle, geometry,
                             ctx.scale)
    height = chrome.content_height(first, geometry)
    return len(paginate(chapter.items, geometry.content_width, height, height))


def team_chapter(ctx: DeckContext, team: Team, first: bool, part: str = MAIN) -> Chapter:
    """The team's full slide: in the story (MAIN) or, when teams are many, the appendix."""
    section = BY_KEY["teams"].name(ctx.language)
    kicker = section if part == MAIN else ctx.t("deck.teams.detail")
    outline = ((kicker, 0),) if first else ()
    return Chapter("teams", team_title(ctx, team), team_items(ctx, team), kicker=kicker,
                   subtitle=team_subtitle(ctx, team), outline=outline + ((team.name, 1),),
                   part=part, notes=team_notes(ctx, team))


def no_team_chapter(ctx: DeckContext) -> Chapter:
    section = BY_KEY["teams"]
    name = section.name(ctx.language)
    return Chapter("teams", name, [ctx.p(ctx.t("deck.teams.none"), "meta")],
                   subtitle=section.description(ctx.language), outline=((name, 0),),
                   notes=ctx.t("deck.teams.none"))


def departments(ctx: DeckContext) -> list[tuple[str, list[Team]]]:
    """(name in the deck's language, its teams), in the order the teams come; the teams
    without a department last, as "Other teams"."""
    found: dict[str, tuple[str, list[Team]]] = {}
    for team in ctx.workshop.teams:
        stored = " ".join(team.department.split())
        key = stored.casefold()
        name = department_label(stored, ctx.language) if stored else \
            ctx.t("deck.department.none")
        found.setdefault(key, (name, []))[1].append(team)
    none = found.pop("", None)
    return list(found.values()) + ([none] if none else [])


def compact_key_result(ctx: DeckContext, kr: KeyResult) -> str:
    """The sentence when it is short; else its measure ("Satisfaction: 40% → 60%") when
    that is, rather than a sentence cut before its numbers; else the sentence shortened."""
    text = " ".join(kr.text.split())
    if len(text) <= KEY_RESULT_CHARACTERS:
        return text
    measured = measure_line(ctx, kr)
    if 0 < len(measured) <= KEY_RESULT_CHARACTERS:
        return measured
    return short(text, KEY_RESULT_CHARACTERS)


def compact_team(ctx: DeckContext, team: Team) -> Group:
    """A team on its department's slide: its name, each kept objective with its key
    results' sentences, shortened; kept together on one slide."""
    flowables = [ctx.p(team.name, "subheading")]
    kept = ctx.kept(team)
    if not kept:
        flowables.append(ctx.p(ctx.t("deck.team.no_kept"), "meta"))
    body = ctx.styles["body"]
    for objective in kept:
        lines = [ctx.p(short(objective.title, OBJECTIVE_CHARACTERS), "body")]
        sentences = [compact_key_result(ctx, kr)
                     for kr in sorted_by_position(objective.key_results)]
        if sentences:
            lines.append(ctx.p("   ·   ".join(sentences), "meta"))
        flowables.append(Columns([Dot(body.leading * 0.55, 3.5 * ctx.scale), Stack(lines)],
                                 [26 * ctx.scale, None], gap=14 * ctx.scale,
                                 space_before=4 * ctx.scale))
    return Group(flowables)


def department_chapter(ctx: DeckContext, name: str, teams: list[Team],
                       first: bool) -> Chapter:
    objectives = sum(len(ctx.kept(team)) for team in teams)
    counted = ctx.t("deck.department.objectives.one" if objectives == 1 else
                    "deck.department.objectives.many", count=objectives)
    title = ctx.t("deck.department.title.one" if len(teams) == 1 else
                  "deck.department.title.many", department=name, count=len(teams),
                  objectives=counted)
    section = BY_KEY["teams"].name(ctx.language)
    outline = ((section, 0),) if first else ()
    items: list[Item] = [compact_team(ctx, team) for team in teams]
    return Chapter("teams", title, items, kicker=section,
                   subtitle=ctx.t("deck.department.subtitle" if ctx.appendix else
                                  "deck.department.subtitle_main"),
                   outline=outline + ((name, 1),), notes=department_notes(ctx, teams))


def team_units(ctx: DeckContext) -> tuple[list[Unit], list[Unit]]:
    """The teams section: (its units in the story, its units for the appendix). In the
    story, a slide per team, or per department when grouped; then the appendix holds
    every team's full slide (else it holds nothing)."""
    teams = ctx.workshop.teams
    if not teams:
        return [lambda: [no_team_chapter(ctx)]], []
    chapters = _one_by_one(ctx)
    if chapters is not None:
        return [lambda chapter=chapter: [chapter] for chapter in chapters], []
    story = [lambda name=name, group=group, first=index == 0:
             [department_chapter(ctx, name, group, first)]
             for index, (name, group) in enumerate(departments(ctx))]
    details = [lambda team=team, first=index == 0: [team_chapter(ctx, team, first, APPENDIX)]
               for index, team in enumerate(teams)]
    return story, details
