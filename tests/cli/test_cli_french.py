"""The command line in French when the system is French or `--lang fr` is given: help
(argparse's own words too), messages, table headers, errors; `--json` stays the same
(issue 11, point 28)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop.cli_text import FRENCH, requested_language, system_language

NBSP = "\u00a0"
ENGLISH_HELP = ("usage:", "positional arguments", "show this help message and exit",
                "list the workshops", "the library file to use")  # fmt: skip


def env_with(library: Path | None = None, **locale: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}}  # fmt: skip
    env.update(locale)
    if library is not None:
        env["OKR_WORKSHOP_LIBRARY"] = str(library)
    return env


def run(*args: str, library: Path | None = None, **locale: str):
    return subprocess.run(
        [sys.executable, "-m", "okr_workshop", *args],
        capture_output=True, text=True, env=env_with(library, **locale), timeout=60,
    )  # fmt: skip


FRENCH_SYSTEM = {"LANG": "fr_FR.UTF-8"}
ENGLISH_SYSTEM = {"LANG": "C.UTF-8"}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fr") / "lib.sqlite3"
    assert run("demo", library=path, **ENGLISH_SYSTEM).returncode == 0
    return path


def one_line_error(result) -> str:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(("args", "locale"), [
    (["--help"], FRENCH_SYSTEM),
    (["--lang", "fr", "--help"], ENGLISH_SYSTEM),
    (["--help"], {"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}),
    (["--help"], {"LC_MESSAGES": "fr_BE.UTF-8"}),
])  # fmt: skip
def test_the_help_is_french(args, locale):
    result = run(*args, **locale)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"utilisation{NBSP}: okr-workshop")
    assert "arguments positionnels" in out and "afficher cette aide et quitter" in out
    assert "lister les ateliers de la bibliothèque" in out
    assert "ouvre la fenêtre" in out
    for english in ENGLISH_HELP:
        assert english not in out


def test_a_command_help_is_french_with_lang_after_the_command():
    out = run("export", "--help", "--lang", "fr", **ENGLISH_SYSTEM).stdout
    assert out.startswith(f"utilisation{NBSP}: okr-workshop export")
    assert "le fichier à écrire" in out and "CHEMIN" in out
    assert "afficher cette aide et quitter" in out and "options" in out
    assert "the file to write" not in out and "show this help" not in out


def test_the_english_help_is_unchanged():
    out = run("--help", **ENGLISH_SYSTEM).stdout
    assert out.startswith("usage: okr-workshop")
    for english in ENGLISH_HELP:
        assert english in out
    assert "utilisation" not in out


def test_list_headers_are_french(library):
    lines = run("list", library=library, **FRENCH_SYSTEM).stdout.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == ["Identifiant", "Titre", "Cycle", "Modifié le"]
    assert len(lines) == 3 and "Atelier OKR — T1 2027" in "\n".join(lines)
    english = run("list", library=library, **ENGLISH_SYSTEM).stdout.splitlines()
    assert re.split(r"\s{2,}", english[0]) == ["ID", "Title", "Cycle", "Updated"]
    assert run("list", "--lang", "fr", library=library, **ENGLISH_SYSTEM).stdout.splitlines()[
        0].startswith("Identifiant")


def test_json_output_is_the_same_in_both_languages(library):
    french = run("list", "--json", library=library, **FRENCH_SYSTEM)
    english = run("list", "--json", library=library, **ENGLISH_SYSTEM)
    assert french.stdout == english.stdout
    assert {w["language"] for w in json.loads(french.stdout)} == {"fr", "en"}


def test_user_errors_are_french(library, tmp_path):
    missing_option = one_line_error(run("export", "abcd", library=library, **FRENCH_SYSTEM))
    assert f"ces arguments sont obligatoires{NBSP}: -o/--output" in missing_option
    assert "voir «\u00a0okr-workshop --help\u00a0»" in missing_option
    assert "required" not in missing_option and "see " not in missing_option

    unknown = one_line_error(run("check", "zzzz", library=library, **FRENCH_SYSTEM))
    assert unknown == (f"okr-workshop{NBSP}: Aucun atelier n’a d’identifiant commençant par "
                       f"«{NBSP}zzzz{NBSP}» («{NBSP}okr-workshop list{NBSP}» les affiche).")
    typo = one_line_error(run("list", "--lang", "fr", library=tmp_path / "nulle-part.sqlite3",
                              **ENGLISH_SYSTEM))  # fmt: skip
    assert "n’existe pas" in typo and "does not exist" not in typo

    choice = one_line_error(run("export", "abcd", "-o", "x", "--format", "doc",
                                library=library, **FRENCH_SYSTEM))  # fmt: skip
    assert "choix invalide" in choice and "invalid choice" not in choice


def test_import_errors_are_french(library, tmp_path):
    bad = tmp_path / "atelier cassé.json"
    bad.write_text('{"format": "okr-workshop", "version": 1, "workshop": ', encoding="utf-8")
    line = one_line_error(run("import", str(bad), library=library, **FRENCH_SYSTEM))
    assert line.startswith(f"okr-workshop{NBSP}: Ce fichier ne peut pas être importé{NBSP}: "
                           "JSON invalide à la ligne 1")  # fmt: skip
    assert not re.search(r"\binvalid\b|\bline\b", line)

    absent = one_line_error(run("import", str(tmp_path / "absent.json"), "--lang", "fr",
                                library=library, **ENGLISH_SYSTEM))  # fmt: skip
    assert "le fichier «\u00a0absent.json\u00a0» n’existe pas" in absent


def test_messages_are_french(library, tmp_path):
    again = run("demo", library=library, **FRENCH_SYSTEM)
    assert again.returncode == 0
    assert again.stderr.strip() == ("Les ateliers d’exemple sont déjà dans la bibliothèque"
                                    f"{NBSP}; «{NBSP}okr-workshop list{NBSP}» les affiche.")
    backups = run("backups", library=library, **FRENCH_SYSTEM).stdout
    assert "ateliers" in backups and "workshops" not in backups
    assert " ko" in backups.replace(NBSP, " ") and "kB" not in backups


def test_english_messages_are_unchanged(library):
    again = run("demo", library=library, **ENGLISH_SYSTEM)
    assert "already in the library" in again.stderr
    line = one_line_error(run("check", "zzzz", library=library, **ENGLISH_SYSTEM))
    assert line == ("okr-workshop: No workshop has an id starting with “zzzz” "
                    "(`okr-workshop list` shows them).")


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "en"), ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "fr"}, "fr"),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_CH.UTF-8"}, "fr"),
    ({"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:en"}, "fr"),
    ({"LANG": "C", "LANGUAGE": "fr"}, "en"),
])  # fmt: skip
def test_the_system_language(env, expected):
    assert system_language(env) == expected


def test_lang_on_the_command_line_wins():
    french = {"LANG": "fr_FR.UTF-8"}
    assert requested_language(["list", "--lang", "en"], french) == "en"
    assert requested_language(["--lang=fr", "list"], {}) == "fr"
    assert requested_language(["check-kr", "--lang", "auto", "x"], french) == "fr"
    assert requested_language(["check-kr", "--", "--lang", "fr"], {}) == "en"


def test_the_french_catalogue_follows_french_typography():
    for english, french in FRENCH.items():
        assert "'" not in french, english
        assert not re.search(r"[^\u00a0\u202f][:;!?](\s|$)", french), french
        assert not re.search(r"« | »", french), french
        assert set(re.findall(r"\{\w+\}", english)) == set(re.findall(r"\{\w+\}", french))


def test_french_names_the_deck_and_the_posters_as_the_window_does(library, tmp_path):
    # Glossary (resources/translations/README.md): deck = présentation, poster = poster,
    # the words of the window's Restitution step; "support" and "affiche" were the CLI's own.
    help_text = " ".join(run("export", "--help", **FRENCH_SYSTEM).stdout.split())
    assert "présentation de restitution" in help_text and "un poster en PDF" in help_text
    assert "format du papier des posters" in help_text
    assert not re.search(r"\b(support|affiches?)\b", help_text)
    listed = run("list", "--json", library=library, **ENGLISH_SYSTEM).stdout
    sample = next(w["id"] for w in json.loads(listed) if w["title"].startswith("Atelier"))
    deck = run("export", sample, "--format", "pdf", "-o", str(tmp_path / "d.pdf"),
               library=library, **FRENCH_SYSTEM)  # fmt: skip
    assert deck.returncode == 0, deck.stderr
    assert deck.stderr.startswith(f"Présentation de «{NBSP}Atelier OKR")
    assert "exportée dans" in deck.stderr
    posters = run("export", sample, "--format", "posters", "-o", str(tmp_path / "p"),
                  library=library, **FRENCH_SYSTEM)  # fmt: skip
    assert posters.returncode == 0, posters.stderr
    assert re.match(rf"\d+{NBSP}posters d’équipe de «{NBSP}Atelier OKR", posters.stderr)
    assert "écrits dans" in posters.stderr


def test_a_typo_in_the_library_path_is_said_in_two_clear_sentences(tmp_path):
    typo = str(tmp_path / "libary.sqlite3")
    french = one_line_error(run("--library", typo, "list", **FRENCH_SYSTEM))
    assert french.endswith(
        f"n’existe pas{NBSP}; vérifiez le chemin. Les commandes de lecture ne créent jamais "
        f"de bibliothèque{NBSP}: la fenêtre et «{NBSP}okr-workshop demo{NBSP}» en créent une."
    )
    english = one_line_error(run("--library", typo, "list", **ENGLISH_SYSTEM))
    assert english.endswith("does not exist; check the path. Reading commands never create "
                            "a library: the window and `okr-workshop demo` do.")


def test_dates_in_the_french_tables_are_written_the_french_way(library):
    """French walkthrough: « Modifié le 2026-12-07 01:18 » in `list`, ISO in `backups`."""
    listed = run("list", library=library, **FRENCH_SYSTEM)
    assert listed.returncode == 0
    assert not re.search(r"\d{4}-\d{2}-\d{2}", listed.stdout), listed.stdout
    assert re.search(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b", listed.stdout), listed.stdout
    run("demo", library=library, **FRENCH_SYSTEM)  # a write makes a backup
    backups = run("backups", library=library, **FRENCH_SYSTEM)
    dates = [line.split("  ")[1] for line in backups.stdout.splitlines()
             if ".sqlite3" in line]
    assert dates and all(re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", d.strip())
                         for d in dates), backups.stdout
    # JSON stays ISO, whatever the language.
    as_json = json.loads(run("list", "--json", library=library, **FRENCH_SYSTEM).stdout)
    assert re.match(r"\d{4}-\d{2}-\d{2}T", as_json[0]["updated_at"])
