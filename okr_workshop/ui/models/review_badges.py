"""How the Review step marks a state: a symbol and words, on a filled pill of colour.

The pill has its own text colour, so it reads on light and dark palettes alike (the same
accents as the Focus step's rule counter); the symbol and the words carry the meaning on
a washed-out projector or for people who do not tell the colours apart.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor

from okr_workshop.ui.severity import MARK


class Tone(StrEnum):
    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"


SYMBOL = {Tone.GOOD: "✓", Tone.WARNING: "⚠", Tone.BAD: "✖"}
# (background, text): green, amber, red.
COLOURS = {
    Tone.GOOD: ("#2e7d32", "#ffffff"),
    Tone.WARNING: ("#f2b233", "#1f1f1f"),
    Tone.BAD: ("#c62828", "#ffffff"),
}
# A finding's severity beside its words: the marks every findings panel uses.
SEVERITY_MARK = MARK


def badge_text(tone: Tone, words: str) -> str:
    return f"{SYMBOL[tone]} {words}"


def background(tone: Tone) -> QColor:
    return QColor(COLOURS[tone][0])


def foreground(tone: Tone) -> QColor:
    return QColor(COLOURS[tone][1])
