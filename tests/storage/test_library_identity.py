"""A library says it is ours, and which one of ours (migration m005)."""

from __future__ import annotations

import sqlite3

from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.identity import APPLICATION_ID, application_id, library_id


def test_a_new_library_carries_our_application_id_and_an_identity_of_its_own(tmp_path):
    first = open_library(tmp_path / "one.sqlite3")
    second = open_library(tmp_path / "two.sqlite3")
    try:
        assert application_id(first.conn) == APPLICATION_ID
        assert library_id(first.conn) and library_id(second.conn)
        assert library_id(first.conn) != library_id(second.conn)
    finally:
        close_library(first)
        close_library(second)
    with (tmp_path / "one.sqlite3").open("rb") as file:
        header = file.read(100)
    assert header[68:72] == b"OKRW"


def test_a_file_without_an_identity_reads_as_none(tmp_path):
    conn = sqlite3.connect(tmp_path / "other.sqlite3")
    try:
        assert library_id(conn) is None
        assert application_id(conn) == 0
    finally:
        conn.close()
