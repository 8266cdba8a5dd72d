"""The schema: built by the first migration, recorded, applied once, transactional."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.migrations import MIGRATION_SET, MIGRATIONS, known_migrations

TABLES = {
    "workshops",
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
}
# child table → (parent column, parent table); every child also points at its workshop.
PARENTS = {
    "objectives": ("team_id", "teams"),
    "key_results": ("objective_id", "objectives"),
    "check_ins": ("key_result_id", "key_results"),
}


@pytest.fixture
def db(library_file: Path):
    """sqlite-utils' view of an opened library (the schema checks read through it)."""
    database = open_library(library_file)
    yield database.utils
    close_library(database)


def test_migrating_an_empty_file_creates_every_table(db: Database):
    assert TABLES <= set(db.table_names())
    assert "_sqlite_migrations" in db.table_names()


def test_the_migration_is_recorded(db: Database):
    applied = [m.name for m in MIGRATIONS.applied(db)]
    assert applied == list(known_migrations())
    assert applied[0] == "m001_initial_schema"
    assert MIGRATIONS.pending(db) == []


def test_reopening_applies_nothing(library_file: Path):
    close_library(open_library(library_file))
    first = Database(library_file)
    before = list(first.query("SELECT * FROM _sqlite_migrations ORDER BY id"))
    first.close()
    schema_before = _schema(library_file)
    close_library(open_library(library_file))
    again = Database(library_file)
    after = list(again.query("SELECT * FROM _sqlite_migrations ORDER BY id"))
    again.close()
    assert after == before
    assert len(after) == len(known_migrations())
    assert _schema(library_file) == schema_before


def _schema(path: Path) -> list[tuple]:
    database = Database(path)
    try:
        # sqlite_stat1 holds the planner's statistics (PRAGMA optimize), not the schema.
        return list(database.execute("SELECT type, name, sql FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"))
    finally:
        database.close()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_row_has_a_text_uuid_key_and_timestamps(db: Database, table: str):
    columns = db[table].columns_dict
    assert db[table].pks == ["id"]
    assert columns["id"] is str
    assert columns["created_at"] is str
    assert columns["updated_at"] is str


@pytest.mark.parametrize("table", sorted(TABLES - {"workshops"}))
def test_children_cascade_from_their_workshop_and_are_ordered(db: Database, table: str):
    keys = {fk.column: fk for fk in db[table].foreign_keys}
    assert keys["workshop_id"].other_table == "workshops"
    assert keys["workshop_id"].on_delete == "CASCADE"
    assert db[table].columns_dict["position"] is int
    indexed = {tuple(index.columns) for index in db[table].indexes}
    assert ("workshop_id", "position") in indexed


@pytest.mark.parametrize("table", sorted(PARENTS))
def test_nested_children_cascade_from_their_parent(db: Database, table: str):
    column, parent = PARENTS[table]
    keys = {fk.column: fk for fk in db[table].foreign_keys}
    assert keys[column].other_table == parent
    assert keys[column].on_delete == "CASCADE"
    assert (column, "position") in {tuple(index.columns) for index in db[table].indexes}


def test_links_are_cleared_and_dependencies_go_with_their_objectives(db: Database):
    def actions(table: str) -> dict[str, tuple[str, str]]:
        return {fk.column: (fk.other_table, fk.on_delete) for fk in db[table].foreign_keys}

    assert actions("participants")["team_id"] == ("teams", "SET NULL")
    assert actions("teams")["ambassador_id"] == ("participants", "SET NULL")
    assert actions("objectives")["strategic_objective_id"] == ("strategic_objectives", "SET NULL")
    assert actions("objectives")["author_id"] == ("participants", "SET NULL")
    assert actions("dependencies")["from_objective_id"] == ("objectives", "CASCADE")
    assert actions("dependencies")["to_objective_id"] == ("objectives", "CASCADE")


def test_values_have_the_documented_types(db: Database):
    key_results = db["key_results"].columns_dict
    assert key_results["baseline"] is float and key_results["target"] is float
    assert key_results["due"] is str
    assert db["check_ins"].columns_dict["value"] is float
    workshops = db["workshops"].columns_dict
    assert {"rule_max_objectives_per_team", "rule_max_key_results_per_objective",
            "rule_strict"} <= set(workshops)
    assert workshops["cycle_start"] is str


def test_a_failing_migration_leaves_no_trace_on_our_connection(db: Database):
    """The connection runs without Python's implicit transactions; sqlite-utils' own
    BEGIN/COMMIT must still roll a failed migration back entirely."""
    failing = Migrations("okr_workshop_test")

    @failing()
    def m001_half_done(database: Database) -> None:
        database.execute("CREATE TABLE half_done (x TEXT)")
        database.execute("INSERT INTO half_done VALUES ('written')")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        failing.apply(db)
    assert not db.conn.in_transaction
    assert "half_done" not in db.table_names()
    assert failing.applied(db) == []
    assert [m.name for m in MIGRATIONS.applied(db)] == list(known_migrations())
    assert MIGRATION_SET == "okr_workshop"


def test_a_library_of_the_first_version_gains_the_relative_change(tmp_path: Path):
    # Issue 11: key results written before the relative change read as having none, and
    # a relative change is stored once the migration has run.
    from okr_workshop.storage.migrations import m001_initial_schema

    path = tmp_path / "old.okrlib"
    first_version = Migrations(MIGRATION_SET)
    first_version()(m001_initial_schema)
    old = Database(path)
    first_version.apply(old)
    old.close()
    database = open_library(path)
    try:
        columns = database.utils["key_results"].columns_dict
        assert columns["change"] is float and columns["change_percent"] is int
        assert [m.name for m in MIGRATIONS.applied(database.utils)][-1] == \
            known_migrations()[-1]
    finally:
        close_library(database)
