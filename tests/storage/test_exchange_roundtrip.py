"""Export, import, export: nothing lost, nothing changed, the same text twice."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.field_limits import MAGNITUDE
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import KeyResult, Objective, Team, Workshop
from okr_workshop.storage.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    document_to_workshop,
    dumps_workshop,
    parse_workshop_bytes,
    workshop_to_document,
)
from okr_workshop.storage.exchange_format import FIELDS, OPTIONAL_GROUPS
from okr_workshop.storage.exchange_read import CHILDREN, NESTED
from tests.storage.exchange_fixtures import full_document, full_workshop
from tests.strategies import workshops

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def canonical(document: object, names: dict[str, str] | None = None) -> object:
    """The document with ids renamed by order of first appearance and timestamps
    dropped: equal for two files that say the same thing with different ids."""
    names = {} if names is None else names
    if isinstance(document, dict):
        out = {}
        for key, value in document.items():
            if key in ("created_at", "updated_at"):
                continue
            if (key == "id" or key.endswith("_id")) and isinstance(value, str):
                out[key] = names.setdefault(value, f"#{len(names)}")
            else:
                out[key] = canonical(value, names)
        return out
    if isinstance(document, list):
        return [canonical(item, names) for item in document]
    return document


def ids_in_order(document: object) -> list[str]:
    if isinstance(document, dict):
        found = [document["id"]] if "id" in document else []
        for key, value in document.items():
            if key != "id":
                found.extend(ids_in_order(value))
        return found
    if isinstance(document, list):
        return [i for item in document for i in ids_in_order(item)]
    return []


def canonical_by_entities(document: dict[str, Any]) -> object:
    # Name the entities first (document order), then rename links with those names, so a
    # link that appears before its target still gets the target's name in both files.
    names: dict[str, str] = {}
    for entity_id in ids_in_order(document):
        names.setdefault(entity_id, f"#{len(names)}")
    return canonical(document, names)


@SETTINGS
@given(workshops(number_bound=MAGNITUDE, entered=True))
def test_export_import_export_is_the_identity(workshop: Workshop) -> None:
    text = dumps_workshop(workshop)

    imported = parse_workshop_bytes(text.encode("utf-8"))

    assert imported == workshop
    assert dumps_workshop(imported) == text
    assert json.loads(text) == workshop_to_document(workshop)


@SETTINGS
@given(workshops(number_bound=MAGNITUDE, entered=True))
def test_a_renewed_copy_exports_the_same_content(workshop: Workshop) -> None:
    copy = renew_ids(workshop)
    original_document = workshop_to_document(workshop)
    copy_document = workshop_to_document(copy)

    assert canonical_by_entities(copy_document) == canonical_by_entities(original_document)
    assert not set(ids_in_order(copy_document)) & set(ids_in_order(original_document))
    reimported = parse_workshop_bytes(dumps_workshop(copy).encode("utf-8"))
    assert reimported == copy
    assert integrity_problems(reimported) == []


def test_canonical_form_sees_a_change_of_content() -> None:
    # The property above is only worth something if the comparison can fail.
    workshop = full_workshop()
    document = workshop_to_document(renew_ids(workshop))
    document["workshop"]["teams"][0]["objectives"][0]["votes"] += 1
    assert canonical_by_entities(document) != canonical_by_entities(
        workshop_to_document(workshop)
    )
    swapped = workshop_to_document(renew_ids(workshop))
    objective = swapped["workshop"]["teams"][0]["objectives"][0]
    objective["author_id"] = swapped["workshop"]["participants"][1]["id"]
    assert canonical_by_entities(swapped) != canonical_by_entities(
        workshop_to_document(workshop)
    )


def test_positions_come_from_array_order_and_teams_from_nesting() -> None:
    document = full_document()
    teams = document["workshop"]["teams"]
    teams.reverse()
    teams[0]["objectives"].append(teams[1]["objectives"].pop(0))

    workshop = document_to_workshop(document)

    assert [t.position for t in workshop.teams] == [0, 1]
    assert [t.name for t in workshop.teams] == ["Données", "Ventes"]
    data = workshop.teams[0]
    assert [o.position for o in data.objectives] == [0, 1]
    assert {o.team_id for o in data.objectives} == {data.id}
    assert data.objectives[1].title == "Ouvrir le dimanche"


def test_the_file_reads_well() -> None:
    text = dumps_workshop(full_workshop())

    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Données de vente fiables 📊" in text  # characters as themselves, not \u escapes
    assert "\u00a0" in text  # the non-breaking space of "9 h" survives as itself
    assert '\n  "workshop": {\n    "id": ' in text  # indented, id first
    assert text == dumps_workshop(full_workshop())
    assert '"baseline": 12,' in text and '"value": 18.5,' in text
    assert '"created_at": "2026-12-01T09:30:00+01:00"' in text


def test_keys_follow_the_specification_order() -> None:
    document = workshop_to_document(full_workshop())
    assert list(document) == ["format", "version", "workshop"]
    assert document["format"] == FORMAT_NAME and document["version"] == FORMAT_VERSION

    seen: set[str] = set()

    def walk(kind: str, node: dict[str, Any]) -> None:
        seen.add(kind)
        # Fields added to version 1 later are written only when they say something, each
        # group (the fields of one release) whole or not at all.
        left_out = {name for group in OPTIONAL_GROUPS.get(kind, ()) if not set(group) <= set(node)
                    for name in group}
        assert tuple(node) == tuple(name for name in FIELDS[kind] if name not in left_out)
        for name, sub in NESTED.get(kind, {}).items():
            walk(sub, node[name])
        for name, sub in CHILDREN.get(kind, {}).items():
            for item in node[name]:
                walk(sub, item)

    walk("workshop", document["workshop"])
    assert seen == set(FIELDS)


def test_numbers_keep_their_exact_value() -> None:
    team_id = "00000000-0000-4000-8000-000000000001"
    # Up to the limit of a file (domain/field_limits.py MAGNITUDE, 10^15) either way.
    values = [0.1, -0.0, 1e15, -1e15, 999_999_999_999_999.0, 123_456_789.0123, 5e-324,
              1e-300, -7.0]
    objective = Objective(
        team_id=team_id,
        title="Mesurer",
        key_results=tuple(
            KeyResult(text=f"KR {i}", baseline=v, target=-v, position=i)
            for i, v in enumerate(values)
        ),
    )
    workshop = Workshop(title="Nombres", teams=(Team(id=team_id, name="A",
                                                      objectives=(objective,)),))

    text = dumps_workshop(workshop)
    back = parse_workshop_bytes(text.encode())

    assert [kr.baseline for kr in back.teams[0].objectives[0].key_results] == values
    assert all(isinstance(kr.baseline, float) for kr in back.key_results())
    assert '"baseline": 1e-300' in text and '"baseline": -7,' in text


def test_timestamps_keep_their_instant_and_offset() -> None:
    odd = timezone(timedelta(hours=5, minutes=30, seconds=17))
    created = datetime(2027, 1, 2, 3, 4, 5, 678901, tzinfo=timezone(timedelta(hours=-3)))
    workshop = Workshop(title="Heures", created_at=created,
                        updated_at=datetime(2027, 1, 2, 3, 4, 5, tzinfo=odd))

    back = parse_workshop_bytes(dumps_workshop(workshop).encode())

    assert back.created_at == created and back.created_at.utcoffset() == timedelta(hours=-3)
    # An offset with seconds is not ISO 8601: written in UTC, same instant.
    assert back.updated_at == workshop.updated_at
    assert back.updated_at.utcoffset() == timedelta(0)
    assert workshop_to_document(workshop)["workshop"]["updated_at"].endswith("+00:00")
    zulu = full_document()
    zulu["workshop"]["created_at"] = "2027-01-02T03:04:05Z"
    assert document_to_workshop(zulu).created_at == datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_byte_order_mark_and_windows_line_endings_are_tolerated() -> None:
    text = dumps_workshop(full_workshop())
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    assert parse_workshop_bytes(data) == full_workshop()


def test_the_example_of_the_documentation_is_a_valid_file() -> None:
    page = (Path(__file__).parents[2] / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```json\n(.*?)```", page, flags=re.DOTALL)

    workshop = parse_workshop_bytes(example.encode("utf-8"))

    assert workshop.teams[0].objectives[0].key_results[0].check_ins[0].value == 41.5
    assert integrity_problems(workshop) == []


def test_a_relative_change_is_written_and_read_back() -> None:
    document = workshop_to_document(full_workshop())
    krs = [kr for team in document["workshop"]["teams"] for o in team["objectives"]
           for kr in o["key_results"]]
    relative = [kr for kr in krs if kr.get("change") is not None]
    assert [(kr["change"], kr["change_percent"], kr["target"]) for kr in relative] == [
        (20, True, None)]
    # A key result that uses no optional field writes none of them (older versions read it).
    plain = [kr for kr in krs if kr.get("grade") is None and kr.get("change") is None]
    assert plain == [] or all("change_percent" not in kr for kr in plain)
    back = document_to_workshop(document)
    assert [(k.change, k.change_percent) for k in back.key_results() if k.change] == [
        (20.0, True)]
