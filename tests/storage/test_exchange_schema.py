"""The JSON Schema says what the reader does: same fields, same limits, same choices.

No JSON Schema library is needed: the schema is walked by hand and each claim it makes
(required, nullable, maxLength, enum, minimum/maximum, patterns) is tried on the reader.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import fields
from importlib import resources
from typing import Any

import pytest

from okr_workshop.domain.field_limits import MAGNITUDE, count_limit
from okr_workshop.storage import exchange_read
from okr_workshop.storage.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_LIST_ITEMS,
    ExchangeError,
    document_to_workshop,
    load_schema,
)
from okr_workshop.storage.exchange_format import FIELDS, KINDS, OPTIONAL, SCHEMA_FILE
from okr_workshop.storage.exchange_read import CHILDREN, NESTED
from tests.storage.exchange_fixtures import LOCATIONS, entity, full_document

SCHEMA = load_schema()
DEFS = SCHEMA["$defs"]
FORMS = {"uuid", "date", "timestamp"}


def test_schema_ships_in_the_package_as_valid_json() -> None:
    resource = resources.files("okr_workshop.resources").joinpath("schema", SCHEMA_FILE)
    assert json.loads(resource.read_text(encoding="utf-8")) == SCHEMA
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_top_level_matches_the_reader() -> None:
    assert SCHEMA["required"] == list(exchange_read.DOCUMENT_FIELDS)
    assert SCHEMA["additionalProperties"] is False
    assert SCHEMA["properties"]["format"] == {"const": FORMAT_NAME}
    assert SCHEMA["properties"]["version"] == {"const": FORMAT_VERSION}
    assert SCHEMA["properties"]["workshop"] == {"$ref": "#/$defs/workshop"}


def test_every_kind_is_described() -> None:
    assert set(DEFS) == set(KINDS) | FORMS
    assert set(LOCATIONS) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_required_fields_are_the_dataclass_fields(kind: str) -> None:
    definition = DEFS[kind]
    # Derived here from the dataclass, independently of the reader's own list.
    implied = {"position", "team_id"} if kind == "objective" else {"position"}
    expected = {f.name for f in fields(KINDS[kind])} - implied
    optional = set(OPTIONAL.get(kind, {}))
    assert set(definition["required"]) == expected - optional
    # same order as written
    assert list(definition["required"]) == [n for n in FIELDS[kind] if n not in optional]
    assert set(definition["properties"]) == expected
    assert definition["additionalProperties"] is False
    assert definition["type"] == "object"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_nested_lists_and_objects_point_at_their_kind(kind: str) -> None:
    properties = DEFS[kind]["properties"]
    for name, sub in CHILDREN.get(kind, {}).items():
        assert properties[name] == {
            "type": "array",
            "maxItems": count_limit(kind, name) or MAX_LIST_ITEMS,
            "items": {"$ref": f"#/$defs/{sub}"},
        }
    for name, sub in NESTED.get(kind, {}).items():
        assert properties[name] == {"$ref": f"#/$defs/{sub}"}


def test_text_forms_use_the_readers_patterns() -> None:
    assert DEFS["uuid"]["pattern"] == f"^{exchange_read._UUID.pattern}$"
    assert DEFS["date"]["pattern"] == f"^{exchange_read._DATE.pattern}$"
    assert DEFS["timestamp"]["pattern"] == f"^{exchange_read._TIMESTAMP.pattern}$"


# Each scalar property of each kind, tried on the reader.

SCALARS = [
    (kind, name)
    for kind in sorted(KINDS)
    for name in FIELDS[kind]
    if name not in CHILDREN.get(kind, {}) and name not in NESTED.get(kind, {})
]


def resolve(schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """(accepts null, the schema of the non-null value)."""
    if "anyOf" in schema:
        options = schema["anyOf"]
        others = [o for o in options if o != {"type": "null"}]
        assert len(others) == 1
        return len(others) < len(options), resolve(others[0])[1]
    if "$ref" in schema:
        return False, DEFS[schema["$ref"].removeprefix("#/$defs/")]
    if "enum" in schema:
        values = schema["enum"]
        return None in values, {"enum": [v for v in values if v is not None]}
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = [t for t in kind if t != "null"]
        return "null" in kind, {**schema, "type": rest[0]}
    return False, schema


def accepts(kind: str, name: str, value: object) -> bool:
    document = full_document()
    entity(document, kind)[name] = copy.deepcopy(value)
    try:
        document_to_workshop(document)
    except ExchangeError as error:
        assert error.path == f"{LOCATIONS[kind][1]}.{name}", str(error)
        return False
    return True


@pytest.mark.parametrize(("kind", "name"),
                         [(k, n) for k, n in SCALARS if n not in OPTIONAL.get(k, {})])
def test_each_field_is_required(kind: str, name: str) -> None:
    document = full_document()
    del entity(document, kind)[name]
    with pytest.raises(ExchangeError) as caught:
        document_to_workshop(document)
    assert str(caught.value) == f"{LOCATIONS[kind][1]}.{name}: is missing"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_other_field_is_allowed(kind: str) -> None:
    document = full_document()
    entity(document, kind)["note_du_coach"] = ""
    with pytest.raises(ExchangeError) as caught:
        document_to_workshop(document)
    assert str(caught.value) == f'{LOCATIONS[kind][1]}: unknown field "note_du_coach"'


@pytest.mark.parametrize(("kind", "name"), SCALARS)
def test_null_is_accepted_exactly_where_the_schema_allows_it(kind: str, name: str) -> None:
    nullable, _ = resolve(DEFS[kind]["properties"][name])
    assert accepts(kind, name, None) == nullable


@pytest.mark.parametrize(("kind", "name"), SCALARS)
def test_limits_and_choices_are_the_readers(kind: str, name: str) -> None:
    _, schema = resolve(DEFS[kind]["properties"][name])
    if "enum" in schema:
        for value in schema["enum"]:
            assert accepts(kind, name, value), value
        assert not accepts(kind, name, "autre")
        assert not accepts(kind, name, schema["enum"][0].upper())
    elif schema.get("type") == "string" and "maxLength" in schema:
        longest = schema["maxLength"]
        pattern = schema.get("pattern", "")
        letter = "é" if re.search(pattern, "é") else "a"  # a pattern may limit the letters
        assert accepts(kind, name, letter * longest)
        assert not accepts(kind, name, letter * (longest + 1))
        if not re.search(pattern, "é"):
            assert not accepts(kind, name, "é")
        if schema.get("minLength") == 1:
            assert not accepts(kind, name, "")
            assert not accepts(kind, name, " \t")
        else:
            assert accepts(kind, name, "")
        assert not accepts(kind, name, 7)
    elif schema.get("type") == "string" and "pattern" in schema:  # a time of day
        for value in ("09:30", "", "23:59", "00:00"):
            assert accepts(kind, name, value) == bool(re.search(schema["pattern"], value))
        for value in ("9:30", "24:00", "12:60", "midi", "09:30:00"):
            assert not accepts(kind, name, value) and not re.search(schema["pattern"], value)
    elif schema.get("type") == "integer":
        low, high = schema["minimum"], schema["maximum"]
        assert accepts(kind, name, low) and accepts(kind, name, high)
        assert not accepts(kind, name, low - 1) and not accepts(kind, name, high + 1)
        assert not accepts(kind, name, float(low)) and not accepts(kind, name, True)
    elif schema.get("type") == "number" and schema.get("maximum") == MAGNITUDE:
        # A measure (baseline, target, change, a check-in's value): a million billion at
        # most either way (a relative change above zero).
        low = schema.get("minimum")
        assert accepts(kind, name, MAGNITUDE) and accepts(kind, name, 2.5)
        assert not accepts(kind, name, MAGNITUDE + 1) and not accepts(kind, name, 1e300)
        if low is None:
            low = schema["exclusiveMinimum"]
            assert not accepts(kind, name, low) and not accepts(kind, name, low - 1)
        else:
            assert low == -MAGNITUDE and accepts(kind, name, low) and accepts(kind, name, 0)
            assert not accepts(kind, name, low - 1) and not accepts(kind, name, -1e300)
        assert not accepts(kind, name, "3") and not accepts(kind, name, False)
    elif schema.get("type") == "number" and "maximum" in schema:  # a fraction: a grade
        low, high = schema["minimum"], schema["maximum"]
        assert accepts(kind, name, low)
        assert accepts(kind, name, high) and accepts(kind, name, (low + high) / 2)
        assert not accepts(kind, name, low - 0.01) and not accepts(kind, name, high + 0.01)
        assert not accepts(kind, name, "0.5") and not accepts(kind, name, True)
    elif schema.get("type") == "number":
        low = schema.get("exclusiveMinimum")
        assert accepts(kind, name, -2.5 if low is None else low + 2.5)
        assert accepts(kind, name, 10**6)
        if low is not None:
            assert not accepts(kind, name, low) and not accepts(kind, name, low - 1)
        assert not accepts(kind, name, "3") and not accepts(kind, name, False)
    elif schema.get("type") == "boolean":
        assert accepts(kind, name, True) and accepts(kind, name, False)
        assert not accepts(kind, name, 1) and not accepts(kind, name, "true")
    elif schema is DEFS["uuid"]:
        assert not accepts(kind, name, "pas-un-uuid")
        assert not accepts(kind, name, 12)
    elif schema is DEFS["date"]:
        assert accepts(kind, name, "2027-01-01")
        assert not accepts(kind, name, "2027-1-1") and not accepts(kind, name, "1999-12-31")
    elif schema is DEFS["timestamp"]:
        assert accepts(kind, name, "2027-01-01T08:00:00.5Z")
        assert not accepts(kind, name, "2027-01-01T08:00:00")
    else:
        pytest.fail(f"{kind}.{name}: the schema says something this test does not check")


def test_every_text_limit_of_the_schema_is_exercised() -> None:
    # A guard against the branch above silently skipping a family of fields.
    forms = [DEFS[name] for name in sorted(FORMS)]

    def family(schema: dict[str, Any]) -> str:
        if any(schema is form for form in forms):
            return "form"
        return "enum" if "enum" in schema else schema["type"]

    families = {family(resolve(DEFS[k]["properties"][n])[1]) for k, n in SCALARS}
    assert families == {"enum", "string", "integer", "number", "boolean", "form"}


def test_fields_added_to_version_1_may_be_absent_and_mean_their_default() -> None:
    # A file written before the relative change existed (issue 11) still imports.
    document = full_document()
    for kind, optional in OPTIONAL.items():
        node = entity(document, kind)
        for name in optional:
            node.pop(name, None)
    workshop = document_to_workshop(document)
    kr = next(workshop.key_results())
    assert (kr.change, kr.change_percent) == (None, True)
