"""Findings: what every rule returns instead of a boolean.

A finding carries a stable code, a severity, the element it is about and the values its
sentence needs. The words themselves come from the message catalogue
(:mod:`okr_workshop.domain.catalogue`) in the language asked for, so the window, the deck and
the command line say the same thing in French or English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from okr_workshop.domain.model import Language


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Subject(StrEnum):
    """What kind of element a finding is about."""

    WORKSHOP = "workshop"
    TEAM = "team"
    STRATEGIC_OBJECTIVE = "strategic_objective"
    OBJECTIVE = "objective"
    KEY_RESULT = "key_result"
    SENTENCE = "sentence"  # a key-result sentence judged alone (check-kr)


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, init=False)
class Finding:
    code: str
    severity: Severity
    subject: Subject
    subject_id: str | None = None
    params: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __init__(self, code: str, severity: Severity, subject: Subject,
                 subject_id: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        # Frozen all the way down, so findings can be compared, hashed into sets and cached.
        if type(params) is not MappingProxyType:
            params = MappingProxyType({} if params is None else dict(params))
        # Written straight into the instance dict: a check makes hundreds of findings, and
        # the frozen dataclass __init__ (one object.__setattr__ per field) doubled their cost.
        values = self.__dict__
        values["code"] = code
        values["severity"] = severity
        values["subject"] = subject
        values["subject_id"] = subject_id
        values["params"] = params

    def __hash__(self) -> int:
        return hash((self.code, self.severity, self.subject, self.subject_id,
                     tuple(sorted((k, str(v)) for k, v in self.params.items()))))

    def message(self, language: Language | str) -> str:
        from okr_workshop.domain.catalogue import render

        return render(self.code, "message", language, self.params)

    def advice(self, language: Language | str) -> str:
        from okr_workshop.domain.catalogue import render

        return render(self.code, "advice", language, self.params)

    def to_dict(self, language: Language | str) -> dict[str, Any]:
        """The shape the command line prints with ``--json``."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "subject": self.subject.value,
            "subject_id": self.subject_id,
            "message": self.message(language),
            "advice": self.advice(language),
        }


def by_severity(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then information; stable otherwise."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])
