"""How much a file may hold (domain/field_limits.py): a text too long, a list too long or
too much text in all is refused with one line naming the field, never cut."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from benchmarks.largest_bench import largest_workshop
from okr_workshop.domain.field_limits import (
    COUNTS,
    LENGTHS,
    MAGNITUDE,
    NUMBERS,
    TOTAL_KEY_RESULTS,
    TOTAL_OBJECTIVES,
    TOTAL_TEXT,
    text_total,
)
from okr_workshop.storage.exchange import (
    MAX_FILE_BYTES,
    ExchangeError,
    document_to_workshop,
    load_schema,
    parse_workshop_bytes,
    read_workshop_file,
    workshop_to_document,
)
from tests.export.builders import big_workshop
from tests.storage.exchange_fixtures import LOCATIONS, entity, full_document


def encoded(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


FIELDS = [(kind, name, limit) for kind, limits in LENGTHS.items()
          for name, limit in limits.items()]


@pytest.mark.parametrize(("kind", "name", "limit"), FIELDS,
                         ids=[f"{k}.{n}" for k, n, _ in FIELDS])
def test_a_text_one_character_too_long_is_refused_naming_its_field(kind, name, limit):
    document = full_document()
    entity(document, kind)[name] = "é" * (limit + 1)
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(encoded(document))
    assert caught.value.path == f"{LOCATIONS[kind][1]}.{name}"
    assert caught.value.code == "too_long" and caught.value.params["max"] == limit
    sentence = caught.value.sentence("en")
    assert "\n" not in sentence and f"{limit:,}" in sentence


@pytest.mark.parametrize(("kind", "name", "limit"), FIELDS,
                         ids=[f"{k}.{n}" for k, n, _ in FIELDS])
def test_a_text_at_its_limit_is_kept_whole(kind, name, limit):
    document = full_document()
    entity(document, kind)[name] = "é" * limit
    workshop = parse_workshop_bytes(encoded(document))
    assert workshop is not None  # read, and nothing was cut: the roundtrip tests compare


def test_the_french_sentence_names_the_field_and_the_limit():
    document = full_document()
    entity(document, "objective")["why"] = "x" * 2_001
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(encoded(document))
    assert caught.value.sentence("fr") == (
        "Ce fichier ne peut pas être importé\u00a0: le champ «\u00a0équipe 1 › objectif 2 › "
        "pourquoi\u00a0» doit compter au plus 2\u202f000 caractères."
    )


def _grown(document: dict[str, Any], path: tuple[str | int, ...], count: int) -> None:
    """The list at ``path`` grown to ``count`` copies of its first item (new ids)."""
    node: Any = document
    for key in path:
        node = node[key]
    first = node[0]
    node[:] = [_renamed(copy.deepcopy(first), index) for index in range(count)]


def _renamed(item: dict[str, Any], index: int) -> dict[str, Any]:
    # Fresh ids all the way down, so the only problem is the count.
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "id" in node:
                node["id"] = f"{index:08x}-{node['id'][9:]}"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(item)
    return item


def test_41_teams_are_refused_naming_the_list():
    document = full_document()
    for team in document["workshop"]["teams"]:
        team["ambassador_id"] = None
    document["workshop"]["dependencies"] = []
    _grown(document, ("workshop", "teams"), COUNTS[("workshop", "teams")] + 1)
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(encoded(document))
    assert caught.value.path == "workshop.teams"
    assert caught.value.code == "too_many_items" and caught.value.params["max"] == 40
    assert caught.value.sentence("en") == (
        "This file cannot be imported: the field “teams” must hold at most 40 items.")


def test_more_text_in_all_than_a_workshop_may_hold_is_refused():
    # Every field and every list within its own limit, the whole over the budget:
    # 10 teams × 16 objectives with a why of 2,000 characters.
    document = full_document()
    team = document["workshop"]["teams"][0]
    team["ambassador_id"] = None
    team["objectives"] = [dict(copy.deepcopy(team["objectives"][0]), why="w" * 2_000,
                               key_results=[]) for _ in range(16)]
    for index, item in enumerate(team["objectives"]):
        item["id"] = f"00000000-0000-4000-8000-{index:012x}"
    document["workshop"]["teams"] = [team]
    document["workshop"]["dependencies"] = []
    _grown(document, ("workshop", "teams"), 10)
    assert 10 * 16 * 2_000 > TOTAL_TEXT
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(encoded(document))
    assert caught.value.code == "too_much_text"
    sentence = caught.value.sentence("en")
    assert f"{TOTAL_TEXT:,}" in sentence and "\n" not in sentence


def test_the_12_mb_file_of_the_issue_is_refused_with_a_clear_message(tmp_path):
    # The shape of issue 14's file: valid for the domain (texts of 20,000 characters, a
    # hundred teams), 12 MB, which used to give a 9,525-page deck in 52 s.
    document = full_document()
    workshop = document["workshop"]
    team = workshop["teams"][0]
    team["objectives"][0]["why"] = "Pourquoi " * 2_200
    team["objectives"] = team["objectives"][:1] * 6
    workshop["teams"] = workshop["teams"][:1] * 100
    data = encoded(document)
    assert 11_000_000 < len(data) < MAX_FILE_BYTES
    path = tmp_path / "grand.okr.json"
    path.write_bytes(data)
    with pytest.raises(ExchangeError) as caught:
        read_workshop_file(path)
    sentence = caught.value.sentence("en")
    assert sentence.startswith("This file cannot be imported")
    assert "at most" in sentence and "\n" not in sentence


NUMBER_FIELDS = [(kind, name) for kind, names in NUMBERS.items() for name in names]


@pytest.mark.parametrize(("kind", "name"), NUMBER_FIELDS,
                         ids=[f"{k}.{n}" for k, n in NUMBER_FIELDS])
@pytest.mark.parametrize("value", [1e300, 10**16, -1e20, MAGNITUDE + 1])
def test_a_number_beyond_the_magnitude_limit_is_refused_naming_its_field(kind, name, value):
    # 1e300 printed the deck's first crash (issue 14's review): beyond a million billion a
    # number is no measure of a key result, and it cannot be typed in the window either.
    document = full_document()
    if name == "change" and value < 0:
        value = -value
    entity(document, kind)[name] = value
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(encoded(document))
    assert caught.value.path == f"{LOCATIONS[kind][1]}.{name}"
    assert caught.value.code == "too_large_number"
    assert caught.value.params["max"] == MAGNITUDE
    assert "1,000,000,000,000,000" in caught.value.sentence("en")
    assert "1\u202f000\u202f000\u202f000\u202f000\u202f000" in caught.value.sentence("fr")


@pytest.mark.parametrize(("kind", "name"), NUMBER_FIELDS,
                         ids=[f"{k}.{n}" for k, n in NUMBER_FIELDS])
def test_a_number_at_the_magnitude_limit_is_kept(kind, name):
    for value in (MAGNITUDE, float(MAGNITUDE), -MAGNITUDE, 123_456_789_012.5):
        if name == "change" and value < 0:
            continue
        document = full_document()
        entity(document, kind)[name] = value
        workshop = parse_workshop_bytes(encoded(document))
        kr = workshop.teams[0].objectives[0].key_results[0]
        read = kr.check_ins[1].value if kind == "check_in" else getattr(kr, name)
        assert read == value


def test_the_schema_says_the_same_limits():
    schema = load_schema()
    for kind, limits in LENGTHS.items():
        properties = schema["$defs"][kind]["properties"]
        for name, limit in limits.items():
            assert properties[name].get("maxLength") == limit, f"{kind}.{name}"
    for (kind, name), most in COUNTS.items():
        assert schema["$defs"][kind]["properties"][name].get("maxItems") == most, name
    for kind, names in NUMBERS.items():
        for name in names:
            number = schema["$defs"][kind]["properties"][name]
            assert number["maximum"] == MAGNITUDE, name
            assert number.get("minimum", -MAGNITUDE) == -MAGNITUDE, name


@pytest.mark.parametrize(("shape", "code", "most"), [
    (dict(teams=13, objectives=19, key_results=0), "too_many_objectives", TOTAL_OBJECTIVES),
    (dict(teams=16, objectives=10, key_results=2), "too_many_key_results", TOTAL_KEY_RESULTS),
])
def test_more_objectives_or_key_results_in_all_than_a_workshop_may_hold(shape, code, most):
    # Each team within its own limits (20 objectives, 20 key results each), the whole over.
    workshop = big_workshop(**shape, check_ins=False)
    with pytest.raises(ExchangeError) as caught:
        document_to_workshop(workshop_to_document(workshop))
    assert caught.value.code == code and caught.value.params["max"] == most
    assert f"{most:,}" in caught.value.sentence("en")


def test_the_largest_workshop_of_the_benchmark_is_accepted():
    imported = document_to_workshop(workshop_to_document(largest_workshop()))
    assert text_total(imported) == TOTAL_TEXT
    assert sum(len(o.key_results) for t in imported.teams for o in t.objectives) \
        == TOTAL_KEY_RESULTS
