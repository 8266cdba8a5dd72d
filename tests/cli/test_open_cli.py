"""`okr-workshop open [FILE]` and a lone FILE (what a double-click on an exchange file runs):
the window opens with the file to import; a missing file is one line, exit 1; a command name
stays a command, and `--help` is what it was (issue 17, point 7)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from okr_workshop import EXCHANGE_SUFFIX, cli, cli_argv
from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language
from okr_workshop.storage.exchange import write_workshop_file
from tests.cli.test_cli import assert_user_error, run


@pytest.fixture
def window(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, object]]:
    """What the command line asked the window for, instead of opening one."""
    calls: list[tuple[object, object]] = []

    def run_gui(library_option=None, import_file=None) -> int:
        calls.append((library_option, import_file))
        return 0

    monkeypatch.setattr("okr_workshop.gui.run_gui", run_gui)
    return calls


@pytest.fixture
def exchange_file(tmp_path: Path) -> Path:
    path = tmp_path / f"atelier été{EXCHANGE_SUFFIX}"
    write_workshop_file(sample_workshop(Language.FRENCH), path)
    return path


COMMANDS = ["list", "import", "open", "export", "demo", "check", "backups"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["x.okrw"], ["open", "x.okrw"]),  # the name is enough, existing or not
        (["old.json"], ["open", "old.json"]),
        (["--library", "l.sqlite3", "x.okrw"], ["--library", "l.sqlite3", "open", "x.okrw"]),
        (["--lang=fr", "x.okrw"], ["--lang=fr", "open", "x.okrw"]),
        (["list"], ["list"]),
        (["open", "x.okrw"], ["open", "x.okrw"]),
        (["--help"], ["--help"]),
        (["x.okrw", "--help"], ["x.okrw", "--help"]),
        (["notes.txt"], ["notes.txt"]),  # neither a file here nor an exchange file's name
        (["import", "x.okrw"], ["import", "x.okrw"]),
        ([], []),
        # argparse's abbreviations, and options after the file (review of issue 17).
        (["--lib", "l.sqlite3", "x.okrw"], ["--lib", "l.sqlite3", "open", "x.okrw"]),
        (["--li=l.sqlite3", "x.okrw"], ["--li=l.sqlite3", "open", "x.okrw"]),
        (["x.okrw", "--library", "l.sqlite3"], ["--library", "l.sqlite3", "open", "x.okrw"]),
        (["a.okrw", "b.okrw"], ["open", "a.okrw", "b.okrw"]),  # open says: one at a time
        (["--l", "x", "x.okrw"], ["--l", "x", "x.okrw"]),  # ambiguous: argparse says so
        (["--", "x.okrw"], ["--", "x.okrw"]),
    ],
)
def test_a_lone_file_is_read_as_open(argv, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli_argv.with_open_command(argv, COMMANDS) == expected


def test_a_lone_existing_file_of_any_name_is_opened(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "from-a-colleague").write_text("{}", encoding="utf-8")
    opened = cli_argv.with_open_command(["from-a-colleague"], COMMANDS)
    assert opened == ["open", "from-a-colleague"]
    (tmp_path / "list").write_text("{}", encoding="utf-8")
    assert cli_argv.with_open_command(["list"], COMMANDS) == ["list"]  # a command stays one


def test_a_lone_file_opens_the_window_with_it(window, exchange_file):
    assert cli.main([str(exchange_file)]) == 0
    assert window == [(None, exchange_file)]


def test_open_with_and_without_a_file(window, exchange_file, tmp_path):
    library = str(tmp_path / "lib.sqlite3")
    assert cli.main(["--library", library, "open", str(exchange_file)]) == 0
    assert cli.main(["open"]) == 0
    assert cli.main([]) == 0
    assert window == [(library, exchange_file), (None, None), (None, None)]


def test_a_command_name_is_still_a_command(window, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list").write_text("{}", encoding="utf-8")
    library = tmp_path / "lib.sqlite3"
    assert cli.main(["--library", str(library), "list"]) == 1  # the list command's own error
    assert "demo" in capsys.readouterr().err  # "…does not exist; `okr-workshop demo`…"
    assert window == []


def test_a_missing_file_is_one_line_and_no_window():
    missing = Path("/nonexistent-folder") / f"absent{EXCHANGE_SUFFIX}"
    for args in ([str(missing)], ["open", str(missing)]):
        result = run(*args)
        assert_user_error(result, f"the file {missing} does not exist")
        assert result.stderr.startswith("okr-workshop: ")


def test_a_missing_file_in_french(tmp_path):
    result = run("--lang", "fr", str(tmp_path / "absent.okrw"))
    assert_user_error(result, "le fichier", "n’existe pas")


def test_help_is_unchanged_and_names_open():
    result = run("--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("usage: okr-workshop")
    assert "open" in result.stdout and ".okrw" in result.stdout
    opening = run("open", "--help")
    assert opening.returncode == 0 and "FILE" in opening.stdout


def test_help_of_open_in_french():
    result = run("--lang", "fr", "open", "--help")
    assert result.returncode == 0
    assert "le fichier d’échange à importer une fois la fenêtre affichée" in result.stdout


def test_export_without_an_extension_writes_an_okrw_file(tmp_path):
    library = tmp_path / "lib.sqlite3"
    assert run("demo", library=library).returncode == 0
    (first, _second) = json.loads(run("list", "--json", library=library).stdout)
    result = run("export", first["id"], "-o", str(tmp_path / "atelier"), library=library)
    assert result.returncode == 0, result.stderr
    written = tmp_path / f"atelier{EXCHANGE_SUFFIX}"
    assert str(written) in result.stderr and not (tmp_path / "atelier").exists()
    imported = run("import", str(written), library=library)
    assert imported.returncode == 0, imported.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is X11's")
def test_without_a_display_the_file_is_not_lost_in_silence(exchange_file, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(str(exchange_file), library=tmp_path / "lib.sqlite3", env=env)
    assert result.returncode == 1
    assert "needs a display" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "lib.sqlite3").exists()


def test_two_files_are_one_at_a_time_and_no_window(window, exchange_file, tmp_path):
    other = tmp_path / f"autre{EXCHANGE_SUFFIX}"
    other.write_bytes(exchange_file.read_bytes())
    result = run(str(exchange_file), str(other))
    assert_user_error(result, f"one file at a time: open {exchange_file} first, then the others")
    result = run("--lang", "fr", str(exchange_file), str(other))
    assert "un fichier à la fois\u00a0: ouvrez d’abord" in result.stderr


def test_options_after_the_file_or_abbreviated_open_the_window(window, exchange_file,
                                                               tmp_path):
    library = str(tmp_path / "lib.sqlite3")
    for argv in ([str(exchange_file), "--library", library],
                 ["--lib", library, str(exchange_file)]):
        window.clear()
        assert cli.main(argv) == 0
        assert window == [(library, exchange_file)]


@pytest.mark.parametrize(("argv", "expected"), [
    (["--library", "a.sqlite3", "list"], "a.sqlite3"),
    (["--lib=b.sqlite3", "list"], "b.sqlite3"),
    (["--li", "c.sqlite3"], "c.sqlite3"),
    (["--l", "d.sqlite3"], None),  # ambiguous (--lang): argparse refuses it, so do we
    (["--", "--library", "e.sqlite3"], None),
    (["list"], None),
])
def test_the_library_is_read_as_argparse_reads_it(argv, expected):
    assert cli_argv.library_option(argv) == expected
