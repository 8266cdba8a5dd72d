"""The window's fields stop at the lengths a file may hold (domain/field_limits.py), so
what is typed here always exports, imports back and fits the deck."""

from __future__ import annotations

from typing import Protocol, TypeVar

from okr_workshop.domain.field_limits import length_limit


class _Limited(Protocol):
    def setMaxLength(self, length: int) -> None: ...  # noqa: N802


Field = TypeVar("Field", bound=_Limited)


def limited(edit: Field, kind: str, field: str) -> Field:
    """``edit`` (a QLineEdit or a ProgramTextEdit) stopping at the limit of ``kind.field``."""
    limit = length_limit(kind, field)
    if limit is None:
        raise KeyError(f"no length limit for {kind}.{field}")
    edit.setMaxLength(limit)
    return edit
