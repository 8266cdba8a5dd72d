"""Filling a combo box from ``[(label, value), ...]`` without losing what was chosen.

Pages refresh after every saved edit; rebuilding a combo box each time would reset the
person's choice and close an open list, so it is only rebuilt when its entries changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from okr_workshop.ui.models.choices import SEPARATOR


def shown_choices(combo: QComboBox) -> list[tuple[str, object]]:
    """The entries now in ``combo``, separators included, as ``show_choices`` takes them."""
    entries: list[tuple[str, object]] = []
    for row in range(combo.count()):
        value = combo.itemData(row)
        entries.append(("", SEPARATOR) if value is None else (combo.itemText(row), value))
    return entries


def show_choices(combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
    """Show ``choices``; the value chosen before stays chosen while it is still offered."""
    wanted = [("", SEPARATOR) if value == SEPARATOR else (label, value)
              for label, value in choices]
    if shown_choices(combo) == wanted:
        return
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for label, value in wanted:
            if value == SEPARATOR:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(label, value)
        row = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(row, 0))
    finally:
        combo.blockSignals(blocked)
