"""The weekly check-in round as a table: one row per kept key result of the chosen team(s),
the last check-in beside the new one being typed (the draft, preset with the last values).

A row's draft lives here until Enter saves it as a check-in dated the round's day; a key
result already checked in on that day shows that check-in, and Enter again changes it
(one check-in per key result and day). "Last" is the latest check-in *before* the round's
day, so the row keeps its reference while the room types.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from okr_workshop.app.formats import format_value
from okr_workshop.domain.model import (
    CheckIn,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)
from okr_workshop.ui.language import show_number, ui_language
from okr_workshop.ui.models.base import Index, RowsModel

translate = QCoreApplication.translate

(TEAM, OBJECTIVE, KEY_RESULT, LAST_VALUE, LAST_CONFIDENCE, NEW_VALUE, NEW_CONFIDENCE,
 COMMENT, NEXT_STEP, AUTHOR) = range(10)
EDITABLE = (NEW_VALUE, NEW_CONFIDENCE, COMMENT, NEXT_STEP, AUTHOR)
KR_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's KeyResult
RAW_ROLE = Qt.ItemDataRole.UserRole + 3  # a draft cell's value (float, int, str, id)


@dataclass(frozen=True)
class Draft:
    value: float | None
    confidence: int
    comment: str = ""
    next_step: str = ""
    author_id: str | None = None


@dataclass(frozen=True)
class RoundRow:
    team: Team
    objective: Objective
    kr: KeyResult
    last: CheckIn | None  # the latest check-in before the round's day
    saved: CheckIn | None  # the check-in of the round's day, when there is one

    @property
    def id(self) -> str:
        return self.kr.id


def round_rows(workshop: Workshop, team_id: str | None, on: date,
               lowest_first: bool = False) -> tuple[RoundRow, ...]:
    """Every kept key result of ``team_id`` (None: all teams), in the workshop's order or,
    ``lowest_first``, by the last confidence (never checked in first: nobody knows)."""
    rows = []
    for team in workshop.teams:
        if team_id is not None and team.id != team_id:
            continue
        for objective in team.objectives:
            if objective.status != ObjectiveStatus.KEPT:
                continue
            for kr in objective.key_results:
                before = [c for c in kr.check_ins if c.on < on]
                today = [c for c in kr.check_ins if c.on == on]
                last = max(before, key=lambda c: c.on) if before else None
                rows.append(RoundRow(team, objective, kr, last, today[-1] if today else None))
    if lowest_first:
        rows.sort(key=lambda r: -1 if r.last is None else r.last.confidence)
    return tuple(rows)


def preset(row: RoundRow) -> Draft:
    """What the new cells show before anything is typed: the day's check-in when the key
    result has one, else the last value and confidence and who gave them."""
    if row.saved is not None:
        c = row.saved
        return Draft(c.value, c.confidence, c.comment, c.next_step, c.author_id)
    if row.last is not None:
        return Draft(row.last.value, row.last.confidence, author_id=row.last.author_id)
    start = 0.0 if row.kr.milestone else row.kr.baseline
    return Draft(start, 5)


def value_text(kr: KeyResult, value: float | None) -> str:
    if value is None:
        return ""
    if kr.milestone:
        return milestone_text(value >= 0.5)
    return show_number(value, kr.unit)


def exact_number(value: float | None) -> str:
    return "" if value is None else format_value(value, ui_language(), exact=True)


def milestone_text(done: bool) -> str:
    return (translate("CheckInRoundModel", "Done") if done
            else translate("CheckInRoundModel", "Not yet"))


class CheckInRoundModel(RowsModel):
    COLUMNS = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._drafts: dict[str, Draft] = {}
        self._names: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (translate("CheckInRoundModel", "Team"),
                translate("CheckInRoundModel", "Objective"),
                translate("CheckInRoundModel", "Key result"),
                translate("CheckInRoundModel", "Last value"),
                translate("CheckInRoundModel", "Last conf."),
                translate("CheckInRoundModel", "New value"),
                translate("CheckInRoundModel", "Confidence"),
                translate("CheckInRoundModel", "What changed"),
                translate("CheckInRoundModel", "Next step"),
                translate("CheckInRoundModel", "Author"))

    def header_tips(self) -> tuple[str, ...]:
        return ("", "", "", translate("CheckInRoundModel", "The last check-in before this round"),
                translate("CheckInRoundModel", "The last confidence, 0 to 10"),
                translate("CheckInRoundModel", "Type the value measured today (the last one is "
                  "preset); for a milestone, done or not yet"),
                translate("CheckInRoundModel", "How sure the team is to reach the target, 0 to 10: "
                  "0–3 off track, 4–7 at risk, 8–10 on track"),
                translate("CheckInRoundModel", "What changed since the last check-in"),
                translate("CheckInRoundModel", "What the team does next"),
                translate("CheckInRoundModel", "Who gives this check-in"))

    def show_rows(self, workshop: Workshop, rows: tuple[RoundRow, ...]) -> None:
        """Show ``rows``; drafts typed on rows still shown and not saved since are kept."""
        self._names = {p.id: p.name for p in workshop.participants}
        old = {r.id: r for r in self._rows}
        drafts = {}
        for row in rows:
            was = old.get(row.id)
            if was is not None and was.saved == row.saved and was.last == row.last \
                    and row.id in self._drafts:
                drafts[row.id] = self._drafts[row.id]
        self._drafts = drafts
        if tuple(r.id for r in rows) == tuple(r.id for r in self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, AUTHOR))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[RoundRow, ...]:
        return self._rows

    def row_at(self, row: int) -> RoundRow | None:
        return self._row_at(row)

    def draft(self, row: RoundRow) -> Draft:
        return self._drafts.get(row.id) or preset(row)

    def set_draft(self, row_number: int, **changes: object) -> None:
        row = self._row_at(row_number)
        if row is None:
            return
        self._drafts[row.id] = replace(self.draft(row), **changes)
        self.dataChanged.emit(self.index(row_number, NEW_VALUE), self.index(row_number, AUTHOR))

    def forget_draft(self, kr_id: str) -> None:
        self._drafts.pop(kr_id, None)

    # Qt ----------------------------------------------------------------------------------

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A draft cell takes a value already read by the editor (a float, an int 0–10, a
        text, a participant id); nothing is saved before Enter."""
        fields = {NEW_VALUE: "value", NEW_CONFIDENCE: "confidence", COMMENT: "comment",
                  NEXT_STEP: "next_step", AUTHOR: "author_id"}
        if role != Qt.ItemDataRole.EditRole or index.column() not in fields:
            return False
        self.set_draft(index.row(), **{fields[index.column()]: value})
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, row: RoundRow, column: int, role: int):
        if role == KR_ROLE:
            return row.kr
        draft = self.draft(row)
        if role == RAW_ROLE:
            return {NEW_VALUE: draft.value, NEW_CONFIDENCE: draft.confidence,
                    COMMENT: draft.comment, NEXT_STEP: draft.next_step,
                    AUTHOR: draft.author_id}.get(column)
        if role == Qt.ItemDataRole.EditRole and column == NEW_VALUE and not row.kr.milestone:
            return exact_number(draft.value)  # typed over: every decimal, no unit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, draft, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (OBJECTIVE, KEY_RESULT, COMMENT,
                                                             NEXT_STEP):
            return self._text(row, draft, column)
        if role == Qt.ItemDataRole.FontRole and row.saved is not None and column == KEY_RESULT:
            font = QFont()
            font.setBold(True)  # checked in this round: the room sees what is done
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                LAST_VALUE, LAST_CONFIDENCE, NEW_VALUE, NEW_CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == KEY_RESULT \
                and row.saved is not None:
            return translate("CheckInRoundModel", "Checked in this round")
        return None

    def _text(self, row: RoundRow, draft: Draft, column: int) -> str:
        last = row.last
        texts = {
            TEAM: lambda: row.team.name,
            OBJECTIVE: lambda: row.objective.title,
            KEY_RESULT: lambda: ("✓ " if row.saved is not None else "") + row.kr.text,
            LAST_VALUE: lambda: value_text(row.kr, last.value) if last else "—",
            LAST_CONFIDENCE: lambda: str(last.confidence) if last else "—",
            NEW_VALUE: lambda: value_text(row.kr, draft.value),
            NEW_CONFIDENCE: lambda: str(draft.confidence),
            COMMENT: lambda: draft.comment,
            NEXT_STEP: lambda: draft.next_step,
            AUTHOR: lambda: self._names.get(draft.author_id or "", ""),
        }
        return texts[column]()

    def index_of(self, kr_id: str, column: int) -> QModelIndex:
        row = self.row_of(kr_id)
        return self.index(row, column) if row >= 0 else QModelIndex()
