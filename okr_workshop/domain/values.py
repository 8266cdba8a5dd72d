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
    """A value that breaks an invariant of the model: which field, why (a code of
    :mod:`okr_workshop.domain.error_messages`) and the parameters of the why.

    ``message`` is the English phrase ("must be at most 500 characters"), for logs and
    developers; people read :func:`~okr_workshop.domain.error_messages.value_sentence`.
    """

    def __init__(self, field: str, code: str, **params: object) -> None:
        from okr_workshop.domain.error_messages import problem

        self.field = field
        self.code = code
        self.params = params
        self.message = problem(code, params, "en")
        super().__init__(f"{field}: {self.message}")


def new_id() -> str:
    """A stable text id, unique across laptops, so workshops can move between them."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def check_id(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text_id")
    try:
        uuid.UUID(value)
    except ValueError:
        raise InvalidValue(field, "not_uuid") from None
    return value


def check_optional_id(field: str, value: object) -> str | None:
    return None if value is None else check_id(field, value)


def check_title(field: str, value: object, max_length: int = MAX_TITLE_LENGTH) -> str:
    """A non-empty single-purpose text; surrounding whitespace is not meaningful."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, "empty_text")
    if len(value) > max_length:
        raise InvalidValue(field, "too_long", max=max_length)
    return value


def check_text(field: str, value: object, max_length: int = MAX_TEXT_LENGTH) -> str:
    """An optional free text: empty is allowed, None is not (use "")."""
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text")
    if len(value) > max_length:
        raise InvalidValue(field, "too_long", max=max_length)
    return value


def check_number(field: str, value: object) -> float:
    # bool is an int in Python; True as a baseline is always a mistake.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(field, "not_number")
    if not math.isfinite(value):
        raise InvalidValue(field, "not_finite")
    return float(value)


def check_optional_number(field: str, value: object) -> float | None:
    return None if value is None else check_number(field, value)


def check_int_range(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_whole")
    if not low <= value <= high:
        raise InvalidValue(field, "out_of_range", low=low, high=high)
    return value


def check_bool(field: str, value: object) -> bool:
    """A yes/no; SQLite hands booleans back as 0 and 1."""
    if value in (0, 1) and not isinstance(value, float):
        return bool(value)
    raise InvalidValue(field, "not_bool")


def check_optional_fraction(field: str, value: object) -> float | None:
    """None, or a number from 0.0 to 1.0 (a grade)."""
    if value is None:
        return None
    number = check_number(field, value)
    if not 0.0 <= number <= 1.0:
        raise InvalidValue(field, "out_of_range", low=0, high=1)
    return number


def check_clock_time(field: str, value: object) -> str:
    """"" or a time of day as HH:MM (24 h), e.g. "09:30"."""
    if not isinstance(value, str):
        raise InvalidValue(field, "not_time")
    if value == "":
        return value
    hours, sep, minutes = value.partition(":")
    if not (sep and len(hours) == 2 and len(minutes) == 2 and hours.isdigit()
            and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise InvalidValue(field, "not_time")
    return value


def check_time_zone(field: str, value: object) -> str:
    """"" (the laptop's zone) or an IANA name such as "Europe/Paris"; whether the zone
    exists is the calendar export's question (the domain does no I/O)."""
    if not isinstance(value, str):
        raise InvalidValue(field, "not_time_zone")
    if value and (len(value) > 60 or value.startswith("/") or ".." in value
                  or not all(c.isascii() and (c.isalnum() or c in "/_+-") for c in value)):
        raise InvalidValue(field, "not_time_zone")
    return value


def check_date(field: str, value: object) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue(field, "not_date")
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidValue(
            field, "out_of_range", low=EARLIEST_DATE.isoformat(), high=LATEST_DATE.isoformat()
        )
    return value


def check_optional_date(field: str, value: object) -> date | None:
    return None if value is None else check_date(field, value)


def check_timestamp(field: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidValue(field, "not_timestamp")
    return value


def check_choice(field: str, value: object, choices: type[E]) -> E:
    try:
        return choices(value)
    except ValueError:
        allowed = ", ".join(c.value for c in choices)
        raise InvalidValue(field, "not_choice", allowed=allowed) from None


def check_optional_choice(field: str, value: object, choices: type[E]) -> E | None:
    return None if value is None else check_choice(field, value, choices)


def check_position(field: str, value: object) -> int:
    return check_int_range(field, value, 0, 1_000_000)
