"""From a :class:`Workshop` to the exchange document, its text and an atomic file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from okr_workshop.domain.model import Workshop
from okr_workshop.files import write_atomic
from okr_workshop.storage.exchange_format import (
    FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    OPTIONAL_GROUPS,
    ExchangeError,
)
from okr_workshop.storage.exchange_read import CHILDREN, NESTED

# Integral floats are written without ".0" ("target": 90) while they stay exact; past
# 2**53 a float is not an exact integer any more, so it keeps its float form.
_EXACT_INTEGERS = 2**53


def workshop_to_document(workshop: Workshop) -> dict[str, Any]:
    """The exchange document of ``workshop``: plain dicts, lists, strings and numbers,
    keys in the order of the specification."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "workshop": _entity("workshop", workshop),
    }


def dumps_workshop(workshop: Workshop) -> str:
    """The file's text: indented, accents and emoji as themselves, a final newline."""
    text = json.dumps(
        workshop_to_document(workshop), ensure_ascii=False, indent=2, allow_nan=False
    )
    return text + "\n"


def write_workshop_file(workshop: Workshop, path: Path) -> None:
    """Write the file atomically: a reader (or a power cut) sees the old file or the new
    one, never half of one. Raises ``OSError`` if the disk refuses; the target is then
    untouched and no temporary file is left behind."""
    try:
        data = dumps_workshop(workshop).encode("utf-8")
    except UnicodeEncodeError:
        raise ExchangeError("", "not_utf8_text") from None
    write_atomic(path, data)


def _entity(kind: str, entity: Any) -> dict[str, Any]:
    children = CHILDREN.get(kind, {})
    nested = NESTED.get(kind, {})
    document: dict[str, Any] = {}
    # A group of fields added later left out when none says anything: a file an older
    # version still opens (exchange_format.OPTIONAL_GROUPS).
    unused = {name for group in OPTIONAL_GROUPS.get(kind, ())
              if all(getattr(entity, n) == default for n, default in group.items())
              for name in group}
    for name in FIELDS[kind]:
        if name in unused:
            continue
        value = getattr(entity, name)
        if name in children:
            document[name] = [_entity(children[name], item) for item in value]
        elif name in nested:
            document[name] = _entity(nested[name], value)
        else:
            document[name] = _scalar(value)
    return document


def _scalar(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return _timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_INTEGERS:
        return int(value)
    return value


def _timestamp(value: datetime) -> str:
    # The format's offsets are whole minutes (+01:00); a rare zone with seconds in its
    # offset is written in UTC instead, the same instant.
    offset = value.utcoffset() or timedelta(0)
    if offset % timedelta(minutes=1):
        value = value.astimezone(UTC)
    return value.isoformat()

