"""The window on a library reached through a link (issue 16, point 3): one window per real
file, a damaged file behind a link set aside and restored where it really is, a file with a
second name (hard link) refused for editing, each said in one sentence naming the real file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from okr_workshop.storage.lock import lock_path
from okr_workshop.ui.application import build_window
from tests.ui.library_window import opened_window, with_samples

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links are made the POSIX way here")


@pytest.fixture
def real(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"


@pytest.fixture
def link(tmp_path: Path, real: Path) -> Path:
    made = tmp_path / "Bureau" / "OKR — raccourci.sqlite3"
    made.parent.mkdir()
    made.symlink_to(real)
    return made




def test_a_second_window_through_a_link_is_told_the_library_is_open(
    qtbot, real, link, prompts, settings
):
    with_samples(real)
    first = opened_window(qtbot, real, prompts, settings)
    assert first is not None and first.home.model.rowCount() == 2
    assert build_window(str(link), prompts, settings) is None
    ((kind, text),) = prompts.asked
    assert kind == "error" and "already open in OKR Workshop" in text
    assert str(real) in text, "the message names the real file, where the lock is"
    first.close()
    assert not lock_path(real).exists() and not lock_path(link).exists()


def test_a_damaged_library_behind_a_link_is_restored_where_it_really_is(
    qtbot, real, link, prompts, settings
):
    with_samples(real)
    damaged = real.read_bytes()[:3000]
    real.write_bytes(damaged)
    prompts.answers = [True]
    window = opened_window(qtbot, link, prompts, settings)
    assert window is not None
    ((kind, question),) = prompts.asked
    assert kind == "confirm" and question == "The library was damaged"
    assert window.home.model.rowCount() == 2
    assert window.library.path == real
    (aside,) = real.parent.glob("library-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    assert link.is_symlink() and link.resolve() == real
    assert list(link.parent.iterdir()) == [link], "nothing is set aside beside the link"
    window.close()


def test_a_hard_linked_library_is_refused_in_one_sentence(qtbot, real, tmp_path, prompts,
                                                          settings):
    with_samples(real)
    second_name = tmp_path / "copie.sqlite3"
    os.link(real, second_name)
    before = real.read_bytes()
    assert build_window(str(second_name), prompts, settings) is None
    ((kind, text),) = prompts.asked
    assert kind == "error" and "Cannot open the library" in text
    assert str(second_name) in text and "2 names" in text and "hard links" in text
    assert real.read_bytes() == before
    assert not lock_path(second_name).exists()
