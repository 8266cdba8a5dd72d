"""Step 4, Focus: each team votes, keeps what matters within the common rule, parks the rest.

Mistake 2 of the source (too many objectives). The counter says where the team stands against
the rule; a strict rule refuses to keep one more and the page says why in the rule's own
sentence; parked objectives stay in view in the parking lot.

Which decision an objective allows, and what it changes, is the domain's
(:mod:`okr_workshop.domain.rules.focus`, shared with the command line and the audience
views): the page enables its buttons from the refusals' codes and says only the strict
rule's refusal, which a person can act on.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.commands import EditLabel
from okr_workshop.app.touched import Touched
from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import Objective, ObjectiveStatus, Step, Team, Workshop
from okr_workshop.domain.rules.common_rule import KEEP_REFUSED, team_rule_findings
from okr_workshop.domain.rules.focus import Decision, decide, refusal
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.focus_model import FocusModel
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.pages.focus_texts import counter_texts, rule_tooltip
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.severity import INFO
from okr_workshop.ui.tab_order import set_tab_chain
from okr_workshop.ui.widgets.focus_buttons import DecisionButtons
from okr_workshop.ui.widgets.focus_table import FocusTable
from okr_workshop.ui.widgets.parking_lot import ParkingLot
from okr_workshop.ui.widgets.rule_counter import RuleCounter
from okr_workshop.ui.widgets.team_keys import add_team_shortcuts, team_keys_hint


class FocusPage(StepPage):
    step = Step.FOCUS

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self._workshop = bridge.workshop
        self._team_id: str | None = None
        # The refusal on show (only the strict rule's is said: the others disable a button).
        self._refusal: Finding | None = None
        self._loading = False
        self._fallback_row = -1
        # While votes are counted the rows stay put, so Down then + counts the next row
        # rather than whichever slid under the cursor; re-ranked once the keys leave them.
        self._voting = False

        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamCombo")
        self.team_combo.setToolTip(
            self.tr("The team whose objectives are being chosen.") + "\n" + team_keys_hint()
        )
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_combo)
        self.counter = RuleCounter()
        self.counter.setObjectName("keptCounter")

        self.model = FocusModel(self)
        self.table = FocusTable()
        self.table.setObjectName("focusTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Rows the room can tell apart on a projector, even with one line of text each.
        follow_font(self.table, lambda: self.table.verticalHeader().setMinimumSectionSize(
            self.table.fontMetrics().height() + 10))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FocusModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FocusModel.VOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FocusModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Objectives ranked by votes"))

        self.decisions = DecisionButtons()
        self.vote_up_button = self.decisions.vote_up_button
        self.vote_down_button = self.decisions.vote_down_button
        self.keep_button = self.decisions.keep_button
        self.park_button = self.decisions.park_button
        self.candidate_button = self.decisions.candidate_button

        self.notice = QLabel()
        self.notice.setObjectName("focusNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.parking_lot = ParkingLot()
        self.parking_lot.setObjectName("parkingLot")

        self._build_layout(team_label)
        self.decisions.serve(self, self.table)
        self.decisions.command.connect(self._decide)
        add_team_shortcuts(self, self.choose_team_row)
        self.team_combo.currentIndexChanged.connect(self._on_team_chosen)
        self.table.command.connect(self._decide)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.parking_lot.bring_back.connect(self._bring_back)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _build_layout(self, team_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(team_label)
        top.addWidget(self.team_combo, 1)
        top.addSpacing(12)
        top.addWidget(self.counter)
        top.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.decisions)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 3)
        layout.addWidget(self.notice)
        layout.addWidget(self.parking_lot, 2)
        lot = self.parking_lot
        set_tab_chain([self.team_combo, self.table, *self.decisions.buttons,
                       lot.list, lot.all_teams, lot.bring_back_button])

    def title(self) -> str:
        return self.tr("Focus")

    def focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # + − K P act on its rows

    # Showing -------------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._loading = True
        try:
            self._fill_team_combo(workshop)
            self._show_team()
        finally:
            self._loading = False

    def _fill_team_combo(self, workshop: Workshop) -> None:
        entries = [(t.name, t.id) for t in workshop.teams]
        current = [(self.team_combo.itemText(i), self.team_combo.itemData(i))
                   for i in range(self.team_combo.count())]
        if entries != current:
            self.team_combo.blockSignals(True)
            self.team_combo.clear()
            for name, team_id in entries:
                self.team_combo.addItem(name, team_id)
            self.team_combo.blockSignals(False)
        ids = [team_id for _, team_id in entries]
        if self._team_id not in ids:
            self._team_id = ids[0] if ids else None
        self.team_combo.blockSignals(True)
        self.team_combo.setCurrentIndex(ids.index(self._team_id) if self._team_id else -1)
        self.team_combo.blockSignals(False)

    def reveal(self, touched: Touched) -> None:
        objective = self._workshop.objective(touched.id)
        if touched.kind is not Objective or objective is None:
            return
        if objective.team_id != self._team_id:
            self.team_combo.setCurrentIndex(self.team_combo.findData(objective.team_id))
        row = self.model.row_of(objective.id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def team(self) -> Team | None:
        return self._workshop.team(self._team_id or "")

    def selected(self) -> Objective | None:
        return self.model.objective_at(self.table.currentIndex().row())

    def _show_team(self) -> None:
        keep_id = self.selected().id if self.selected() else None
        keep_row = self._fallback_row
        if keep_row < 0:
            keep_row = self.table.currentIndex().row()
        self._fallback_row = -1
        team = self.team()
        self.model.set_team(team, keep_order=self._voting)
        row = self.model.row_of(keep_id) if keep_id else -1
        if row < 0:
            row = min(max(keep_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.parking_lot.show_team(self._workshop, self._team_id)
        self._show_counter(team)
        self._show_notice(team)
        self._update_buttons()

    def _show_counter(self, team: Team | None) -> None:
        rule = self._workshop.rule
        kept = len(team.objectives_with(ObjectiveStatus.KEPT)) if team else 0
        self.counter.show_count(kept, rule.max_objectives_per_team, counter_texts())
        self.counter.setToolTip(rule_tooltip(rule))
        self.keep_button.setToolTip(
            self.decisions.keep_tip() + "\n" + rule_tooltip(rule)
        )

    def _show_notice(self, team: Team | None) -> None:
        language = self._workshop.language
        if team is None:
            lines = [self.tr("Add teams in the Setup step first: each team chooses its own "
                             "objectives.")]
        elif self._refusal is not None and self._still_refused(team):
            lines = [fill("%1\n%2", self._refusal.message(language),
                          self._refusal.advice(language))]
        else:
            lines = [f.message(language) for f in team_rule_findings(team, self._workshop.rule)]
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def _still_refused(self, team: Team) -> bool:
        # An undo or a change of rule may have made room since the refusal was shown.
        objective = self.selected()
        refused = objective is not None and refusal(
            Decision.KEEP, team, objective, self._workshop.rule)
        if not refused:
            self._refusal = None
        return bool(refused)

    def _update_buttons(self) -> None:
        self.decisions.enable_for(self.team(), self.selected(), self._workshop.rule)

    def _on_team_chosen(self, index: int) -> None:
        self._team_id = self.team_combo.itemData(index)
        self._refusal = None
        self._voting = False
        self.table.selectionModel().clearCurrentIndex()
        self._show_team()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        voting = (self.table, self.vote_up_button, self.vote_down_button)
        if self._voting and new is not None and new not in voting:
            self.rank()

    def rank(self) -> None:
        """Sort the rows by votes again, the selection staying on its objective."""
        self._voting = False
        self._show_team()

    def hideEvent(self, event) -> None:
        if self._voting:
            self.rank()  # the step left: ranked when seen again
        super().hideEvent(event)

    def choose_team_row(self, row: int) -> None:
        if 0 <= row < self.team_combo.count():
            self.team_combo.setCurrentIndex(row)

    def _on_row_changed(self, *_args) -> None:
        if not self._loading and self._refusal is not None:
            self._refusal = None
            self._show_notice(self.team())
        self._update_buttons()

    # Deciding ------------------------------------------------------------------------------

    def _decide(self, value: str) -> None:
        """A button, shortcut or key asked for a decision on the selected objective."""
        objective = self.selected()
        if objective is None:
            return
        decision = Decision(value)
        if decision in (Decision.ADD_VOTE, Decision.REMOVE_VOTE):
            self._voting = True
        if decision is Decision.PARK:
            self._fallback_row = self.table.currentIndex().row()
        self._apply(decision, objective)

    def _bring_back(self, objective_id: str) -> None:
        objective = self._workshop.objective(objective_id)
        if objective is not None:
            self._apply(Decision.BRING_BACK, objective)

    def _apply(self, decision: Decision, objective: Objective) -> None:
        team = self._workshop.team(objective.team_id)
        if team is None:
            return
        result = decide(decision, team, objective, self._workshop.rule)
        if isinstance(result, Finding):
            self._fallback_row = -1
            # The strict rule's refusal is said under the table; the others come from a key
            # pressed where its button is disabled, and do nothing, as the button would.
            if result.code == KEEP_REFUSED:
                self._refusal = result
                self._show_notice(team)
            return
        self._edit(edit_label(decision.value), objective, **result.fields)

    def _edit(self, label: EditLabel, objective: Objective, **fields: object) -> None:
        self._refusal = None
        if not self.bridge.edit(lambda s: s.update(label, objective, **fields)):
            self.load(self.bridge.workshop)

    def missing(self, workshop: Workshop) -> list[str]:
        lines = []
        for team in workshop.teams:
            count = len(team.objectives_with(ObjectiveStatus.CANDIDATE))
            if count == 1:
                lines.append(INFO + fill(self.tr("“%1” still has one candidate to keep or park."),
                                  team.name))
            elif count > 1:
                lines.append(INFO + fill(self.tr("“%1” still has %2 candidates to keep or park."),
                                  team.name, count))
        return lines
