"""The Review scene's alignment picture: one column per strategic objective, the teams whose
kept objectives serve it as cards under it; the kept objectives aligned with none in a
column set apart (dashed).

A team is one card per column (with "×2" when two of its objectives serve it), so eight
teams or forty read the same way; the team the coach points at is framed, and its
objectives are written out in full under its name. What does not fit says "+12 more"
instead of shrinking the type below the room's floor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from okr_workshop.domain.coverage import Coverage
from okr_workshop.domain.model import Objective, Team, Workshop
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.scene import AMBER, BLUE, room_pixels
from okr_workshop.ui.room.scenes.room_parts import (
    SIZES,
    Card,
    drop,
    role_label,
    text_height,
    tone,
)

translate = QCoreApplication.translate

MAX_COLUMNS = 5  # per row: narrower columns would hold two words a line
# Two rows of five with the set-apart column: beyond, one cell says how many more.
MAX_STRATEGIC = 9
GAP = 18


def _team_cards(objectives: tuple[Objective, ...], workshop: Workshop,
                pointed: str | None) -> list[tuple[str, bool]]:
    """(text, is the pointed team) per card: a team and how many of its objectives, or
    for the pointed team the objectives themselves."""
    teams: dict[str, list[Objective]] = {}
    for objective in objectives:
        teams.setdefault(objective.team_id, []).append(objective)
    cards = []
    for team_id, served in teams.items():
        team = workshop.team(team_id)
        name = team.name.strip() if isinstance(team, Team) else "?"
        if team_id == pointed:
            lines = [name] + [f"– {o.title.strip()}" for o in served]
            cards.append(("\n".join(lines), team_id == pointed))
        elif len(served) > 1:
            cards.append((fill(translate("ReviewScene", "%1 ×%2"), name, len(served)), False))
        else:
            cards.append((name, False))
    # The pointed team first: it must never be the one cut by "+12 more".
    return sorted(cards, key=lambda card: not card[1])


class AlignmentPart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewAlignment")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(GAP * 2)
        self.grid.setVerticalSpacing(GAP)
        self.columns: list[QWidget] = []

    def show_alignment(self, workshop: Workshop, found: Coverage, pointed: str | None,
                       width: int, height: int, view: int) -> None:
        """Lay the picture out in ``width`` × ``height`` pixels of a ``view``-high screen."""
        for column in self.columns:
            drop(column)
        self.columns = []
        specs: list[tuple[str, tuple[Objective, ...], bool]] = [
            (b.strategic.title.strip(), b.objectives, False) for b in found.branches]
        hidden = 0
        if len(specs) > MAX_STRATEGIC:
            hidden = len(specs) - (MAX_STRATEGIC - 1)
            specs = specs[:MAX_STRATEGIC - 1]
        if found.unaligned:
            specs.append((translate("ReviewScene", "Not aligned with a strategic objective"),
                          found.unaligned, True))
        if not specs:
            label = role_label("main", view, name="alignmentEmpty")
            label.setText(translate("ReviewScene", "No strategic objective yet."))
            self._place(label, 0, 0)
            return
        count = len(specs) + (1 if hidden else 0)
        rows = 1 if count <= MAX_COLUMNS else 2
        per_row = -(-count // rows)
        column_width = (width - (per_row - 1) * GAP * 2) // per_row
        column_height = (height - (rows - 1) * GAP) // rows
        for number, (title, objectives, apart) in enumerate(specs):
            column = self._column(workshop, title, objectives, apart, pointed,
                                  column_width, column_height, view)
            self._place(column, number // per_row, number % per_row)
        if hidden:
            more = role_label("main", view, name="moreStrategic")
            more.setText(fill(translate("ReviewScene", "+%1 more strategic objectives"), hidden))
            more.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._place(more, (count - 1) // per_row, (count - 1) % per_row)
        for column in range(per_row):
            self.grid.setColumnStretch(column, 1)

    def _place(self, widget: QWidget, row: int, column: int) -> None:
        self.columns.append(widget)
        self.grid.addWidget(widget, row, column)

    def _column(self, workshop: Workshop, title: str, objectives: tuple[Objective, ...],
                apart: bool, pointed: str | None, width: int, height: int,
                view: int) -> QWidget:
        box = QWidget()
        box.setObjectName("alignmentColumn")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP // 2)
        head = Card("main", view, bold=True)
        head.setObjectName("alignmentHead")
        head.setText(title)
        head.set_look(dashed=apart)
        layout.addWidget(head)
        inner = width - 2 * Card.PAD
        used = text_height(head.font(), title, inner) + Card.PAD + GAP // 2
        cards = _team_cards(objectives, workshop, pointed)
        if not cards:
            empty = role_label("main", view, name="alignmentGap")
            empty.setText(translate("ReviewScene", "No kept objective serves it yet"))
            tone(empty, AMBER)
            layout.addWidget(empty)
        main_font = role_label("main", view).font()
        line = room_pixels(view, SIZES["main"]) * 2
        shown = 0
        for number, (text, is_pointed) in enumerate(cards):
            needed = text_height(main_font, text, inner) + Card.PAD + GAP // 2
            reserve = line if number < len(cards) - 1 else 0  # room for "+N more"
            if used + needed + reserve > height and not (is_pointed and shown == 0):
                break
            card = Card("main", view)
            card.setObjectName("alignmentTeam")
            card.setText(text)
            card.set_look(BLUE if is_pointed else None, dashed=apart)
            layout.addWidget(card)
            used += needed
            shown += 1
        if shown < len(cards):
            more = role_label("main", view, name="alignmentMore")
            more.setText(fill(translate("ReviewScene", "+%1 more"), len(cards) - shown))
            layout.addWidget(more)
        layout.addStretch(1)
        return box

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel) if label.text()]
