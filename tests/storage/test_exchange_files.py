"""Files on disk: atomic writes, unreadable paths, and no exception but ExchangeError."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.storage.exchange import (
    ExchangeError,
    document_to_workshop,
    dumps_workshop,
    parse_workshop_bytes,
    read_workshop_file,
    write_workshop_file,
)
from okr_workshop.storage.repository import Repository
from tests.storage.exchange_fixtures import full_document, full_workshop

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID_TEXT = dumps_workshop(full_workshop())


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# --- Writing ---


def test_written_file_reads_back_equal(tmp_path: Path) -> None:
    path = tmp_path / "Atelier été.json"
    write_workshop_file(full_workshop(), path)

    assert path.read_text(encoding="utf-8") == VALID_TEXT
    assert read_workshop_file(path) == full_workshop()
    assert leftovers(tmp_path, {path.name}) == []


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_workshop_file(full_workshop(), tmp_path / "a.json")
    finally:
        os.umask(previous)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "atelier.json"
    path.write_text("the previous export\n", encoding="utf-8")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_workshop_file(full_workshop(), path)
    monkeypatch.undo()

    assert path.read_text(encoding="utf-8") == "the previous export\n"
    assert leftovers(tmp_path, {path.name}) == []


def test_overwriting_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "atelier.json"
    path.write_text("x" * 100_000, encoding="utf-8")  # longer than the new content
    write_workshop_file(full_workshop(), path)
    assert path.read_text(encoding="utf-8") == VALID_TEXT


def test_missing_folder_is_an_os_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_workshop_file(full_workshop(), tmp_path / "nowhere" / "a.json")
    assert leftovers(tmp_path, set()) == []


# --- Reading paths that are not files ---


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r'^the file "absent\.json" does not exist$'):
        read_workshop_file(tmp_path / "absent.json")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="is a folder, not a file"):
        read_workshop_file(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(ExchangeError, match="is not a regular file"):
        read_workshop_file(pipe)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root (and Windows) ignore permission bits")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.json"
    path.write_text(VALID_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ExchangeError, match='"locked.json" cannot be read: Permission'):
            read_workshop_file(path)
    finally:
        path.chmod(0o644)


# --- Nothing escapes but ExchangeError ---


def outcome(call) -> str:
    """'ok' or the one-line refusal; any other exception fails the test."""
    try:
        call()
    except ExchangeError as error:
        message = str(error)
        assert len(message.splitlines()) == 1 and message.strip(), repr(message)
        return message
    return "ok"


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_only_give_exchange_errors(data: bytes) -> None:
    assert outcome(lambda: parse_workshop_bytes(data)) != "ok"


@FUZZ
@given(st.data())
def test_damaged_files_only_give_exchange_errors(data: st.DataObject) -> None:
    raw = bytearray(VALID_TEXT.encode("utf-8"))
    cut = data.draw(st.integers(0, len(raw)))
    if data.draw(st.booleans()):
        del raw[cut:]
    else:
        for _ in range(data.draw(st.integers(1, 4))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    outcome(lambda: parse_workshop_bytes(bytes(raw)))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8,
)


def all_places(node: object, prefix: tuple = ()) -> list[tuple]:
    """The key path of every value inside a document."""
    places = []
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, value in items:
        places.append((*prefix, key))
        places.extend(all_places(value, (*prefix, key)))
    return places


PLACES = all_places(full_document())


@FUZZ
@given(st.sampled_from(PLACES), JSON_VALUES, st.sampled_from(["replace", "delete", "add"]))
def test_any_edit_of_a_document_only_gives_exchange_errors(place, value, action) -> None:
    document = full_document()
    parent = document
    for key in place[:-1]:
        parent = parent[key]
    last = place[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"extra_{last}"] = value
    else:
        parent.insert(last, value)
    # Directly, and through JSON text (NaN and Infinity from st.floats are refused there).
    outcome(lambda: document_to_workshop(document))
    text = json.dumps(document, ensure_ascii=False)
    outcome(lambda: parse_workshop_bytes(text.encode("utf-8", "surrogatepass")))


# --- Importing into the library ---


def test_hostile_import_leaves_the_library_unchanged(repository: Repository,
                                                     tmp_path: Path) -> None:
    repository.add_workshop(full_workshop())
    before = repository.list_workshops()
    bad = full_document()
    bad["workshop"]["teams"][1]["objectives"][0]["author_id"] = (
        "00000000-0000-4000-8000-000000000404"
    )
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")

    with pytest.raises(ExchangeError, match=r"teams\[1\]\.objectives\[0\]\.author_id"):
        repository.add_workshop(renew_ids(read_workshop_file(path)))

    assert repository.list_workshops() == before
    assert repository.load_workshop(full_workshop().id) == full_workshop()


def test_good_import_as_a_new_workshop_loads_back_equal(repository: Repository,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "atelier.json"
    write_workshop_file(full_workshop(), path)
    repository.add_workshop(full_workshop())

    # The same file again, beside the original: fresh ids, so no collision.
    imported = renew_ids(read_workshop_file(path))
    repository.add_workshop(imported)

    loaded = repository.load_workshop(imported.id)
    assert loaded == imported
    assert integrity_problems(loaded) == []
    assert len(repository.list_workshops()) == 2
    assert repository.load_workshop(full_workshop().id) == full_workshop()
