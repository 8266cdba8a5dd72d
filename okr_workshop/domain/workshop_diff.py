"""What differs between two versions of one workshop (issue 19, conflicts): the coach's local
copy ("mine") and a colleague's version from the team folder ("theirs"), so the coach can
choose keep mine, keep theirs or keep both.

Items are matched by id, never by name: a renamed team is one team with a different name,
an objective moved to another team is one objective whose team differs. Each
:class:`Difference` says where it is (its ``section`` and the titles down the tree, team ›
objective › key result › check-in date), which field (a code, :func:`field_label`), both
values as display text, and its kind: only in mine, only in theirs, or different. An item
only in one version is one difference, not one per field or per child.

Without the common ancestor nobody can tell an addition in one version from a deletion in
the other, so the kinds say only where the item is. Every field a person can edit is
compared; the timestamps and the laptop's own bookkeeping are not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from okr_workshop.domain import workshop_diff_display as show
from okr_workshop.domain.catalogue import lang_of, say
from okr_workshop.domain.enums import Language
from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Workshop
from okr_workshop.domain.rules.wording import short
from okr_workshop.domain.workshop_diff_display import Side
from okr_workshop.domain.workshop_diff_records import compare_records
from okr_workshop.domain.workshop_diff_support import (
    ADDED_MINE,
    ADDED_THEIRS,
    CHANGED,
    Collector,
    Label,
    Pair,
    Specs,
    ordered,
    pairs,
    place,
)

KINDS = (ADDED_MINE, ADDED_THEIRS, CHANGED)
# The parts of a workshop, in the order differences are listed (codes for section_label).
SECTIONS = ("workshop", "strategic_objectives", "participants", "teams", "dependencies",
            "rituals", "feedback", "roti_votes", "actions", "good_practices", "vote_rounds",
            "run_sheet")


@dataclass(frozen=True)
class Difference:
    """One thing that differs. ``where`` holds titles as the coach typed them (mine, when
    the item is in both), ``field`` a code for :func:`field_label`, ``mine`` and
    ``theirs`` the display text of each version ("" when empty or absent)."""

    section: str
    where: tuple[str, ...]
    field: str
    mine: str
    theirs: str
    kind: str


_WORKSHOP: Specs = (
    ("title", "title", show.text), ("organisation", "organisation", show.text),
    ("cycle_label", "cycle_label", show.text), ("cycle_start", "cycle_start", show.day),
    ("cycle_end", "cycle_end", show.day), ("language", "language", show.choice("language")),
    ("facilitator", "facilitator", show.text), ("vision", "vision", show.text),
    ("current_step", "current_step", show.choice("step")),
    ("session_on", "session_on", show.day),
    ("session_starts_at", "session_starts_at", show.text),
)
_RULE: Specs = (
    ("max_objectives_per_team", "max_objectives_per_team", show.number),
    ("max_key_results_per_objective", "max_key_results_per_objective", show.number),
    ("strict", "strict", show.strict),
)
_STRATEGIC: Specs = (("title", "title", show.text), ("why", "why", show.text))
_PARTICIPANT: Specs = (("name", "name", show.text), ("role", "role", show.text),
                       ("team_id", "team", show.link("team")))
_TEAM: Specs = (("name", "name", show.text), ("department", "department", show.text),
                ("ambassador_id", "ambassador", show.link("participant")))
_OBJECTIVE: Specs = (
    ("team_id", "team", show.link("team")), ("title", "title", show.text),
    ("why", "why", show.text),
    ("strategic_objective_id", "strategic_objective", show.link("strategic_objective")),
    ("non_alignment_reason", "non_alignment_reason", show.text),
    ("status", "status", show.choice("status")), ("votes", "votes", show.number),
    ("author_id", "author", show.link("participant")),
    ("commitment", "commitment", show.choice("commitment")),
    ("outcome", "outcome", show.choice("outcome")),
    ("learnings", "learnings", show.text), ("decisions", "decisions", show.text),
)
_KEY_RESULT: Specs = (
    ("text", "text", show.text), ("metric", "metric", show.text),
    ("baseline", "baseline", show.number), ("target", "target", show.number),
    ("unit", "unit", show.text), ("direction", "direction", show.choice("direction")),
    ("change", "change", show.number), ("change_percent", "change_percent", show.yes_no),
    ("data_source", "data_source", show.text), ("owner", "owner", show.text),
    ("due", "due", show.day), ("milestone", "milestone", show.yes_no),
    ("status_override", "status_override", show.said_in("steering", "pace.status")),
    ("status_reason", "status_reason", show.text), ("grade", "grade", show.number),
)
_CHECK_IN: Specs = (
    ("on", "on", show.day), ("value", "value", show.number),
    ("confidence", "confidence", show.number), ("comment", "comment", show.text),
    ("next_step", "next_step", show.text), ("author_id", "author", show.link("participant")),
)


def workshop_differences(mine: Workshop, theirs: Workshop,
                         language: Language | str | None = None) -> list[Difference]:
    """Every difference between two versions of one workshop, workshop fields first, then
    strategic objectives, participants, the teams' tree, and what the workshop records
    beside it (see :data:`SECTIONS`). Values are said in ``language`` (by default, the
    language of my version). Empty when the two versions hold the same things."""
    lang = lang_of(language if language is not None else mine.language)
    found = Collector(Side(mine, lang), Side(theirs, lang))
    found.fields("workshop", (), "workshop", _WORKSHOP, mine, theirs)
    found.fields("workshop", (), "rule", _RULE, mine.rule, theirs.rule)
    _flat(found, "strategic_objectives", "strategic_objective", _STRATEGIC,
          mine.strategic_objectives, theirs.strategic_objectives, lambda s, _: s.title)
    _flat(found, "participants", "participant", _PARTICIPANT,
          mine.participants, theirs.participants, lambda p, _: p.name)
    _Tree(found, mine, theirs).compare()
    compare_records(found)
    return [Difference(*row) for row in found.rows]


def _flat(found: Collector, section: str, entity: str, specs: Specs, mine: Sequence[Any],
          theirs: Sequence[Any], label: Label) -> None:
    """A list of the workshop's (participants, strategic objectives): each item by id."""
    found.order(section, (), entity, mine, theirs, label)
    for a, b in pairs(mine, theirs):
        if not found.one_sided(section, (), entity, a, b, label):
            found.fields(section, (label(a, found.mine),), entity, specs, a, b)


class _Tree:
    """Teams, then under each its objectives, key results and check-ins. A child in both
    versions is listed under its parent in mine when both versions hold that parent, else
    under its parent in theirs; a child of a parent only one version holds goes with it."""

    section = "teams"

    def __init__(self, found: Collector, mine: Workshop, theirs: Workshop) -> None:
        self.found = found
        self.teams = pairs(mine.teams, theirs.teams)
        common_teams = {a.id for a, b in self.teams if a is not None and b is not None}
        self.objectives, self.stray_objectives = place(
            _children(ordered(mine.teams), "objectives"),
            _children(ordered(theirs.teams), "objectives"), common_teams)
        common_objectives = {a.id for a, b in (*_all(self.objectives), *self.stray_objectives)
                             if a is not None and b is not None}
        self.key_results, self.stray_key_results = place(
            _children(mine.objectives(), "key_results"),
            _children(theirs.objectives(), "key_results"), common_objectives)
        self.team_name = {t.id: t.name for t in (*theirs.teams, *mine.teams)}
        self.mine_parent = {k.id: o for o in mine.objectives() for k in o.key_results}
        self.theirs_parent = {k.id: o for o in theirs.objectives() for k in o.key_results}
        self.mine, self.theirs = mine, theirs

    def compare(self) -> None:
        found = self.found
        found.order(self.section, (), "team", self.mine.teams, self.theirs.teams,
                    lambda t, _: t.name)
        for a, b in self.teams:
            if found.one_sided(self.section, (), "team", a, b, lambda t, _: t.name):
                continue
            found.fields(self.section, (a.name,), "team", _TEAM, a, b)
            found.order(self.section, (a.name,), "objective", a.objectives, b.objectives,
                        lambda o, _: o.title)
            for pair in self.objectives.get(a.id, []):
                self.objective((a.name,), *pair)
        # In both versions, but in a team that each version holds alone.
        for a, b in self.stray_objectives:
            self.objective((self.team_name[a.team_id],), a, b)
        for a, b in self.stray_key_results:
            parent = self.mine_parent[a.id]
            self.key_result((self.team_name[parent.team_id], parent.title), a, b)

    def objective(self, where: tuple[str, ...], a: Objective | None,
                  b: Objective | None) -> None:
        found = self.found
        if found.one_sided(self.section, where, "objective", a, b, lambda o, _: o.title):
            return
        here = (*where, a.title)
        found.fields(self.section, here, "objective", _OBJECTIVE, a, b)
        found.order(self.section, here, "key_result", a.key_results, b.key_results,
                    lambda k, _: k.text)
        for mine_kr, theirs_kr in self.key_results.get(a.id, []):
            self.key_result(here, mine_kr, theirs_kr)

    def key_result(self, where: tuple[str, ...], a: KeyResult | None,
                   b: KeyResult | None) -> None:
        found = self.found
        if found.one_sided(self.section, where, "key_result", a, b, lambda k, _: k.text):
            return
        here = (*where, a.text)
        mine_parent, theirs_parent = self.mine_parent[a.id], self.theirs_parent[b.id]
        if mine_parent.id != theirs_parent.id:  # moved to another objective
            found.add(self.section, here, "key_result.objective", mine_parent.title,
                      theirs_parent.title, CHANGED)
        found.fields(self.section, here, "key_result", _KEY_RESULT, a, b)
        by_date = sorted(a.check_ins, key=lambda c: c.on), sorted(b.check_ins,
                                                                 key=lambda c: c.on)
        for mine_ci, theirs_ci in pairs(*by_date):
            if not found.one_sided(self.section, here, "check_in", mine_ci, theirs_ci,
                                   _check_in_summary):
                found.fields(self.section, (*here, mine_ci.on.isoformat()), "check_in",
                             _CHECK_IN, mine_ci, theirs_ci)


def _check_in_summary(check_in: CheckIn, side: Side) -> str:
    """"2027-01-15 · 42, confidence 7/10": a check-in has no title."""
    said = side.word("check_in", value=show.number(check_in.value, side),
                     confidence=check_in.confidence)
    return f"{check_in.on.isoformat()} · {said}"


def _children(parents: Iterable[Any], attribute: str) -> list[tuple[str, Any]]:
    return [(p.id, child) for p in parents for child in ordered(getattr(p, attribute))]


def _all(groups: dict[str, list[Pair]]) -> list[Pair]:
    return [pair for group in groups.values() for pair in group]


# Labels and the command line's one line, in a language.

def field_label(field: str, language: Language | str) -> str:
    """"Target" / "Cible" for ``"key_result.target"``."""
    return say("workshop_diff", f"diff.field.{field}", language)


def kind_label(kind: str, language: Language | str) -> str:
    """"Only in my version" / "Seulement dans ma version" for ``"added_mine"``."""
    return say("workshop_diff", f"diff.kind.{kind}", language)


def section_label(section: str, language: Language | str) -> str:
    return say("workshop_diff", f"diff.section.{section}", language)


def where_text(difference: Difference, language: Language | str) -> str:
    """"Teams › Sales › Grow revenue": the section, then the titles down the tree."""
    parts = (section_label(difference.section, language), *difference.where)
    return " › ".join(short(part, 60) for part in parts)


def difference_line(difference: Difference, language: Language | str) -> str:
    """One line for the command line, every value quoted and on one line:
    ``Teams › Sales › Grow revenue — Target: “12” in mine, “15” in theirs``. The values
    are said in the language the differences were found in: ask for both in the same."""
    def quoted(value: str) -> str:
        flat = " ".join(value.split())
        if not flat:
            return say("workshop_diff", "diff.line.empty", language)
        return say("workshop_diff", "diff.line.quoted", language, {"text": flat})

    return say("workshop_diff", f"diff.line.{difference.kind}", language, {
        "where": where_text(difference, language),
        "field": field_label(difference.field, language),
        "mine": quoted(difference.mine), "theirs": quoted(difference.theirs),
    })


__all__ = ["ADDED_MINE", "ADDED_THEIRS", "CHANGED", "KINDS", "SECTIONS", "Difference",
           "difference_line", "field_label", "kind_label", "section_label",
           "where_text", "workshop_differences"]
