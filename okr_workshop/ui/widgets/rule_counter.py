"""A count measured against the common rule: neutral below the limit, amber at it, red past it.

The colour is a semantic accent (a filled pill with its own text colour, so it reads on light
and dark palettes alike); the page also says it in words, because colour alone is not enough
on a washed-out projector.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel, QWidget


class Level(StrEnum):
    BELOW = "below"
    FULL = "full"
    OVER = "over"


# The same box at every level (padding, bold), only the colours change: a pill taller than
# the plain text pushed the table and its buttons down as the count reached the limit.
STYLES = {
    Level.BELOW: "QLabel { background: transparent; border-radius: 4px;"
    " padding: 2px 8px; font-weight: bold; }",
    Level.FULL: "QLabel { background: #f2b233; color: #1f1f1f; border-radius: 4px;"
    " padding: 2px 8px; font-weight: bold; }",
    Level.OVER: "QLabel { background: #c62828; color: #ffffff; border-radius: 4px;"
    " padding: 2px 8px; font-weight: bold; }",
}


def level_of(count: int, limit: int) -> Level:
    if count < limit:
        return Level.BELOW
    return Level.FULL if count == limit else Level.OVER


class RuleCounter(QLabel):
    """Shows a text chosen by the page; exposes the level as the ``level`` property."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("level", Level.BELOW.value)
        self.setStyleSheet(STYLES[Level.BELOW])

    def level(self) -> Level:
        return Level(self.property("level"))

    def show_count(self, count: int, limit: int, texts: dict[Level, str]) -> Level:
        """Show ``texts[level]`` (each may contain %1 for the count and %2 for the limit)."""
        level = level_of(count, limit)
        text = texts[level].replace("%1", str(count)).replace("%2", str(limit))
        self.setText(text)
        self.setAccessibleName(text)
        if self.property("level") != level.value or self.styleSheet() != STYLES[level]:
            self.setProperty("level", level.value)
            self.setStyleSheet(STYLES[level])
        return level
