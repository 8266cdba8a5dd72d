"""From a parsed JSON document to a :class:`Workshop`, checking everything a file can
get wrong and saying where.

The shape (objects, fields, arrays) and the text forms (ids, dates, timestamps) are
checked here; every value rule (lengths, ranges, choices) is the domain's own, so a
file can never hold what the window could not. Cross-references and duplicate ids are
:func:`integrity_problems`. Positions come from array order, an objective's team from
the team it is nested in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date, datetime
from typing import Any

from okr_workshop.domain.entered import (
    duplicate_dependency,
    text_problem,
    timestamp_problem,
)
from okr_workshop.domain.field_limits import (
    MAGNITUDE,
    TOTAL_KEY_RESULTS,
    TOTAL_OBJECTIVES,
    count_limit,
    length_limit,
    number_beyond,
    totals_problem,
)
from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.values import (
    InvalidValue,
    check_date,
    check_id,
    check_timestamp,
)
from okr_workshop.storage.exchange_format import (
    FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    KINDS,
    MAX_LIST_ITEMS,
    OPTIONAL,
    ExchangeError,
    quote,
)

# The nested arrays of each kind, and the kind of their items.
CHILDREN: dict[str, dict[str, str]] = {
    "workshop": {
        "participants": "participant",
        "strategic_objectives": "strategic_objective",
        "teams": "team",
        "dependencies": "dependency",
        "rituals": "ritual",
        "feedback": "feedback",
        "checklist": "checklist_tick",
        "roti_votes": "roti_vote",
        "actions": "action",
        "agenda": "agenda_item",
        "vote_rounds": "vote_round",
    },
    "vote_round": {"votes": "dot_vote"},
    "team": {"objectives": "objective"},
    "objective": {"key_results": "key_result"},
    "key_result": {"check_ins": "check_in"},
}
# Nested single objects.
NESTED: dict[str, dict[str, str]] = {"workshop": {"rule": "rule"}}

DOCUMENT_FIELDS = ("format", "version", "workshop")
# A file shared through a team folder says which revision it is (storage/team_file.py,
# docs/team-folder.md); any other reader of the workshop leaves that header alone.
SHARED_FIELD = "shared"

# Canonical UUID text only: "ABC…" and "abc…" would otherwise be two ids for one UUID.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
# Lone surrogates come from escapes like "\ud800": valid JSON, but no UTF-8 file or
# SQLite text can hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def document_to_workshop(document: object) -> Workshop:
    """The workshop a parsed file describes, ids as in the file.

    Raises :class:`ExchangeError` (one line: path, then problem) for anything that is
    not a valid version-1 file.
    """
    if not isinstance(document, dict):
        raise ExchangeError("", "document_not_object", type=_json_type(document))
    _check_header(document)
    _check_object(document, "", (*DOCUMENT_FIELDS, SHARED_FIELD), optional={SHARED_FIELD: None})
    _count_before_building(document["workshop"])
    workshop = _build("workshop", document["workshop"], "workshop")
    too_much = totals_problem(workshop)
    if too_much is not None:
        code, found, most = too_much
        raise ExchangeError("", code, found=found, max=most)
    problems = integrity_problems(workshop)
    if problems:
        first = problems[0]
        params = dict(first.params)
        if "other" in params:  # integrity paths start inside the workshop
            params["other"] = f"workshop.{params['other']}"
        raise ExchangeError(f"workshop.{first.path}", first.code, **params)
    twice = duplicate_dependency(workshop.dependencies)
    if twice is not None:
        raise ExchangeError(f"workshop.dependencies[{twice[1]}]", "duplicate_dependency",
                            other=f"workshop.dependencies[{twice[0]}]")
    return workshop


def _count_before_building(workshop: object) -> None:
    """The totals of objectives and key results, counted in the file before any is built:
    teams of lists at their caps (88,000 check-ins in 20 MB) took over two seconds to build
    only to be refused for their totals. A list over its own cap, or of the wrong shape, is
    left to :func:`_build`, which names it."""
    teams = _list(workshop.get("teams") if isinstance(workshop, dict) else None)
    if len(teams) > (count_limit("workshop", "teams") or MAX_LIST_ITEMS):
        return
    lists = [_list(team.get("objectives")) for team in teams if isinstance(team, dict)]
    if any(len(items) > (count_limit("team", "objectives") or MAX_LIST_ITEMS)
           for items in lists):
        return
    objectives = [item for items in lists for item in items if isinstance(item, dict)]
    if len(objectives) > TOTAL_OBJECTIVES:
        raise ExchangeError("", "too_many_objectives", found=len(objectives),
                            max=TOTAL_OBJECTIVES)
    key_results = [len(_list(o.get("key_results"))) for o in objectives]
    if any(n > (count_limit("objective", "key_results") or MAX_LIST_ITEMS)
           for n in key_results):
        return
    if sum(key_results) > TOTAL_KEY_RESULTS:
        raise ExchangeError("", "too_many_key_results", found=sum(key_results),
                            max=TOTAL_KEY_RESULTS)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _check_header(document: dict[Any, Any]) -> None:
    """Format and version first: a newer or foreign file must say so, not list fields."""
    name = document.get("format", _MISSING)
    if name is _MISSING:
        raise ExchangeError("format", "format_missing")
    if name != FORMAT_NAME:
        raise ExchangeError(
            "format", "format_wrong", expected=quote(FORMAT_NAME), found=quote(name)
        )
    version = document.get("version", _MISSING)
    if version is _MISSING:
        raise ExchangeError("version", "missing")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError("version", "not_whole_type", type=_json_type(version))
    if version != FORMAT_VERSION:
        shown = str(version) if abs(version) < 10**12 else quote(version, 12)
        code = "version_newer" if version > FORMAT_VERSION else "version_unsupported"
        raise ExchangeError("version", code, version=shown, supported=FORMAT_VERSION)


_MISSING = object()


def _build(kind: str, value: object, path: str, **implied: Any) -> Any:
    """One entity and everything nested in it. Its own fields are checked before its
    children, so the first problem reported is the outermost one."""
    optional = OPTIONAL.get(kind, {})
    obj = _check_object(value, path, FIELDS[kind], optional)
    _check_lengths(kind, obj, path)
    children = CHILDREN.get(kind, {})
    nested = NESTED.get(kind, {})
    with _at(path):
        kwargs = {
            name: _convert(name, obj[name]) if name in obj else optional[name]
            for name in FIELDS[kind]
            if name not in children and name not in nested
        }
    for name, sub in nested.items():
        kwargs[name] = _build(sub, obj[name], f"{path}.{name}")
    with _at(path):
        entity = KINDS[kind](**kwargs, **implied)
    if not children:
        return entity
    lists = {}
    for name, sub in children.items():
        if name not in obj:  # an optional list added after version 1's release: empty
            lists[name] = ()
            continue
        items = _check_array(obj[name], f"{path}.{name}", count_limit(kind, name))
        lists[name] = tuple(
            _build(sub, item, f"{path}.{name}[{i}]", **_implied(sub, i, entity))
            for i, item in enumerate(items)
        )
    with _at(path):
        return replace(entity, **lists)


def _implied(kind: str, index: int, parent: Any) -> dict[str, Any]:
    names = {f.name for f in fields(KINDS[kind])}
    implied: dict[str, Any] = {"position": index} if "position" in names else {}
    if kind == "objective":
        implied["team_id"] = parent.id
    return implied


@contextmanager
def _at(path: str) -> Iterator[None]:
    """Turn the domain's complaint about a field into one about its place in the file."""
    try:
        yield
    except InvalidValue as error:
        raise ExchangeError(_join(path, error.field), error.code, **error.params) from None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _check_object(value: object, path: str, expected: tuple[str, ...],
                  optional: dict[str, Any] | None = None) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise ExchangeError(path, "not_object", type=_json_type(value))
    duplicates = getattr(value, "duplicate_keys", ())
    if duplicates:
        raise ExchangeError(path, "duplicate_key", key=quote(duplicates[0]))
    for name in expected:
        if name not in value and name not in (optional or {}):
            raise ExchangeError(_join(path, name), "missing")
    for key, item in value.items():
        if key not in expected:
            code = "unknown_field" if path else "unknown_top_field"
            raise ExchangeError(path, code, key=quote(key))
        if isinstance(item, str) and _SURROGATE.search(item):
            raise ExchangeError(_join(path, key), "surrogate")
    return value


def _check_lengths(kind: str, obj: dict[Any, Any], path: str) -> None:
    """The limits of domain/field_limits.py: refused, never cut (a cut text would be a
    changed workshop nobody asked for). Then what domain/entered.py refuses of any new
    text: invisible-only titles, control characters, line breaks in one-line fields."""
    for name, item in obj.items():
        limit = length_limit(kind, name)
        if limit is not None and isinstance(item, str) and len(item) > limit:
            raise ExchangeError(_join(path, name), "too_long", max=limit)
        if isinstance(item, str) and name != "id" and not name.endswith("_id"):
            problem = text_problem(kind, name, item)
            if problem is not None:
                raise ExchangeError(_join(path, name), problem.code, **problem.params)


def _check_array(value: object, path: str, limit: int | None = None) -> list[Any]:
    if not isinstance(value, list):
        raise ExchangeError(path, "not_array", type=_json_type(value))
    most = min(limit or MAX_LIST_ITEMS, MAX_LIST_ITEMS)
    if len(value) > most:
        raise ExchangeError(path, "too_many_items", max=most)
    return value


def _json_type(value: object) -> str:
    """The JSON type of ``value``, as a code of file_words.JSON_TYPES."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return "whole"
    if isinstance(value, float):
        return "decimal"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


# Text forms the domain does not parse itself (it works with date and datetime objects).


def _id(field: str, value: object) -> str:
    check_id(field, value)
    if not _UUID.fullmatch(value):  # type: ignore[arg-type]  # check_id made it a str
        raise InvalidValue(field, "uuid_form")
    return value  # type: ignore[return-value]


def _optional_id(field: str, value: object) -> str | None:
    return None if value is None else _id(field, value)


def _date(field: str, value: object) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise InvalidValue(field, "date_form")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(field, "not_calendar_date", value=quote(value)) from None
    return check_date(field, parsed)


def _optional_date(field: str, value: object) -> date | None:
    return None if value is None else _date(field, value)


def _timestamp(field: str, value: object) -> datetime:
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise InvalidValue(field, "timestamp_form")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue(field, "not_calendar_time", value=quote(value)) from None
    problem = timestamp_problem(field, parsed)
    if problem is not None:
        raise problem
    return check_timestamp(field, parsed)


def _number(field: str, value: object) -> object:
    # domain/field_limits.py's MAGNITUDE, checked before the domain converts to float (a
    # 400-digit integer would overflow there). 1e400 is read as infinity: the domain says
    # it is not a finite number.
    if isinstance(value, int | float) and not isinstance(value, bool) and number_beyond(value):
        raise InvalidValue(field, "too_large_number", max=MAGNITUDE)
    return value


def _optional_number(field: str, value: object) -> object:
    return None if value is None else _number(field, value)


def _boolean(field: str, value: object) -> bool:
    # The domain takes SQLite's 0 and 1 too; a file says true or false.
    if not isinstance(value, bool):
        raise InvalidValue(field, "not_bool")
    return value


_CONVERTERS = {
    "id": _id,
    "team_id": _optional_id,
    "ambassador_id": _optional_id,
    "strategic_objective_id": _optional_id,
    "author_id": _optional_id,
    "participant_id": _optional_id,
    "owner_id": _optional_id,
    "feedback_id": _optional_id,
    "from_objective_id": _id,
    "to_objective_id": _id,
    "objective_id": _id,
    "cycle_start": _optional_date,
    "cycle_end": _optional_date,
    "due": _optional_date,
    "starts_on": _optional_date,
    "session_on": _optional_date,
    # A check-in's date is required: the domain refuses None with the same sentence.
    "on": _optional_date,
    "created_at": _timestamp,
    "updated_at": _timestamp,
    "baseline": _optional_number,
    "target": _optional_number,
    "change": _optional_number,
    "change_percent": _boolean,
    "milestone": _boolean,
    "done": _boolean,
    "revealed": _boolean,
    "grade": _optional_number,
    "value": _number,
}


def _convert(name: str, value: object) -> object:
    converter = _CONVERTERS.get(name)
    return value if converter is None else converter(name, value)
