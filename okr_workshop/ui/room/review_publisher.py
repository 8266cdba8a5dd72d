"""The Review page's side of the audience view: the tab the coach opens (alignment, coverage,
health) is the part the room sees, and the objective selected in the alignment tree points
at its team, framed in the picture.

Put up again when the room comes back to the Review step (a step change takes every page's
overlay down)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from okr_workshop.domain.model import Step
from okr_workshop.ui.models.alignment_model import AlignmentModel, Kind
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.review_focus import ReviewFocus, ReviewPart

# The page's tabs in order; the read-aloud tab keeps the picture of alignment.
TAB_PARTS = (ReviewPart.ALIGNMENT, ReviewPart.COVERAGE, ReviewPart.HEALTH, ReviewPart.ALIGNMENT)


class ReviewPublisher(QObject):
    def __init__(self, page) -> None:  # a ReviewPage (not imported: it imports this)
        super().__init__(page)
        self.page = page
        self.room = page.bridge.room
        page.tabs.currentChanged.connect(lambda _n: self.publish())
        page.alignment_tree.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._point(current))
        self.room.pointer_changed.connect(self._pointer_changed)

    def part(self) -> ReviewPart:
        number = self.page.tabs.currentIndex()
        return TAB_PARTS[number] if 0 <= number < len(TAB_PARTS) else ReviewPart.ALIGNMENT

    def publish(self) -> None:
        if self.room.pointer.step == Step.REVIEW:
            focus = ReviewFocus(self.part())
            if self.room.overlay != focus:
                self.room.show(focus)

    def _pointer_changed(self, pointer: Pointer) -> None:
        if pointer.step != Step.REVIEW:
            return
        if self.room.overlay is None:
            self.publish()
        self._follow(pointer)

    def _follow(self, pointer: Pointer) -> None:
        """The room's next/previous team: the tree selects that team's first objective."""
        workshop = self.page.bridge.workshop
        tree, model = self.page.alignment_tree, self.page.alignment_model
        current = tree.currentIndex().siblingAtColumn(0)
        shown = workshop.objective(current.data(AlignmentModel.ID_ROLE) or "") \
            if current.isValid() and current.data(AlignmentModel.KIND_ROLE) == Kind.OBJECTIVE \
            else None
        if pointer.team_id is None or (shown is not None and shown.team_id == pointer.team_id):
            return
        team = workshop.team(pointer.team_id)
        for objective in team.objectives if team else ():
            index = model.find(Kind.OBJECTIVE, objective.id)
            if index.isValid():
                tree.setCurrentIndex(index)
                tree.scrollTo(index)
                return

    def _point(self, index) -> None:
        if self.room.pointer.step != Step.REVIEW or not index.isValid():
            return
        index = index.siblingAtColumn(0)
        while index.isValid() and index.data(AlignmentModel.KIND_ROLE) not in (
                Kind.OBJECTIVE, Kind.STRATEGIC, Kind.UNALIGNED):
            index = index.parent()  # a key result or a reason: its objective
        kind = index.data(AlignmentModel.KIND_ROLE) if index.isValid() else None
        objective = (self.page.bridge.workshop.objective(index.data(AlignmentModel.ID_ROLE))
                     if kind == Kind.OBJECTIVE else None)
        self.room.point(team_id=objective.team_id if objective else None,
                        objective_id=objective.id if objective else None)
