"""The team folder's workshops as a Qt table model: title, state in words, whose (author on
computer), when (local time), revision. Rows are the app layer's standings; the workshop id
is in ``ID_ROLE`` (a bad file with no workshop: its file name, prefixed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.models.base import RowsModel
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.team.sharing_words import bad_file_text, state_text, state_tip
from okr_workshop.ui.team.tips import plain_tip
from okr_workshop.ui.workshop_list_model import readable_time

if TYPE_CHECKING:
    from okr_workshop.app.team_folder import Standing

translate = QCoreApplication.translate

TITLE, STATE, WHOSE, WHEN, REVISION = range(5)
BAD_PREFIX = "file:"  # the id of a bad file's row that names no workshop
# States a person has to act on: said in the palette's warning-like link colour.
_NEEDS_ACTION = (SyncState.CONFLICT, SyncState.BAD_FILE, SyncState.NEWER_IN_FOLDER)


class TeamFolderModel(RowsModel):
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (
            translate("TeamFolderModel", "Workshop"),
            translate("TeamFolderModel", "State"),
            translate("TeamFolderModel", "Published by"),
            translate("TeamFolderModel", "Published"),
            translate("TeamFolderModel", "Revision"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            translate("TeamFolderModel", "Your copy compared with the team folder’s file"),
            translate("TeamFolderModel", "The coach who published the file, and on which "
                                         "computer"),
            translate("TeamFolderModel", "When the file was published (your local time)"),
            translate("TeamFolderModel", "How many times it was published"),
        )

    def set_standings(self, rows: Sequence[Standing]) -> bool:
        return self._replace_rows(rows)

    def standings(self) -> tuple[Standing, ...]:
        return self._rows

    def standing_at(self, row: int) -> Standing | None:
        return self._row_at(row)

    def row_id(self, row: Standing) -> str:
        if row.workshop_id:
            return row.workshop_id
        return BAD_PREFIX + (row.bad.path.name if row.bad is not None else row.title)

    def cell(self, row: Standing, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(row, column) or "")
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            if row.state in _NEEDS_ACTION:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.Link))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: Standing, column: int) -> str:
        header = row.file.header if row.file is not None else None
        if column == TITLE:
            return row.title
        if column == STATE:
            return state_text(row)
        if header is None:
            return ""
        if column == WHOSE:
            return _whose(header.author, header.computer)
        if column == WHEN:
            return readable_time(header.written_at)
        return str(header.revision)

    def _tooltip(self, row: Standing, column: int) -> str:
        header = row.file.header if row.file is not None else None
        if column == STATE and row.state is SyncState.BAD_FILE:
            return f"{bad_file_text(row)}\n\n{state_tip(row)}"  # the reason whole, then what to do
        if column == STATE:
            return state_tip(row)
        if column == WHEN and header is not None:
            local = header.written_at.astimezone()
            moment = QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute, local.second))
            return QLocale().toString(moment, QLocale.FormatType.LongFormat)
        if column == TITLE and row.file is not None:
            return fill(translate("TeamFolderModel", "File: %1"), row.file.path.name)
        if column == TITLE and row.bad is not None:
            return fill(translate("TeamFolderModel", "File: %1"), row.bad.path.name)
        return self._display(row, column)


def _whose(author: str, computer: str) -> str:
    if author and computer:
        return fill(translate("TeamFolderModel", "%1 on %2"), author, computer)
    return author or computer
