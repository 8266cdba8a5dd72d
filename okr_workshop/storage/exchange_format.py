"""What the exchange format is: its name, version, limits, fields and error type.

Shared by the reader and the writer (docs/exchange-format.md describes the format for
people, resources/schema/workshop-exchange-v1.schema.json for tools).
"""

from __future__ import annotations

import json
from dataclasses import fields
from importlib import resources
from typing import Any

from okr_workshop.domain.error_messages import import_sentence, problem
from okr_workshop.domain.model import (
    Action,
    CheckIn,
    ChecklistTick,
    CommonRule,
    Dependency,
    Feedback,
    KeyResult,
    Objective,
    Participant,
    Ritual,
    RotiVote,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteRound

FORMAT_NAME = "okr-workshop"
FORMAT_VERSION = 1

# A real workshop is tens of kilobytes; a very large one (50 teams x 10 objectives x 5 key
# results x 100 commented check-ins) stays under 10 MB. 20 MB keeps a margin for that
# while bounding what a hostile or mistaken file (a video renamed .json) can cost: the
# parsed JSON takes several times its size in memory.
MAX_FILE_BYTES = 20 * 1024 * 1024

# The deepest legitimate path is 10 containers (document > workshop > teams > team >
# objectives > objective > key_results > key_result > check_ins > check-in); anything
# much deeper is not an OKR Workshop file.
MAX_DEPTH = 32

# No list of a workshop comes near this (a year of weekly check-ins is 52); the cap keeps
# a file of a million tiny entries from freezing the window during the checks.
MAX_LIST_ITEMS = 10_000

# A file within the size cap can still describe millions of tiny values ("[{},{},…]" is
# seven million objects in 20 MB): parsed, each costs a hundred bytes or more, and 20 MB
# of them took 1.2 GB and 16 s to refuse. So the reader counts before parsing: objects
# and arrays (the "{" and "[" outside strings), and values (the "," and ":" between them,
# and the strings, names included). The densest file the format's limits allow (a vote
# round's dot votes, 8 commas and colons, 7 strings and one object in at least 160 bytes
# written compactly) holds under 1.1 million values and 140,000 objects in 20 MB;
# tests/storage/test_exchange_costs.py keeps that so.
MAX_CONTAINERS = 250_000
MAX_VALUES = 1_500_000

SCHEMA_FILE = "workshop-exchange-v1.schema.json"

# Not written in the file: array order is the order, and an objective's team is the
# team it is nested in (a participant's team_id is a real link and stays).
def implied_fields(kind: str) -> frozenset[str]:
    return frozenset({"position", "team_id"} if kind == "objective" else {"position"})


# Fields added to version 1 after its release, with what a file without them means. They
# are written only when they say something else, so a workshop that does not use them
# still opens in an older version of the app (which refuses fields it does not know).
# Each group is the fields one release added: a group is written whole or not at all.
OPTIONAL_GROUPS: dict[str, tuple[dict[str, Any], ...]] = {
    "key_result": ({
        "change": None, "change_percent": True,  # a relative change (issue 11)
        # Steering (issue 13)
        "milestone": False, "status_override": None, "status_reason": "", "grade": None,
    },),
    "workshop": (
        # Steering (issue 13)
        {"roti_votes": (), "actions": ()},
        # The room kit (issue 15): its own group, so a workshop with ROTI votes but no
        # run sheet still opens in the version that brought Steering.
        {"session_on": None, "session_starts_at": "", "agenda": (), "vote_rounds": ()},
    ),
    # Steering (issue 13)
    "objective": ({"outcome": None, "learnings": "", "decisions": ""},),
    "check_in": ({"next_step": "", "author_id": None},),
    "ritual": ({"starts_on": None, "starts_at": "", "time_zone": "", "duration_minutes": 30,
                "place": "", "attendees": ""},),
    "feedback": ({"occasion": "workshop", "on": None},),
}
# Every optional field of a kind, with its default (what the reader fills in).
OPTIONAL: dict[str, dict[str, Any]] = {
    kind: {name: default for group in groups for name, default in group.items()}
    for kind, groups in OPTIONAL_GROUPS.items()
}


# The entity kinds of the format (the schema's $defs use the same names).
KINDS: dict[str, type] = {
    "workshop": Workshop,
    "rule": CommonRule,
    "participant": Participant,
    "strategic_objective": StrategicObjective,
    "team": Team,
    "objective": Objective,
    "key_result": KeyResult,
    "check_in": CheckIn,
    "dependency": Dependency,
    "ritual": Ritual,
    "feedback": Feedback,
    "checklist_tick": ChecklistTick,
    "roti_vote": RotiVote,
    "action": Action,
    "vote_round": VoteRound,
    "dot_vote": DotVote,
    "agenda_item": AgendaItem,
}

# Field order in a written file: id first, then the order of the specification
# (timestamps before the long lists, so a person reading the file sees them).
_ORDER: dict[str, tuple[str, ...]] = {
    "workshop": (
        "id", "title", "organisation", "cycle_label", "cycle_start", "cycle_end",
        "language", "facilitator", "rule", "vision", "current_step", "created_at",
        "updated_at", "participants", "strategic_objectives", "teams", "dependencies",
        "rituals", "feedback", "checklist", "roti_votes", "actions",
        "session_on", "session_starts_at", "agenda", "vote_rounds",
    ),
    "rule": ("max_objectives_per_team", "max_key_results_per_objective", "strict"),
    "participant": ("id", "name", "role", "team_id"),
    "strategic_objective": ("id", "title", "why"),
    "team": ("id", "name", "department", "ambassador_id", "objectives"),
    "objective": (
        "id", "title", "why", "strategic_objective_id", "non_alignment_reason", "status",
        "votes", "author_id", "commitment", "outcome", "learnings", "decisions",
        "key_results",
    ),
    "key_result": (
        "id", "text", "metric", "baseline", "target", "change", "change_percent", "unit",
        "direction", "data_source", "owner", "due", "milestone", "status_override",
        "status_reason", "grade", "check_ins",
    ),
    "check_in": ("id", "on", "value", "confidence", "comment", "next_step", "author_id"),
    "dependency": ("id", "from_objective_id", "to_objective_id", "note"),
    "ritual": ("id", "kind", "cadence", "note", "starts_on", "starts_at", "time_zone",
               "duration_minutes", "place", "attendees"),
    "feedback": ("id", "kind", "text", "author", "occasion", "on"),
    "checklist_tick": ("id", "item"),
    "roti_vote": ("id", "score", "participant_id", "occasion", "on"),
    "action": ("id", "text", "owner_id", "due", "done", "feedback_id"),
    "vote_round": ("id", "team_id", "mode", "dots_per_person", "max_per_objective",
                   "revealed", "votes"),
    "dot_vote": ("id", "objective_id", "participant_id", "dots"),
    "agenda_item": ("id", "step", "title", "planned_minutes", "spent_seconds"),
}


def _file_fields(kind: str) -> tuple[str, ...]:
    """The fields of ``kind`` in a file: its dataclass fields, minus the implied ones,
    in writing order. Fails at import if the model and the order above drift apart."""
    cls = KINDS[kind]
    names = {f.name for f in fields(cls)} - implied_fields(kind)
    order = _ORDER[kind]
    if set(order) != names or len(order) != len(names):
        raise RuntimeError(f"exchange field order of {kind} does not match {cls.__name__}")
    return order


FIELDS: dict[str, tuple[str, ...]] = {kind: _file_fields(kind) for kind in KINDS}


class ExchangeError(ValueError):
    """A file that cannot be imported, said in one line: where, then what.

    ``path`` locates the problem in the document (``workshop.teams[2].title``), or is
    empty for problems with the file as a whole; ``code`` and ``params`` say what, for
    :func:`okr_workshop.domain.error_messages.import_sentence` to put in the reader's
    language. ``problem`` is the English phrase; ``str()`` is ``"path: problem"`` (or just
    the problem), always on a single line, for logs and developers.
    """

    def __init__(self, path: str, code: str, **params: object) -> None:
        self.path = _one_line(path)
        self.code = code
        self.params = {k: _one_line(v) if isinstance(v, str) else v for k, v in params.items()}
        self.problem = _one_line(problem(code, self.params, "en"))
        super().__init__(f"{self.path}: {self.problem}" if self.path else self.problem)

    def sentence(self, language: object) -> str:
        """The whole sentence a person reads, in ``language`` ("fr" or "en")."""
        return _one_line(import_sentence(self.path, self.code, self.params, language))


def _one_line(text: str) -> str:
    # Messages may quote file content; a line break in it must not split the message.
    return " ".join(text.splitlines())


def quote(text: object, limit: int = 40) -> str:
    """Quote a piece of the file inside a message: short, escaped, on one line.

    Letters stay themselves ("absent é.json"); control characters and line or paragraph
    separators come out escaped, so quoted content can never break the line.
    """
    try:
        shown = str(text)
    except ValueError:  # str() of an integer of thousands of digits
        shown = "9" * (limit + 1)
    escaped = "".join(_escaped(c) for c in shown[:limit])
    return f'"{escaped}"' + ("…" if len(shown) > limit else "")


def _escaped(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    if char.isprintable() or char in "\u00a0\u202f":  # French spaces are text, not controls
        return char
    return char.encode("unicode_escape", "backslashreplace").decode("ascii")


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the format, as shipped inside the package."""
    text = resources.files("okr_workshop.resources").joinpath("schema", SCHEMA_FILE)
    return json.loads(text.read_text(encoding="utf-8"))
