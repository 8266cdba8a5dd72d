"""What moved in this round, in one line under the table: how many key results were checked
in on the round's day, how many values went up or down, and whose confidence dropped."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.check_in_round_model import RoundRow
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate


def round_summary(rows: Sequence[RoundRow], on: date) -> str:
    done = [r for r in rows if r.saved is not None]
    compared = [(r.saved, r.last) for r in done if r.last is not None]
    up = sum(1 for new, old in compared if new.value > old.value)
    down = sum(1 for new, old in compared if new.value < old.value)
    drops = [r for r in done if r.last is not None and r.saved.confidence < r.last.confidence]
    text = fill(translate("RoundSummary", "Round of %1 — key results checked in: %2 of %3 · "
                          "values up: %4, down: %5 · confidence drops: %6"),
                show_day(on), len(done), len(rows), up, down, len(drops))
    if drops:
        names = ", ".join(fill("%1 (%2 → %3)", r.kr.text, r.last.confidence,
                               r.saved.confidence) for r in drops[:3])
        more = len(drops) - 3
        if more > 0:
            names = fill(translate("RoundSummary", "%1 and others: %2"), names, more)
        text += " — " + names
    return text
