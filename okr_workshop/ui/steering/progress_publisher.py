"""The Progress tab's side of the audience view: off the round, the room sees where the team
chosen here stands (or every team), the key result selected here picked out; the audience
view's next/previous keys move this tab's choice the same way."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from okr_workshop.domain.model import Step
from okr_workshop.ui.room.channel import Pointer


class ProgressPublisher(QObject):
    def __init__(self, tab) -> None:  # a ProgressTab (it imports this module)
        super().__init__(tab)
        self.tab = tab
        self.room = tab.bridge.room
        tab.teams.currentIndexChanged.connect(lambda _i: self.publish())
        tab.list.selectionModel().currentChanged.connect(lambda *_: self.publish())
        self.room.pointer_changed.connect(self._follow)
        tab.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab and event.type() == QEvent.Type.Show:
            self.publish()  # the tab comes up: the room sees its choice, not the round's
        return super().eventFilter(watched, event)

    def publish(self) -> None:
        if self.room.pointer.step != Step.STEERING or not self.tab.isVisible():
            return
        team_id = self.tab.teams.currentData() or None
        row = self.tab.model.row_at(self.tab.list.currentIndex().row())
        self.room.point(team_id=team_id,
                        objective_id=row.objective.id if row and team_id else None,
                        key_result_id=row.kr.id if row and team_id else None)

    def _follow(self, pointer: Pointer) -> None:
        """The room's next/previous: this tab shows the team and key result pointed at."""
        if pointer.step != Step.STEERING or not self.tab.isVisible():
            return
        wanted = self.tab.teams.findData(pointer.team_id or "")
        if wanted >= 0 and wanted != self.tab.teams.currentIndex():
            self.tab.teams.setCurrentIndex(wanted)
        row = self.tab.model.row_of(pointer.key_result_id) if pointer.key_result_id else -1
        if row >= 0 and row != self.tab.list.currentIndex().row():
            self.tab.list.setCurrentIndex(self.tab.model.index(row))
