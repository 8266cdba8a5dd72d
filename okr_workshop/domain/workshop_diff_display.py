"""How :mod:`.workshop_diff` shows one value of one version as text for a table cell.

Dates are ISO (2027-03-31: the same in both languages, and sortable); numbers are written in
full, without a trailing ".0" and with the language's decimal mark, never rounded (two values
that differ must not read the same); a choice is said in the language; a link (an author, a
team, a strategic objective) is the name it has *in that version*. A value is "" only when
the field is empty: the UI decides how an empty cell looks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from okr_workshop.domain.catalogue import lang_of, say
from okr_workshop.domain.model import Workshop

Show = Callable[[object, "Side"], str]


class Side:
    """One version of the workshop and the language its values are said in."""

    def __init__(self, workshop: Workshop, language: object) -> None:
        self.workshop = workshop
        self.lang = lang_of(language)
        self._names: dict[str, dict[str, str]] = {
            "participant": {p.id: p.name for p in workshop.participants},
            "team": {t.id: t.name for t in workshop.teams},
            "objective": {o.id: o.title for o in workshop.objectives()},
            "strategic_objective": {s.id: s.title for s in workshop.strategic_objectives},
            "feedback": {f.id: f.text for f in workshop.feedback},
        }

    def name(self, kind: str, item_id: str | None) -> str:
        """The name of the ``kind`` item ``item_id`` in this version; a link to an item
        this version does not hold says so rather than showing an id."""
        if item_id is None:
            return ""
        found = self._names[kind].get(item_id)
        return found if found is not None else self.word("unknown")

    def holds(self, kind: str, item_id: str) -> bool:
        return item_id in self._names[kind]

    def word(self, code: str, **params: object) -> str:
        return say("workshop_diff", f"diff.value.{code}", self.lang, params)


def number_text(value: float, lang: str) -> str:
    """12 → "12", 12.5 → "12,5" in French, 0.1 + 0.2 → "0.30000000000000004" (the shortest
    text that reads back as the same float)."""
    if float(value).is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = repr(float(value))
    return text.replace(".", ",") if lang == "fr" else text


def text(value: object, side: Side) -> str:
    return str(value)


def number(value: object, side: Side) -> str:
    return "" if value is None else number_text(float(value), side.lang)  # type: ignore[arg-type]


def day(value: object, side: Side) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def yes_no(value: object, side: Side) -> str:
    return side.word("yes" if value else "no")


def minutes(value: object, side: Side) -> str:
    return side.word("minutes", minutes=value)


def spent(value: object, side: Side) -> str:
    total = int(value)  # type: ignore[call-overload]
    return side.word("spent", minutes=total // 60, seconds=total % 60)


def strict(value: object, side: Side) -> str:
    return side.word("strict.true" if value else "strict.false")


def choice(prefix: str) -> Show:
    """A choice of an enum, said in the language: ``diff.value.<prefix>.<value>``."""
    def show(value: object, side: Side) -> str:
        if value is None:
            return ""
        return side.word(f"{prefix}.{value.value if isinstance(value, Enum) else value}")
    return show


def said_in(section: str, prefix: str) -> Show:
    """A choice whose words another catalogue section already holds (the pace statuses,
    the kinds of ritual), so the diff says them as the Steering step does."""
    def show(value: object, side: Side) -> str:
        if value is None:
            return ""
        code = value.value if isinstance(value, Enum) else value
        return say(section, f"{prefix}.{code}", side.lang)
    return show


def link(kind: str) -> Show:
    """An id shown as the name of what it points to, in that version."""
    def show(value: object, side: Side) -> str:
        return side.name(kind, value)  # type: ignore[arg-type]
    return show
