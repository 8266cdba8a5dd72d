"""A workshop's file in a team folder: the exchange format (docs/exchange-format.md) with
one more top-level object, ``"shared"``, that says which revision the file is.

Reading checks the file exactly as an import does (size, UTF-8, JSON, every field, every
link), then the header; nothing is ever half read into the library. Writing is atomic
(a temporary file in the same folder, flushed, renamed over the old one), so a sync engine
or a colleague reading the folder sees the old file or the new one, never half of one.

The *fingerprint* of a workshop is the hash of its document without what changes by itself
(the step the window reopens on, the time of the last edit): two copies with the same
fingerprint hold the same workshop.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from okr_workshop.domain.model import Workshop
from okr_workshop.domain.team_sharing import SharedHeader
from okr_workshop.domain.values import check_int_range, check_text
from okr_workshop.files import write_atomic
from okr_workshop.storage.exchange import (
    ExchangeError,
    document_to_workshop,
    parse_document_bytes,
    read_document_file,
    workshop_to_document,
)
from okr_workshop.storage.exchange_read import SHARED_FIELD, _at, _id, _json_type, _timestamp

# Team files keep the exchange format's extension: a colleague can also open one by hand
# (an import, with new ids) like any exchange file.
TEAM_SUFFIX = ".okrw"
MAX_REVISION = 1_000_000_000
MAX_NAME_LENGTH = 200
_HEADER_FIELDS = ("workshop_id", "revision", "base_revision", "author", "computer",
                  "written_at")
# What changes without anyone editing the workshop: left out of the fingerprint.
_VOLATILE = ("current_step", "updated_at")


@dataclass(frozen=True)
class TeamFile:
    header: SharedHeader
    workshop: Workshop


def read_team_file(path: Path) -> TeamFile:
    """The header and the workshop of a team file. Raises :class:`ExchangeError` for a file
    an import would refuse, or whose header is missing or wrong."""
    return _team_file(read_document_file(path))


def parse_team_bytes(data: bytes) -> TeamFile:
    return _team_file(parse_document_bytes(data))


def _team_file(document: object) -> TeamFile:
    workshop = document_to_workshop(document)  # every check an import makes, header first
    assert isinstance(document, dict)
    shared = document.get(SHARED_FIELD)
    if shared is None:
        raise ExchangeError(SHARED_FIELD, "missing")
    if not isinstance(shared, dict):
        raise ExchangeError(SHARED_FIELD, "not_object", type=_json_type(shared))
    for name in _HEADER_FIELDS:
        if name not in shared:
            raise ExchangeError(f"{SHARED_FIELD}.{name}", "missing")
    for key in shared:
        if key not in _HEADER_FIELDS:
            raise ExchangeError(SHARED_FIELD, "unknown_field", key=str(key)[:40])
    with _at(SHARED_FIELD):
        header = SharedHeader(
            workshop_id=_id("workshop_id", shared["workshop_id"]),
            revision=check_int_range("revision", shared["revision"], 1, MAX_REVISION),
            base_revision=check_int_range("base_revision", shared["base_revision"], 0,
                                          MAX_REVISION),
            author=_shown(check_text("author", shared["author"], MAX_NAME_LENGTH)),
            computer=_shown(check_text("computer", shared["computer"], MAX_NAME_LENGTH)),
            written_at=_timestamp("written_at", shared["written_at"]),
        )
    if header.workshop_id != workshop.id:
        raise ExchangeError(f"{SHARED_FIELD}.workshop_id", "shared_other_workshop")
    if header.base_revision >= header.revision:
        raise ExchangeError(f"{SHARED_FIELD}.base_revision", "out_of_range", low=0,
                            high=header.revision - 1)
    return TeamFile(header, workshop)


def _shown(name: str) -> str:
    """A colleague's name or computer as it may be shown: one line, no control or
    direction characters (a terminal or a label would interpret them)."""
    kept = "".join(c if c.isprintable() else " " for c in name)
    return " ".join(kept.split())


def dumps_team_file(header: SharedHeader, workshop: Workshop) -> bytes:
    """The file's bytes: the exchange document, then its header."""
    if header.workshop_id != workshop.id:
        raise ValueError("a team file's header names its own workshop")
    document: dict[str, Any] = workshop_to_document(workshop)
    document[SHARED_FIELD] = {
        "workshop_id": header.workshop_id,
        "revision": header.revision,
        "base_revision": header.base_revision,
        "author": header.author,
        "computer": header.computer,
        "written_at": header.written_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    return text.encode("utf-8")


def write_team_file(path: Path, header: SharedHeader, workshop: Workshop) -> None:
    """Write the file atomically; raises OSError (nothing changed) if the disk refuses."""
    write_atomic(path, dumps_team_file(header, workshop))


def fingerprint(workshop: Workshop) -> str:
    """The hash of what a person wrote in the workshop (see the module's docstring)."""
    document = workshop_to_document(workshop)["workshop"]
    for name in _VOLATILE:
        document.pop(name, None)
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
