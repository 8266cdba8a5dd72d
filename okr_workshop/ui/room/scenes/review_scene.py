"""Step 6 on the audience view: the review read back to the room.

Three parts, one at a time, following the tab the coach has open on the Review page (the
page puts up a :class:`~okr_workshop.ui.room.review_focus.ReviewFocus`): the alignment
picture, the coverage of strategic objectives and departments, and the health of the five
mistakes. The next/previous keys step through the teams: the team pointed at is framed in
the picture and its objectives written out.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from okr_workshop.domain.coverage import coverage
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.rules.health import health_check
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.review_focus import ReviewFocus, ReviewPart
from okr_workshop.ui.room.scene import Scene, room_pixels
from okr_workshop.ui.room.scenes.review_alignment import AlignmentPart
from okr_workshop.ui.room.scenes.review_coverage import CoveragePart
from okr_workshop.ui.room.scenes.review_health import HealthPart
from okr_workshop.ui.room.scenes.room_parts import (
    resize_role,
    role_label,
    room_size,
    text_height,
    view_height,
)

MARGIN_1080 = 48


class ReviewScene(Scene):
    step = Step.REVIEW

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewScene")
        self.heading = role_label("main", 1080, bold=True, name="reviewHeading")
        self.alignment = AlignmentPart()
        self.coverage = CoveragePart()
        self.health = HealthPart()
        self.parts = QStackedWidget()
        for part in (self.alignment, self.coverage, self.health):
            self.parts.addWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.parts, 1)
        self.part = ReviewPart.ALIGNMENT
        self._shown: tuple[Workshop, Pointer, object | None] | None = None

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        self._shown = (workshop, pointer, overlay)
        view = view_height(self)
        margin = room_pixels(view, MARGIN_1080)
        self.layout().setContentsMargins(margin, margin * 2 // 3, margin, margin * 2 // 3)
        self.layout().setSpacing(margin // 2)
        resize_role(self.heading, view)
        self.part = overlay.part if isinstance(overlay, ReviewFocus) else ReviewPart.ALIGNMENT
        self.heading.setText({
            ReviewPart.ALIGNMENT: self.tr("Alignment: who serves which strategic objective"),
            ReviewPart.COVERAGE: self.tr("Coverage: strategic objectives and departments"),
            ReviewPart.HEALTH: self.tr("Health of the five mistakes"),
        }[self.part])
        width, height = room_size(self, view)
        width -= 2 * margin
        height -= margin * 4 // 3 + margin // 2 + text_height(self.heading.font(),
                                                               self.heading.text(), width)
        team = pointer.team_id if workshop.team(pointer.team_id or "") else None
        if self.part == ReviewPart.HEALTH:
            self.health.show_health(health_check(workshop), view)
            self.parts.setCurrentWidget(self.health)
        elif self.part == ReviewPart.COVERAGE:
            self.coverage.show_coverage(workshop, coverage(workshop), team, width, height, view)
            self.parts.setCurrentWidget(self.coverage)
        else:
            self.alignment.show_alignment(workshop, coverage(workshop), team, width, height,
                                          view)
            self.parts.setCurrentWidget(self.alignment)

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        """The next (or previous) team framed; past the last, none (the whole picture)."""
        ids: list[str | None] = [None] + [t.id for t in workshop.teams]
        if len(ids) == 1:
            return None
        at = ids.index(pointer.team_id) if pointer.team_id in ids else 0
        return Pointer(pointer.step, team_id=ids[(at + delta) % len(ids)])

    def texts(self) -> list[str]:
        """Every text the room sees now, in reading order."""
        part = self.parts.currentWidget()
        return [self.heading.text(), *part.texts()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._shown is not None and event.oldSize() != event.size():
            self.show_room(*self._shown)  # the type and what fits follow the screen



def screenshot_states(workshop: Workshop) -> list[tuple[str, Pointer, object | None]]:
    """(name, pointer, overlay) of each state worth a screenshot, for the audience view's
    screenshot script: the three parts, the alignment with a team framed."""
    team = workshop.teams[min(1, len(workshop.teams) - 1)].id if workshop.teams else None
    return [("alignment", Pointer(Step.REVIEW, team_id=team), ReviewFocus(ReviewPart.ALIGNMENT)),
            ("coverage", Pointer(Step.REVIEW), ReviewFocus(ReviewPart.COVERAGE)),
            ("health", Pointer(Step.REVIEW), ReviewFocus(ReviewPart.HEALTH))]
