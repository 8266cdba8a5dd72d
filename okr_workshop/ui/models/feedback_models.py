"""The Feedback tab's tables: ROTI votes, notes and actions of one workshop.

Notes are edited in their cells (kind from a list, text, author typed or picked; an empty
author is anonymous); an action's done box ticks with Space or a click. Every change is one
undoable edit through the session bridge.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt

from okr_workshop.domain.model import (
    Action,
    Feedback,
    FeedbackOccasion,
    RotiVote,
    Workshop,
)
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.base import EditableRowsModel, Index
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.steering.feedback_words import KINDS, Moment, anonymous, kind_name

translate = QCoreApplication.translate
Editable = Qt.ItemFlag.ItemIsEditable
Display = Qt.ItemDataRole.DisplayRole
Edit = Qt.ItemDataRole.EditRole


def voter_name(workshop: Workshop | None, vote: RotiVote) -> str:
    person = workshop.participant(vote.participant_id) if workshop and vote.participant_id else None
    return person.name if person else anonymous()


class VotesModel(EditableRowsModel):
    COLUMNS = 2

    def headers(self) -> tuple[str, ...]:
        return (translate("Feedback", "Voter"), translate("Feedback", "ROTI"))

    def load(self, workshop: Workshop, votes: Sequence[RotiVote]) -> None:
        self._load(workshop, tuple(votes), same_place=True)

    def vote_at(self, row: int) -> RotiVote | None:
        return self._row_at(row)

    def cell(self, row: RotiVote, column: int, role: int):
        if role in (Display, Edit):
            return voter_name(self._workshop, row) if column == 0 else row.score
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class NotesModel(EditableRowsModel):
    COLUMNS = 3
    KIND, TEXT, AUTHOR = range(3)
    LENGTHS = {TEXT: ("feedback", "text"), AUTHOR: ("feedback", "author")}  # field_lengths

    def __init__(self, bridge, parent=None) -> None:
        super().__init__(bridge, parent)
        self.occasion = FeedbackOccasion.WORKSHOP

    def headers(self) -> tuple[str, ...]:
        return (translate("Feedback", "Type"), translate("Feedback", "Note"),
                translate("Feedback", "Author"))

    def load(self, workshop: Workshop, moment: Moment) -> None:
        self.occasion = moment.occasion
        order = {kind: n for n, kind in enumerate(KINDS[moment.occasion])}
        notes = sorted((f for f in workshop.feedback if moment.holds(f)),
                       key=lambda f: order.get(f.kind, len(order)))
        self._load(workshop, tuple(notes))

    def note_at(self, row: int) -> Feedback | None:
        return self._row_at(row)

    def cell(self, row: Feedback, column: int, role: int):
        if role == Display:
            return (kind_name(row.kind), row.text, row.author or anonymous())[column]
        if role == Edit:
            return (row.kind.value, row.text, row.author)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return fill("%1\n%2", row.text, show_day(row.on)) if row.on else row.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Editable if index.isValid() else super().flags(index)

    def choices(self, index: Index) -> list[tuple[str, object]]:
        if index.column() == self.KIND:
            return [(kind_name(k), k.value) for k in KINDS[self.occasion]]
        if index.column() == self.AUTHOR and self._workshop is not None:
            return [(anonymous(), ""), *((p.name, p.name) for p in self._workshop.participants)]
        return []

    def setData(self, index: Index, value, role: int = Edit) -> bool:
        note = self._row(index)
        if note is None or role != Edit:
            return False
        name = ("kind", "text", "author")[index.column()]
        value = str(value).strip() if name != "author" or value != anonymous() else ""
        if name == "text" and not value:
            self.message.emit(translate("Feedback", "A note needs some text: delete it instead."))
            return False
        return self._update(note, edit_label("edit_feedback"), **{name: value})


class ActionsModel(EditableRowsModel):
    COLUMNS = 4
    DONE, TEXT, OWNER, DUE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (translate("Feedback", "Done"), translate("Feedback", "Action"),
                translate("Feedback", "Owner"), translate("Feedback", "Due"))

    def load(self, workshop: Workshop) -> None:
        self._load(workshop, workshop.actions)

    def action_at(self, row: int) -> Action | None:
        return self._row_at(row)

    def cell(self, row: Action, column: int, role: int):
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Display:
            if column == self.TEXT:
                return row.text
            if column == self.OWNER:
                owner = self._workshop.participant(row.owner_id) if row.owner_id else None
                return owner.name if owner else translate("Feedback", "No owner yet")
            if column == self.DUE:
                return show_day(row.due) if row.due else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            note = next((f for f in self._workshop.feedback if f.id == row.feedback_id), None)
            if note is not None:
                return translate("Feedback", "From the note: %1").replace("%1", note.text)
            return row.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Edit) -> bool:
        action = self._row(index)
        if action is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        return self._update(action, edit_label("edit_action"), done=done)


