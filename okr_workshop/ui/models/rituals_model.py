"""The workshop's rituals as a table: what, how often, from when, how long, where."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.app.formats import format_day
from okr_workshop.domain.model import Ritual, Workshop
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.base import RowsModel
from okr_workshop.ui.steering.cycle_words import cadence_label, duration_text, ritual_kind_label

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

KIND, CADENCE, FIRST, DURATION, PLACE = range(5)


def first_text(ritual: Ritual) -> str:
    """"Mon 4 Jan 2027, 09:30": the first occurrence, or why there is none yet."""
    if ritual.starts_on is None:
        return translate("RitualsModel", "No date yet")
    day = format_day(ritual.starts_on, ui_language())
    if not ritual.starts_at:
        return day
    return translate("RitualsModel", "%1 at %2").replace("%1", day).replace(
        "%2", ritual.starts_at)


class RitualsModel(RowsModel):
    COLUMNS = 5

    def load(self, workshop: Workshop) -> None:
        self._replace_rows(sorted(workshop.rituals, key=lambda r: r.position))

    def ritual(self, row: int) -> Ritual | None:
        return self._row_at(row)

    def cell(self, row: Ritual, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == KIND:
                return ritual_kind_label(row.kind)
            if column == CADENCE:
                return cadence_label(row.cadence)
            if column == FIRST:
                return first_text(row)
            if column == DURATION:
                return duration_text(row.duration_minutes)
            if column == PLACE:
                return row.place
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("RitualsModel", "Ritual"),
            translate("RitualsModel", "Repeats"),
            translate("RitualsModel", "First"),
            translate("RitualsModel", "Duration"),
            translate("RitualsModel", "Place"),
        )
