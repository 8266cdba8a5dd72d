"""Every field of one key result, each saved when the person finishes editing it.

The sentence is what the room said; typing it proposes the measurable fields (see
``kr_proposal``). A field the person is typing in is never overwritten by a reload.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Direction, KeyResult, Workshop
from okr_workshop.domain.relative_change import TargetKind, fields_for_amount, fields_for_kind
from okr_workshop.domain.rules.kr_sentence import parse_sentence
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.key_results_model import direction_label, number_text
from okr_workshop.ui.pending_edits import saves_typing
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.form_rows import buddy_label, line_edit, pair_row, wrapped_edit
from okr_workshop.ui.widgets.kr_change_row import ChangeRow
from okr_workshop.ui.widgets.kr_editor_texts import edit_labels, tooltips
from okr_workshop.ui.widgets.kr_proposal import ProposalBar, proposal_fields
from okr_workshop.ui.widgets.number_edit import NumberEdit
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit
from okr_workshop.ui.widgets.wrap_line_edit import WrapLineEdit

TEXT_FIELDS = ("text", "metric", "unit", "data_source")


class KeyResultEditor(QWidget):
    saved = Signal()  # an edit of this key result was saved
    draft_changed = Signal()  # a text field was typed in: ``draft()`` differs from the saved

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._workshop: Workshop = bridge.workshop
        self._kr_id: str | None = None
        self._typed = False  # the sentence was typed in since this key result was shown

        # Sentences and sources run long: shown whole, wrapped, rather than only their end.
        self.sentence = limited(wrapped_edit("sentenceEdit", 2, 5), "key_result", "text")
        self.metric_field = limited(line_edit("metricEdit"), "key_result", "metric")
        self.unit = limited(line_edit("unitEdit"), "key_result", "unit")
        self.data_source = limited(wrapped_edit("dataSourceEdit", 1, 3), "key_result",
                                   "data_source")
        self.baseline = NumberEdit()
        self.baseline.setObjectName("baselineEdit")
        self.target = NumberEdit()
        self.target.setObjectName("targetEdit")
        self.direction = QComboBox()
        self.direction.setObjectName("directionCombo")
        for value in (None, *Direction):
            self.direction.addItem(direction_label(value), value.value if value else "")
        self.owner = QComboBox()
        self.owner.setObjectName("ownerCombo")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        limited(self.owner.lineEdit(), "key_result", "owner")
        self.due = OptionalDateEdit(self.tr("Set"))
        self.due.setObjectName("dueDate")
        # No Alt+letter is free on the page: Tab after the due date reaches it.
        self.milestone = QCheckBox(self.tr("Milestone: done or not yet"))
        self.milestone.setObjectName("milestoneCheck")
        self.proposal = ProposalBar()
        self.change_row = ChangeRow()
        # A relative change asks for its baseline here, then shows the target it gives.
        self.change_note = self.change_row.note

        self.inputs: dict[str, QWidget] = {
            "text": self.sentence, "metric": self.metric_field, "unit": self.unit,
            "data_source": self.data_source, "baseline": self.baseline, "target": self.target,
            "direction": self.direction, "owner": self.owner, "due": self.due,
            "milestone": self.milestone, "target_kind": self.change_row.kind,
            "change": self.change_row.amount,
        }
        for name, tip in tooltips().items():
            self.inputs[name].setToolTip(tip)
        self.due.check.setToolTip(tooltips()["due"])
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Se&ntence:"), self.sentence)
        form.addRow(self.proposal)
        form.addRow(self.tr("&Metric:"), self.metric_field)
        # Short values share a row; each label reaches its field, not the row.
        form.addRow(buddy_label(self.tr("&Baseline:"), self.baseline),
                    pair_row(self.baseline, self.tr("&Target:"), self.target))
        form.addRow(buddy_label(self.tr("Target t&ype:"), self.change_row.kind),
                    self.change_row)
        form.addRow(self.change_note)
        form.addRow(buddy_label(self.tr("Un&it:"), self.unit),
                    pair_row(self.unit, self.tr("Di&rection:"), self.direction))
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("Data &source:"), self.data_source)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addSpacing(16)
        due_row.addWidget(self.milestone)
        due_row.addStretch(1)
        form.addRow(buddy_label(self.tr("D&ue date:"), self.due), due_row)

    def focus_chain(self) -> list[QWidget]:
        """The form from top to bottom: the page's Tab order goes through it in this order."""
        return [self.sentence, self.proposal.accept_button, self.metric_field, self.baseline,
                self.target, self.change_row.kind, self.change_row.amount, self.unit,
                self.direction, self.owner, self.data_source, self.due.check, self.due.edit,
                self.milestone]

    def _connect(self) -> None:
        for name in TEXT_FIELDS:
            edit = self.inputs[name]
            edit.editingFinished.connect(lambda n=name, e=edit: self._finish_line(n, e))
        self.sentence.textEdited.connect(self._on_sentence_typed)
        for name in TEXT_FIELDS:
            self.inputs[name].textEdited.connect(lambda _text: self.draft_changed.emit())
        self.baseline.committed.connect(lambda value: self._save("baseline", value))
        self.target.committed.connect(self._save_target)
        self.direction.activated.connect(
            lambda i: self._save("direction", Direction(d) if (d := self.direction.itemData(i))
                                 else None)
        )
        self.owner.lineEdit().editingFinished.connect(self._finish_owner)
        self.owner.activated.connect(lambda _i: self._finish_owner())
        self.due.committed.connect(lambda value: self._save("due", value))
        self.milestone.toggled.connect(lambda on: self._save("milestone", on))
        self.change_row.kind_chosen.connect(self._choose_kind)
        self.change_row.amount_committed.connect(self._save_amount)
        self.proposal.accept_requested.connect(self.accept_proposal)
        accept = QAction(self.tr("Accept the proposed fields"), self)
        accept.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        accept.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        accept.triggered.connect(self.accept_proposal)
        saves_typing(accept)
        saves_typing(self.proposal.accept_button)
        self.addAction(accept)

    # Showing -------------------------------------------------------------------------------

    def current(self) -> KeyResult | None:
        if self._kr_id is None:
            return None
        return next((k for k in self.bridge.workshop.key_results() if k.id == self._kr_id), None)

    def draft(self) -> KeyResult | None:
        """The key result shown, with its text fields as typed (saved or not yet): what the
        findings and the checklist judge while the person types."""
        kr = self.current()
        if kr is None:
            return None
        typed = {name: self.inputs[name].text() for name in TEXT_FIELDS}
        # An empty sentence is refused when saved: judged as saved meanwhile.
        if not typed["text"].strip():
            del typed["text"]
        return dataclasses.replace(kr, **typed)

    def show_key_result(self, workshop: Workshop, kr: KeyResult | None) -> None:
        same = kr is not None and kr.id == self._kr_id
        if not same:
            self._typed = False
            self.change_row.forget_choice()
        self._workshop = workshop
        self._kr_id = kr.id if kr else None
        for widget in self.inputs.values():
            widget.setEnabled(kr is not None)
        if kr is None:
            for name in TEXT_FIELDS:
                self.inputs[name].clear()
            self.baseline.set_value(None, ui_language())
            self.target.set_value(None, ui_language())
            self.owner.setEditText("")
            self.due.set_value(None)
            self._show_milestone(False)
            self.proposal.show_proposal(None, ui_language())
            self._show_change(None, same)
            return
        for name in TEXT_FIELDS:
            edit = self.inputs[name]
            if not (same and edit.hasFocus() and edit.isModified()):
                if edit.text() != getattr(kr, name):  # setText would move the cursor
                    edit.setText(getattr(kr, name))
                edit.setModified(False)
        for edit, value in ((self.baseline, kr.baseline), (self.target, kr.target)):
            # A number being typed is not rewritten under the fingers: after a pause saved
            # "1200", showing "1,200" made the next digit "1,2005".
            typing = same and edit.hasFocus() and (edit.isModified() or edit.value() == value)
            if not typing:
                # Numbers are written the window's way; the sentence keeps the workshop's.
                edit.set_value(value, ui_language(), kr.unit)
        self.direction.setCurrentIndex(
            self.direction.findData(kr.direction.value if kr.direction else "")
        )
        self._show_change(kr, same)
        self._show_owner(workshop, kr, same)
        if not (same and self.due.is_being_edited()):
            # Ticking "Set" proposes the end of the cycle, the usual due date: today's date
            # would often fall outside the cycle and be flagged at once.
            self.due.set_value(kr.due, workshop.cycle_end)
        self._show_milestone(kr.milestone)
        self._refresh_proposal()

    def _show_milestone(self, on: bool) -> None:
        self.milestone.blockSignals(True)  # showing is not an edit
        self.milestone.setChecked(on)
        self.milestone.blockSignals(False)

    def _show_change(self, kr: KeyResult | None, same: bool) -> None:
        kind = self.change_row.show_key_result(kr, ui_language(), same)
        # A change is the target: the Target field shows the number that follows from it.
        self.target.setEnabled(kr is not None and kind is TargetKind.VALUE)
        waiting = kr is not None and kr.is_relative and kr.baseline is None
        self.baseline.setPlaceholderText(self.tr("today's value?") if waiting else "")
        aimed = kr.aimed_target() if kr is not None and kr.is_relative else None
        self.target.setPlaceholderText(number_text(aimed, ui_language()) if aimed is not None
                                       else "")

    def _show_owner(self, workshop: Workshop, kr: KeyResult, same: bool) -> None:
        names = sorted({p.name for p in workshop.participants}, key=str.casefold)
        if [self.owner.itemText(i) for i in range(self.owner.count())] != names:
            typed = self.owner.currentText()
            self.owner.clear()
            self.owner.addItems(names)
            self.owner.setEditText(typed)
        line = self.owner.lineEdit()
        if not (same and line.hasFocus() and line.isModified()):
            self.owner.setEditText(kr.owner)
            line.setModified(False)

    def focus_sentence(self) -> None:
        self.sentence.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sentence.selectAll()

    # Proposal ------------------------------------------------------------------------------

    def _on_sentence_typed(self, _text: str) -> None:
        self._typed = True
        self._refresh_proposal()

    def _proposed(self, kr: KeyResult) -> dict[str, Any]:
        parsed = parse_sentence(self.sentence.text(), self._workshop.language)
        return proposal_fields(parsed, kr)

    def _refresh_proposal(self) -> None:
        kr = self.current()
        language = self._workshop.language
        numbers_known = kr is not None and (kr.baseline is not None or kr.target is not None
                                            or kr.change is not None)
        if kr is None or not self.sentence.text().strip() or (numbers_known and not self._typed):
            self.proposal.show_proposal(None, ui_language())
            return
        parsed = parse_sentence(self.sentence.text(), language)
        self.proposal.show_proposal(
            parsed if proposal_fields(parsed, kr) else None, ui_language(), kr
        )

    def accept_proposal(self) -> None:
        kr = self.current()
        if kr is None or not self.proposal.isVisible():
            self.bridge.pending.flush()  # nothing to accept: the typing is saved as it is
            return
        fields = self._proposed(kr)
        text = self.sentence.text()
        if text.strip() and text != kr.text:
            fields["text"] = text
        self.sentence.setModified(False)
        self.bridge.pending.forget(self.sentence)  # saved below, in the same undo step
        self._typed = False
        if fields:
            self._save_many(edit_label("accept_proposal"), fields)
        self._refresh_proposal()

    # Saving --------------------------------------------------------------------------------

    def _save_target(self, value: float | None) -> None:
        kr = self.current()
        if kr is not None and value is not None and kr.change is not None:
            # A target typed is the target: no change left behind it, out of sight.
            self._save_many(edit_labels()["target"], {"target": value, "change": None})
        else:
            self._save("target", value)

    def _choose_kind(self, kind: TargetKind) -> None:
        kr = self.current()
        if kr is None:
            return
        self._save_or_show(edit_label("kr_target_kind"), fields_for_kind(kr, kind))

    def _save_amount(self, amount: float | None, signed: bool) -> None:
        kr = self.current()
        if kr is None:
            return
        kind = self.change_row.current_kind(kr)
        self._save_or_show(edit_labels()["change"], fields_for_amount(kr, amount, kind, signed))

    def _save_or_show(self, label: EditLabel, fields: dict[str, Any]) -> None:
        """Save what differs; when nothing does, the form still shows the choice made (a
        change in % waiting for its amount)."""
        kr = self.current()
        if kr is not None and any(getattr(kr, k) != v for k, v in fields.items()):
            self._save_many(label, fields)
        else:
            self.show_key_result(self.bridge.workshop, kr)

    def _finish_line(self, name: str, edit: QLineEdit | WrapLineEdit) -> None:
        edit.setModified(False)
        self._save(name, edit.text())

    def _finish_owner(self) -> None:
        self.owner.lineEdit().setModified(False)
        self._save("owner", self.owner.currentText().strip())

    def _save(self, name: str, value: Any) -> None:
        kr = self.current()
        if kr is None or getattr(kr, name) == value:
            return
        self._save_many(edit_labels()[name], {name: value})

    def _save_many(self, label: EditLabel, fields: dict[str, Any]) -> None:
        kr = self.current()
        if kr is None:
            return
        if self.bridge.edit(lambda s: s.update(label, kr, **fields)):
            self.saved.emit()
        else:
            # Refused (e.g. an empty sentence): show the saved values again.
            self.show_key_result(self.bridge.workshop, self.current())
