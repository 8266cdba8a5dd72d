"""Step 1, Setup: the workshop's identity, its teams and people, and the common rule.

Two columns so everything fits a 1366×768 laptop: the workshop and its rule on the left,
the teams and participants tables on the right. Every field saves on its own; refused
values come back with a sentence in the notice at the top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Participant, Step, Team, Workshop
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.participants_panel import ParticipantsPanel
from okr_workshop.ui.widgets.rule_editor import RuleEditor
from okr_workshop.ui.widgets.teams_panel import TeamsPanel
from okr_workshop.ui.widgets.workshop_form import WorkshopForm

# Amber reads on light and dark palettes alike; it marks the notice, the text stays default.
NOTICE_STYLE = (
    "QLabel#setupNotice { border-width: 0 0 0 4px; border-style: solid; border-color: #d08700;"
    " padding: 4px 8px; }"
)


class _FittingContent(QWidget):
    """The page inside its scroll area, asking for no more height than it needs.

    A scroll area gives a widget whose labels wrap its *preferred* height for the width,
    and the tables' preferred heights are generous: at 1920×1080 and scale 1.5 the page
    scrolled and cut the participants' buttons although the tables could be shorter."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        needed = layout.totalMinimumHeightForWidth(width) if layout else 0
        return max(self.minimumHeight(), needed)


def _group(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(content)
    return box


class SetupPage(StepPage):
    step = Step.SETUP

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.notice = QLabel()
        self.notice.setObjectName("setupNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()

        self.workshop_form = WorkshopForm(bridge)
        self.rule_editor = RuleEditor(bridge)
        self.teams = TeamsPanel(bridge)
        self.participants = ParticipantsPanel(bridge, self.teams.selected_id)
        for part in (self.workshop_form, self.rule_editor, self.teams, self.participants):
            part.message.connect(self.show_notice)

        left = QVBoxLayout()
        left.addWidget(_group(self.tr("Workshop"), self.workshop_form))
        left.addWidget(_group(self.tr("Common rule"), self.rule_editor))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_group(self.tr("Teams"), self.teams), 2)
        right.addWidget(_group(self.tr("Participants"), self.participants), 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        content = _FittingContent()
        content.setMinimumHeight(480)  # below this the tables are scrolled as a whole
        column = QVBoxLayout(content)
        column.addWidget(self.notice)
        column.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it follows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._add_page_shortcuts()

    def _add_page_shortcuts(self) -> None:
        """Adding is reachable from anywhere on the page, not only from inside a table."""
        for text, shortcut, panel in (
            (self.tr("Add team"), "Ctrl+Shift+N", self.teams),
            (self.tr("Add participant"), "Ctrl+Shift+P", self.participants),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(panel.add)
            self.addAction(action)

    def title(self) -> str:
        return self.tr("Setup")

    def focus_first(self) -> None:
        self.workshop_form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, touched: Touched) -> None:
        if touched.gone:
            return
        if touched.kind is Team:
            self.teams.select_id(touched.id)
        elif touched.kind is Participant:
            self.participants.select_id(touched.id)

    def load(self, workshop: Workshop) -> None:
        self.workshop_form.load(workshop)
        self.rule_editor.load(workshop)
        self.teams.load(workshop)
        self.participants.load(workshop)

    def missing(self, workshop: Workshop) -> list[str]:
        sentences = []
        if not workshop.participants:
            sentences.append(
                self.tr(
                    "No participant yet: add the people taking part, so each team can "
                    "have an ambassador."
                )
            )
        if workshop.cycle_start is None or workshop.cycle_end is None:
            sentences.append(
                self.tr("The cycle's dates are not set yet: the deck and the check-ins need them.")
            )
        # Marked like the rules' findings above them in the same panel.
        return [f"ℹ {sentence}" for sentence in sentences]

    def show_notice(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))
