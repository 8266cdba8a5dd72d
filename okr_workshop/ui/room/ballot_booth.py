"""The ballot booth of a secret dot vote: the laptop goes round the room.

Each participant picks their name, spends their dots with + and − (the budget and the cap
on one objective enforced, the dots left shown), and casts; the booth goes back to the
names. Nobody ever sees another's dots here: the booth shows one person's ballot only, and
of the others just who has voted. The coach closes the booth from the console's side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import Objective, Participant
from okr_workshop.domain.room import VoteRound
from okr_workshop.domain.voting import can_add, can_remove, remaining
from okr_workshop.ui.font_follow import scale_font
from okr_workshop.ui.language import is_singular
from okr_workshop.ui.placeholders import fill

# The booth is read at arm's length by someone who did not set it up: a larger type.
BOOTH_SCALE = 1.35


def _label(text: str = "", name: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if bold:  # the booth's size, bold, at every zoom of the console
        scale_font(label, BOOTH_SCALE, bold=True)
    return label


def _scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class NamesView(QWidget):
    """Who is voting: one button a participant, the team's first; those who have voted are
    marked and cannot vote twice unless the coach allowed a re-cast."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label(name="boothHeading", bold=True)
        self.hint = _label(self.tr("Pass the laptop round. Pick your name, spend your dots, "
                                   "then cast your vote: nobody sees anyone else’s dots."))
        self.turnout = _label(name="boothTurnout")
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(3):  # names in even columns, whatever their length
            self._grid.setColumnStretch(column, 1)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(_scrolled(self._grid_host), 1)
        layout.addWidget(self.turnout)

    def show_people(self, heading: str, own: list[Participant], others: list[Participant],
                    voted: frozenset[str], recast: bool, turnout: str) -> None:
        self.heading.setText(heading)
        self.turnout.setText(turnout)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from this frame, not only after the event loop
                item.widget().deleteLater()
        self.buttons = {}
        row = 0
        for group, title in ((own, ""), (others, self.tr("Other participants"))):
            if not group:
                continue
            if title:
                self._grid.addWidget(_label(title, bold=True), row, 0, 1, 3)
                row += 1
            for index, person in enumerate(group):
                self._grid.addWidget(self._button(person, person.id in voted, recast),
                                     row + index // 3, index % 3)
            row += (len(group) + 2) // 3

    def _button(self, person: Participant, has_voted: bool, recast: bool) -> QPushButton:
        text = person.name
        if has_voted:
            text = fill(self.tr("%1 ✓ voted"), person.name)
        button = QPushButton(text)
        button.setObjectName("boothName")
        button.setMinimumHeight(button.sizeHint().height() * 2)
        button.setEnabled(not has_voted or recast)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.picked.emit(person.id))
        self.buttons[person.id] = button
        return button


class BallotView(QWidget):
    """One participant's ballot: + and − per objective, the dots left, Cast my vote."""

    cast = Signal(str, dict)  # participant id, objective id → dots
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label(name="ballotHeading", bold=True)
        self.left = _label(name="ballotLeft", bold=True)
        self._rows_host = QWidget()
        self._rows = QGridLayout(self._rows_host)
        self._rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._rows.setColumnStretch(0, 1)
        self.cast_button = QPushButton(self.tr("Cast my vote"))
        self.cast_button.setObjectName("castButton")
        self.cast_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Not me: back to the names"))
        self.cast_button.clicked.connect(self._cast)
        self.back_button.clicked.connect(self.back)
        # Enter casts, Esc goes back to the names: on this sheet only.
        self.cast_button.setToolTip(self.tr("Cast my vote (Enter)"))
        self.back_button.setToolTip(self.tr("Back to the names without voting (Esc)"))
        cast, back = self.tr("Cast my vote"), self.tr("Back to the names without voting")
        for key, slot, name in ((Qt.Key.Key_Return, self._cast, cast),
                                (Qt.Key.Key_Enter, self._cast, cast),
                                (Qt.Key.Key_Escape, self.back.emit, back)):
            shortcut = QShortcut(QKeySequence(key), self, slot,
                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(name)  # the keyboard help (F1) lists it by this name
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cast_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.left)
        layout.addWidget(_scrolled(self._rows_host), 1)
        layout.addLayout(buttons)
        self._round: VoteRound | None = None
        self._person_id = ""
        self.ballot: dict[str, int] = {}
        self.plus: dict[str, QPushButton] = {}
        self.minus: dict[str, QPushButton] = {}
        self.dots: dict[str, QLabel] = {}

    def start(self, round_: VoteRound, person: Participant,
              objectives: tuple[Objective, ...]) -> None:
        """A blank ballot for ``person`` (a re-cast starts blank too: the laptop may have
        changed hands)."""
        self._round, self._person_id, self.ballot = round_, person.id, {}
        self.heading.setText(fill(self.tr("%1, spend your dots"), person.name))
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone from this frame, not only after the event loop
                item.widget().deleteLater()
        self.plus, self.minus, self.dots = {}, {}, {}
        for row, objective in enumerate(objectives):
            title = _label(objective.title)
            minus = QPushButton("−")
            minus.setAccessibleName(fill(self.tr("One dot less on “%1”"), objective.title))
            plus = QPushButton("+")
            plus.setAccessibleName(fill(self.tr("One dot more on “%1”"), objective.title))
            dots = _label(name="ballotDots")
            dots.setWordWrap(False)
            dots.setMinimumWidth(dots.fontMetrics().horizontalAdvance("●" * 4 + "0"))
            dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
            minus.clicked.connect(lambda _=False, o=objective.id: self._change(o, -1))
            plus.clicked.connect(lambda _=False, o=objective.id: self._change(o, +1))
            for column, widget in enumerate((title, minus, dots, plus)):
                self._rows.addWidget(widget, row, column)
            self.plus[objective.id], self.minus[objective.id] = plus, minus
            self.dots[objective.id] = dots
        self._refresh()

    def _change(self, objective_id: str, delta: int) -> None:
        if self._round is None:
            return
        if delta > 0 and can_add(self._round, self.ballot, objective_id):
            self.ballot[objective_id] = self.ballot.get(objective_id, 0) + 1
        elif delta < 0 and can_remove(self.ballot, objective_id):
            self.ballot[objective_id] -= 1
        self._refresh()

    def _refresh(self) -> None:
        if self._round is None:
            return
        left = remaining(self._round, self.ballot)
        budget = self._round.dots_per_person
        if is_singular(left):
            text = fill(self.tr("%1 dot left of %2 (at most %3 on one objective)"),
                        left, budget, self._round.max_per_objective)
        else:
            text = fill(self.tr("%1 dots left of %2 (at most %3 on one objective)"),
                        left, budget, self._round.max_per_objective)
        self.left.setText(text)
        for objective_id, label in self.dots.items():
            count = self.ballot.get(objective_id, 0)
            label.setText("●" * count if count else "0")
            label.setAccessibleName(str(count))
            self.plus[objective_id].setEnabled(can_add(self._round, self.ballot, objective_id))
            self.minus[objective_id].setEnabled(can_remove(self.ballot, objective_id))

    def _cast(self) -> None:
        if self._person_id:
            self.cast.emit(self._person_id, {o: d for o, d in self.ballot.items() if d})


class BallotBooth(QWidget):
    """Names, then one ballot, then names again; ``close_button`` is the coach's."""

    cast = Signal(str, dict)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale_font(self, BOOTH_SCALE)  # larger than the console, and follows its zoom
        self.names = NamesView()
        self.ballot = BallotView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.names)
        self.pages.addWidget(self.ballot)
        self.close_button = QPushButton(self.tr("End the ballot (coach)"))
        self.close_button.setObjectName("closeBooth")
        self.close_button.setToolTip(self.tr("Back to the console: the round stays open until "
                                             "you reveal it."))
        self.close_button.clicked.connect(self.closed)
        self.ballot.back.connect(self.show_names)
        self.ballot.cast.connect(self.cast)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self._objectives: tuple[Objective, ...] = ()
        self._round: VoteRound | None = None
        self._people: dict[str, Participant] = {}
        self.names.picked.connect(self._pick)

    def show_round(self, round_: VoteRound, heading: str, own: list[Participant],
                   others: list[Participant], voted: frozenset[str], recast: bool,
                   turnout: str, objectives: tuple[Objective, ...]) -> None:
        self._round, self._objectives = round_, objectives
        self._people = {p.id: p for p in (*own, *others)}
        self.names.show_people(heading, own, others, voted, recast, turnout)

    def show_names(self) -> None:
        self.pages.setCurrentWidget(self.names)

    def _pick(self, participant_id: str) -> None:
        person = self._people.get(participant_id)
        if person is None or self._round is None:
            return
        self.ballot.start(self._round, person, self._objectives)
        self.pages.setCurrentWidget(self.ballot)
        self.ballot.cast_button.setFocus()
