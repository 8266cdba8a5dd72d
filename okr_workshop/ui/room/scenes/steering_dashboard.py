"""The Steering scene outside a round: where the team (or every team) stands, in large.

The five words of the one status vocabulary (``domain/steering/standing.py``: done, on
track, at risk, off track, no check-in yet) with how many key results stand there, then one
line per key result (a team) or per team (all teams) — as many as fit, then "+12 more".
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from okr_workshop.app import clock
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.steering.dashboard import kept_key_results
from okr_workshop.domain.steering.standing import (
    STANDINGS,
    Standing,
    kr_reading,
    standing_label,
)
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.scene import AMBER, BLUE, GREEN, RED, room_pixels
from okr_workshop.ui.room.scenes.room_parts import (
    SIZES,
    drop,
    resize_role,
    role_label,
    text_height,
    tone,
)

translate = QCoreApplication.translate

LOOKS: dict[Standing, tuple[str, QColor | None]] = {
    Standing.DONE: ("★", BLUE), Standing.ON_TRACK: ("✓", GREEN),
    Standing.AT_RISK: ("!", AMBER), Standing.OFF_TRACK: ("✗", RED),
    Standing.NO_CHECK_IN: ("○", None),  # a dash read as "minus 19"
}
GAP = 12


class DashboardPart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steeringDashboard")
        self.heading = role_label("main", 1080, bold=True, name="dashboardHeading")
        self.counts = [role_label("main", 1080, bold=True, name="standingCount")
                       for _ in STANDINGS]
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(40)
        for column, label in enumerate(self.counts):
            tiles.addWidget(label, 0, column, Qt.AlignmentFlag.AlignTop)
            tiles.setColumnStretch(column, 1)
        self.lines: list[QLabel] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(GAP)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP * 2)
        layout.addWidget(self.heading)
        layout.addLayout(tiles)
        layout.addLayout(self.list)
        layout.addStretch(1)

    def show_dashboard(self, workshop: Workshop, team_id: str | None, kr_id: str | None,
                       width: int, height: int, view: int) -> None:
        language = ui_language()
        today = clock.today()
        team = workshop.team(team_id) if team_id else None
        rows = kept_key_results(workshop, team.id if team else None)
        readings = [(t, kr, kr_reading(workshop, kr, today)) for t, _, kr in rows]
        for label in (self.heading, *self.counts):
            resize_role(label, view)
        self.heading.setText(
            fill(translate("SteeringScene", "Where we stand — %1"), team.name.strip()) if team
            else translate("SteeringScene", "Where we stand — all teams"))
        tally = Counter(r.standing for _, _, r in readings)
        for label, standing in zip(self.counts, STANDINGS, strict=True):
            symbol, colour = LOOKS[standing]
            label.setText(f"{symbol} {tally[standing]}\n{standing_label(standing, language)}")
            tone(label, colour)
        if team is not None or len(workshop.teams) == 1:
            lines = [(self._kr_line(kr, reading, language), kr.id == kr_id)
                     for _, kr, reading in readings]
        else:
            lines = self._team_lines(workshop, readings, language)
        if not readings:
            lines = [(translate("SteeringScene", "No kept key result yet."), False)]
        used = sum(text_height(label.font(), label.text(), width // len(STANDINGS))
                   for label in self.counts[:1]) + text_height(
            self.heading.font(), self.heading.text(), width) + GAP * 6
        self._fill(lines, width, height - used, view)

    @staticmethod
    def _kr_line(kr, reading, language) -> str:
        symbol = LOOKS[reading.standing][0]
        line = fill("%1 %2 — %3", symbol, kr.text.strip(),
                    standing_label(reading.standing, language))
        if reading.latest is not None:
            line = fill(translate("SteeringScene", "%1 · confidence %2/10"), line,
                        reading.latest.confidence)
        return line

    @staticmethod
    def _team_lines(workshop: Workshop, readings, language) -> list[tuple[str, bool]]:
        lines = []
        for team in workshop.teams:
            tally = Counter(r.standing for t, _, r in readings if t.id == team.id)
            if not tally:
                continue
            parts = [fill(translate("SteeringScene", "%1 not checked in yet"), tally[s])
                     if s == Standing.NO_CHECK_IN  # "2 no check-in yet" does not read
                     else f"{tally[s]} {standing_label(s, language).lower()}"
                     for s in STANDINGS if tally[s]]
            lines.append((fill(translate("SteeringScene", "%1: %2"), team.name.strip(),
                               ", ".join(parts)), False))
        return lines

    def _fill(self, lines: list[tuple[str, bool]], width: int, height: int,
              view: int) -> None:
        for label in self.lines:
            drop(label)
        self.lines = []
        font = role_label("main", view).font()
        more = room_pixels(view, SIZES["main"]) * 2
        used = 0
        ordered = self._fitted_order(lines, font, width, height, more)
        for number, (text, pointed) in enumerate(ordered):
            needed = text_height(font, text, width) + GAP
            if used + needed + (more if number < len(ordered) - 1 else 0) > height:
                break
            self._add(text, BLUE if pointed else None, view)
            used += needed
        if len(self.lines) < len(ordered):
            self._add(fill(translate("SteeringScene", "+%1 more"),
                           len(ordered) - len(self.lines)), None, view)

    @staticmethod
    def _fitted_order(lines, font, width, height, more) -> list[tuple[str, bool]]:
        """The lines in order, but the pointed one brought first when the list would cut
        it (the room must see what the coach points at)."""
        used, fits = 0, 0
        for text, _ in lines:
            used += text_height(font, text, width) + GAP
            if used + more > height:
                break
            fits += 1
        if any(pointed for _, pointed in lines[fits:]):
            return sorted(lines, key=lambda line: not line[1])
        return lines

    def _add(self, text: str, colour: QColor | None, view: int) -> None:
        label = role_label("main", view, name="dashboardLine")
        label.setText(text)
        tone(label, colour)
        self.list.addWidget(label)
        self.lines.append(label)

    def texts(self) -> list[str]:
        return [label.text() for label in (self.heading, *self.counts, *self.lines)]
