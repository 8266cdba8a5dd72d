"""Fuzz: a valid exchange file, mutated (cut short, values of the wrong type, keys deleted,
huge strings, deep nesting, bad UTF-8), imported through the application layer.

Whatever the file, the import either succeeds whole or is refused with a sentence
(ExchangeError, or the library's own refusal), and a refused import leaves every row of the
library exactly as it was: never an uncaught exception, never a partial import.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from okr_workshop.app.exchange_files import import_workshop
from okr_workshop.app.library_file import LibraryFile, open_library_file
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.exchange import ExchangeError
from tests.storage.exchange_fixtures import full_document

TABLES = (
    "workshops", "participants", "strategic_objectives", "teams", "objectives",
    "key_results", "check_ins", "dependencies", "rituals", "feedback", "checklist_ticks",
)
DEEP = "\u2063deep\u2063"  # a placeholder string, replaced by deep nesting in the text
Path_ = tuple[Any, ...]


def _paths(value: Any, here: Path_ = ()) -> list[Path_]:
    """Every place in the document (dict keys and list indices), the root excluded."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*here, key))
            found.extend(_paths(item, (*here, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*here, index))
            found.extend(_paths(item, (*here, index)))
    return found


BASE = full_document()
PATHS = _paths(BASE)
KEY_PATHS = [path for path in PATHS if isinstance(path[-1], str)]


def _get(document: Any, path: Path_) -> Any:
    for step in path:
        document = document[step]
    return document


def _set(document: Any, path: Path_, value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value


def _delete(document: Any, path: Path_) -> None:
    parent = _get(document, path[:-1])
    del parent[path[-1]]


def _exists(document: Any, path: Path_) -> bool:
    try:
        _get(document, path)
    except (KeyError, IndexError, TypeError):
        return False
    return True


STRING_PATHS = [path for path in PATHS if isinstance(_get(BASE, path), str)]
FREE_TEXT = {"title", "why", "vision", "name", "note", "comment", "text", "organisation",
             "facilitator", "cycle_label", "role", "department", "metric", "unit",
             "data_source", "owner", "author", "non_alignment_reason"}
TEXT_PATHS = [path for path in STRING_PATHS if path[-1] in FREE_TEXT]

OTHER_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@st.composite
def mutation(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(
        st.sampled_from(["swap", "delete", "huge", "deep", "empty_list", "text", "text"])
    )
    if kind == "swap":
        return kind, (draw(st.sampled_from(PATHS)), draw(OTHER_VALUES))
    if kind == "delete":
        return kind, draw(st.sampled_from(KEY_PATHS))
    if kind == "huge":
        size = draw(st.sampled_from([201, 2_001, 20_001, 300_000]))
        return kind, (draw(st.sampled_from(STRING_PATHS)), draw(st.characters()) * size)
    if kind == "deep":
        return kind, (draw(st.sampled_from(PATHS)), draw(st.integers(2, 3000)))
    if kind == "text":  # often still valid: the file may import, and must then be whole
        return kind, (draw(st.sampled_from(TEXT_PATHS)), draw(st.text(min_size=1, max_size=30)))
    return kind, draw(st.sampled_from(PATHS))


@st.composite
def mutated_file(draw: st.DrawFn) -> bytes:
    document = copy.deepcopy(BASE)
    depth = 0
    for kind, detail in draw(st.lists(mutation(), min_size=1, max_size=3)):
        if kind == "delete":
            if _exists(document, detail):
                _delete(document, detail)
        elif kind == "empty_list":
            if _exists(document, detail):
                _set(document, detail, [])
        else:
            path, value = detail
            if not _exists(document, path):
                continue
            if kind == "deep":
                depth = value
                value = DEEP
            _set(document, path, value)
    text = json.dumps(document, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    if depth:
        text = text.replace(json.dumps(DEEP, ensure_ascii=False), "[" * depth + "0" + "]" * depth)
    data = text.encode("utf-8", errors="surrogatepass")  # lone surrogates: bad UTF-8
    ending = draw(st.sampled_from(["whole", "whole", "whole", "cut", "bad_byte"]))
    if ending == "cut":
        data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
    elif ending == "bad_byte":
        where = draw(st.integers(0, max(0, len(data) - 1)))
        data = data[:where] + b"\xff" + data[where + 1 :]
    return data


def _fingerprint(path: Path) -> str:
    """Every row of every table, read by a separate connection."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        for table in TABLES:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fuzz_library(tmp_path_factory: pytest.TempPathFactory):
    opened = open_library_file(tmp_path_factory.mktemp("fuzz") / "library.sqlite3")
    yield opened
    opened.close()


def test_the_unmutated_file_imports(fuzz_library: LibraryFile, tmp_path: Path):
    file = tmp_path / "atelier.json"
    file.write_text(json.dumps(BASE, ensure_ascii=False), encoding="utf-8")
    before = _counts(fuzz_library.path)
    workshop = import_workshop(fuzz_library.repository, file)
    after = _counts(fuzz_library.path)
    assert after["workshops"] == before["workshops"] + 1
    assert after["teams"] - before["teams"] == len(workshop.teams) > 0


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)
@given(data=mutated_file())
def test_a_mutated_file_imports_whole_or_not_at_all(
    fuzz_library: LibraryFile, tmp_path: Path, data: bytes
):
    file = tmp_path / "mutated.json"
    file.write_bytes(data)
    library = fuzz_library.path
    before_rows, before_counts = _fingerprint(library), _counts(library)
    try:
        workshop = import_workshop(fuzz_library.repository, file)
    except (ExchangeError, LibraryError) as error:
        event(f"refused: {type(error).__name__}")
        assert str(error).strip() and "\n" not in str(error)
        assert _fingerprint(library) == before_rows, "a refused import changed the library"
        return
    # Imported: all of it, as a reader of the library sees it.
    event("imported")
    after = _counts(library)
    assert after["workshops"] == before_counts["workshops"] + 1
    stored = fuzz_library.repository.load_workshop(workshop.id)
    assert stored.title == workshop.title
    assert [team.id for team in stored.teams] == [team.id for team in workshop.teams]
    expected_krs = sum(len(o.key_results) for t in workshop.teams for o in t.objectives)
    assert sum(len(o.key_results) for t in stored.teams for o in t.objectives) == expected_krs
