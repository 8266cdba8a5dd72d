"""The check-in round's side of the audience view: the key result the round is on is the
one pointed at, and what is typed in its cells (value, confidence, comment) is put up at
each key, before Enter saves it — the room reads the value as the coach types it.

The round follows the room too: the next/previous keys of the audience view point at
another key result, and the round moves to it. Off the Check-ins tab the overlay comes
down, and the room sees where the team stands."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from okr_workshop.domain.fist_to_five import FistToFive
from okr_workshop.domain.model import Step
from okr_workshop.domain.numbers import parse_number
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.check_in_round_model import (
    COMMENT,
    NEW_CONFIDENCE,
    NEW_VALUE,
    RoundRow,
    milestone_text,
    value_text,
)
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.check_in_view import CheckInRoundView


class RoundPublisher(QObject):
    def __init__(self, tab) -> None:  # a CheckInRoundTab (it imports this module)
        super().__init__(tab)
        self.tab = tab
        self.room = tab.bridge.room
        self.vote: FistToFive | None = None
        self._live: dict[tuple[str, int], str] = {}  # (key result, column) → text typed
        self._publishing = False
        tab.view.selectionModel().currentRowChanged.connect(lambda *_: self.publish())
        tab.model.dataChanged.connect(lambda *_: self.publish())
        tab.model.modelReset.connect(self.publish)
        tab.delegate.opened.connect(self._watch)
        tab.team.activated.connect(lambda _n: self.publish())
        self.room.pointer_changed.connect(self._pointer_changed)
        tab.installEventFilter(self)

    def current_row(self) -> RoundRow | None:
        return self.tab.model.row_at(self.tab.view.currentIndex().row())

    def _on_screen(self) -> bool:
        return self.room.pointer.step == Step.STEERING and self.tab.isVisible()

    def publish(self) -> None:
        if not self._on_screen() or self._publishing:
            return
        self._publishing = True  # pointing emits pointer_changed, which would publish again
        try:
            self._publish()
        finally:
            self._publishing = False

    def _publish(self) -> None:
        row = self.current_row()
        if row is None:
            self.room.point(team_id=self.tab.team.currentData(), objective_id=None,
                            key_result_id=None)
            self.room.show(None)
            return
        self.room.point(team_id=row.team.id, objective_id=row.objective.id,
                        key_result_id=row.kr.id)
        self.room.show(self.view_of(row))

    def view_of(self, row: RoundRow) -> CheckInRoundView:
        draft = self.tab.model.draft(row)
        typed = self._live.get((row.kr.id, NEW_VALUE))
        value, shown_value = draft.value, value_text(row.kr, draft.value)
        if typed is not None:  # as typed: a number in the window's way, else the text
            shown_value = typed.strip()
            if row.kr.milestone:
                value = 1.0 if shown_value == milestone_text(True) else 0.0
            else:
                try:
                    value = parse_number(typed, ui_language())
                    shown_value = value_text(row.kr, value)
                except ValueError:
                    value = None  # "7," on its way to "7,5": the room reads it as it is
        confidence: int | None = draft.confidence
        typed = self._live.get((row.kr.id, NEW_CONFIDENCE))
        if typed is not None:
            text = typed.strip()
            confidence = int(text) if text.isdigit() and int(text) <= 10 else None
        comment = self._live.get((row.kr.id, COMMENT), draft.comment)
        rows = self.tab.model.rows()
        vote = self.vote
        return CheckInRoundView(
            row.kr.id, shown_value, confidence, comment,
            position=self.tab.model.row_of(row.kr.id) + 1,
            order=tuple(r.kr.id for r in rows), saved=row.saved is not None,
            vote=vote if vote is None else FistToFive(vote.counts, row.kr.id),
            value=value, on=self.tab.round_day())

    def show_vote(self, vote: FistToFive | None) -> None:
        self.vote = vote
        self.publish()

    # What is typed, at each key ----------------------------------------------------------

    def _watch(self, editor: QWidget, index: QModelIndex) -> None:
        row = self.tab.model.row_at(index.row())
        if row is None or index.column() not in (NEW_VALUE, NEW_CONFIDENCE, COMMENT):
            return
        key = (row.kr.id, index.column())

        def typed(text: str) -> None:
            self._live[key] = text
            self.publish()

        if isinstance(editor, QSpinBox):
            editor.lineEdit().textChanged.connect(typed)
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(typed)
        elif isinstance(editor, QComboBox):
            editor.currentTextChanged.connect(typed)
        # Closed (committed or given up): the draft says what stands.
        editor.destroyed.connect(lambda _=None: self._live.pop(key, None))

    # The room's keys, and the tab coming and going ----------------------------------------

    def _pointer_changed(self, pointer: Pointer) -> None:
        if pointer.step != Step.STEERING or not self.tab.isVisible():
            return
        row = self.current_row()
        if pointer.key_result_id and (row is None or row.kr.id != pointer.key_result_id):
            number = self.tab.model.row_of(pointer.key_result_id)
            if number >= 0:  # the audience view's next/previous: the round follows
                self.tab.view.setCurrentIndex(self.tab.model.index(number, NEW_VALUE))
                return
        if self.room.overlay is None and not self._publishing:
            self.publish()  # back on the step: the round goes up again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab and event.type() == QEvent.Type.Show:
            self.publish()
        elif watched is self.tab and event.type() == QEvent.Type.Hide \
                and self.room.pointer.step == Step.STEERING:
            self.room.show(None)  # another tab: the dashboard, not a round nobody types in
        return super().eventFilter(watched, event)
