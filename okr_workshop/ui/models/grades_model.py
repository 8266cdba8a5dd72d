"""Grading at the end of the cycle: a team's kept objectives with their grade, and one
objective's key results with the grade proposed from their last value and the coach's.

A grade typed is read as a number in the window's language ("0,7" in French); outside
0.0–1.0 it is refused with the reason (``message``); emptied, the proposed grade stands."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from okr_workshop.app.formats import format_grade
from okr_workshop.domain.model import KeyResult, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.domain.numbers import parse_number
from okr_workshop.domain.steering.cycle import milestone_done
from okr_workshop.domain.steering.grading import (
    kr_grade_verdict,
    objective_grade,
    objective_verdict,
    proposed_grade,
    verdict_sentence,
)
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import show_number, ui_language
from okr_workshop.ui.models.base import EditableRowsModel, Index, RowsModel
from okr_workshop.ui.steering.grade_words import verdict_badge, verdict_colour
from okr_workshop.ui.value_errors import refused_value

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

KEY_RESULT, LAST, PROPOSED, GRADE = range(4)
TITLE, OBJECTIVE_GRADE = range(2)
_PROPOSED = QColor("#6B6B6B")


def grade_text(grade: float | None) -> str:
    """"0.7" / "0,7", "1.0" / "1,0"; a dash while there is none."""
    return "—" if grade is None else format_grade(grade, ui_language())


def kept_objectives(team: Team | None) -> tuple[Objective, ...]:
    return team.objectives_with(ObjectiveStatus.KEPT) if team is not None else ()


class ClosingObjectivesModel(RowsModel):
    """A team's kept objectives and their grade, coloured and named by its verdict."""

    COLUMNS = 2

    def load(self, workshop: Workshop, team: Team | None) -> None:
        self._workshop = workshop
        rows = kept_objectives(team)
        if not self._replace_rows(rows) and rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    def objective(self, row: int) -> Objective | None:
        return self._row_at(row)

    def cell(self, row: Objective, column: int, role: int):
        if column == TITLE and role in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return row.title
        if column != OBJECTIVE_GRADE:
            return None
        verdict = objective_verdict(self._workshop, row)
        if role == Qt.ItemDataRole.DisplayRole:
            if verdict.grade is None:
                return verdict_badge(verdict)
            return f"{grade_text(verdict.grade)} · {verdict_badge(verdict)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return verdict_sentence(verdict, ui_language())
        if role == Qt.ItemDataRole.ForegroundRole and verdict_colour(verdict) is not None:
            return QBrush(verdict_colour(verdict))
        return None

    def headers(self) -> tuple[str, ...]:
        return (translate("GradesModel", "Objective"), translate("GradesModel", "Grade"))


class GradesModel(EditableRowsModel):
    """One objective's key results: last value, proposed grade, the grade that counts."""

    COLUMNS = 4

    def load(self, workshop: Workshop, objective: Objective | None) -> None:
        rows = objective.key_results if objective is not None else ()
        self._load(workshop, tuple(rows))

    def key_result(self, row: int) -> KeyResult | None:
        return self._row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == GRADE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, row: KeyResult, column: int, role: int):
        workshop = self._workshop
        if column == KEY_RESULT and role in (Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole):
            return row.text
        if column == LAST and role == Qt.ItemDataRole.DisplayRole:
            return self._last(row)
        proposed = proposed_grade(workshop, row)
        if column == PROPOSED:
            if role == Qt.ItemDataRole.DisplayRole:
                return grade_text(proposed)
            if role == Qt.ItemDataRole.ToolTipRole:
                verdict = kr_grade_verdict(workshop, dataclasses.replace(row, grade=None))
                return verdict_sentence(verdict, ui_language())
        if column == GRADE:
            if role == Qt.ItemDataRole.DisplayRole:
                return grade_text(row.grade if row.grade is not None else proposed)
            if role == Qt.ItemDataRole.EditRole:
                return "" if row.grade is None else show_number(row.grade)
            if role == Qt.ItemDataRole.ToolTipRole:
                if row.grade is None:
                    return translate("GradesModel", "The proposed grade counts. Type a grade "
                                                    "from 0 to 1 to replace it.")
                return translate("GradesModel", "Graded by hand. Empty the cell to go back "
                                                "to the proposed grade.")
            if role == Qt.ItemDataRole.ForegroundRole and row.grade is None:
                return QBrush(_PROPOSED)
            if role == Qt.ItemDataRole.FontRole and row.grade is None:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != KEY_RESULT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _last(row: KeyResult) -> str:
        latest = row.latest_check_in()
        if latest is None:
            return "—"
        if row.milestone:
            return (translate("GradesModel", "Done") if milestone_done(latest.value)
                    else translate("GradesModel", "Not yet"))
        return show_number(latest.value, row.unit)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row(index)
        if role != Qt.ItemDataRole.EditRole or row is None or index.column() != GRADE:
            return False
        text = str(value or "").strip()
        try:
            grade = parse_number(text, ui_language()) if text else None
        except ValueError:
            self.message.emit(translate("GradesModel", "“%1” is not a number: type a grade "
                                                       "from 0 to 1, such as 0.7.")
                              .replace("%1", text))
            return False
        try:
            dataclasses.replace(row, grade=grade)
        except InvalidValue as error:
            self.message.emit(translate("GradesModel", "Grade %1 refused: %2")
                              .replace("%1", text).replace("%2", refused_value(error)))
            return False
        self.message.emit("")
        return self._update(row, edit_label("grade_kr"), grade=grade)

    def objective_grade(self, objective: Objective) -> float | None:
        return objective_grade(self._workshop, objective)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("GradesModel", "Key result"),
            translate("GradesModel", "Last value"),
            translate("GradesModel", "Proposed"),
            translate("GradesModel", "Grade"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            translate("GradesModel", "The value of its last check-in."),
            translate("GradesModel", "From the last value: the share of the way from the "
                                     "baseline to the target (a threshold: the share of "
                                     "check-ins that held it; a milestone: 1 done, 0 not)."),
            translate("GradesModel", "The grade that counts, 0.0 to 1.0: the proposed one "
                                     "(in grey) until you type another."),
        )
