"""The Focus step's decision buttons beside the ranked objectives: +1, −1, keep, park, back.

Each has a Ctrl shortcut (the same in every language) and, in the table, a plain key: + −
and the letter underlined on its button in the window's language (K P C, or R P C in
French), which the tooltips name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from okr_workshop.domain.model import CommonRule, Objective, Team
from okr_workshop.domain.rules.common_rule import KEEP_REFUSED
from okr_workshop.domain.rules.focus import Decision, refusal
from okr_workshop.ui.pages.focus_texts import keep_tip, letter_tips
from okr_workshop.ui.widgets.focus_table import FocusTable, mnemonic_letter

# The page's context, where the catalogue has these texts.
translate = QCoreApplication.translate


class DecisionButtons(QWidget):
    command = Signal(str)  # a Decision's value: the page asks the domain whether it applies

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vote_up_button = self._button(
            "voteUpButton", translate("FocusPage", "+1 vote"),
            translate("FocusPage", "Add a vote (+ or Ctrl+Up)."))
        self.vote_down_button = self._button(
            "voteDownButton", translate("FocusPage", "−1 vote"),
            translate("FocusPage", "Remove a vote (− or Ctrl+Down)."))
        for button in (self.vote_up_button, self.vote_down_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys in the list
        self.keep_button = self._button("keepButton", translate("FocusPage", "&Keep"))
        self.park_button = self._button("parkButton", translate("FocusPage", "&Park"))
        self.candidate_button = self._button(
            "candidateButton", translate("FocusPage", "Back to &candidates"))
        self.buttons = [self.vote_up_button, self.vote_down_button, self.keep_button,
                        self.park_button, self.candidate_button]
        # The decision each button (and its shortcut) asks for, in the buttons' order.
        self.decisions = dict(zip(
            (Decision.ADD_VOTE, Decision.REMOVE_VOTE, Decision.KEEP, Decision.PARK,
             Decision.BACK_TO_CANDIDATES), self.buttons, strict=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        self.letters = {
            decision: mnemonic_letter(self.decisions[decision].text()).upper()
            for decision in (Decision.KEEP, Decision.PARK, Decision.BACK_TO_CANDIDATES)
        }
        _table_tip, park_tip, candidate_tip = letter_tips(self.letters)
        self.park_button.setToolTip(park_tip)
        self.candidate_button.setToolTip(candidate_tip)

    def _button(self, name: str, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def serve(self, page: QWidget, table: FocusTable) -> None:
        """Give ``table`` the letters and its tooltip, and ``page`` the Ctrl shortcuts."""
        table.set_letters({letter: decision for decision, letter in self.letters.items()})
        table.setToolTip(letter_tips(self.letters)[0])
        shortcuts = ("Ctrl+Up", "Ctrl+Down", "Ctrl+K", "Ctrl+P", "Ctrl+B")
        for (name, button), shortcut in zip(self.decisions.items(), shortcuts, strict=True):
            action = QAction(button.text().replace("&", ""), page)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, n=name: self.command.emit(n))
            page.addAction(action)
            button.clicked.connect(lambda _=False, n=name: self.command.emit(n))

    def enable_for(self, team: Team | None, objective: Objective | None,
                   rule: CommonRule) -> None:
        """Enable the buttons of the decisions the domain allows on ``objective``."""
        for decision, button in self.decisions.items():
            refused = (refusal(decision, team, objective, rule)
                       if objective is not None and team is not None else None)
            # A full strict rule leaves Keep pressable: pressing it says why it refuses.
            button.setEnabled(objective is not None
                              and (refused is None or refused.code == KEEP_REFUSED))

    def keep_tip(self) -> str:
        return keep_tip(self.letters[Decision.KEEP])
