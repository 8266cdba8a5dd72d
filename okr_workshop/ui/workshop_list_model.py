"""The library's workshops as a Qt table model: title, organisation, cycle, how far it got,
last modified. Rows are the repository's summaries; the workshop id is in ``ID_ROLE``."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from okr_workshop.app.workshops import WorkshopSummary
from okr_workshop.domain.model import Language, Step
from okr_workshop.ui.language import is_singular, show_day
from okr_workshop.ui.models.base import RowsModel
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.step_names import step_name, step_number

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

TITLE, ORGANISATION, CYCLE, PROGRESS, MODIFIED = range(5)


def _count(count: int, one: str, many: str) -> str:
    # Both forms carry the number: French writes "0 équipe", English "0 teams".
    return (one if is_singular(count) else many).replace("%1", str(count))


def readable_time(moment: datetime, now: datetime | None = None) -> str:
    """Local time as people say it: "Today at 14:32", "Yesterday at 09:05", or the date."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return translate("WorkshopListModel", "Today at %1").replace("%1", time)
    if local.date() == today - timedelta(days=1):
        return translate("WorkshopListModel", "Yesterday at %1").replace("%1", time)
    return fill(translate("WorkshopListModel", "%1 at %2"), show_day(local.date()), time)


def steps_shown() -> int:
    """How many steps the window lists: a step with no page yet is not counted."""
    # The pages' list, not the pages: those load with the first workshop opened.
    from okr_workshop.ui.pages.registry import page_count

    return page_count()


def progress_text(step: Step) -> str:
    """ "Key results (5/7)": the step the workshop opens at, and how far along the flow it
    is. It is where the coach left it (going back to fix the vision shows "Vision"), so it
    is not called the step reached."""
    return fill(
        translate("WorkshopListModel", "%1 (%2/%3)"), step_name(step), step_number(step),
        steps_shown(),
    )


class WorkshopListModel(RowsModel):
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (
            translate("WorkshopListModel", "Title"),
            translate("WorkshopListModel", "Organisation"),
            translate("WorkshopListModel", "Cycle"),
            translate("WorkshopListModel", "Current step"),
            translate("WorkshopListModel", "Last modified"),
        )

    def set_workshops(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def workshop_at(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int | None:  # None rather than -1 when absent
        return next((n for n, s in enumerate(self._rows) if s.id == workshop_id), None)

    def cell(self, summary: WorkshopSummary, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        return None

    def _display(self, summary: WorkshopSummary, column: int) -> str:
        if column == TITLE:
            if summary.damaged:  # some of its values cannot be read: opening offers a restore
                return fill(translate("WorkshopListModel", "%1 (damaged)"), summary.title)
            return summary.title
        if column == ORGANISATION:
            return summary.organisation
        if column == CYCLE:
            return summary.cycle_label
        if column == PROGRESS:
            return progress_text(summary.current_step)
        return readable_time(summary.updated_at)

    def _tooltip(self, summary: WorkshopSummary, column: int) -> str:
        if column == PROGRESS:
            step = summary.current_step
            return fill(
                translate("WorkshopListModel", "Open at step %1 of %2: %3"),
                step_number(step),
                steps_shown(),
                step_name(step),
            )
        if column == MODIFIED:
            local = summary.updated_at.astimezone()
            moment = QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
            )
            return QLocale().toString(moment, QLocale.FormatType.LongFormat)
        language = (
            translate("WorkshopListModel", "In French")
            if summary.language is Language.FRENCH
            else translate("WorkshopListModel", "In English")
        )
        counts = ", ".join(
            (
                _count(
                    summary.team_count,
                    translate("WorkshopListModel", "%1 team"),
                    translate("WorkshopListModel", "%1 teams"),
                ),
                _count(
                    summary.objective_count,
                    translate("WorkshopListModel", "%1 objective"),
                    translate("WorkshopListModel", "%1 objectives"),
                ),
                _count(
                    summary.key_result_count,
                    translate("WorkshopListModel", "%1 key result"),
                    translate("WorkshopListModel", "%1 key results"),
                ),
            )
        )
        return fill(
            translate("WorkshopListModel", "%1. %2. Press Enter to open it."), language, counts
        )
