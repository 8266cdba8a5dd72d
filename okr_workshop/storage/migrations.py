"""The library schema, as append-only migrations (sqlite-utils' ``Migrations``).

Which migrations a library has had is read with the standard library (opening an up-to-date
library, the usual case, does not import sqlite-utils); ``MIGRATIONS``, sqlite-utils' runner
of these steps, is built the first time something is to be migrated.

Rules: never edit or reorder a migration once released; add a new function at the end. A
migration that adds, drops or changes a column of a workshop table ends with
``checksums.store_all(db.conn)`` (each workshop's checksum covers every column).
Each migration runs in its own transaction together with its record in
``_sqlite_migrations``, so a failure leaves the library as it was.

The SQL is written out rather than generated, so a migration builds the same schema
forever, whatever version of sqlite-utils runs it.

Conventions (DESIGN.md section 4): every row has ``id TEXT PRIMARY KEY`` (the domain's
UUID), ``workshop_id`` (so a workshop loads with one query per table), ``position`` for its
order among its siblings, and ``created_at``/``updated_at`` as ISO-8601 UTC text. Dates are
ISO text, numbers REAL. Links across the tree (ambassador, author, alignment, a
participant's team) are set to NULL when their target is deleted; children are deleted
with their parent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from okr_workshop.storage import checksums
from okr_workshop.storage.identity import APPLICATION_ID

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "okr_workshop"
# Where sqlite-utils records each applied migration (``Migrations.migrations_table``).
MIGRATIONS_TABLE = "_sqlite_migrations"

_STAMPS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

_WORKSHOP_ROW = """
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,"""

_INITIAL_SCHEMA = [
    f"""CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    cycle_label TEXT NOT NULL DEFAULT '',
    cycle_start TEXT,
    cycle_end TEXT,
    language TEXT NOT NULL,
    facilitator TEXT NOT NULL DEFAULT '',
    rule_max_objectives_per_team INTEGER NOT NULL,
    rule_max_key_results_per_objective INTEGER NOT NULL,
    rule_strict INTEGER NOT NULL,
    vision TEXT NOT NULL DEFAULT '',
    current_step TEXT NOT NULL,
    search_key TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE participants ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,{_STAMPS}
)""",
    f"""CREATE TABLE strategic_objectives ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE teams ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    ambassador_id TEXT REFERENCES participants(id) ON DELETE SET NULL,{_STAMPS}
)""",
    f"""CREATE TABLE objectives ({_WORKSHOP_ROW}
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    strategic_objective_id TEXT REFERENCES strategic_objectives(id) ON DELETE SET NULL,
    non_alignment_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    votes INTEGER NOT NULL DEFAULT 0,
    author_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    commitment TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE key_results ({_WORKSHOP_ROW}
    objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    metric TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT,
    data_source TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,{_STAMPS}
)""",
    f"""CREATE TABLE check_ins ({_WORKSHOP_ROW}
    key_result_id TEXT NOT NULL REFERENCES key_results(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    "on" TEXT NOT NULL,
    value REAL NOT NULL,
    confidence INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE dependencies ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    from_objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    to_objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE rituals ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    cadence TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE feedback ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',{_STAMPS}
)""",
    f"""CREATE TABLE checklist_ticks ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    item TEXT NOT NULL,{_STAMPS}
)""",
    # The library list sorts by last change.
    "CREATE INDEX workshops_updated_at ON workshops(updated_at)",
    # Loading a workshop reads each table by workshop_id; (workshop_id, position) serves it.
    *(
        f"CREATE INDEX {table}_workshop ON {table}(workshop_id, position)"
        for table in (
            "participants",
            "strategic_objectives",
            "teams",
            "objectives",
            "key_results",
            "check_ins",
            "dependencies",
            "rituals",
            "feedback",
            "checklist_ticks",
        )
    ),
    # Sibling order and cascades walk from the parent.
    "CREATE INDEX objectives_team ON objectives(team_id, position)",
    "CREATE INDEX key_results_objective ON key_results(objective_id, position)",
    "CREATE INDEX check_ins_key_result ON check_ins(key_result_id, position)",
    # ON DELETE SET NULL / CASCADE look the referrers up; without these, a scan per delete.
    "CREATE INDEX participants_team ON participants(team_id)",
    "CREATE INDEX teams_ambassador ON teams(ambassador_id)",
    "CREATE INDEX objectives_strategic ON objectives(strategic_objective_id)",
    "CREATE INDEX objectives_author ON objectives(author_id)",
    "CREATE INDEX dependencies_from ON dependencies(from_objective_id)",
    "CREATE INDEX dependencies_to ON dependencies(to_objective_id)",
]


_STEPS: list[Callable[[Database], None]] = []


def _migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next step of the set."""
    _STEPS.append(fn)
    return fn


def known_migrations() -> tuple[str, ...]:
    """Names of every migration this version knows, in order."""
    return tuple(step.__name__ for step in _STEPS)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of this set's migrations recorded in the library, oldest first (reads only)."""
    (has_table,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
        [MIGRATIONS_TABLE],
    ).fetchone()
    if not has_table:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]


def __getattr__(name: str) -> Migrations:
    """``MIGRATIONS``: sqlite-utils' runner of the steps, imported on first use (PEP 562)."""
    if name != "MIGRATIONS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sqlite_utils.migrations import Migrations

    runner = Migrations(MIGRATION_SET)
    for step in _STEPS:
        runner()(step)
    globals()["MIGRATIONS"] = runner
    return runner


# --- The migrations, oldest first. Append only. ---


@_migration
def m001_initial_schema(db: Database) -> None:
    for statement in _INITIAL_SCHEMA:
        db.execute(statement)


@_migration
def m002_key_result_relative_change(db: Database) -> None:
    # A relative change ("Réduire de 20 % les invendus") is not a target (issue 11): its
    # amount, and whether it is in percent of the baseline (1) or in the unit (0).
    db.execute("ALTER TABLE key_results ADD COLUMN change REAL")
    db.execute("ALTER TABLE key_results ADD COLUMN change_percent INTEGER NOT NULL DEFAULT 1")


@_migration
def m003_steering(db: Database) -> None:
    # The Steering step (issue 13): check-ins with a next step and an author, milestones,
    # status overrides and grades, the closing form, rituals a calendar can hold, feedback
    # by occasion, ROTI votes and the actions decided.
    for statement in (
        "ALTER TABLE check_ins ADD COLUMN next_step TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE check_ins ADD COLUMN author_id TEXT "
        "REFERENCES participants(id) ON DELETE SET NULL",
        "ALTER TABLE key_results ADD COLUMN milestone INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE key_results ADD COLUMN status_override TEXT",
        "ALTER TABLE key_results ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE key_results ADD COLUMN grade REAL",
        "ALTER TABLE objectives ADD COLUMN outcome TEXT",
        "ALTER TABLE objectives ADD COLUMN learnings TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE objectives ADD COLUMN decisions TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rituals ADD COLUMN starts_on TEXT",
        "ALTER TABLE rituals ADD COLUMN starts_at TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rituals ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rituals ADD COLUMN duration_minutes INTEGER NOT NULL DEFAULT 30",
        "ALTER TABLE rituals ADD COLUMN place TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE rituals ADD COLUMN attendees TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE feedback ADD COLUMN occasion TEXT NOT NULL DEFAULT 'workshop'",
        'ALTER TABLE feedback ADD COLUMN "on" TEXT',
        f"""CREATE TABLE roti_votes ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    score INTEGER NOT NULL,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    occasion TEXT NOT NULL,
    "on" TEXT,{_STAMPS}
)""",
        f"""CREATE TABLE actions ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    feedback_id TEXT REFERENCES feedback(id) ON DELETE SET NULL,{_STAMPS}
)""",
        "CREATE INDEX roti_votes_workshop ON roti_votes(workshop_id, position)",
        "CREATE INDEX actions_workshop ON actions(workshop_id, position)",
        "CREATE INDEX check_ins_author ON check_ins(author_id)",
        "CREATE INDEX roti_votes_participant ON roti_votes(participant_id)",
        "CREATE INDEX actions_owner ON actions(owner_id)",
        "CREATE INDEX actions_feedback ON actions(feedback_id)",
    ):
        db.execute(statement)


@_migration
def m004_room(db: Database) -> None:
    # The room kit (issue 15): dot-voting rounds with each participant's dots (a deleted
    # team takes its rounds; a deleted objective the dots on it, in every round; a deleted
    # participant leaves their dots counted, anonymously), the run sheet, and when the
    # session is held.
    for statement in (
        "ALTER TABLE workshops ADD COLUMN session_on TEXT",
        "ALTER TABLE workshops ADD COLUMN session_starts_at TEXT NOT NULL DEFAULT ''",
        f"""CREATE TABLE vote_rounds ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    dots_per_person INTEGER NOT NULL,
    max_per_objective INTEGER NOT NULL,
    revealed INTEGER NOT NULL DEFAULT 0,{_STAMPS}
)""",
        f"""CREATE TABLE dot_votes ({_WORKSHOP_ROW}
    round_id TEXT NOT NULL REFERENCES vote_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    objective_id TEXT NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,{_STAMPS}
)""",
        f"""CREATE TABLE agenda_items ({_WORKSHOP_ROW}
    position INTEGER NOT NULL,
    step TEXT,
    title TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL DEFAULT 0,
    spent_seconds INTEGER NOT NULL DEFAULT 0,{_STAMPS}
)""",
        "CREATE INDEX vote_rounds_workshop ON vote_rounds(workshop_id, position)",
        "CREATE INDEX dot_votes_workshop ON dot_votes(workshop_id, position)",
        "CREATE INDEX agenda_items_workshop ON agenda_items(workshop_id, position)",
        "CREATE INDEX dot_votes_round ON dot_votes(round_id, position)",
        "CREATE INDEX vote_rounds_team ON vote_rounds(team_id)",
        "CREATE INDEX dot_votes_objective ON dot_votes(objective_id)",
        "CREATE INDEX dot_votes_participant ON dot_votes(participant_id)",
    ):
        db.execute(statement)


@_migration
def m005_safety(db: Database) -> None:
    # Data safety, second pass (issue 16): the file says it is ours (SQLite's application
    # id, which `file` and other tools read), and each library gets an identity of its own so
    # a backup, a -wal or a restore is only ever matched with the library it came from.
    import uuid  # only when migrating

    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "INSERT INTO library_meta (key, value) VALUES ('library_id', ?)", [str(uuid.uuid4())]
    )
    # One checksum per workshop, kept by every edit (storage/checksums.py): a record changed
    # on disk reads as damaged. Existing workshops get theirs from their rows as they are.
    db.execute(checksums.CREATE_CHECKSUM_TABLE)
    checksums.store_all(db.conn)


@_migration
def m006_team_folder(db: Database) -> None:
    # The team folder (issue 19): which local workshops are linked to a file of the team
    # folder, and the last revision both had in common. Not a workshop table (no
    # ``workshop_id`` column): a link is this laptop's bookkeeping, not part of the
    # workshop, so it stays out of the workshop's checksum and of its exchange file. No
    # foreign key either: a workshop deleted then restored with undo keeps its link.
    db.execute(
        """CREATE TABLE team_links (
    workshop TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    fingerprint TEXT NOT NULL
)"""
    )
