"""A team file: the exchange format with its "shared" header, checked as an import is."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language
from okr_workshop.domain.team_sharing import SharedHeader
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.exchange import ExchangeError, read_workshop_file
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.team_file import (
    dumps_team_file,
    fingerprint,
    read_team_file,
    write_team_file,
)

WHEN = datetime(2027, 1, 14, 9, 2, tzinfo=UTC)


def header_for(workshop, revision: int = 3, base: int = 2) -> SharedHeader:
    return SharedHeader(workshop.id, revision, base, "Claire « 🧭 »", "LAPTOP-12", WHEN)


def test_round_trip_keeps_ids_header_and_fingerprint(tmp_path: Path) -> None:
    workshop = sample_workshop(Language.FRENCH)
    path = tmp_path / "atelier.okrw"
    write_team_file(path, header_for(workshop), workshop)
    read = read_team_file(path)
    assert read.header == header_for(workshop)
    assert read.workshop.id == workshop.id
    assert fingerprint(read.workshop) == fingerprint(workshop)


def test_fingerprint_survives_the_library_and_ignores_the_step(tmp_path: Path) -> None:
    workshop = sample_workshop(Language.FRENCH)
    repository = Repository(open_library(tmp_path / "lib.sqlite3"))
    repository.add_workshop(workshop)
    stored = repository.load_workshop(workshop.id)
    assert fingerprint(stored) == fingerprint(workshop)
    moved = replace(stored, current_step=type(stored.current_step)("steering"),
                    updated_at=datetime(2030, 1, 1, tzinfo=UTC))
    assert fingerprint(moved) == fingerprint(workshop)
    assert fingerprint(replace(stored, title="Autre")) != fingerprint(workshop)


def test_an_import_by_hand_reads_a_team_file_and_leaves_the_header(tmp_path: Path) -> None:
    workshop = sample_workshop(Language.ENGLISH)
    path = tmp_path / "shared.okrw"
    write_team_file(path, header_for(workshop), workshop)
    assert read_workshop_file(path).title == workshop.title


def edited(tmp_path: Path, change) -> Path:
    workshop = sample_workshop(Language.FRENCH)
    document = json.loads(dumps_team_file(header_for(workshop), workshop))
    change(document)
    path = tmp_path / "edited.okrw"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "where", "code"), [
    (lambda d: d.pop("shared"), "shared", "missing"),
    (lambda d: d.update(shared=[1]), "shared", "not_object"),
    (lambda d: d["shared"].pop("revision"), "shared.revision", "missing"),
    (lambda d: d["shared"].update(colour="red"), "shared", "unknown_field"),
    (lambda d: d["shared"].update(revision="3"), "shared.revision", "not_whole"),
    (lambda d: d["shared"].update(revision=0), "shared.revision", "out_of_range"),
    (lambda d: d["shared"].update(base_revision=3), "shared.base_revision", "out_of_range"),
    (lambda d: d["shared"].update(author="x" * 201), "shared.author", "too_long"),
    (lambda d: d["shared"].update(written_at="yesterday"), "shared.written_at",
     "timestamp_form"),
    (lambda d: d["shared"].update(workshop_id="0b1c2d3e-0000-4000-8000-000000000000"),
     "shared.workshop_id", "shared_other_workshop"),
    (lambda d: d["workshop"].update(title=""), "workshop.title", "empty_text"),
])
def test_a_wrong_header_or_workshop_is_refused_with_its_place(tmp_path: Path, change, where,
                                                              code) -> None:
    with pytest.raises(ExchangeError) as raised:
        read_team_file(edited(tmp_path, change))
    assert (raised.value.path, raised.value.code) == (where, code)
    assert "\n" not in raised.value.sentence("fr")


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    workshop = sample_workshop(Language.FRENCH)
    data = dumps_team_file(header_for(workshop), workshop)
    path = tmp_path / "half.okrw"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ExchangeError):
        read_team_file(path)


def test_names_in_the_header_lose_control_and_direction_characters(tmp_path: Path) -> None:
    workshop = sample_workshop(Language.FRENCH)
    header = replace(header_for(workshop), author="Claire\x1b[31m\u202eevil\n",
                     computer="LAPTOP\t12")
    path = tmp_path / "odd.okrw"
    write_team_file(path, header, workshop)
    read = read_team_file(path).header
    assert (read.author, read.computer) == ("Claire [31m evil", "LAPTOP 12")
