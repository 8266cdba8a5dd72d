"""The deck's sections: stable keys (for settings and the command line), translated names
(for the window's check boxes) and whether a workshop has anything to show in each."""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.agenda import time_per_step
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export.labels import describe, label

# The deck's two parts: the story told to employees, then the coach's diagnostics.
MAIN, APPENDIX = "main", "appendix"


@dataclass(frozen=True)
class Section:
    key: str
    part: str = MAIN

    @property
    def code(self) -> str:
        return f"deck.section.{self.key}"

    def name(self, language: Language | str) -> str:
        return label(self.code, Language(language))

    def description(self, language: Language | str) -> str:
        return describe(self.code, Language(language))


# The story first (cover, then the summary in one page), the coach's diagnostics after it:
# the appendix follows the story whole, never mixed into it.
SECTIONS: tuple[Section, ...] = (
    *(Section(key) for key in ("cover", "summary", "agenda", "vision", "strategy", "teams",
                               "people", "alignment", "progress", "rituals", "feedback")),
    *(Section(key, APPENDIX) for key in ("quality", "health", "focus", "time")),
)
ALL_SECTIONS: tuple[str, ...] = tuple(section.key for section in SECTIONS)
BY_KEY = {section.key: section for section in SECTIONS}

# Shown only when there is something in them (the "feedback when present").
_OPTIONAL = {
    "progress": lambda w: any(kr.check_ins for kr in w.key_results()),
    "feedback": lambda w: bool(w.feedback),
    "people": lambda w: bool(w.participants),
    # The time per step: only once the step timer recorded some.
    "time": lambda w: bool(time_per_step(w)),
}


def has_content(workshop: Workshop, key: str) -> bool:
    """False for an optional section the workshop has nothing for (it is then left out)."""
    check = _OPTIONAL.get(key)
    return check is None or check(workshop)


def selected(workshop: Workshop, keys: tuple[str, ...] | list[str],
             appendix: bool = True) -> tuple[Section, ...]:
    """The sections to build, in the deck's order, without empty optional ones (and
    without the appendix's when ``appendix`` is False).

    Raises ValueError for an unknown key (a typo in a caller, never silently ignored).
    """
    unknown = [key for key in keys if key not in BY_KEY]
    if unknown:
        raise ValueError(f"unknown deck section: {', '.join(unknown)}")
    wanted = set(keys)
    return tuple(s for s in SECTIONS if s.key in wanted and has_content(workshop, s.key)
                 and (appendix or s.part == MAIN))
