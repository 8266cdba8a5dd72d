"""The coach's dot-voting controls on the Focus page: the team's rounds (a re-vote is a new
round: the earlier ones stay readable), a new round's mode and budget, the booth, the tally,
and the reveal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.room import MAX_DOTS_PER_PERSON, VoteMode
from okr_workshop.domain.voting import DEFAULT_DOTS_PER_PERSON, DEFAULT_MAX_PER_OBJECTIVE
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.room.tally_editor import TallyEditor
from okr_workshop.ui.tab_order import set_tab_chain


class VotingPanel(QGroupBox):
    start = Signal(object, int, int)  # VoteMode, dots per person, at most on one objective
    round_chosen = Signal(str)  # a round id
    open_booth = Signal()
    reveal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dot voting"), parent)
        self.setObjectName("votingPanel")
        self.rounds = QComboBox()
        self.rounds.setObjectName("roundCombo")
        self.rounds.setToolTip(self.tr("Earlier rounds are kept: a re-vote never loses the "
                                       "first one."))
        self.state = QLabel()
        self.state.setObjectName("roundState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.booth_button = QPushButton(self.tr("Open the ballot booth"))
        self.booth_button.setObjectName("openBooth")
        self.recast = QCheckBox(self.tr("Allow a re-cast"))
        self.recast.setToolTip(self.tr("Someone who has voted may vote again: their new "
                                       "ballot replaces the first."))
        self.tally = TallyEditor()
        self.tally.setObjectName("tallyEditor")
        self.reveal_button = QPushButton(self.tr("Reveal the votes"))
        self.reveal_button.setObjectName("revealVotes")
        self.reveal_button.setToolTip(self.tr("Close the round and show the result: its "
                                              "totals become the objectives’ votes."))

        self.mode = QComboBox()
        self.mode.setObjectName("voteMode")
        self.mode.addItem(self.tr("Secret ballot"), VoteMode.SECRET)
        self.mode.addItem(self.tr("Tally"), VoteMode.TALLY)
        self.mode.setToolTip(self.tr("Secret ballot: the laptop goes round and each person "
                                     "spends their dots unseen.\nTally: dots stuck on the "
                                     "wall, counted and typed here."))
        self.dots = QSpinBox()
        self.dots.setObjectName("dotsPerPerson")
        self.dots.setRange(1, MAX_DOTS_PER_PERSON)
        self.dots.setValue(DEFAULT_DOTS_PER_PERSON)
        self.cap = QSpinBox()
        self.cap.setObjectName("maxPerObjective")
        self.cap.setRange(1, MAX_DOTS_PER_PERSON)
        self.cap.setValue(DEFAULT_MAX_PER_OBJECTIVE)
        self.start_button = QPushButton(self.tr("Start a round"))
        self.start_button.setObjectName("startRound")
        self._build()
        follow_font(self, self._fit_width)
        self.dots.valueChanged.connect(self._keep_cap_within_budget)
        self.cap.valueChanged.connect(self._keep_cap_within_budget)
        self.rounds.activated.connect(
            lambda index: self.round_chosen.emit(self.rounds.itemData(index)))
        self.booth_button.clicked.connect(self.open_booth)
        self.reveal_button.clicked.connect(self.reveal)
        self.tally.rebuilt.connect(self._chain_tally)
        self.start_button.clicked.connect(
            lambda: self.start.emit(self.mode.currentData(), self.dots.value(),
                                    self.cap.value()))

    def _build(self) -> None:
        tally_area = QScrollArea()
        tally_area.setWidgetResizable(True)
        tally_area.setFrameShape(QScrollArea.Shape.NoFrame)
        tally_area.setWidget(self.tally)
        self.tally_area = tally_area
        # A grid rather than a form: a form row takes its field's height, and at a large
        # zoom a label's capitals and descenders need a pixel or two more than a spin box.
        new_round = QGridLayout()
        for row, (text, field) in enumerate((
            (self.tr("&Mode:"), self.mode),
            (self.tr("&Dots each:"), self.dots),
            (self.tr("At most on &one:"), self.cap),
        )):
            label = QLabel(text)
            label.setBuddy(field)
            new_round.addWidget(label, row, 0)
            new_round.addWidget(field, row, 1)
        new_round.setColumnStretch(2, 1)  # fields at their own width, whole
        self._new_round = new_round
        layout = QVBoxLayout(self)
        layout.addWidget(self.rounds)
        layout.addWidget(self.state)
        layout.addWidget(self.booth_button)
        layout.addWidget(self.recast)
        layout.addWidget(tally_area)
        layout.addWidget(self.reveal_button)
        layout.addSpacing(8)
        layout.addLayout(new_round)
        layout.addWidget(self.start_button)
        # The room to spare goes under the buttons: a notice appearing under the table
        # shrinks the row without moving a button under the coach's pointer.
        layout.addStretch(1)

    def _fit_width(self) -> None:
        """A side panel (the ranked table beside it keeps most of the width), but as wide
        as the new round's labels and fields need, whole, in every language and zoom."""
        margins = self.layout().contentsMargins() if self.layout() else None
        frame = (margins.left() + margins.right() if margins else 0) + 8
        natural = self._new_round.sizeHint().width() + frame
        self.setFixedWidth(max(self.fontMetrics().horizontalAdvance("M") * 18, natural))

    def tab_chain(self) -> list[QWidget]:
        """The panel's fields in reading order (the tally's boxes go after the re-cast)."""
        return [self.rounds, self.booth_button, self.recast, self.reveal_button, self.mode,
                self.dots, self.cap, self.start_button]

    def _chain_tally(self) -> None:
        set_tab_chain([self.recast, *self.tally.boxes.values(), self.reveal_button])

    def _keep_cap_within_budget(self) -> None:
        # At most the budget on one objective: the spin boxes never offer a refused round.
        self.cap.setMaximum(self.dots.value())

    def show_rounds(self, entries: list[tuple[str, str]], current_id: str | None) -> None:
        """``entries``: (text, round id), first round first."""
        now = [(self.rounds.itemText(i), self.rounds.itemData(i))
               for i in range(self.rounds.count())]
        if now != entries:
            self.rounds.blockSignals(True)
            self.rounds.clear()
            for text, round_id in entries:
                self.rounds.addItem(text, round_id)
            self.rounds.blockSignals(False)
        self.rounds.setCurrentIndex(self.rounds.findData(current_id) if current_id else -1)
        self.rounds.setEnabled(bool(entries))
