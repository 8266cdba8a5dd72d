"""The error log (issue 17, point 5): beside the library, private, bounded, and never a new
failure when it cannot be written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from okr_workshop.app import app_log


@pytest.fixture
def library(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    app_log.use_library(str(path))
    yield path
    app_log.use_library(None)


def test_the_log_sits_beside_the_library(library):
    assert app_log.log_path() == library.parent / "logs" / "okr-workshop.log"
    assert app_log.log_error("first problem") == app_log.log_path()
    assert "first problem" in app_log.log_path().read_text(encoding="utf-8")


def test_a_mistyped_library_folder_is_not_made_by_its_log(tmp_path, monkeypatch):
    default = tmp_path / "data" / "library.sqlite3"
    monkeypatch.setattr(app_log, "default_library_path", lambda: default)
    app_log.use_library(str(tmp_path / "no-such-folder" / "library.sqlite3"))
    try:
        assert app_log.log_error("a problem") == tmp_path / "data" / "logs" / "okr-workshop.log"
    finally:
        app_log.use_library(None)
    assert not (tmp_path / "no-such-folder").exists()


def test_an_exception_is_logged_with_its_traceback(library):
    def failing() -> None:
        raise ValueError("« Équipe 🚀 » <b>broken</b>")

    try:
        failing()
    except ValueError as error:
        app_log.log_exception(error, "while testing")
    text = app_log.log_path().read_text(encoding="utf-8")
    assert "while testing" in text
    assert "Traceback (most recent call last)" in text and "in failing" in text
    assert "ValueError: « Équipe 🚀 » <b>broken</b>" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_is_private_even_when_it_was_not(library):
    folder = library.parent / "logs"
    folder.mkdir()
    (folder / "okr-workshop.log").write_text("older entries\n")
    os.chmod(folder / "okr-workshop.log", 0o644)
    app_log.log_error("a traceback quoting workshop text")
    assert stat.S_IMODE((folder / "okr-workshop.log").stat().st_mode) == 0o600
    assert "older entries" in (folder / "okr-workshop.log").read_text()


def test_the_log_is_bounded(library, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 2000)
    for number in range(200):
        app_log.log_error(f"problem number {number} " + "x" * 50)
    folder = library.parent / "logs"
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["okr-workshop.log", "okr-workshop.log.1", "okr-workshop.log.2"]
    assert all((folder / name).stat().st_size <= 2000 for name in names)
    assert "problem number 199" in (folder / "okr-workshop.log").read_text()


def test_a_log_that_cannot_be_written_is_skipped_without_an_error(library):
    (library.parent / "logs").write_text("a file where the folder should be")
    assert app_log.log_error("a problem") is None
    try:
        raise RuntimeError("another")
    except RuntimeError as error:
        assert app_log.log_exception(error) is None


def test_the_stand_in_error_stream_logs_whole_lines(library):
    stream = app_log.LogStream()
    print("okr-workshop: a problem", end="", file=stream)
    assert not app_log.log_path().exists()  # half a line waits for its end
    print(file=stream)
    print("a warning\n  with its source line", file=stream)
    text = app_log.log_path().read_text(encoding="utf-8")
    assert text.count("\n") == 3
    assert "okr-workshop: a problem\n" in text
    assert "a warning\n  with its source line\n" in text
    assert app_log.writes_to_log(stream) and not stream.isatty()


def test_missing_streams_get_stand_ins(library, monkeypatch):
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)
    assert app_log.without_console() is True
    import sys

    print("thrown away")
    print("kept", file=sys.stderr)
    sys.stdout.close()
    assert "kept" in app_log.log_path().read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="owners and modes")
def test_a_library_in_a_shared_folder_logs_in_the_users_own_folder(tmp_path, monkeypatch):
    """/tmp or a team share: another account could create the log first and read it."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    default = tmp_path / "data" / "library.sqlite3"
    monkeypatch.setattr(app_log, "default_library_path", lambda: default)
    app_log.use_library(str(shared / "library.sqlite3"))
    try:
        assert app_log.log_error("Confidential: Acme layoffs") == (
            tmp_path / "data" / "logs" / "okr-workshop.log")
    finally:
        app_log.use_library(None)
    assert not (shared / "logs").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="owners")
def test_a_log_file_owned_by_another_account_is_never_written(library):
    folder = library.parent / "logs"
    folder.mkdir(mode=0o700)
    planted = folder / "okr-workshop.log"
    planted.write_text("", encoding="utf-8")
    if os.geteuid() != 0:
        pytest.skip("giving a file to another account needs root")
    os.chown(planted, 65534, 65534)
    assert app_log.log_error("Confidential: Acme layoffs") is None
    assert planted.read_text(encoding="utf-8") == ""
