"""Presence markers: who has a shared workshop open, as a courtesy (never a lock)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.app import team_presence
from okr_workshop.app.team_folder import Writer
from okr_workshop.app.team_presence import announce, marker_path, present, withdraw

WORKSHOP = "df96c0a2-ab41-505c-ac8e-d33bbb1c33f9"
CLAIRE = Writer("Claire", "LAPTOP-12")
MALIK = Writer("Malik", "PORTABLE-7")
NOW = datetime(2026, 12, 7, 10, 2, tzinfo=UTC)


def other_process(monkeypatch, instance: str = "0123456789abcdef") -> None:
    monkeypatch.setattr(team_presence, "INSTANCE", instance)


def test_a_colleague_sees_who_has_it_open_and_since_when(tmp_path: Path, monkeypatch) -> None:
    other_process(monkeypatch, "claire-process")
    announce(tmp_path, WORKSHOP, CLAIRE, now=NOW)
    other_process(monkeypatch, "malik-process")
    (seen,) = present(tmp_path, MALIK, WORKSHOP, now=NOW + timedelta(minutes=5))
    assert (seen.coach, seen.computer, seen.since) == ("Claire", "LAPTOP-12", NOW)
    assert present(tmp_path, MALIK, "another-workshop", now=NOW) == []


def test_own_marker_is_not_shown_and_closing_removes_it(tmp_path: Path) -> None:
    path = announce(tmp_path, WORKSHOP, CLAIRE, now=NOW)
    assert path == marker_path(tmp_path, WORKSHOP, CLAIRE) and path.exists()
    assert present(tmp_path, CLAIRE, WORKSHOP, now=NOW) == []
    withdraw(tmp_path, WORKSHOP, CLAIRE)
    assert not path.exists()


def test_stale_markers_are_ignored(tmp_path: Path, monkeypatch) -> None:
    other_process(monkeypatch, "claire-process")
    announce(tmp_path, WORKSHOP, CLAIRE, now=NOW)
    other_process(monkeypatch, "malik-process")
    assert present(tmp_path, MALIK, WORKSHOP, now=NOW + timedelta(hours=23))
    assert present(tmp_path, MALIK, WORKSHOP, now=NOW + timedelta(days=1, minutes=1)) == []
    # This computer's marker left by a process that crashed: not shown, not withdrawn by it.
    assert present(tmp_path, CLAIRE, WORKSHOP, now=NOW) == []
    withdraw(tmp_path, WORKSHOP, CLAIRE)
    assert marker_path(tmp_path, WORKSHOP, CLAIRE).exists()


def test_odd_markers_never_fail(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / ".okr-presence"
    folder.mkdir()
    (folder / "a.presence.json").write_text("{not json")
    (folder / "b.presence.json").write_text(json.dumps({"coach": 3}))
    (folder / "c.presence.json").write_bytes(b"x" * 10_000)
    other_process(monkeypatch, "claire-process")
    announce(tmp_path, WORKSHOP, Writer("Claire\x1b[31m\n", "LAPTOP-12"), now=NOW)
    other_process(monkeypatch, "malik-process")
    (seen,) = present(tmp_path, MALIK, now=NOW)
    assert seen.coach == "Claire[31m"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes and device links")
def test_a_marker_that_is_a_pipe_or_a_device_link_is_skipped_at_once(tmp_path: Path) -> None:
    folder = tmp_path / ".okr-presence"
    folder.mkdir()
    os.mkfifo(folder / "pipe.presence.json")  # reading it would wait forever
    (folder / "zero.presence.json").symlink_to("/dev/zero")  # it would never end
    assert present(tmp_path, MALIK, now=NOW) == []


def test_a_name_with_no_break_spaces_keeps_them(tmp_path: Path, monkeypatch) -> None:
    other_process(monkeypatch, "claire-process")
    announce(tmp_path, WORKSHOP, Writer("Claire\u00a0Dupont", "PORTABLE\u202fDE\u202fCLAIRE"),
             now=NOW)
    other_process(monkeypatch, "malik-process")
    (seen,) = present(tmp_path, MALIK, now=NOW)
    assert (seen.coach, seen.computer) == ("Claire\u00a0Dupont", "PORTABLE\u202fDE\u202fCLAIRE")
