"""Files that must be refused, each with one line that says where and what.

Every case goes through the real entry points (bytes, and a file on disk); the expected
message parts are what a coach or a developer needs to find the problem.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import okr_workshop.storage.exchange as exchange
from okr_workshop.storage import exchange_read
from okr_workshop.storage.exchange import (
    MAX_FILE_BYTES,
    ExchangeError,
    document_to_workshop,
    parse_workshop_bytes,
    read_workshop_file,
)
from tests.storage.exchange_fixtures import full_document, uid

OBJECTIVE = "workshop.teams[0].objectives[0]"
KEY_RESULT = f"{OBJECTIVE}.key_results[0]"


def encoded(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def edited(change: Callable[[dict[str, Any]], object]) -> bytes:
    """The full document after ``change`` (which edits it in place)."""
    document = full_document()
    change(document)
    return encoded(document)


def objective(document: dict[str, Any]) -> dict[str, Any]:
    return document["workshop"]["teams"][0]["objectives"][0]


def key_result(document: dict[str, Any]) -> dict[str, Any]:
    return objective(document)["key_results"][0]


def _set(target: Callable[[dict[str, Any]], dict[str, Any]], name: str, value: object):
    return lambda d: target(d).__setitem__(name, value)


def _workshop(d: dict[str, Any]) -> dict[str, Any]:
    return d["workshop"]


VALID = encoded(full_document())

# (case id, file bytes, parts the one-line message must contain)
HOSTILE: list[tuple[str, bytes, tuple[str, ...]]] = [
    ("not-json", b"Titre: atelier\n", ("invalid JSON at line 1, column 1",)),
    ("truncated", VALID[: len(VALID) // 2], ("invalid JSON at line", "cut short")),
    ("empty", b"", ("the file is empty",)),
    ("only-whitespace", b" \r\n\t\n", ("the file is empty",)),
    ("bare-array", b"[]", ("must hold a JSON object, not an array",)),
    ("bare-string", b'"okr-workshop"', ("must hold a JSON object, not a string",)),
    ("foreign-json", b'{"name": "trello board", "lists": []}', ("format: is missing",)),
    ("wrong-format-name", edited(lambda d: d.update(format="okr-workshp")),
     ('format: must be "okr-workshop", not "okr-workshp"',)),
    ("wrong-version", edited(lambda d: d.update(version=2)),
     ("version: 2 is not supported", "reads version 1 only", "newer OKR Workshop")),
    ("version-as-text", edited(lambda d: d.update(version="1")),
     ("version: must be a whole number, not a string",)),
    ("version-true", edited(lambda d: d.update(version=True)),
     ("version: must be a whole number, not true",)),
    ("version-float", edited(lambda d: d.update(version=1.0)),
     ("version: must be a whole number, not a decimal number",)),
    ("missing-field", edited(lambda d: objective(d).pop("title")),
     (f"{OBJECTIVE}.title: is missing",)),
    ("missing-workshop", edited(lambda d: d.pop("workshop")), ("workshop: is missing",)),
    ("missing-list", edited(lambda d: key_result(d).pop("check_ins")),
     (f"{KEY_RESULT}.check_ins: is missing",)),
    ("extra-field", edited(_set(lambda d: d["workshop"]["teams"][1], "colour", "red")),
     ('workshop.teams[1]: unknown field "colour"',)),
    ("extra-top-level-field", edited(lambda d: d.update(comment="hi")),
     ('unknown top-level field "comment"',)),
    ("extra-position", edited(_set(objective, "position", 0)),
     (f'{OBJECTIVE}: unknown field "position"',)),
    ("extra-team-id-on-objective", edited(_set(objective, "team_id", uid(10))),
     (f'{OBJECTIVE}: unknown field "team_id"',)),
    ("votes-as-string", edited(_set(objective, "votes", "3")),
     (f"{OBJECTIVE}.votes: must be a whole number",)),
    ("votes-negative", edited(_set(objective, "votes", -1)),
     (f"{OBJECTIVE}.votes: must be between 0 and 10000",)),
    ("votes-float", edited(_set(objective, "votes", 2.5)),
     (f"{OBJECTIVE}.votes: must be a whole number",)),
    ("baseline-true", edited(_set(key_result, "baseline", True)),
     (f"{KEY_RESULT}.baseline: must be a number",)),
    ("baseline-as-text", edited(_set(key_result, "baseline", "12")),
     (f"{KEY_RESULT}.baseline: must be a number",)),
    ("number-as-title", edited(_set(objective, "title", 42)),
     (f"{OBJECTIVE}.title: must be a non-empty string",)),
    ("blank-title", edited(_set(objective, "title", "  \u00a0 ")),
     (f"{OBJECTIVE}.title: must be a non-empty string",)),
    ("null-text", edited(_set(objective, "why", None)), (f"{OBJECTIVE}.why: must be a string",)),
    ("title-too-long", edited(_set(objective, "title", "é" * 301)),
     (f"{OBJECTIVE}.title: must be at most 300 characters",)),
    ("vision-too-long", edited(_set(_workshop, "vision", "x" * 2_001)),
     ("workshop.vision: must be at most 2,000 characters",)),
    ("strict-as-text", edited(lambda d: d["workshop"]["rule"].update(strict="yes")),
     ("workshop.rule.strict: must be true or false",)),
    ("rule-out-of-range", edited(lambda d: d["workshop"]["rule"].update(
        max_objectives_per_team=0)), ("workshop.rule.max_objectives_per_team: must be between",)),
    ("invalid-enum", edited(_set(objective, "status", "maybe")),
     (f"{OBJECTIVE}.status: must be one of: candidate, kept, parked",)),
    ("enum-wrong-case", edited(_set(_workshop, "language", "FR")),
     ("workshop.language: must be one of: fr, en",)),
    ("enum-as-number", edited(_set(key_result, "direction", 1)),
     (f"{KEY_RESULT}.direction: must be one of",)),
    ("confidence-out-of-range", edited(
        lambda d: key_result(d)["check_ins"][0].update(confidence=11)),
     (f"{KEY_RESULT}.check_ins[0].confidence: must be between 0 and 10",)),
    ("non-uuid-id", edited(_set(objective, "id", "objective-1")),
     (f"{OBJECTIVE}.id: must be a UUID",)),
    ("uppercase-uuid", edited(_set(objective, "id", "0000000A-0000-4000-8000-00000000ABCD")),
     (f"{OBJECTIVE}.id: must be a UUID written in lowercase",)),
    ("id-as-number", edited(_set(objective, "id", 20)), (f"{OBJECTIVE}.id: must be a text id",)),
    ("date-wrong-form", edited(_set(key_result, "due", "31/03/2027")),
     (f"{KEY_RESULT}.due: must be a date written YYYY-MM-DD",)),
    ("date-not-in-calendar", edited(_set(key_result, "due", "2027-02-30")),
     (f'{KEY_RESULT}.due: "2027-02-30" is not a date of the calendar',)),
    ("date-too-early", edited(_set(_workshop, "cycle_start", "1999-12-31")),
     ("workshop.cycle_start: must be between 2000-01-01 and 2100-12-31",)),
    ("date-too-late", edited(lambda d: key_result(d)["check_ins"][1].update(on="2101-01-01")),
     (f"{KEY_RESULT}.check_ins[1].on: must be between",)),
    ("date-with-time", edited(_set(key_result, "due", "2027-03-31T00:00:00")),
     (f"{KEY_RESULT}.due: must be a date written YYYY-MM-DD",)),
    ("cycle-end-before-start", edited(_set(_workshop, "cycle_end", "2026-12-31")),
     ("workshop.cycle_end: must not be before cycle_start",)),
    ("timestamp-without-offset", edited(_set(_workshop, "created_at", "2026-12-01T09:30:00")),
     ("workshop.created_at: must be a timestamp",)),
    ("timestamp-out-of-bounds", edited(
        _set(_workshop, "updated_at", "1970-01-01T00:00:00+00:00")),
     ("workshop.updated_at: must be between",)),
    ("dangling-reference", edited(_set(objective, "author_id", uid(404))),
     (f"{OBJECTIVE}.author_id: no participant has this id",)),
    ("dangling-dependency", edited(
        lambda d: d["workshop"]["dependencies"][0].update(to_objective_id=uid(404))),
     ("workshop.dependencies[0].to_objective_id: no objective has this id",)),
    ("self-dependency", edited(
        lambda d: d["workshop"]["dependencies"][0].update(to_objective_id=uid(20))),
     ("workshop.dependencies[0].to_objective_id: must differ from from_objective_id",)),
    ("duplicate-id", edited(lambda d: d["workshop"]["rituals"][0].update(id=uid(1))),
     ("workshop.rituals[0].id: duplicate id, already used by participant 1",)),
    ("duplicate-id-nested", edited(lambda d: key_result(d)["check_ins"][1].update(id=uid(40))),
     (f"{KEY_RESULT}.check_ins[1].id: duplicate id, already used by team 1 › objective 1 › "
      "key result 1 › check-in 1",)),
    ("duplicate-json-key",
     VALID.replace(b'"vision": ', b'"vision": "first", "vision": ', 1),
     ('workshop: the field "vision" appears twice',)),
    ("list-is-object", edited(_set(_workshop, "teams", {})),
     ("workshop.teams: must be a JSON array, not an object",)),
    ("item-is-string", edited(_set(_workshop, "checklist", ["vision.why_shared"])),
     ("workshop.checklist[0]: must be a JSON object, not a string",)),
    ("deeply-nested", b"[" * 100_000 + b"]" * 100_000, ("nested more than 32 levels",)),
    ("deeply-nested-objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
     ("nested more than 32 levels",)),
    ("nested-under-the-limit-of-python", b"[" * 200 + b"]" * 200,
     ("nested more than 32 levels",)),
    ("invalid-utf8", VALID.replace("Données".encode(), b"Donn\xe9es", 1),
     ("not UTF-8 text: invalid byte at line",)),
    ("utf16", json.dumps(full_document()).encode("utf-16"), ("UTF-16",)),
    ("nan", VALID.replace(b'"baseline": 12', b'"baseline": NaN', 1),
     ("NaN is not a number",)),
    ("infinity", VALID.replace(b'"target": 30', b'"target": -Infinity', 1),
     ("-Infinity is not a number",)),
    ("overflowing-float", VALID.replace(b'"target": 30', b'"target": 1e400', 1),
     (f"{KEY_RESULT}.target: must be a finite number",)),
    ("huge-integer", VALID.replace(b'"target": 30', b'"target": ' + b"9" * 400, 1),
     (f"{KEY_RESULT}.target: must be between -1,000,000,000,000,000 and 1,000,000,000,000,000",)),
    ("integer-of-5000-digits", VALID.replace(b'"target": 30', b'"target": ' + b"9" * 5000, 1),
     ("invalid JSON: a number has more than 4300 digits",)),
    ("lone-surrogate", VALID.replace(b'"why": "Croissance"', b'"why": "\\ud83d"', 1),
     ("workshop.strategic_objectives[0].why: contains an unpaired surrogate",)),
    ("control-character", VALID.replace(b'"Croissance"', b'"Crois\x01sance"', 1),
     ("invalid JSON at line", "Invalid control character")),
]


def test_there_are_enough_hostile_files() -> None:
    assert len(HOSTILE) >= 14
    assert len({case for case, _, _ in HOSTILE}) == len(HOSTILE)


def assert_refused(call: Callable[[], object], parts: tuple[str, ...]) -> str:
    with pytest.raises(ExchangeError) as caught:
        call()
    assert type(caught.value) is ExchangeError
    message = str(caught.value)
    assert len(message.splitlines()) == 1, message
    assert len(message) < 300, message
    for part in parts:
        assert part in message
    return message


@pytest.mark.parametrize(("data", "parts"), [(d, p) for _, d, p in HOSTILE],
                         ids=[case for case, _, _ in HOSTILE])
def test_hostile_bytes_are_refused_with_the_place_and_the_problem(data, parts) -> None:
    assert_refused(lambda: parse_workshop_bytes(data), parts)


@pytest.mark.parametrize(("data", "parts"), [(d, p) for _, d, p in HOSTILE],
                         ids=[case for case, _, _ in HOSTILE])
def test_hostile_files_are_refused_the_same_way(tmp_path: Path, data, parts) -> None:
    path = tmp_path / "atelier.json"
    path.write_bytes(data)
    assert_refused(lambda: read_workshop_file(path), parts)


def test_the_error_says_where_with_path_and_problem_apart() -> None:
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(edited(_set(objective, "title", "")))
    assert caught.value.path == f"{OBJECTIVE}.title"
    assert caught.value.problem == "must be a non-empty string"
    assert str(caught.value) == f"{OBJECTIVE}.title: must be a non-empty string"


def test_quoted_file_content_cannot_break_the_line() -> None:
    data = edited(_set(objective, "colour\nred\u2028blue" + "x" * 500, 1))
    message = assert_refused(lambda: parse_workshop_bytes(data), (f"{OBJECTIVE}: unknown field",))
    assert "x" * 50 not in message


def test_too_many_items_in_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange_read, "MAX_LIST_ITEMS", 1)
    assert_refused(lambda: parse_workshop_bytes(VALID),
                   ("workshop.participants: must hold at most 1 items",))


def test_oversized_bytes_are_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 100)
    # Invalid UTF-8 and JSON too: the size is the first thing said.
    assert_refused(lambda: parse_workshop_bytes(b"\xff" * 101), ("the file is too large",))


def test_oversized_file_is_refused_without_being_read(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space, no time

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    assert_refused(lambda: read_workshop_file(path), ("the file is too large", "20 MB"))


def test_document_given_directly_is_checked_too() -> None:
    assert_refused(lambda: document_to_workshop([full_document()]),
                   ("must hold a JSON object, not an array",))
    assert_refused(lambda: document_to_workshop(None), ("not null",))
    document = full_document()
    document["workshop"]["teams"][0]["objectives"] = [{"title": "x"}]
    assert_refused(lambda: document_to_workshop(document), (f"{OBJECTIVE}.id: is missing",))


def test_giant_numbers_given_directly_are_refused_too() -> None:
    giant = 10**5000  # too many digits for str(): the message must still be built
    for name in ("format", "version"):
        document = full_document()
        document[name] = giant
        assert_refused(lambda d=document: document_to_workshop(d), (f"{name}:",))
    document = full_document()
    document["workshop"][giant] = 1
    assert_refused(lambda: document_to_workshop(document), ("workshop: unknown field",))


def test_a_valid_file_is_accepted() -> None:
    # The cases above are variations of this one: it must pass, or they prove nothing.
    assert parse_workshop_bytes(VALID).title == "Atelier OKR — T1 2027"
