"""A combo box of the workshop's teams that keeps the team chosen while the list changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from okr_workshop.domain.model import Team


def show_teams(combo: QComboBox, teams: Sequence[Team], team_id: str | None) -> str | None:
    """Fill ``combo`` with ``teams`` (only when they changed) and select ``team_id``, or the
    first team when it is gone; returns the team selected. Emits no signal."""
    entries = [(t.name, t.id) for t in teams]
    current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    combo.blockSignals(True)
    if entries != current:
        combo.clear()
        for name, an_id in entries:
            combo.addItem(name, an_id)
    ids = [an_id for _, an_id in entries]
    if team_id not in ids:
        team_id = ids[0] if ids else None
    combo.setCurrentIndex(ids.index(team_id) if team_id else -1)
    combo.blockSignals(False)
    return team_id
