"""Checks shared by every entity: the invariants DESIGN.md section 4 names.

Each check raises :class:`InvalidValue` naming the field, so callers (the JSON importer,
the window) can say *where* the problem is in a sentence, not in a traceback.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

# Dates outside this window are typing mistakes ("0202", "20266"), not plans.
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# Long enough for any real sentence, short enough that a pasted novel is refused.
MAX_TITLE_LENGTH = 500
MAX_TEXT_LENGTH = 20_000

E = TypeVar("E", bound=StrEnum)


class InvalidValue(ValueError):
    """A value that breaks an invariant of the model."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def new_id() -> str:
    """A stable text id, unique across laptops, so workshops can move between them."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def check_id(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue(field, "must be a text id")
    try:
        uuid.UUID(value)
    except ValueError:
        raise InvalidValue(field, "must be a UUID") from None
    return value


def check_optional_id(field: str, value: object) -> str | None:
    return None if value is None else check_id(field, value)


def check_title(field: str, value: object, max_length: int = MAX_TITLE_LENGTH) -> str:
    """A non-empty single-purpose text; surrounding whitespace is not meaningful."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, "must be a non-empty string")
    if len(value) > max_length:
        raise InvalidValue(field, f"must be at most {max_length} characters")
    return value


def check_text(field: str, value: object, max_length: int = MAX_TEXT_LENGTH) -> str:
    """An optional free text: empty is allowed, None is not (use "")."""
    if not isinstance(value, str):
        raise InvalidValue(field, "must be a string")
    if len(value) > max_length:
        raise InvalidValue(field, f"must be at most {max_length} characters")
    return value


def check_number(field: str, value: object) -> float:
    # bool is an int in Python; True as a baseline is always a mistake.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(field, "must be a number")
    if not math.isfinite(value):
        raise InvalidValue(field, "must be a finite number")
    return float(value)


def check_optional_number(field: str, value: object) -> float | None:
    return None if value is None else check_number(field, value)


def check_int_range(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "must be a whole number")
    if not low <= value <= high:
        raise InvalidValue(field, f"must be between {low} and {high}")
    return value


def check_date(field: str, value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue(field, "must be a date")
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidValue(
            field, f"must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
        )
    return value


def check_optional_date(field: str, value: object) -> date | None:
    return None if value is None else check_date(field, value)


def check_timestamp(field: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidValue(field, "must be a timestamp with a time zone")
    return value


def check_choice(field: str, value: object, choices: type[E]) -> E:
    try:
        return choices(value)
    except ValueError:
        allowed = ", ".join(c.value for c in choices)
        raise InvalidValue(field, f"must be one of: {allowed}") from None


def check_optional_choice(field: str, value: object, choices: type[E]) -> E | None:
    return None if value is None else check_choice(field, value, choices)


def check_position(field: str, value: object) -> int:
    return check_int_range(field, value, 0, 1_000_000)
