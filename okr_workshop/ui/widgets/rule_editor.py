"""The common rule (mistake 2): how many objectives per team and key results per objective,
and whether going over the limit is only a warning or refused, with the source's reason beside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import CommonRule, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.session_bridge import SessionBridge

SOFT, STRICT = 0, 1


class RuleEditor(QWidget):
    message = Signal(str)  # a sentence for the page's notice (empty: clear it)

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._loading = False

        self.max_objectives = self._spin(
            "maxObjectives",
            self.tr(
                "How many objectives each team may keep in the Focus step. The source "
                "recommends 2 or 3."
            ),
        )
        self.max_key_results = self._spin(
            "maxKeyResults",
            self.tr("How many key results each kept objective may have. The source recommends 2."),
        )
        self.soft = QRadioButton(self.tr("Soft: &warn"))
        self.soft.setToolTip(
            self.tr("Going over the limit is allowed; the step shows a warning until it is fixed.")
        )
        self.strict = QRadioButton(self.tr("St&rict: refuse"))
        self.strict.setToolTip(
            self.tr(
                "Going over the limit is refused: a team must park an objective before "
                "keeping another one."
            )
        )
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.soft, SOFT)
        self.mode.addButton(self.strict, STRICT)
        modes = QHBoxLayout()
        modes.setContentsMargins(0, 0, 0, 0)
        modes.addWidget(self.soft)
        modes.addWidget(self.strict)
        modes.addStretch(1)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Objectives per team, at &most:"), self.max_objectives)
        form.addRow(self.tr("&Key results per objective, at most:"), self.max_key_results)
        form.addRow(self.tr("When over the limit:"), modes)

        self.reason = QLabel(
            self.tr(
                "Why: the source recommends 2 or 3 objectives per team and 2 key results per "
                "objective. Too many objectives means trying to do everything, and focus is "
                "the whole point of OKRs."
            )
        )
        self.meaning = QLabel(
            self.tr(
                "Soft warns when a team keeps more than the limit; strict refuses to keep "
                "anything beyond it. Parked objectives never count."
            )
        )
        for label in (self.reason, self.meaning):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setObjectName("ruleReason")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.meaning)

        self.max_objectives.valueChanged.connect(self._commit)
        self.max_key_results.valueChanged.connect(self._commit)
        self.mode.idToggled.connect(lambda _id, checked: checked and self._commit())

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, 20)
        # Typed digits are saved when the field is left or Enter is pressed, not one by one.
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    def load(self, workshop: Workshop) -> None:
        rule = workshop.rule
        self._loading = True
        try:
            # Only when different: setValue would wipe digits being typed in the box.
            for spin, wanted in (
                (self.max_objectives, rule.max_objectives_per_team),
                (self.max_key_results, rule.max_key_results_per_objective),
            ):
                if spin.value() != wanted:
                    spin.setValue(wanted)
            (self.strict if rule.strict else self.soft).setChecked(True)
        finally:
            self._loading = False

    def rule(self) -> CommonRule:
        return CommonRule(
            max_objectives_per_team=self.max_objectives.value(),
            max_key_results_per_objective=self.max_key_results.value(),
            strict=self.strict.isChecked(),
        )

    def _commit(self) -> None:
        if self._loading:
            return
        rule = self.rule()
        if rule == self.bridge.workshop.rule:
            return
        label = edit_label("change_rule")
        if self.bridge.edit(lambda s: s.update_workshop(label, rule=rule)):
            self.message.emit("")
        else:
            self.load(self.bridge.workshop)
