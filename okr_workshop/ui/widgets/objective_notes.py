"""Beside a team's objectives: the selected one's why, and what the rules say about it.

The why is a paragraph, so it is edited here rather than in a table cell; it is saved when
the person pauses or leaves the field. The remarks are the rules' own sentences and advice,
refreshed after every edit, so the room sees at once what a wording lacks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from okr_workshop.domain.findings import by_severity
from okr_workshop.domain.model import Objective, ObjectiveStatus, Workshop
from okr_workshop.domain.rules.check import check_objective
from okr_workshop.domain.rules.wording import short
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.contributions_model import reason_heading
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.severity import MARK, WARNING
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.idle_text_edit import IdleTextEdit


class ObjectiveNotes(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._owner: str | None = None  # the objective whose why the field shows

        self.why_edit = limited(IdleTextEdit(), "objective", "why")
        self.why_edit.setObjectName("objectiveWhyEdit")
        self.why_edit.setPlaceholderText(
            self.tr("Why this matters now, in a sentence the team would say.")
        )
        self.why_edit.setToolTip(
            self.tr(
                "The why gets the team on board; kept objectives need one. Saved as soon "
                "as you pause typing."
            )
        )
        self.why_edit.committed.connect(self._save_why)
        self.why_label = QLabel(self.tr("&Why it matters"))
        self.why_label.setBuddy(self.why_edit)
        self.why_label.setWordWrap(True)

        self.remarks = QLabel()
        self.remarks.setObjectName("objectiveRemarks")
        self.remarks.setWordWrap(True)
        self.remarks.setTextFormat(Qt.TextFormat.PlainText)
        self.remarks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.remarks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.remarks)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remarks_label = QLabel(self.tr("What the rules say"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.why_label)
        layout.addWidget(self.why_edit, 1)
        layout.addWidget(remarks_label)
        layout.addWidget(scroll, 2)

    def show_objective(self, workshop: Workshop, objective: Objective | None) -> None:
        self.why_edit.setEnabled(objective is not None)
        if objective is None:
            self.discard()
            self._owner = None
            self.why_edit.show_value("")
            self.why_label.setText(self.tr("&Why it matters"))
            self.remarks.setText(self.tr("Choose an objective to see what the rules say."))
            return
        if objective.id != self._owner:
            self.discard()
            self._owner = objective.id
        self.why_edit.show_value(objective.why)
        self.why_label.setText(fill(self.tr("&Why “%1” matters"), short(objective.title, 40)))
        self.remarks.setText(self.remarks_text(workshop, objective))

    def remarks_text(self, workshop: Workshop, objective: Objective) -> str:
        findings = by_severity(check_objective(workshop, objective))
        language = workshop.language
        remarks = [f"{MARK[f.severity]} {f.message(language)}\n{f.advice(language)}"
                   for f in findings]
        # The rules judge alignment once an objective is kept; a candidate gets the reminder
        # the "Still to do" panel gives, so this panel never says "nothing to say" meanwhile.
        if (objective.status != ObjectiveStatus.KEPT and not objective.is_aligned
                and not objective.non_alignment_reason.strip()):
            remarks.insert(0, WARNING + fill(
                self.tr("“%1” serves no strategic objective.\nChoose the one it serves, or fill "
                        "in “%2”."), short(objective.title, 60), reason_heading()))
        if not remarks:
            return self.tr("Nothing to say about this objective.")
        return "\n\n".join(remarks)

    def flush(self) -> None:
        """Save the why typed for the objective shown, if it still exists."""
        if self._owner and self.bridge.workshop.objective(self._owner):
            self.why_edit.commit()
        else:
            self.discard()

    def discard(self) -> None:
        self.why_edit.discard()

    def _save_why(self, text: str) -> None:
        item = self._owner and self.bridge.workshop.objective(self._owner)
        if not item:
            return
        label = edit_label("edit_why")
        if not self.bridge.edit(lambda s: s.update(label, item, why=text)):
            stored = self.bridge.workshop.objective(item.id)
            self.why_edit.show_value(stored.why if stored else "")
