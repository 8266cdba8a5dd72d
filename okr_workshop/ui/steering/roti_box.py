"""ROTI (return on time invested, 1 to 5) for one occasion: pick who votes (or no one, for
an anonymous vote), press a digit 1–5 or click its button; the count, the average and the
five bars follow each vote. A person votes once per occasion (and day, when one is chosen):
voting again changes the vote.
After a named vote the next person who has not voted is proposed, so the room goes round
with the digits alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import RotiVote, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import is_singular, show_number
from okr_workshop.ui.models.feedback_models import VotesModel
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.feedback_words import Moment, anonymous
from okr_workshop.ui.widgets.choice_combo import show_choices

DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}


class RotiBars(QWidget):
    """How many votes each score got, as five bars (the count written on each)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * 5
        self.setMinimumSize(160, 70)

    def show_counts(self, counts: list[int]) -> None:
        self.counts = counts
        self.setAccessibleDescription(
            ", ".join(f"{score}: {count}" for score, count in enumerate(counts, start=1)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette()
        line = painter.fontMetrics().height()
        width = self.width() / 5
        room = self.height() - 2 * line - 4
        top = max(self.counts) or 1
        for n, count in enumerate(self.counts):
            x = n * width
            height = room * count / top
            bar = QRectF(x + width * 0.15, line + room - height, width * 0.7, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x, line + room - height - line, width, line),
                             Qt.AlignmentFlag.AlignCenter, str(count) if count else "")
            painter.drawText(QRectF(x, self.height() - line, width, line),
                             Qt.AlignmentFlag.AlignCenter, str(n + 1))


class RotiBox(QGroupBox):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("ROTI: was the time well spent? (1 = wasted, 5 = well worth it)"),
                         parent)
        self.bridge = bridge
        self.moment = Moment()
        self.voter = QComboBox()
        self.voter.setObjectName("rotiVoter")
        self.voter.setToolTip(self.tr("Who votes; then press a digit from 1 to 5."))
        voter_label = QLabel(self.tr("Who vote&s:"))
        voter_label.setBuddy(self.voter)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addWidget(voter_label)
        row.addWidget(self.voter, 1)
        for score in range(1, 6):
            button = QPushButton(str(score))
            button.setObjectName(f"roti{score}")
            button.setToolTip(self.tr("Add a vote of %1 (or press %1)").replace("%1", str(score)))
            button.setMaximumWidth(40)
            button.clicked.connect(lambda _=False, s=score: self.vote(s))
            self.buttons.append(button)
            row.addWidget(button)
        self.model = VotesModel(bridge, self)
        self.table = QTableView()
        self.table.setObjectName("rotiVotes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove = QPushButton(self.tr("Remove vote"))
        self.remove.setObjectName("removeVote")
        self.remove.clicked.connect(self.remove_vote)
        self.summary = QLabel()
        self.summary.setObjectName("rotiSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.bars = RotiBars()
        self.bars.setObjectName("rotiBars")
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self.bars, 1)
        side.addWidget(self.remove)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(body, 1)
        # Digits vote wherever the keys are in the box (no text field takes them here).
        for widget in (self.voter, self.table, *self.buttons, self.remove):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and event.key() in DIGITS):
            self.vote(DIGITS[Qt.Key(event.key())])
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.remove_vote()
            return True
        return super().eventFilter(watched, event)

    def load(self, workshop: Workshop, moment: Moment) -> None:
        self.moment = moment
        votes = [v for v in workshop.roti_votes if moment.holds(v)]
        show_choices(self.voter, [(anonymous(), ""),
                                  *((p.name, p.id) for p in workshop.participants)])
        self.model.load(workshop, votes)
        counts = [sum(1 for v in votes if v.score == s) for s in range(1, 6)]
        self.bars.show_counts(counts)
        if votes:
            average = sum(v.score for v in votes) / len(votes)
            text = (self.tr("%1 vote, average %2") if is_singular(len(votes))
                    else self.tr("%1 votes, average %2"))
            text = fill(text, len(votes), show_number(round(average, 1)))
        else:
            text = self.tr("No vote yet.")
        self.summary.setText(text)
        self.remove.setEnabled(bool(votes))

    def vote(self, score: int) -> None:
        workshop = self.bridge.workshop
        voter = self.voter.currentData() or None
        earlier = next((v for v in workshop.roti_votes
                        if voter and v.participant_id == voter and self.moment.holds(v)),
                       None)
        if earlier is not None:
            self.bridge.edit(lambda s: s.update(edit_label("add_roti"), earlier, score=score))
        else:
            vote = RotiVote(score=score, participant_id=voter, occasion=self.moment.occasion,
                            on=self.moment.on,
                            position=len(workshop.roti_votes))
            self.bridge.edit(lambda s: s.add(edit_label("add_roti"), vote))
        if voter:
            self._next_voter()

    def _next_voter(self) -> None:
        """The next participant (in the list) who has not voted at this occasion."""
        voted = {v.participant_id for v in self.bridge.workshop.roti_votes
                 if self.moment.holds(v)}
        for row in range(self.voter.currentIndex() + 1, self.voter.count()):
            if self.voter.itemData(row) not in voted:
                self.voter.setCurrentIndex(row)
                return

    def remove_vote(self) -> None:
        vote = self.model.vote_at(self.table.currentIndex().row())
        if vote is not None:
            self.bridge.edit(lambda s: s.delete(edit_label("delete_roti"), vote))
