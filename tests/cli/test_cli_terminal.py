"""User text is shown by the command line, never obeyed by the terminal: a title holding
escape sequences, a carriage return, a line break or a bidi override prints as visible
escapes, on its own line. The import refuses such a title (issue 16, point 7); a library
written before that rule may still hold one."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.repository import Repository
from tests.cli.test_cli_details import one_line_error, run

FORGED = "abcd-forged  Forged line"
EVIL = f"Atelier \x1b]0;pwned\x07\x1b[2J\rrouge \u202eélbuod 🥐\n{FORGED}\u2028{FORGED}"
INTERPRETED = ["\x1b", "\x07", "\r", "\u202e", "\u2028"]


def _library_with_evil_title(tmp_path: Path) -> tuple[Path, str]:
    library = tmp_path / "library.sqlite3"
    assert run("demo", library=library).returncode == 0
    (first, *_rest) = json.loads(run("list", "--json", library=library).stdout)
    exported = tmp_path / "workshop.json"
    assert run("export", first["id"], "--format", "json", "-o", str(exported),
               library=library).returncode == 0
    data = json.loads(exported.read_text("utf-8"))
    data["workshop"]["title"] = EVIL
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    refused = one_line_error(run("import", str(exported), library=library))
    assert "control character" in refused and "\x1b" not in refused
    # Stored as a library written before the import refused it.
    connection = open_library(library)
    repository = Repository(connection)
    repository.save_workshop_header(replace(repository.load_workshop(first["id"]), title=EVIL))
    close_library(connection)
    return library, first["id"]


def test_a_title_full_of_terminal_controls_is_shown_not_obeyed(tmp_path):
    library, workshop_id = _library_with_evil_title(tmp_path)
    for args in (("list",), ("check", workshop_id),
                 ("export", workshop_id, "--format", "json", "-o", str(tmp_path / "o.json"))):
        result = run(*args, library=library)
        assert result.returncode == 0, (args, result.stderr)
        for output in (result.stdout, result.stderr):
            assert not any(char in output for char in INTERPRETED), (args, output)
        assert "\\u001b]0;pwned\\u0007" in result.stdout + result.stderr, args
        lines = (result.stdout + result.stderr).splitlines()
        assert not any(line.startswith(FORGED) for line in lines), (args, lines)


def test_json_output_still_reads_back_the_very_title(tmp_path):
    library, workshop_id = _library_with_evil_title(tmp_path)
    result = run("list", "--json", library=library)
    assert not any(char in result.stdout for char in INTERPRETED)
    titles = {w["id"]: w["title"] for w in json.loads(result.stdout)}
    assert titles[workshop_id] == EVIL


def test_arguments_quoted_in_an_error_are_shown_not_obeyed(tmp_path):
    """argparse speaks before the command's output is made safe (issue 16, point 7)."""
    library = tmp_path / "library.sqlite3"
    assert run("demo", library=library).returncode == 0
    for args in (("list", "--bogus", "\x1b[2J\nabcd-forged"),
                 ("export", "abc\x1b]0;pwned\x07\nforged", "-o", str(tmp_path / "x.pdf"))):
        result = run(*args, library=library)
        line = one_line_error(result)
        assert not any(char in result.stderr for char in INTERPRETED), (args, line)
        assert "\\u001b" in line, line
