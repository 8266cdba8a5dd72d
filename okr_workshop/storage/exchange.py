"""The versioned JSON exchange format: one workshop in a file that moves between laptops.

This module is the entry point (the format itself is docs/exchange-format.md and
resources/schema/workshop-exchange-v1.schema.json). Reading goes, in order: size cap
(before reading anything), UTF-8, JSON syntax, nesting depth, then the document
(:func:`document_to_workshop`). Every refusal is an :class:`ExchangeError` whose text is
one line naming the place and the problem.

A file keeps its ids. To import it *as a new workshop* beside the one it came from,
renew them: ``renew_ids(read_workshop_file(path))`` (okr_workshop.domain.copying), then
add it to the library in one transaction.
"""

from __future__ import annotations

import json
import re
import stat
from collections import Counter
from pathlib import Path
from typing import Any

from okr_workshop.domain.error_messages import Reason
from okr_workshop.domain.model import Workshop
from okr_workshop.storage.exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CONTAINERS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_LIST_ITEMS,
    MAX_VALUES,
    ExchangeError,
    load_schema,
    quote,
)
from okr_workshop.storage.exchange_read import document_to_workshop
from okr_workshop.storage.exchange_write import (
    dumps_workshop,
    workshop_to_document,
    write_workshop_file,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_CONTAINERS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_LIST_ITEMS",
    "MAX_VALUES",
    "ExchangeError",
    "document_to_workshop",
    "dumps_workshop",
    "load_schema",
    "parse_document_bytes",
    "parse_workshop_bytes",
    "read_document_file",
    "read_workshop_file",
    "workshop_to_document",
    "write_workshop_file",
]


def read_workshop_file(path: Path) -> Workshop:
    """The workshop in the file at ``path``, ids as in the file."""
    return document_to_workshop(read_document_file(path))


def parse_workshop_bytes(data: bytes) -> Workshop:
    """The workshop in the bytes of a file, ids as in the file."""
    return document_to_workshop(parse_document_bytes(data))


def read_document_file(path: Path) -> object:
    """The parsed JSON of the file at ``path``, after the checks every file gets before its
    document is read (a regular file, the size cap, UTF-8, JSON, the nesting depth): a team
    file (:mod:`.team_file`) reads its header from it, then the workshop."""
    path = Path(path)
    name = quote(path.name)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ExchangeError("", "file_missing", name=name) from None
    except OSError as error:
        raise ExchangeError("", "file_unreadable", name=name, reason=_reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ExchangeError("", "is_folder", name=name)
    if not stat.S_ISREG(info.st_mode):
        # A pipe or a device could block or never end.
        raise ExchangeError("", "not_regular", name=name)
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(info.st_size)
    try:
        with path.open("rb") as handle:
            # The file may have grown since stat(): never read more than the cap allows.
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ExchangeError("", "file_unreadable", name=name, reason=_reason(error)) from None
    return parse_document_bytes(data)


def parse_document_bytes(data: bytes) -> object:
    """The parsed JSON of a file's bytes, checked as :func:`read_document_file` says."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    text = _decode(bytes(data))
    _check_counts(text)
    document = _parse_json(text)
    if _deeper_than(document, MAX_DEPTH):
        raise _too_deep()
    return document


def _decode(data: bytes) -> str:
    try:
        # utf-8-sig: a byte order mark (Windows Notepad adds one) is dropped, not an error.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ExchangeError("", "utf16") from None
        line = data.count(b"\n", 0, error.start) + 1
        raise ExchangeError("", "not_utf8", line=line, byte=error.start + 1) from None


# A JSON string: what is inside it (commas, brackets) is text, not structure.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def _check_counts(text: str) -> None:
    """Refuse, before parsing, a file of more objects and arrays, or more values, than
    any file the format's limits allow (exchange_format.MAX_CONTAINERS, MAX_VALUES):
    parsed, millions of tiny values cost gigabytes and seconds."""
    # Strings count as values (a name is a string too). Escaped quotes are taken off, so
    # this is never an overcount; and more strings than values allowed is told without the
    # second pass below (a second and a hundred megabytes for millions of strings).
    if (text.count('"') - text.count('\\"')) // 2 > MAX_VALUES:
        raise ExchangeError("", "too_many_values", max=MAX_VALUES)
    containers = text.count("{") + text.count("[")
    values = text.count(",") + text.count(":")
    if containers <= MAX_CONTAINERS and values <= MAX_VALUES:
        return  # every real file: counted with its text, it is already under both
    bare = _STRING.sub("", text)
    if bare.count("{") + bare.count("[") > MAX_CONTAINERS:
        raise ExchangeError("", "too_many_containers", max=MAX_CONTAINERS)
    if bare.count(",") + bare.count(":") > MAX_VALUES:
        raise ExchangeError("", "too_many_values", max=MAX_VALUES)


def _parse_json(text: str) -> object:
    if not text.strip():
        raise ExchangeError("", "empty_file")
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_JsonObject.from_pairs
        )
    except _ConstantRefused as error:
        raise ExchangeError("", "json_constant", constant=error.constant) from None
    except json.JSONDecodeError as error:
        # Cut short: the error is at the very end, or a string opened on the last line
        # never closes (JSON strings hold no line break, so it ran into the end).
        last_line = error.msg.startswith("Unterminated string") and \
            "\n" not in text[error.pos:].rstrip()
        cut = error.pos >= len(text.rstrip()) or last_line
        code = "json_cut" if cut else "json_syntax"
        raise ExchangeError(
            "", code, line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError as error:
        if "integer string conversion" in str(error):  # Python's guard against huge ints
            raise ExchangeError("", "json_huge_int") from None
        raise ExchangeError("", "json_other") from None


class _ConstantRefused(ValueError):
    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


def _refuse_constant(constant: str) -> Any:
    # Python's json accepts NaN and Infinity, JSON does not; other tools would choke.
    raise _ConstantRefused(constant)


class _JsonObject(dict):  # type: ignore[type-arg]
    """A JSON object that remembers keys written twice (``json`` keeps the last one
    silently; the reader refuses them, naming the object)."""

    duplicate_keys: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            obj.duplicate_keys = tuple(key for key, n in counts.items() if n > 1)
        return obj


def _deeper_than(document: object, limit: int) -> bool:
    """Nesting depth without recursion (a deep file must not exhaust the stack here)."""
    if not isinstance(document, dict | list):
        return False
    stack: list[tuple[dict[Any, Any] | list[Any], int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        items = value.values() if isinstance(value, dict) else value
        stack.extend((item, depth + 1) for item in items if isinstance(item, dict | list))
    return False


def _too_large(size: int) -> ExchangeError:
    return ExchangeError(
        "", "too_large_file", size=size, max_mb=MAX_FILE_BYTES // 1_048_576, max=MAX_FILE_BYTES
    )


def _too_deep() -> ExchangeError:
    return ExchangeError("", "too_deep", depth=MAX_DEPTH)


def _reason(error: OSError) -> Reason:
    return Reason.of(error)
