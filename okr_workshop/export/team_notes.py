"""Speaker notes of the team and department slides: what the coach says, and the details
that do not fit a slide (every key result's status explained, the whole check-in history).

Plain text, one paragraph a line; user text is written as typed (no markup here: a renderer
escapes it where it needs to)."""

from __future__ import annotations

from okr_workshop.domain.model import KeyResult, Objective, Team
from okr_workshop.domain.steering.pace import kr_status, status_sentence
from okr_workshop.export.context import DeckContext, sorted_by_position
from okr_workshop.export.labels import day, number
from okr_workshop.export.slides_teams import meta_line, serves_line, team_title

_DASH = " — "


def _one_line(text: str) -> str:
    return " ".join(text.split())


def check_in_history(ctx: DeckContext, kr: KeyResult) -> list[str]:
    """"Check-ins:" then one line each, oldest first: "8 Jan 2027: 11%, confidence 5/10 —
    comment — next step"; nothing without check-ins."""
    entries = []
    for check_in in sorted(kr.check_ins, key=lambda c: c.on):
        said = ctx.t("deck.notes.check_in", day=day(check_in.on, ctx.language),
                     value=number(check_in.value, ctx.language, kr.unit),
                     confidence=check_in.confidence)
        for extra in (check_in.comment, check_in.next_step):
            if extra.strip():
                said += _DASH + _one_line(extra)
        entries.append(said)
    if not entries:
        return []
    return ["  " + ctx.t("deck.notes.check_ins"), *(f"    · {e}" for e in entries)]


def key_result_notes(ctx: DeckContext, kr: KeyResult) -> list[str]:
    lines = [f"– {_one_line(kr.text)}" + (_DASH + _one_line(meta_line(ctx, kr))
                                          if meta_line(ctx, kr) else "")]
    if ctx.as_of is not None:
        lines.append("  " + status_sentence(kr_status(ctx.workshop, kr, ctx.as_of),
                                            ctx.language))
        lines += check_in_history(ctx, kr)
    return lines


def objective_notes(ctx: DeckContext, objective: Objective, position: int) -> list[str]:
    lines = [ctx.t("deck.notes.objective", position=position,
                   title=_one_line(objective.title))]
    if objective.why.strip():
        lines.append(ctx.t("deck.objective.why", why=_one_line(objective.why)))
    lines.append(_one_line(serves_line(ctx, objective)))
    for kr in sorted_by_position(objective.key_results):
        lines += key_result_notes(ctx, kr)
    return lines


def team_notes(ctx: DeckContext, team: Team) -> str:
    lines = [_one_line(team_title(ctx, team)) + "."]
    ambassador = ctx.workshop.participant(team.ambassador_id) if team.ambassador_id else None
    if ambassador is not None:
        lines.append(ctx.t("deck.notes.team.ambassador", name=_one_line(ambassador.name)))
    kept = ctx.kept(team)
    if not kept:
        lines.append(ctx.t("deck.team.no_kept"))
        return "\n".join(lines)
    lines.append(ctx.t("deck.notes.team.say"))
    if ctx.as_of is not None:
        lines.append(ctx.t("deck.notes.as_of", day=day(ctx.as_of, ctx.language)))
    for position, objective in enumerate(kept, start=1):
        lines += objective_notes(ctx, objective, position)
    return "\n".join(lines)


def department_notes(ctx: DeckContext, teams: list[Team]) -> str:
    """What to say on a department slide, and each team's details in full (its titles
    are shortened on the slide)."""
    # Without the appendix, these notes are where each team's full slide would be.
    lines = [ctx.t("deck.notes.department.say" if ctx.appendix else
                   "deck.notes.department.say_main")]
    for team in teams:
        lines.append("")
        lines.append(team_notes(ctx, team))
    return "\n".join(lines)
