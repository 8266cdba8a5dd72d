"""A library reached through a link is still one library (issue 16, point 3).

A symbolic link is followed to the real file once, at open: the lock, the backups folder, a
damaged file set aside and a restore all work on the real file, and every message names it.
A file with a second name (a hard link) is refused for editing: SQLite would keep one
write-ahead log per name and could mix them up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.app.library_file import (
    LibraryMovedAside,
    library_backups,
    library_path,
    open_library_file,
    restore_library,
)
from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.storage.backups import backup_folder
from okr_workshop.storage.errors import LibraryError, LibraryLocked
from okr_workshop.storage.lock import lock_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links are made the POSIX way here")

NOON = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)
NBSP = "\u00a0"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    folder = tmp_path / "données réelles"
    folder.mkdir()
    return folder / "library.sqlite3"


@pytest.fixture
def link(tmp_path: Path, real: Path) -> Path:
    folder = tmp_path / "raccourcis"
    folder.mkdir()
    made = folder / "okr.sqlite3"
    made.symlink_to(real)
    return made


def _with_samples(path: Path) -> None:
    opened = open_library_file(path, now=NOON)
    add_samples(opened.repository, (Language.FRENCH,))
    opened.close(NOON + timedelta(minutes=1))


def test_a_symlink_is_followed_once_to_the_real_file(real: Path, link: Path):
    _with_samples(real)
    assert library_path(link) == real
    with open_library_file(link, writer=False) as reader:
        assert reader.path == real
        assert len(reader.repository.list_workshops()) == 1


def test_a_second_writer_through_a_symlink_is_refused(real: Path, link: Path):
    _with_samples(real)
    with open_library_file(real):
        with pytest.raises(LibraryLocked) as caught:
            open_library_file(link)
        assert str(real) in str(caught.value)
    with open_library_file(link) as through_link:
        assert lock_path(real).exists()
        assert not lock_path(link).exists(), "one lock, beside the real file"
        with pytest.raises(LibraryLocked):
            open_library_file(real)
        assert through_link.writer


def test_a_link_to_the_folder_shares_the_lock_too(tmp_path: Path, real: Path):
    _with_samples(real)
    folder_link = tmp_path / "dossier-lien"
    folder_link.symlink_to(real.parent)
    with open_library_file(folder_link / real.name):
        with pytest.raises(LibraryLocked):
            open_library_file(real)


HOLDER = """
import sys
from okr_workshop.app.library_file import open_library_file
held = open_library_file(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
held.close()
"""


def test_a_writer_in_another_process_through_the_link_keeps_the_real_path(real: Path,
                                                                          link: Path):
    _with_samples(real)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(link)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(LibraryLocked) as caught:
            open_library_file(real)
        assert f"process {child.pid}" in str(caught.value)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == 0


def test_backups_and_restore_through_a_symlink_see_the_real_backups(real: Path, link: Path):
    _with_samples(real)
    seen = library_backups(link)
    assert seen and seen == library_backups(real)
    assert all(info.path.parent == backup_folder(real) for info in seen)
    assert not backup_folder(link).exists()
    result = restore_library(link, seen[-1].path, now=NOON + timedelta(hours=1), force=True)
    assert result.backup.workshop_count == 0
    assert link.is_symlink() and link.resolve() == real, "the link still leads to the library"
    with open_library_file(link, writer=False) as reader:
        assert reader.repository.list_workshops() == []
    assert result.aside is not None and result.aside.parent == real.parent


def test_a_damaged_library_behind_a_symlink_is_set_aside_not_the_link(real: Path, link: Path):
    real.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 3000)
    damaged = real.read_bytes()
    with pytest.raises(LibraryMovedAside) as caught:
        open_library_file(link)
    moved = caught.value
    assert moved.path == real
    assert moved.aside.parent == real.parent and moved.aside.read_bytes() == damaged
    assert link.is_symlink() and os.readlink(link) == str(real), "the link is left as it was"


def test_a_loop_of_links_is_said_as_such_and_nothing_is_made(tmp_path: Path):
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    first.symlink_to(second)
    second.symlink_to(first)
    for writer in (False, True):
        with pytest.raises(LibraryError) as caught:
            open_library_file(first, writer=writer, create=writer)
        assert caught.value.code == "cannot_open"
        assert str(first) in str(caught.value) and "too many symbolic links" in str(caught.value)
        assert "trop de liens symboliques" in caught.value.message("fr")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.sqlite3", "b.sqlite3"]


# --- Hard links ---


def test_a_hard_linked_library_is_not_opened_for_editing(tmp_path: Path, real: Path):
    _with_samples(real)
    other_name = tmp_path / "copie.sqlite3"
    os.link(real, other_name)
    before = real.read_bytes()
    for name in (real, other_name):
        with pytest.raises(LibraryError) as caught:
            open_library_file(name)
        error = caught.value
        assert error.code == "hard_linked"
        assert str(name) in str(error) and "\n" not in str(error)
        assert "2 names" in str(error)
        assert f"{NBSP};" in error.message("fr") and "2 noms" in error.message("fr")
        assert not lock_path(name).exists()
    with pytest.raises(LibraryError) as caught:
        restore_library(other_name)
    assert caught.value.code == "hard_linked"
    assert real.read_bytes() == before
    assert not other_name.with_name(other_name.name + "-wal").exists()
    # Reading is still allowed: that is how the person gets their workshops out.
    with open_library_file(other_name, writer=False) as reader:
        assert len(reader.repository.list_workshops()) == 1
        (warning,) = reader.warnings
        assert warning.code == "hard_linked_read" and "2 names" in str(warning)
    # One name again: editing is back.
    other_name.unlink()
    with open_library_file(real) as writer:
        assert writer.writer
