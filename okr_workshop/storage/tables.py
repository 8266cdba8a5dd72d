"""How each domain entity maps to its table: columns, parent, children, conversions.

Only the repository uses this module; together they are the only code that knows table
names. Column names are the dataclass field names, so the mapping is mostly a list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

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
from okr_workshop.domain.tree import WORKSHOP_LEVEL

Row = dict[str, Any]


@dataclass(frozen=True)
class Table:
    entity: type
    name: str
    # Domain fields stored in same-named columns (not id, position, parent or children).
    fields: tuple[str, ...]
    # The column naming the parent row; None when the parent is the workshop itself.
    parent_column: str | None = None
    parent_entity: type | None = None
    # (domain tuple field, child entity type) for nested children, e.g. Team.objectives.
    children: tuple[tuple[str, type], ...] = ()
    dates: frozenset[str] = frozenset()
    # Fields pointing at another entity of the same workshop (checked on every edit).
    references: tuple[tuple[str, type], ...] = ()
    # Whether the domain class carries its own ``position`` field.
    has_position: bool = True

    @property
    def scope_column(self) -> str:
        """The column whose value groups siblings: the parent, or the workshop."""
        return self.parent_column or "workshop_id"


TABLES: dict[type, Table] = {
    t.entity: t
    for t in (
        Table(
            Participant,
            "participants",
            ("name", "role", "team_id"),
            references=(("team_id", Team),),
        ),
        Table(StrategicObjective, "strategic_objectives", ("title", "why")),
        Table(
            Team,
            "teams",
            ("name", "department", "ambassador_id"),
            children=(("objectives", Objective),),
            references=(("ambassador_id", Participant),),
        ),
        Table(
            Objective,
            "objectives",
            (
                "title",
                "why",
                "strategic_objective_id",
                "non_alignment_reason",
                "status",
                "votes",
                "author_id",
                "commitment",
                "outcome",
                "learnings",
                "decisions",
            ),
            parent_column="team_id",
            parent_entity=Team,
            children=(("key_results", KeyResult),),
            references=(
                ("strategic_objective_id", StrategicObjective),
                ("author_id", Participant),
            ),
        ),
        Table(
            KeyResult,
            "key_results",
            (
                "text",
                "metric",
                "baseline",
                "target",
                "change",
                "change_percent",
                "unit",
                "direction",
                "data_source",
                "owner",
                "due",
                "milestone",
                "status_override",
                "status_reason",
                "grade",
            ),
            parent_column="objective_id",
            parent_entity=Objective,
            children=(("check_ins", CheckIn),),
            dates=frozenset({"due"}),
        ),
        Table(
            CheckIn,
            "check_ins",
            ("on", "value", "confidence", "comment", "next_step", "author_id"),
            parent_column="key_result_id",
            parent_entity=KeyResult,
            dates=frozenset({"on"}),
            references=(("author_id", Participant),),
            has_position=False,
        ),
        Table(
            Dependency,
            "dependencies",
            ("from_objective_id", "to_objective_id", "note"),
            references=(("from_objective_id", Objective), ("to_objective_id", Objective)),
            has_position=False,
        ),
        Table(
            Ritual,
            "rituals",
            ("kind", "cadence", "note", "starts_on", "starts_at", "time_zone",
             "duration_minutes", "place", "attendees"),
            dates=frozenset({"starts_on"}),
        ),
        Table(Feedback, "feedback", ("kind", "text", "author", "occasion", "on"),
              dates=frozenset({"on"})),
        Table(ChecklistTick, "checklist_ticks", ("item",), has_position=False),
        Table(
            RotiVote,
            "roti_votes",
            ("score", "participant_id", "occasion", "on"),
            dates=frozenset({"on"}),
            references=(("participant_id", Participant),),
        ),
        Table(
            Action,
            "actions",
            ("text", "owner_id", "due", "done", "feedback_id"),
            dates=frozenset({"due"}),
            references=(("owner_id", Participant), ("feedback_id", Feedback)),
        ),
        # The room kit (issue 15)
        Table(
            VoteRound,
            "vote_rounds",
            ("team_id", "mode", "dots_per_person", "max_per_objective", "revealed"),
            children=(("votes", DotVote),),
            references=(("team_id", Team),),
        ),
        Table(
            DotVote,
            "dot_votes",
            ("objective_id", "dots", "participant_id"),
            parent_column="round_id",
            parent_entity=VoteRound,
            references=(("objective_id", Objective), ("participant_id", Participant)),
            has_position=False,
        ),
        Table(AgendaItem, "agenda_items", ("step", "title", "planned_minutes", "spent_seconds")),
    )
}

# Workshop field → entity type, for the entities hanging off the workshop itself: the
# domain's own list, so that one added there is stored too.
WORKSHOP_CHILDREN: tuple[tuple[str, type], ...] = tuple(
    (field_name, entity_type) for entity_type, field_name in WORKSHOP_LEVEL.items()
)

# Parents before children, so inserts read naturally (foreign keys are deferred anyway).
INSERT_ORDER: tuple[Table, ...] = tuple(TABLES.values())

WORKSHOP_TABLE = "workshops"
WORKSHOP_FIELDS = (
    "title",
    "organisation",
    "cycle_label",
    "cycle_start",
    "cycle_end",
    "language",
    "facilitator",
    "vision",
    "current_step",
    "session_on",
    "session_starts_at",
)
RULE_COLUMNS = {
    "rule_max_objectives_per_team": "max_objectives_per_team",
    "rule_max_key_results_per_objective": "max_key_results_per_objective",
    "rule_strict": "strict",
}
WORKSHOP_DATES = frozenset({"cycle_start", "cycle_end", "session_on"})


def table_for(entity_type: type) -> Table:
    try:
        return TABLES[entity_type]
    except KeyError:
        raise TypeError(f"not a workshop entity: {entity_type.__name__}") from None


def quote(name: str) -> str:
    """A column name for SQL ("on" is a keyword)."""
    return f'"{name}"'


# --- Values ---


def stamp(moment: datetime) -> str:
    """ISO-8601 UTC text: sorts as text in time order (all share the +00:00 offset)."""
    return moment.astimezone(UTC).isoformat()


def now_stamp() -> str:
    # Microseconds, unlike the domain's utc_now: two edits in one second still sort.
    return stamp(datetime.now(UTC))


def to_column(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):  # dates only: datetimes go through stamp()
        return value.isoformat()
    return value


def from_column(name: str, value: Any, dates: frozenset[str]) -> Any:
    if value is not None and name in dates:
        return date.fromisoformat(value)
    return value


# Ligatures and typographic marks that Unicode decomposition leaves alone.
_FOLD_EXTRA = str.maketrans({"œ": "oe", "æ": "ae", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """Case- and accent-free text for search: "École" and "ecole" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- Rows ---


def entity_row(
    table: Table, entity: Any, workshop_id: str, parent_id: str | None, position: int, now: str
) -> Row:
    row: Row = {"id": entity.id, "workshop_id": workshop_id, "position": position}
    if table.parent_column:
        row[table.parent_column] = parent_id
    for name in table.fields:
        row[name] = to_column(getattr(entity, name))
    row["created_at"] = now
    row["updated_at"] = now
    return row


def entity_from_row(table: Table, row: Row, position: int, children: dict[str, tuple]) -> Any:
    values = {name: from_column(name, row[name], table.dates) for name in table.fields}
    values["id"] = row["id"]
    if table.entity is Objective:
        values["team_id"] = row["team_id"]
    if table.has_position:
        values["position"] = position
    values.update(children)
    return table.entity(**values)


def workshop_row(workshop: Workshop) -> Row:
    row: Row = {"id": workshop.id}
    for name in WORKSHOP_FIELDS:
        row[name] = to_column(getattr(workshop, name))
    for column, field_name in RULE_COLUMNS.items():
        row[column] = to_column(getattr(workshop.rule, field_name))
    row["search_key"] = fold(
        " ".join((workshop.title, workshop.organisation, workshop.cycle_label))
    )
    row["created_at"] = stamp(workshop.created_at)
    row["updated_at"] = stamp(workshop.updated_at)
    return row


def workshop_from_row(row: Row, children: dict[str, tuple]) -> Workshop:
    values = {name: from_column(name, row[name], WORKSHOP_DATES) for name in WORKSHOP_FIELDS}
    rule = CommonRule(
        max_objectives_per_team=row["rule_max_objectives_per_team"],
        max_key_results_per_objective=row["rule_max_key_results_per_objective"],
        strict=bool(row["rule_strict"]),
    )
    return Workshop(
        id=row["id"],
        rule=rule,
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        **values,
        **children,
    )
