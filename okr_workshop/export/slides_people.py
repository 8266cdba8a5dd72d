"""Who took part: every participant by name, team by team, each team's ambassador first.

Three teams a row; a row is one item, so the paginator moves it whole to the next slide
when it does not fit (a team's card is never cut from its name).
"""

from __future__ import annotations

from okr_workshop.domain.model import Participant
from okr_workshop.domain.rules.wording import NBSP
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter, DeckContext, section_chapter, sorted_by_position
from okr_workshop.export.flowables import Columns, Stack
from okr_workshop.export.layout import Group, Item
from okr_workshop.export.markup import bold, coloured, para_markup, rich
from okr_workshop.export.slides_summary import shorten

PER_ROW = 3
NAME_CHARACTERS = 80
NAME_ON_ONE_LINE = 30
NAME_SEPARATOR = " · "


def _name(participant: Participant) -> str:
    """The name on one line when it is a name (a short one), so a list breaks between
    people, never inside one."""
    name = " ".join(participant.name.split())
    return name.replace(" ", NBSP) if len(name) <= NAME_ON_ONE_LINE else name


def _card(ctx: DeckContext, title: str, ambassador: Participant | None,
          people: list[Participant], with_ambassador: bool):
    """A team's name, its ambassador (or that one is still to be named), its people."""
    parts = [ctx.p(title, "label")]
    if ambassador is not None:
        markup = rich(ctx.t("deck.people.ambassador", name=_name(ambassador)))
        parts.append(para_markup(coloured(bold(markup), theme.ACCENT_HEX), ctx.styles["body"]))
    elif with_ambassador:
        parts.append(ctx.p(ctx.t("deck.people.no_ambassador"), "meta"))
    others = [p for p in people if ambassador is None or p.id != ambassador.id]
    if others:
        parts.append(ctx.p(NAME_SEPARATOR.join(_name(p) for p in others), "body"))
    elif ambassador is None:
        parts.append(ctx.p(ctx.t("deck.people.nobody"), "meta"))
    return Stack(parts)


def people(ctx: DeckContext) -> list[Chapter]:
    workshop = ctx.workshop
    everyone = sorted_by_position(workshop.participants)
    by_id = {p.id: p for p in everyone}
    team_ids = {team.id for team in workshop.teams}
    cards = []
    missing = []
    for team in sorted_by_position(workshop.teams):
        members = [p for p in everyone if p.team_id == team.id]
        ambassador = by_id.get(team.ambassador_id or "")
        if ambassador is None:
            missing.append(team.name.strip())
        # A name of hundreds of characters would push the card past a slide: its team
        # slide gives it whole.
        cards.append(_card(ctx, shorten(team.name, NAME_CHARACTERS), ambassador, members,
                           with_ambassador=True))
    loose = [p for p in everyone if p.team_id not in team_ids]
    if loose:
        cards.append(_card(ctx, ctx.t("deck.people.others"), None, loose,
                           with_ambassador=False))
    items: list[Item] = []
    per_row = PER_ROW
    for first in range(0, len(cards), per_row):
        row = cards[first:first + per_row]
        row += [Stack([]) for _ in range(per_row - len(row))]
        # A row moves to the next slide whole: a team's name never ends a slide without
        # its ambassador and people (split only when taller than a slide).
        items.append(Group([Columns(row, [None] * per_row, gap=28, space_before=8)]))
    if not everyone:
        items = [ctx.p(ctx.t("deck.people.none"), "meta")]
    chapter = section_chapter(ctx, "people", items)
    notes = [ctx.t("deck.notes.people", count=len(everyone))]
    if missing and workshop.teams:
        notes.append(ctx.t("deck.notes.no_ambassador", teams=", ".join(missing)))
    chapter.notes = "\n".join(notes)
    return [chapter]
