"""The Feedback tab (mistake 4: listen to the teams): for the occasion chosen (the end of the
workshop, a review during the cycle, the end of the cycle), the ROTI votes, the notes by kind,
and the actions decided, with their owner and due date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from okr_workshop.app import clock
from okr_workshop.domain.model import Feedback, FeedbackOccasion, Workshop
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.actions_box import ActionsBox
from okr_workshop.ui.steering.feedback_words import Moment, occasion_name
from okr_workshop.ui.steering.notes_box import NotesBox
from okr_workshop.ui.steering.roti_box import RotiBox
from okr_workshop.ui.steering.tab import SteeringTab
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit


class FeedbackTab(SteeringTab):
    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.occasion = QComboBox()
        self.occasion.setObjectName("feedbackOccasion")
        for occasion in FeedbackOccasion:
            self.occasion.addItem(occasion_name(occasion), occasion)
        self.occasion.setToolTip(self.tr("The votes and notes shown, and those added, are "
                                         "this occasion's."))
        label = QLabel(self.tr("&Occasion:"))
        label.setBuddy(self.occasion)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.occasion)
        self.on = OptionalDateEdit(self.tr("On this da&y"))
        self.on.setObjectName("feedbackDay")
        mark_draft(self.on)  # which day is shown: not workshop data
        self.on.setToolTip(self.tr("Tick to show and record only this day's votes and notes "
                                   "(one review among several)."))
        top.addWidget(self.on)
        top.addStretch(1)
        self.roti = RotiBox(bridge)
        self.notes = NotesBox(bridge)
        self.actions_box = ActionsBox(bridge)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.roti)
        left.addWidget(self.notes)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        left.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.actions_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self.occasion.currentIndexChanged.connect(lambda _: self.load(self.bridge.workshop))
        self.on.committed.connect(lambda _: self.load(self.bridge.workshop))
        self.notes.make_action.connect(self._make_action)

    def tab_title(self) -> str:
        return self.tr("Feed&back")

    def moment(self) -> Moment:
        return Moment(self.occasion.currentData(), self.on.value())

    def load(self, workshop: Workshop) -> None:
        if self.on.value() is None:
            self.on.set_value(None, clock.today())  # what ticking the box will choose
        moment = self.moment()
        self.roti.load(workshop, moment)
        self.notes.load(workshop, moment)
        self.actions_box.load(workshop)

    def focus_first(self) -> None:
        self.occasion.setFocus()

    def _make_action(self, note: Feedback) -> None:
        self.actions_box.from_note(note)
