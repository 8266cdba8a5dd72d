"""A hostile file within the size cap is refused before it is parsed, when what it would
cost is already known from counting: millions of tiny objects, arrays or values.

Time and memory are measured by benchmarks/hostile_import_bench.py; these tests check the
counting itself and that no file the format's limits allow is caught by it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from okr_workshop.storage.exchange import (
    MAX_CONTAINERS,
    MAX_FILE_BYTES,
    MAX_VALUES,
    ExchangeError,
    parse_workshop_bytes,
    read_workshop_file,
)
from tests.storage.exchange_fixtures import full_document

HEADER = '{"format": "okr-workshop", "version": 1, "workshop": '


def _refusal(tmp_path: Path, text: str) -> ExchangeError:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    with pytest.raises(ExchangeError) as caught:
        read_workshop_file(path)
    return caught.value


def test_millions_of_tiny_objects_are_refused_before_parsing(tmp_path: Path) -> None:
    error = _refusal(tmp_path, HEADER + "[" + ",".join(["{}"] * (MAX_CONTAINERS + 1)) + "]}")
    assert error.code == "too_many_containers"
    assert f"{MAX_CONTAINERS:,}" in error.sentence("en").replace("\u202f", ",")
    assert error.sentence("fr") != error.sentence("en")


def test_tiny_arrays_count_as_much_as_objects(tmp_path: Path) -> None:
    error = _refusal(tmp_path, HEADER + "[" + ",".join(["[]"] * (MAX_CONTAINERS + 1)) + "]}")
    assert error.code == "too_many_containers"


@pytest.mark.parametrize("unit", ["0", '"ab"', "1.5", "null"])
def test_millions_of_values_are_refused_before_parsing(tmp_path: Path, unit: str) -> None:
    error = _refusal(tmp_path, HEADER + "[" + ",".join([unit] * (MAX_VALUES + 2)) + "]}")
    assert error.code == "too_many_values"


def test_a_key_written_millions_of_times_is_refused_before_parsing(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "{" + ",".join(['"a":0'] * (MAX_VALUES // 2 + 2)) + "}")
    assert error.code == "too_many_values"


def test_commas_and_brackets_inside_text_are_not_counted() -> None:
    """A long text full of punctuation is judged on its length, not as values."""
    document = full_document()
    document["workshop"]["vision"] = "{[,:" * (MAX_VALUES // 2)
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(json.dumps(document).encode())
    assert caught.value.code == "too_long"
    assert caught.value.path == "workshop.vision"


def test_escaped_quotes_do_not_hide_values_from_the_count(tmp_path: Path) -> None:
    text = HEADER + '["\\"\\\\",' + ",".join(["0"] * (MAX_VALUES + 2)) + "]}"
    assert json.loads(text)["workshop"][0] == '"\\'
    error = _refusal(tmp_path, text)
    assert error.code == "too_many_values"


def test_the_densest_file_the_limits_allow_stays_under_the_counts() -> None:
    """A vote round's dot vote is the smallest entity a file may hold by the hundred
    thousand; written as compactly as JSON allows, 20 MB of them stay under both caps (the
    other lists are capped in the hundreds, a few thousand check-ins at most)."""
    document = full_document()
    vote = document["workshop"]["vote_rounds"][0]["votes"][0]
    written = json.dumps(vote, separators=(",", ":")) + ","
    per_file = MAX_FILE_BYTES // len(written.encode())
    assert per_file * (written.count(",") + written.count(":")) < MAX_VALUES
    assert per_file * written.count('"') // 2 < MAX_VALUES
    assert per_file * (written.count("{") + written.count("[")) < MAX_CONTAINERS


def test_a_valid_file_is_still_accepted() -> None:
    document = full_document()
    workshop = parse_workshop_bytes(json.dumps(document, indent=2).encode())
    assert workshop.id == document["workshop"]["id"]


def test_totals_are_counted_before_anything_is_built() -> None:
    """Forty teams of lists at their caps are refused for their totals at once, not after
    building every check-in (the first objective's empty title would otherwise be told)."""
    document = full_document()
    team = document["workshop"]["teams"][0]
    first = dict(team["objectives"][0], title="")
    team["objectives"] = [first] + [team["objectives"][0]] * 19
    document["workshop"]["teams"] = [team] * 13  # 260 objectives
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(json.dumps(document).encode())
    assert caught.value.code == "too_many_objectives"
    assert caught.value.params == {"found": 260, "max": 250}
