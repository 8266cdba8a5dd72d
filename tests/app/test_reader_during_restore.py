"""A reader (``list``, ``export``, ``check``) that meets a restore under way waits for it and
reads the restored library, instead of calling it damaged or missing (issue 16, point 13).

The restore is played step by step on real files: its copy beside the library (the marker a
reader sees), the library moved aside, then the copy renamed into place. The reader's own
polling (``recovery.time.sleep``) is where the last step happens, so the interleaving is
exact and the test never depends on timing.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.app.library_file import library_backups, open_library_file
from okr_workshop.app.samples import add_samples
from okr_workshop.storage import connection, recovery
from okr_workshop.storage.lock import acquire_lock
from okr_workshop.storage.recovery import move_aside, restore_marker
from tests.storage.library_builders import workshop_titles

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)


def _library_with_samples(library: Path) -> None:
    opened = open_library_file(library, now=NOON)
    add_samples(opened.repository)
    opened.close(NOON + timedelta(minutes=1))


def _restore_half_done(library: Path) -> Path:
    """A restore stopped after moving the library aside: the copy waits beside it."""
    newest = library_backups(library)[0].path
    marker = restore_marker(library)
    shutil.copyfile(newest, marker)
    move_aside(library, "replaced", now=NOON)
    return marker


def test_a_reader_waits_while_the_library_is_between_files(
    library: Path, monkeypatch: pytest.MonkeyPatch
):
    _library_with_samples(library)
    expected = workshop_titles(library)
    marker = _restore_half_done(library)
    waited = []

    def finish_the_restore(_seconds: float) -> None:
        waited.append(True)
        if marker.exists():
            os.replace(marker, library)

    monkeypatch.setattr(recovery.time, "sleep", finish_the_restore)
    with acquire_lock(library):  # as the restore holds it
        with open_library_file(library, writer=False, create=False) as reader:
            titles = {item.title for item in reader.repository.list_workshops()}
    assert waited, "the reader saw the restore under way"
    assert titles == expected


def test_a_reader_does_not_wait_for_what_a_killed_restore_left(
    library: Path, monkeypatch: pytest.MonkeyPatch
):
    """Nobody holds the lock: the copy beside the library is a leftover, not a restore at
    work (every `list` waited ten seconds for it)."""
    _library_with_samples(library)
    restore_marker(library).write_bytes(b"half a copy")
    slept = []
    monkeypatch.setattr(recovery.time, "sleep", slept.append)
    with open_library_file(library, writer=False, create=False) as reader:
        assert reader.repository.list_workshops()
    assert slept == []


def test_a_restore_killed_between_its_two_renames_is_finished_by_the_next_writer(
    library: Path,
):
    """Killed after the library was set aside and before its checked copy took the name:
    the next window must not start an empty library over that copy."""
    _library_with_samples(library)
    expected = workshop_titles(library)
    marker = _restore_half_done(library)
    assert not library.exists()
    with open_library_file(library, now=NOON + timedelta(hours=1)) as writer:
        titles = {item.title for item in writer.repository.list_workshops()}
    assert titles == expected
    assert not marker.exists()


def test_a_reader_whose_file_is_swapped_mid_check_reads_again(
    library: Path, monkeypatch: pytest.MonkeyPatch
):
    """The reader looked before the restore began; the swap happens inside its check."""
    _library_with_samples(library)
    expected = workshop_titles(library)
    newest = library_backups(library)[0].path
    inspect = connection._inspect_read_only
    calls = []

    def swapped_meanwhile(path: Path) -> None:
        if not calls:  # the restore takes the library away, then puts the copy in place
            marker = restore_marker(library)
            shutil.copyfile(newest, marker)
            move_aside(library, "replaced", now=NOON)
            calls.append(path)
            try:
                inspect(path)  # meets the empty name: "damaged" to the old code
            finally:
                os.replace(marker, library)
            return
        inspect(path)

    monkeypatch.setattr(connection, "_inspect_read_only", swapped_meanwhile)
    with open_library_file(library, writer=False, create=False) as reader:
        titles = {item.title for item in reader.repository.list_workshops()}
    assert titles == expected
    assert library.exists()
    assert not list(library.parent.glob("library-damaged-*"))


def test_a_writer_clears_what_a_killed_restore_left(library: Path):
    _library_with_samples(library)
    marker = restore_marker(library)
    marker.write_bytes(b"half a copy")
    with open_library_file(library, now=NOON + timedelta(hours=1)):
        assert not marker.exists()  # under the lock, no restore can be under way
