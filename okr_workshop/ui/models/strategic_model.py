"""The workshop's strategic objectives as a table: title and why.

The title is edited in place (F2); the why, a paragraph, is edited beside the table. Every
edit goes through the session bridge, so it is saved at once and can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.domain.model import StrategicObjective, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import EditableRowsModel, Index

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

# How much of a why the table shows before "…"; the full text is in the tooltip.
WHY_PREVIEW = 120


def preview(text: str, limit: int = WHY_PREVIEW) -> str:
    """One line of ``text``, cut at a word with "…" when too long."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,;:") + "…"


class StrategicObjectivesModel(EditableRowsModel):
    TITLE, WHY = range(2)
    COLUMNS = 2
    LENGTHS = {TITLE: ("strategic_objective", "title")}  # field_lengths

    # Content ------------------------------------------------------------------------------

    def set_workshop(self, workshop: Workshop) -> None:
        self._load(workshop, workshop.strategic_objectives)

    def objective_at(self, row: int) -> StrategicObjective:
        return self._rows[row]

    # Qt's model interface -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, item: StrategicObjective, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return item.title
            return (
                preview(item.why)
                if item.why.strip()
                else translate("StrategicObjectivesModel", "Why is still to write")
            )
        if role == Qt.ItemDataRole.EditRole:
            return item.title if column == self.TITLE else item.why
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return translate(
                    "StrategicObjectivesModel",
                    "F2 or a double click renames it. Alt+Up and Alt+Down reorder.",
                )
            if item.why.strip():
                return item.why
            return translate(
                "StrategicObjectivesModel",
                "Every strategic objective needs its why: teams commit to what they "
                "understand. Write it in the field beside the list."
            )
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("StrategicObjectivesModel", "Strategic objective"),
            translate("StrategicObjectivesModel", "Why it matters"),
        )

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self._row(index)
        if role != Qt.ItemDataRole.EditRole or item is None or index.column() != self.TITLE:
            return False
        title = str(value or "").strip()
        if not title:
            self.message.emit(
                translate(
                    "StrategicObjectivesModel",
                    "A strategic objective needs a title: the previous title is back.",
                )
            )
            return False
        return self._update(
            item, edit_label("rename_strategic"), title=title
        )
