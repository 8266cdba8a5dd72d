"""The part of :mod:`.workshop_diff` that compares what a workshop records beside its tree:
dependencies, rituals, feedback, ROTI votes, actions, good practices ticked, dot-voting rounds
and the run sheet."""

from __future__ import annotations

from collections import Counter
from typing import Any

from okr_workshop.domain import workshop_diff_display as show
from okr_workshop.domain.good_practices import KNOWN_CODES, practice_text
from okr_workshop.domain.room import VoteMode, VoteRound
from okr_workshop.domain.rules.wording import short
from okr_workshop.domain.workshop_diff_display import Side
from okr_workshop.domain.workshop_diff_support import (
    ADDED_MINE,
    ADDED_THEIRS,
    CHANGED,
    Collector,
    Label,
    Specs,
    pairs,
)

_ritual_kind = show.said_in("steering", "ritual.kind")


def _feedback_text(value: object, side: Side) -> str:
    return short(side.name("feedback", value), 80) if value else ""  # type: ignore[arg-type]


_DEPENDENCY: Specs = (
    ("from_objective_id", "from", show.link("objective")),
    ("to_objective_id", "to", show.link("objective")), ("note", "note", show.text),
)
_RITUAL: Specs = (
    ("kind", "kind", _ritual_kind), ("cadence", "cadence", show.choice("cadence")),
    ("note", "note", show.text), ("starts_on", "starts_on", show.day),
    ("starts_at", "starts_at", show.text), ("time_zone", "time_zone", show.text),
    ("duration_minutes", "duration_minutes", show.minutes), ("place", "place", show.text),
    ("attendees", "attendees", show.text),
)
_FEEDBACK: Specs = (
    ("kind", "kind", show.choice("feedback_kind")), ("text", "text", show.text),
    ("author", "author", show.text), ("occasion", "occasion", show.choice("occasion")),
    ("on", "on", show.day),
)
_ROTI: Specs = (
    ("score", "score", show.number), ("participant_id", "participant", show.link("participant")),
    ("occasion", "occasion", show.choice("occasion")), ("on", "on", show.day),
)
_ACTION: Specs = (
    ("text", "text", show.text), ("owner_id", "owner", show.link("participant")),
    ("due", "due", show.day), ("done", "done", show.yes_no),
    ("feedback_id", "feedback", _feedback_text),
)
_VOTE_ROUND: Specs = (
    ("mode", "mode", show.choice("vote_mode")),
    ("dots_per_person", "dots_per_person", show.number),
    ("max_per_objective", "max_per_objective", show.number),
    ("revealed", "revealed", show.yes_no),
)
_AGENDA: Specs = (
    ("title", "title", show.text), ("planned_minutes", "planned_minutes", show.minutes),
    ("spent_seconds", "spent_seconds", show.spent),
)


def _dependency(d: Any, side: Side) -> str:
    return side.word("dependency", source=side.name("objective", d.from_objective_id),
                     target=side.name("objective", d.to_objective_id))


def _voter(vote: Any, side: Side) -> str:
    return side.name("participant", vote.participant_id) if vote.participant_id \
        else side.word("anonymous")


def _roti(vote: Any, side: Side) -> str:
    return side.word("roti", voter=_voter(vote, side), score=vote.score)


def _agenda_line(item: Any, side: Side) -> str:
    return item.title or show.choice("step")(item.step, side)


def compare_records(found: Collector) -> None:
    mine, theirs = found.mine.workshop, found.theirs.workshop
    _listed(found, "dependencies", "dependency", _DEPENDENCY, mine.dependencies,
            theirs.dependencies, _dependency, ordered=False)
    _listed(found, "rituals", "ritual", _RITUAL, mine.rituals, theirs.rituals,
            lambda r, side: _ritual_kind(r.kind, side))
    _listed(found, "feedback", "feedback", _FEEDBACK, mine.feedback, theirs.feedback,
            lambda f, _: short(f.text, 80))
    _listed(found, "roti_votes", "roti_vote", _ROTI, mine.roti_votes, theirs.roti_votes,
            _roti, ordered=False, where=_voter)
    _listed(found, "actions", "action", _ACTION, mine.actions, theirs.actions,
            lambda a, _: short(a.text, 80))
    _good_practices(found)
    _vote_rounds(found)
    _listed(found, "run_sheet", "agenda_item", _AGENDA, mine.agenda, theirs.agenda,
            _agenda_line)


def _listed(found: Collector, section: str, entity: str, specs: Specs, mine: Any,
            theirs: Any, label: Label, *, ordered: bool = True,
            where: Label | None = None) -> None:
    """A list of records matched by id; ``ordered`` when a person can reorder it."""
    if ordered:
        found.order(section, (), entity, mine, theirs, label)
    for a, b in pairs(mine, theirs):
        if not found.one_sided(section, (), entity, a, b, label):
            found.fields(section, ((where or label)(a, found.mine),), entity, specs, a, b)


def _good_practices(found: Collector) -> None:
    """Ticks are matched by practice, not by id: two coaches ticking the same practice on
    two laptops agree."""
    mine = {t.item for t in found.mine.workshop.checklist}
    theirs = {t.item for t in found.theirs.workshop.checklist}

    def said(code: str, side: Side) -> str:
        return practice_text(code, side.lang) if code in KNOWN_CODES else code

    for code in sorted(mine - theirs):
        found.add("good_practices", (), "checklist_tick", said(code, found.mine), "",
                  ADDED_MINE)
    for code in sorted(theirs - mine):
        found.add("good_practices", (), "checklist_tick", "", said(code, found.theirs),
                  ADDED_THEIRS)


def _round_label(rounds: tuple[VoteRound, ...]) -> Label:
    """"Round 2": the round's rank among its team's rounds, in that version."""
    def label(r: VoteRound, side: Side) -> str:
        same_team = sorted((x for x in rounds if x.team_id == r.team_id),
                           key=lambda x: x.position)
        return side.word("round", number=same_team.index(r) + 1)
    return label


def _vote_rounds(found: Collector) -> None:
    """Each round's settings; its dots per objective once both versions show them (a
    tally, or a secret ballot revealed), else only how many ballots were cast: the diff
    must not reveal a secret ballot before the room sees it."""
    section = "vote_rounds"
    mine, theirs = found.mine.workshop.vote_rounds, found.theirs.workshop.vote_rounds
    mine_label, theirs_label = _round_label(mine), _round_label(theirs)
    for a, b in pairs(mine, theirs):
        if a is None or b is None:
            side, r = (found.mine, a) if a is not None else (found.theirs, b)
            label = mine_label if a is not None else theirs_label
            value = label(r, side)
            team = (_team_name(found, r.team_id),)
            found.add(section, team, "vote_round", value if a else "", "" if a else value,
                      ADDED_MINE if a else ADDED_THEIRS)
            continue
        here = (_team_name(found, a.team_id), mine_label(a, found.mine))
        found.fields(section, here, "vote_round", _VOTE_ROUND, a, b)
        _ballots(found, here, a, b)


def _team_name(found: Collector, team_id: str) -> str:
    """My name for the team when my version holds it (as the teams' section says it)."""
    side = found.mine if found.mine.holds("team", team_id) else found.theirs
    return side.name("team", team_id)


def _visible(r: VoteRound) -> bool:
    return r.mode is VoteMode.TALLY or r.revealed


def _ballots(found: Collector, here: tuple[str, ...], a: VoteRound, b: VoteRound) -> None:
    if not (_visible(a) and _visible(b)):
        cast = [len({v.participant_id for v in r.votes if v.participant_id}) for r in (a, b)]
        if cast[0] != cast[1]:
            found.add("vote_rounds", here, "vote_round.ballots", str(cast[0]), str(cast[1]),
                      CHANGED)
        return
    dots: list[Counter[str]] = []
    for r in (a, b):
        counted: Counter[str] = Counter()
        for vote in r.votes:
            counted[vote.objective_id] += vote.dots
        dots.append(counted)
    objectives = [*dots[0], *(o for o in dots[1] if o not in dots[0])]
    for objective_id in objectives:
        if dots[0][objective_id] != dots[1][objective_id]:
            side = found.mine if found.mine.holds("objective", objective_id) \
                else found.theirs
            found.add("vote_rounds", (*here, side.name("objective", objective_id)),
                      "vote_round.dots", str(dots[0][objective_id]),
                      str(dots[1][objective_id]), CHANGED)
