"""The window, opened on a library whose -wal lost committed changes (a flipped bit) or
is another library's, says so in a dialog before anything else, and again in the status
bar; the copy of the log it names is kept. On a read-only library file it says
"read-only" at once."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.ui.application import build_window
from tests.storage.read_only import read_only
from tests.storage.test_wal_guard import (
    IN_THE_LOG,
    _crashed,
    _flip_a_bit_in_frame,
    _wal,
    _wal_copies,
)


def test_the_window_says_which_changes_the_damaged_log_lost(qtbot, tmp_path, prompts, settings):
    crashed = _crashed(tmp_path, "damaged")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    window = build_window(str(crashed), prompts, settings)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    (copy,) = _wal_copies(crashed)
    ((kind, shown),) = prompts.asked
    assert kind == "error" and shown.startswith("The library's last changes need a look: ")
    assert "none of the transactions it holds could be read" in shown and str(copy) in shown
    assert str(copy) in window.statusBar().currentMessage()
    titles = [window.home.model.index(row, 0).data() for row in
              range(window.home.model.rowCount())]  # fmt: skip
    assert IN_THE_LOG not in titles and titles
    window.close()
    assert copy.exists()


def test_a_sound_log_opens_without_a_question(qtbot, tmp_path: Path, prompts, settings):
    crashed = _crashed(tmp_path, "sound")
    window = build_window(str(crashed), prompts, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert prompts.asked == [] and _wal_copies(crashed) == []
    window.close()


def test_the_window_on_a_read_only_library_says_read_only(qtbot, tmp_path, prompts, settings):
    """Point 12 as the window meets it: told at open, in one sentence, never "damaged"."""
    crashed = _crashed(tmp_path, "sound", ())
    with read_only(crashed):
        window = build_window(str(crashed), prompts, settings)
    assert window is None
    ((kind, shown),) = prompts.asked
    assert kind == "error" and "is read-only" in shown and "damaged" not in shown
    assert str(crashed) in shown


def test_in_french_the_dialog_is_french(qtbot, tmp_path, prompts, settings, french_ui):
    crashed = _crashed(tmp_path, "damaged")
    _flip_a_bit_in_frame(_wal(crashed), 0)
    window = build_window(str(crashed), prompts, settings)
    assert window is not None
    qtbot.addWidget(window)
    ((kind, shown),) = prompts.asked
    assert shown.startswith("Les dernières modifications de la bibliothèque sont à vérifier: ")
    assert "aucune des transactions qu’il contient n’a pu être lue" in shown
    window.close()
