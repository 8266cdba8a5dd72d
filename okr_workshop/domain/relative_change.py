"""A relative change ("-20 %", "+500 clients") said the same way by the rules, the deck and
the window (issue 11, point 3: a relative change is not a target)."""

from __future__ import annotations

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
