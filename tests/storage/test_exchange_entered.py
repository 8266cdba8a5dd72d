"""What a file may not bring in although the model could hold it (issue 16, points 7 and
16): control characters, line breaks in one-line fields, text that shows nothing, a
dependency recorded twice, timestamps no workshop can have. Each refused whole, in one line
naming the place, the library untouched."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from okr_workshop.app.exchange_files import import_workshop, read_import_file
from okr_workshop.storage.exchange import ExchangeError, read_workshop_file
from tests.storage.exchange_fixtures import LOCATIONS, entity, full_document, uid


def _file(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "atelier.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _refused(tmp_path: Path, kind: str, name: str, value: object) -> ExchangeError:
    document = full_document()
    entity(document, kind)[name] = value
    with pytest.raises(ExchangeError) as caught:
        read_workshop_file(_file(tmp_path, document))
    assert caught.value.path == f"{LOCATIONS[kind][1]}.{name}"
    assert "\n" not in caught.value.sentence("fr")
    return caught.value


def _accepted(tmp_path: Path, kind: str, name: str, value: object) -> None:
    document = full_document()
    entity(document, kind)[name] = value
    read_workshop_file(_file(tmp_path, document))


ESCAPES = [
    "Evil\x1b]0;pwned\x07",  # retitles the terminal
    "Clear\x1b[2J",  # clears the screen
    "Back\rspace",  # overwrites the line
    "Nul\x00byte",
    "Del\x7f",
    "C1\x9bcsi",
]


@pytest.mark.parametrize("value", ESCAPES, ids=range(len(ESCAPES)))
def test_a_title_with_control_characters_is_refused(tmp_path: Path, value: str) -> None:
    error = _refused(tmp_path, "workshop", "title", value)
    assert error.code in ("control_character", "line_break")
    assert "U+" in error.sentence("en")


@pytest.mark.parametrize(("kind", "name"), [
    ("workshop", "title"), ("team", "name"), ("participant", "name"),
    ("key_result", "text"), ("key_result", "metric"), ("objective", "title"),
    ("workshop", "organisation"), ("agenda_item", "title"),
])
@pytest.mark.parametrize("brk", ["\n", "\r\n", "\u2028"])
def test_a_line_break_in_a_one_line_field_is_refused(tmp_path: Path, kind, name, brk) -> None:
    error = _refused(tmp_path, kind, name, f"Forged{brk}abcd-1234  Another line")
    assert error.code == "line_break"
    assert "one line" in error.sentence("en")
    assert "une ligne" in error.sentence("fr")


@pytest.mark.parametrize(("kind", "name"), [
    ("workshop", "vision"), ("objective", "why"), ("strategic_objective", "why"),
    ("check_in", "comment"), ("ritual", "note"), ("feedback", "text"),
])
def test_paragraphs_keep_their_line_breaks_and_tabs(tmp_path: Path, kind, name) -> None:
    _accepted(tmp_path, kind, name, "Première ligne\n\tdeuxième 🚀\r\ntroisième")


@pytest.mark.parametrize(("kind", "name"), [("workshop", "vision"), ("check_in", "comment")])
def test_paragraphs_refuse_other_control_characters(tmp_path: Path, kind, name) -> None:
    assert _refused(tmp_path, kind, name, "ok\n\x1b[31mred").code == "control_character"


INVISIBLE = {
    "zero-width space": "\u200b\u200b",
    "byte order mark": "\ufeff",
    "word joiner": "\u2060",
    "bidi marks": "\u200e\u200f\u202e",
    "no-break spaces": "\u00a0\u202f",
    "mixed": " \u200b\u00a0\u2060\ufeff\u3164 ",
}


@pytest.mark.parametrize("value", INVISIBLE.values(), ids=INVISIBLE.keys())
@pytest.mark.parametrize(("kind", "name"), [
    ("workshop", "title"), ("team", "name"), ("objective", "title"), ("key_result", "text"),
    ("participant", "name"), ("feedback", "text"),
])
def test_text_that_shows_nothing_is_blank(tmp_path: Path, kind, name, value) -> None:
    error = _refused(tmp_path, kind, name, value)
    assert error.code == "empty_text"


def test_invisible_characters_inside_real_text_are_kept(tmp_path: Path) -> None:
    # A zero-width joiner builds emoji ("🧗‍♀️"); a bidi mark belongs in Arabic or Hebrew.
    _accepted(tmp_path, "workshop", "title", "Atelier 🧗\u200d\u2640\ufe0f \u200fשלום")


def test_a_dependency_recorded_twice_is_refused(tmp_path: Path) -> None:
    document = full_document()
    dependencies = document["workshop"]["dependencies"]
    again = copy.deepcopy(dependencies[0])
    again["id"], again["note"] = uid(990), "Autre note"
    dependencies.append(again)
    with pytest.raises(ExchangeError) as caught:
        read_workshop_file(_file(tmp_path, document))
    last = len(dependencies) - 1
    assert caught.value.path == f"workshop.dependencies[{last}]"
    assert caught.value.code == "duplicate_dependency"
    assert "by dependency 1" in caught.value.sentence("en")


@pytest.mark.parametrize("stamp", [
    "2100-12-31T23:59:59-23:59",  # the issue's: an offset no zone has
    "2027-02-15T17:45:12+14:01",
    "2027-02-15T17:45:12-15:00",
    "1999-12-31T23:59:59Z",
    "2099-01-01T00:00:00Z",  # decades ahead
])
def test_timestamps_no_workshop_can_have_are_refused(tmp_path: Path, stamp: str) -> None:
    error = _refused(tmp_path, "workshop", "updated_at", stamp)
    assert error.code in ("out_of_range", "offset_out_of_range")


@pytest.mark.parametrize("stamp", [
    "2027-02-15T17:45:12+14:00",  # Kiribati
    "2027-02-15T17:45:12-12:00",
    "2000-01-01T00:00:00Z",
])
def test_timestamps_at_the_edges_are_accepted(tmp_path: Path, stamp: str) -> None:
    _accepted(tmp_path, "workshop", "updated_at", stamp)


def test_a_refused_file_leaves_the_library_as_it_was(tmp_path: Path, repository) -> None:
    document = full_document()
    document["workshop"]["title"] = "Evil\x1b[2J\nforged"
    with pytest.raises(ExchangeError):
        import_workshop(repository, read_import_file(_file(tmp_path, document)))
    assert repository.list_workshops() == []
