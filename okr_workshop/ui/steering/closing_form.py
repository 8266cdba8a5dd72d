"""One objective at the end of its cycle: its key results graded, the objective's grade
against what its commitment expects, and the closing form (how it ended, what we learned,
what we decided). Texts are saved like every text of the window: after a pause in typing,
or at once when the focus leaves, one undo step per pause."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.enums import ClosingOutcome, Commitment
from okr_workshop.domain.model import Objective, Workshop
from okr_workshop.domain.steering.grading import (
    objective_verdict,
    proposed_outcome,
    verdict_sentence,
)
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.contributions_model import commitment_choices
from okr_workshop.ui.models.grades_model import GRADE, KEY_RESULT, GradesModel, grade_text
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.cycle_words import outcome_label
from okr_workshop.ui.steering.grade_words import expectation, verdict_badge, verdict_colour
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.form_rows import buddy_label
from okr_workshop.ui.widgets.idle_text_edit import IdleTextEdit

NOT_CLOSED = ""


class ClosingForm(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._objective_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("closingTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.commitment = QComboBox()
        self.commitment.setObjectName("closingCommitment")
        for text, value in commitment_choices():
            self.commitment.addItem(text, value)
        self.expectation = QLabel()
        self.expectation.setWordWrap(True)
        self.model = GradesModel(bridge, self)
        self.grades = QTableView()
        self.grades.setObjectName("gradesTable")
        self.grades.setModel(self.model)
        self.grades.setTabKeyNavigation(False)
        self.grades.setWordWrap(True)
        self.grades.verticalHeader().hide()
        self.grades.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grades.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                    & ~QAbstractItemView.EditTrigger.CurrentChanged)
        header = self.grades.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY_RESULT, QHeaderView.ResizeMode.Stretch)
        self.refusal = QLabel()
        self.refusal.setObjectName("gradeRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #B83232;")
        self.refusal.hide()
        self.badge = QLabel()
        self.badge.setObjectName("objectiveBadge")
        self.verdict = QLabel()
        self.verdict.setObjectName("objectiveVerdict")
        self.verdict.setWordWrap(True)
        self.outcome = QComboBox()
        self.outcome.setObjectName("closingOutcome")
        self.outcome.addItem(outcome_label(None), NOT_CLOSED)
        for outcome in ClosingOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.learnings = limited(IdleTextEdit(), "objective", "learnings")
        self.learnings.setObjectName("closingLearnings")
        self.decisions = limited(IdleTextEdit(), "objective", "decisions")
        self.decisions.setObjectName("closingDecisions")
        for edit in (self.learnings, self.decisions):
            follow_font(edit, lambda edit=edit: (
                edit.setMinimumHeight(edit.fontMetrics().height() * 3),
                edit.setMaximumHeight(edit.fontMetrics().height() * 9)))
        self._build()
        self.model.message.connect(self._refuse)
        self.commitment.activated.connect(self._save_commitment)
        self.outcome.activated.connect(self._save_outcome)
        self.learnings.committed.connect(
            lambda text: self._save(edit_label("edit_learnings"), learnings=text))
        self.decisions.committed.connect(
            lambda text: self._save(edit_label("edit_decisions"), decisions=text))
        self.show_objective(bridge.workshop, None)

    def _build(self) -> None:
        top = QFormLayout()
        top.addRow(self.title)
        top.addRow(self.tr("Co&mmitment:"), self.commitment)
        top.addRow(self.expectation)
        closing = QGroupBox(self.tr("Closing the objective"))
        form = QFormLayout(closing)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        form.addRow(self.tr("What we &learned:"), self.learnings)
        form.addRow(self.tr("&Decisions and next steps:"), self.decisions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(buddy_label(self.tr("Gr&ades of the key results:"), self.grades))
        layout.addWidget(self.grades)
        layout.addWidget(self.refusal)
        layout.addWidget(self.badge)
        layout.addWidget(self.verdict)
        layout.addWidget(closing, 1)

    def focus_chain(self) -> list[QWidget]:
        return [self.commitment, self.grades, self.outcome, self.learnings, self.decisions]

    # Showing ---------------------------------------------------------------------------

    def current(self) -> Objective | None:
        if self._objective_id is None:
            return None
        return self.bridge.workshop.objective(self._objective_id)

    def show_objective(self, workshop: Workshop, objective: Objective | None) -> None:
        if objective is None or objective.id != self._objective_id:
            self._refuse("")
        self._objective_id = objective.id if objective else None
        for widget in self.focus_chain():
            widget.setEnabled(objective is not None)
        self.model.load(workshop, objective)
        self._fit_grades()
        if objective is None:
            self.title.setText(self.tr("Choose a kept objective to grade and close it."))
            self.expectation.clear()
            self.badge.clear()
            self.verdict.clear()
            self.learnings.show_value("")
            self.decisions.show_value("")
            return
        self.title.setText(objective.title)
        self.commitment.setCurrentIndex(self.commitment.findData(
            objective.commitment.value if objective.commitment else ""))
        self.expectation.setText(expectation(objective.commitment))
        self._show_verdict(workshop, objective)
        self.outcome.setCurrentIndex(self.outcome.findData(
            objective.outcome.value if objective.outcome else NOT_CLOSED))
        proposed = proposed_outcome(workshop, objective)
        self.outcome.setItemText(0, outcome_label(None) if proposed is None else
                                 self.tr("Not closed yet (the grade says: %1)")
                                 .replace("%1", outcome_label(proposed)))
        self.learnings.show_value(objective.learnings)
        self.decisions.show_value(objective.decisions)

    def _fit_grades(self) -> None:
        """As tall as its key results (up to six rows): the closing form stays in sight."""
        self.grades.resizeRowsToContents()
        rows = min(max(self.model.rowCount(), 2), 6)
        height = sum(self.grades.rowHeight(r) for r in range(min(rows, self.model.rowCount())))
        height += max(0, rows - self.model.rowCount()) * self.grades.verticalHeader()\
            .defaultSectionSize()
        self.grades.setFixedHeight(height + self.grades.horizontalHeader().height()
                                   + 2 * self.grades.frameWidth() + 2)

    def _show_verdict(self, workshop: Workshop, objective: Objective) -> None:
        verdict = objective_verdict(workshop, objective)
        colour = verdict_colour(verdict)
        style = f"color: {colour.name()}; font-weight: bold;" if colour else "font-weight: bold;"
        self.badge.setStyleSheet(style)
        self.badge.setText(self.tr("Objective grade: %1").replace(
            "%1", verdict_badge(verdict) if verdict.grade is None else
            f"{grade_text(verdict.grade)} — {verdict_badge(verdict)}"))
        self.verdict.setText(verdict_sentence(verdict, ui_language()))
        self.verdict.setProperty("postMortem", verdict.post_mortem)

    def _refuse(self, reason: str) -> None:
        self.refusal.setText(reason)
        self.refusal.setVisible(bool(reason))

    def edit_grade(self, row: int) -> None:
        """Put the keys in the grade of the key result on ``row``, ready to type."""
        index = self.model.index(row, GRADE)
        self.grades.setFocus(Qt.FocusReason.OtherFocusReason)
        self.grades.setCurrentIndex(index)

    # Saving ----------------------------------------------------------------------------

    def _save(self, label, **changes) -> None:
        objective = self.current()
        if objective is None or all(getattr(objective, k) == v for k, v in changes.items()):
            return
        self.bridge.edit(lambda s: s.update(label, objective, **changes))

    def _save_commitment(self, index: int) -> None:
        value = self.commitment.itemData(index)
        self._save(edit_label("change_commitment"),
                   commitment=Commitment(value) if value else None)

    def _save_outcome(self, index: int) -> None:
        value = self.outcome.itemData(index)
        self._save(edit_label("edit_outcome"),
                   outcome=ClosingOutcome(value) if value else None)
