"""What may be newly entered — typed in the window, read from a file — beyond what the
model itself holds.

The model's own checks (values.py) stay as they were, so a library written before these
rules still opens; these apply where text comes in: the import (storage/exchange_read.py)
and every edit the window saves (app/commands.py).

- Text a reader cannot see is blank: a title of zero-width spaces, a byte order mark, word
  joiners or bidi marks looks empty on screen and in the deck, so it is refused as empty.
- Control characters are refused: an escape sequence in a title would be obeyed by a
  terminal (`list`, `check`), and a line break in a one-line field forges lines.
  Paragraphs and comments (:data:`MULTILINE`) keep line breaks and tabs.
- A timestamp is from 2000 on, at most a few years ahead, its offset within ±14:00 (the
  widest any zone uses).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from typing import Any

from okr_workshop.domain.field_limits import COMMENT, LENGTHS
from okr_workshop.domain.values import EARLIEST_DATE, InvalidValue

# kind → the texts that may hold line breaks and tabs: paragraphs and comments (the window
# edits the paragraphs on several lines; a comment may come from a spreadsheet cell of
# several lines). Titles, names and one-line details may not.
MULTILINE: dict[str, frozenset[str]] = {
    kind: frozenset(name for name, most in limits.items() if most >= COMMENT)
    for kind, limits in LENGTHS.items()
}

# kind → the texts that may not be blank (the model's check_title fields).
REQUIRED: dict[str, frozenset[str]] = {
    "workshop": frozenset({"title"}),
    "participant": frozenset({"name"}),
    "strategic_objective": frozenset({"title"}),
    "team": frozenset({"name"}),
    "objective": frozenset({"title"}),
    "key_result": frozenset({"text"}),
    "feedback": frozenset({"text"}),
    "action": frozenset({"text"}),
    "checklist_tick": frozenset({"item"}),
}

# Characters drawn as nothing that are neither whitespace nor format characters (Cf):
# the Hangul fillers and the blank Braille pattern.
_LOOK_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# C0 and C1 controls and DEL; line and paragraph separators break a line like "\n".
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROLS_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# How far ahead a stamp may be: a laptop clock a few years wrong is a mistake to refuse.
FUTURE_YEARS = 5
MAX_OFFSET = timedelta(hours=14)


def is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing: only whitespace (no-break spaces included) and
    invisible characters (zero-width spaces and joiners, byte order marks, bidi marks)."""
    return all(c.isspace() or c in _LOOK_BLANK or unicodedata.category(c) == "Cf"
               for c in text)


def kind_of(entity: object) -> str:
    """The exchange format's name of an entity's kind: KeyResult → "key_result"."""
    name = type(entity).__name__
    kind = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return {"common_rule": "rule"}.get(kind, kind)


def text_problem(kind: str, field: str, value: str) -> InvalidValue | None:
    """Why ``value`` may not be entered in ``kind.field``, or None."""
    if field in REQUIRED.get(kind, ()) and value and is_blank(value):
        return InvalidValue(field, "empty_text")
    pattern = _CONTROLS_MULTILINE if field in MULTILINE.get(kind, ()) else _CONTROLS
    found = pattern.search(value)
    if found:
        line_break = found.group() in "\n\r\u2028\u2029"
        return InvalidValue(field, "line_break" if line_break else "control_character",
                            char=f"U+{ord(found.group()):04X}")
    return None


def clean_text(text: str, multiline: bool) -> str:
    """``text`` as the window keeps it when pasted: line breaks (in a one-line field) and
    tabs become spaces, other control characters go."""
    if multiline:
        return _CONTROLS_MULTILINE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    spaced = re.sub("\r\n|[\t\n\r\u2028\u2029]", " ", text)
    return _CONTROLS.sub("", spaced)


def timestamp_problem(field: str, value: datetime, now: datetime | None = None
                      ) -> InvalidValue | None:
    """Why ``value`` is not a plausible moment of a workshop's life, or None."""
    offset = value.utcoffset()
    if offset is not None and abs(offset) > MAX_OFFSET:
        return InvalidValue(field, "offset_out_of_range", low="-14:00", high="+14:00")
    now = now or datetime.now(UTC)
    latest = (now + timedelta(days=366 * FUTURE_YEARS)).date()
    if not EARLIEST_DATE <= value.date() <= latest:
        return InvalidValue(field, "out_of_range", low=EARLIEST_DATE.isoformat(),
                            high=latest.isoformat())
    return None


def check_entered(entity: Any, before: Any | None = None) -> None:
    """Raise :class:`InvalidValue` for the first text of ``entity`` that may not be entered
    (only those changed since ``before``: what was stored before these rules stays)."""
    kind = kind_of(entity)
    for item in fields(entity):
        value = getattr(entity, item.name)
        if not isinstance(value, str) or item.name == "id" or item.name.endswith("_id"):
            continue
        if before is not None and getattr(before, item.name, None) == value:
            continue
        problem = text_problem(kind, item.name, value)
        if problem is not None:
            raise problem


def duplicate_dependency(dependencies: Any) -> tuple[int, int] | None:
    """The positions (first, again) of a dependency recorded twice — the same objective
    needing the same other one — or None. Notes aside: two notes on one link belong in one
    note, and the review would count the link twice."""
    seen: dict[tuple[str, str], int] = {}
    for index, dependency in enumerate(dependencies):
        pair = (dependency.from_objective_id, dependency.to_objective_id)
        if pair in seen:
            return seen[pair], index
        seen[pair] = index
    return None
