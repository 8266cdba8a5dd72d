"""The Review scene's health of the five mistakes: five large states, one a row.

The words are the health check's own (``domain/rules/health.py``), the ones the Review page
and the deck's appendix use, in the window's language; each state has its symbol beside its
colour, so nothing is said by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from okr_workshop.domain.rules.health import (
    HealthStatus,
    MistakeHealth,
    mistake_scope,
    mistake_title,
    status_label,
)
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.health_model import TONES
from okr_workshop.ui.models.review_badges import badge_text
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.scene import AMBER, GREEN, RED
from okr_workshop.ui.room.scenes.room_parts import drop, role_label, tone

COLOURS = {HealthStatus.OK: GREEN, HealthStatus.AT_RISK: AMBER, HealthStatus.MISSING: RED}
translate = QCoreApplication.translate


class HealthPart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewHealth")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(36)
        self.grid.setVerticalSpacing(20)
        self.states: list[QLabel] = []
        self.titles: list[QLabel] = []
        self.scopes: list[QLabel] = []
        self._view = 0

    def _build(self, view: int) -> None:
        for label in self.states + self.titles + self.scopes:
            drop(label)
        self.states, self.titles, self.scopes = [], [], []
        for row in range(5):
            state = role_label("main", view, bold=True, name="healthState")
            state.setWordWrap(False)  # one or two words: the column is as wide as the widest
            title = role_label("main", view, name="healthTitle")
            scope = role_label("second", view, name="healthScope")
            self.grid.addWidget(state, row * 2, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(title, row * 2, 1)
            self.grid.addWidget(scope, row * 2 + 1, 1)
            self.states.append(state)
            self.titles.append(title)
            self.scopes.append(scope)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(10, 1)
        self._view = view

    def show_health(self, health: tuple[MistakeHealth, ...], view: int) -> None:
        if view != self._view:
            self._build(view)
        language = ui_language()
        for row, item in enumerate(health[:5]):
            # The Review page's very words: its badge (symbol and state) and its title line.
            self.states[row].setText(badge_text(TONES[item.status],
                                                status_label(item.status, language)))
            tone(self.states[row], COLOURS[item.status])
            self.titles[row].setText(fill(translate("HealthModel", "%1. %2"), item.mistake,
                                          mistake_title(item.mistake, language)))
            self.scopes[row].setText(mistake_scope(item.mistake, language))

    def texts(self) -> list[str]:
        return [label.text() for label in self.states + self.titles + self.scopes]
