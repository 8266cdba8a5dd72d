"""A relative change ("-20 %", "+500 clients") said the same way by the rules, the deck and
the window (issue 11, point 3: a relative change is not a target)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from okr_workshop.domain.model import Direction, KeyResult, Language
from okr_workshop.domain.rules.wording import Num

MINUS = "\u2212"  # the minus sign, not a hyphen: "−20 %"


class Change(float):
    """A signed amount with its unit that prints itself as "−20 %" / "+500 clients"."""

    unit: str

    def __new__(cls, value: float, unit: str = "") -> Change:
        number = super().__new__(cls, value)
        number.unit = unit
        return number

    @classmethod
    def of(cls, kr: KeyResult) -> Change:
        amount = kr.change or 0.0
        down = kr.direction is Direction.DECREASE
        return cls(-amount if down else amount, "%" if kr.change_percent else kr.unit)

    def __format__(self, spec: str) -> str:
        if spec not in ("fr", "en"):
            return super().__format__(spec)
        sign = MINUS if self < 0 else "+" if self > 0 else ""
        return sign + format(Num(abs(float(self)), self.unit), spec)


def change_text(kr: KeyResult, language: Language | str) -> str:
    """"−20 %" (French) / "−20%" (English); "" when the key result states no change."""
    if kr.change is None:
        return ""
    return format(Change.of(kr), Language(language).value)


class TargetKind(Enum):
    """How the form gives a key result's target: a number to reach, or a change from the
    baseline, in percent of it or in the key result's unit."""

    VALUE = "value"
    PERCENT = "percent"
    UNITS = "units"


def target_kind(kr: KeyResult) -> TargetKind:
    """The kind the stored fields say (a typed target wins over a change, as in the rules)."""
    if kr.change is None or kr.target is not None:
        return TargetKind.VALUE
    return TargetKind.PERCENT if kr.change_percent else TargetKind.UNITS


def _amount(step: float, baseline: float | None, percent: bool) -> float | None:
    """``step`` (in the unit) as an amount of change in percent of ``baseline`` or in the
    unit; None when it cannot be said (no baseline for a percent)."""
    if not percent:
        return round(abs(step), 9) + 0.0
    if not baseline:
        return None
    return round(abs(step) / abs(baseline) * 100, 9) + 0.0


def fields_for_kind(kr: KeyResult, kind: TargetKind) -> dict[str, Any]:
    """The fields that give ``kr``'s target as ``kind``, keeping the number it aims at when
    it is known (960 from 1,200 is "−20 %", or "−240" in units, and back)."""
    if kind is TargetKind.VALUE:
        if kr.change is None:
            return {}
        fields: dict[str, Any] = {"change": None, "change_percent": True}
        aimed = kr.aimed_target()
        if kr.target is None and aimed is not None:
            fields["target"] = aimed
        return fields
    percent = kind is TargetKind.PERCENT
    if target_kind(kr) is not TargetKind.VALUE:  # from a change in % to one in units
        if percent == kr.change_percent:
            return {}
        amount: float | None = kr.change
        if kr.baseline and kr.change is not None:
            step = abs(kr.baseline) * kr.change / 100 if kr.change_percent else kr.change
            amount = _amount(step, kr.baseline, percent)
        return {"change": amount, "change_percent": percent}
    fields = {"target": None, "change_percent": percent,
              "change": kr.change if kr.change_percent == percent else None}
    if kr.target is not None and kr.baseline is not None and kr.target != kr.baseline:
        step = kr.target - kr.baseline
        amount = _amount(step, kr.baseline, percent)
        if amount is not None:
            fields["change"] = amount
            fields["direction"] = Direction.INCREASE if step > 0 else Direction.DECREASE
    return fields


def fields_for_amount(kr: KeyResult, amount: float | None, kind: TargetKind,
                      signed: bool = False) -> dict[str, Any]:
    """The fields for an amount of change typed in the form: always positive, a typed sign
    ("−20", "+500") saying which way; None clears the change."""
    fields: dict[str, Any] = {"change": None if amount is None else abs(amount),
                              "change_percent": kind is not TargetKind.UNITS}
    if amount is None:
        return fields
    if kr.target is not None:
        fields["target"] = None  # the change is the target now: a typed one would hide it
    if amount < 0:
        fields["direction"] = Direction.DECREASE
    elif signed:
        fields["direction"] = Direction.INCREASE
    return fields
