"""Contributions on the audience view: the pointed team's objectives as large cards, each
with the strategic objective it serves or "not aligned" with its reason. A candidate appears
as soon as the console adds it (the channel carries every edit).

At most ``MOST_CARDS`` cards, the chosen objective's page of them (the newest one is chosen
as it is added); the others are counted ("+4 more"), never shrunk below legible type.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Objective, Team, Workshop
from okr_workshop.ui.language import is_singular
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import (
    BLUE,
    MAIN_PIXELS_1080,
    SECOND_PIXELS_1080,
    Scene,
    room_label,
)
from okr_workshop.ui.room.scenes.fit import fit, view_height

MOST_CARDS = 6


def columns_for(count: int) -> int:
    return 1 if count <= 1 else 2 if count <= 4 else 3


class Card(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("contributionCard")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.title = room_label(name="cardTitle")
        self.serves = room_label(pixels=SECOND_PIXELS_1080, name="cardServes")
        self.serves.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.serves, 1)
        layout.addStretch(0)
        self.chosen = False  # the one the coach selected: outlined, so the room follows

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.chosen:
            painter = QPainter(self)
            pen = QPen(BLUE, max(3, self.height() // 60))
            painter.setPen(pen)
            half = pen.width() // 2
            painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class ContributionsScene(Scene):
    step = Step.CONTRIBUTIONS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = room_label(pixels=48, name="contributionsTeam")
        self.count = room_label(pixels=SECOND_PIXELS_1080, name="contributionsCount")
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty = room_label(name="contributionsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more = room_label(pixels=SECOND_PIXELS_1080, name="contributionsMore")
        self.more.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.more.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cards = [Card() for _ in range(MOST_CARDS)]
        self.grid = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(self.team, 3)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.more)
        self._shown = 0

    # Showing --------------------------------------------------------------------------------

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        team = workshop.team(pointer.team_id or "") or (workshop.teams[0] if workshop.teams
                                                         else None)
        objectives = list(team.objectives) if team else []
        self.team.setText(team.name if team else self.tr("No team yet"))
        self.count.setText(self._count_text(len(objectives)) if team else "")
        start = self._first_shown(objectives, pointer.objective_id)
        shown = objectives[start:start + MOST_CARDS]
        self._lay_cards(len(shown))
        for card, objective in zip(self.cards, shown, strict=False):
            card.title.setText(objective.title)
            card.serves.setText(self._serves(workshop, objective))
            chosen = objective.id == pointer.objective_id and len(objectives) > 1
            if chosen != card.chosen:
                card.chosen = chosen
                card.update()
        hidden = len(objectives) - len(shown)
        more = self.tr("+%1 more", "one") if is_singular(hidden) else self.tr("+%1 more", "many")
        self.more.setText(more.replace("%1", str(hidden)) if hidden else "")
        self.more.setVisible(bool(hidden))
        self.empty.setText(self._empty_text(team))
        self.empty.setVisible(not shown)
        self._fit()

    def _count_text(self, count: int) -> str:
        text = self.tr("%1 objective") if is_singular(count) else self.tr("%1 objectives")
        return text.replace("%1", str(count))

    def _empty_text(self, team: Team | None) -> str:
        if team is None:  # the heading says so; no instructions for the coach on the room's screen
            return ""
        return self.tr("No candidate objective yet: what will this team contribute?")

    def _serves(self, workshop: Workshop, objective: Objective) -> str:
        served = workshop.strategic_objective(objective.strategic_objective_id or "")
        if served is not None:
            return self.tr("Serves: %1").replace("%1", served.title)
        reason = objective.non_alignment_reason.strip()
        if reason:
            return self.tr("Not aligned: %1").replace("%1", reason)
        return self.tr("Not aligned")

    @staticmethod
    def _first_shown(objectives: list[Objective], chosen: str | None) -> int:
        """The page of cards holding the chosen objective (the first page by default)."""
        row = next((i for i, o in enumerate(objectives) if o.id == chosen), 0)
        return (row // MOST_CARDS) * MOST_CARDS if len(objectives) > MOST_CARDS else 0

    def _lay_cards(self, count: int) -> None:
        if count == self._shown:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
        columns = columns_for(count)
        for index, card in enumerate(self.cards[:count]):
            self.grid.addWidget(card, index // columns, index % columns)
            card.show()
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._shown = count

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        """The next (previous) team."""
        ids = [t.id for t in workshop.teams]
        if not ids:
            return None
        here = ids.index(pointer.team_id) if pointer.team_id in ids else 0
        return Pointer(self.step, team_id=ids[(here + delta) % len(ids)])

    # Type -------------------------------------------------------------------------------------

    def _fit(self) -> None:
        view = view_height(self)
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = width // 30
        self.layout().setContentsMargins(margin, height // 40, margin, height // 60)
        self.grid.setSpacing(max(12, width // 80))
        fit(self.team, width * 3 // 4 - margin, height // 9, 56, MAIN_PIXELS_1080, view)
        fit(self.count, width // 4 - margin, height // 9, SECOND_PIXELS_1080,
            SECOND_PIXELS_1080, view)
        fit(self.empty, width - 2 * margin, height // 2, 48, MAIN_PIXELS_1080, view)
        count = max(1, self._shown)
        columns = columns_for(count)
        rows = -(-count // columns)
        card_width = (width - 2 * margin) // columns - self.grid.spacing() - 40
        card_height = int(height * 0.78) // rows - self.grid.spacing() - 30
        largest = 72 if count == 1 else 54 if count <= 4 else 44
        for card in self.cards[:self._shown]:
            margins = max(12, card_width // 24)
            card.layout().setContentsMargins(margins, margins, margins, margins)
            fit(card.title, card_width - margins, card_height * 2 // 3, largest,
                MAIN_PIXELS_1080, view)
            fit(card.serves, card_width - margins, card_height // 3, SECOND_PIXELS_1080, 24,
                view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
