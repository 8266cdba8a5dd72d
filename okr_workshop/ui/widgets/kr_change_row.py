"""How the key result's target is given: a value, or a change from the baseline.

"Réduire de 20 % les invendus" is a change, not a target (issue 11, point 3). The form shows
it here, where a person can also set, change and clear it: the type ("a value", "a change
in %", "a change in units") and, for a change, its amount. The target that follows from the
baseline is shown in the Target field and in the note under the row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from okr_workshop.domain.model import KeyResult, Language
from okr_workshop.domain.relative_change import TargetKind, target_kind
from okr_workshop.ui.widgets.kr_editor_texts import change_prompt
from okr_workshop.ui.widgets.number_edit import NumberEdit

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def kind_label(kind: TargetKind) -> str:
    return {
        TargetKind.VALUE: translate("ChangeRow", "A value"),
        TargetKind.PERCENT: translate("ChangeRow", "A change in %"),
        TargetKind.UNITS: translate("ChangeRow", "A change in units"),
    }[kind]


class ChangeRow(QWidget):
    kind_chosen = Signal(object)  # TargetKind, chosen by the person
    amount_committed = Signal(object, bool)  # the amount typed (None: cleared), signed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("targetKindCombo")
        for kind in TargetKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.amount = NumberEdit()
        self.amount.setObjectName("changeEdit")
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.hide()
        # Under the row, in the form: the amount and baseline it asks for, then the target.
        self.note = QLabel()
        self.note.setObjectName("changeNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        # The kind chosen for the key result shown while no amount is stored yet: the stored
        # fields alone would say "a value".
        self._chosen: TargetKind | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.amount, 1)
        self.setFocusProxy(self.kind)
        self.kind.activated.connect(self._on_activated)
        self.amount.committed.connect(self._on_amount)

    def current_kind(self, kr: KeyResult) -> TargetKind:
        stored = target_kind(kr)
        if stored is TargetKind.VALUE and kr.target is None and self._chosen is not None:
            return self._chosen
        return stored

    def forget_choice(self) -> None:
        """Another key result is shown: what was chosen for the last one does not apply."""
        self._chosen = None

    def show_key_result(self, kr: KeyResult | None, language: Language,
                        same: bool) -> TargetKind:
        """Show ``kr``'s target type, amount and note; the type shown is returned."""
        kind = TargetKind.VALUE if kr is None else self.current_kind(kr)
        prompt = change_prompt(kr, language, kind) if kr is not None else ""
        self.note.setText(prompt)
        self.note.setVisible(bool(prompt))
        # What is shown is what an amount cleared next keeps (after an undo too).
        self._chosen = None if kind is TargetKind.VALUE else kind
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.amount.setVisible(kind is not TargetKind.VALUE)
        value = kr.change if kr is not None and kind is not TargetKind.VALUE else None
        edit = self.amount
        # An amount being typed is not rewritten under the fingers (as Baseline and Target).
        if not (same and edit.hasFocus() and (edit.isModified() or edit.value() == value)):
            edit.set_value(value, language)
        return kind

    def _on_activated(self, index: int) -> None:
        kind = TargetKind(self.kind.itemData(index))
        self._chosen = None if kind is TargetKind.VALUE else kind
        self.kind_chosen.emit(kind)

    def _on_amount(self, value: float | None) -> None:
        signed = self.amount.text().lstrip().startswith(("+", "-", "\u2212"))
        self.amount_committed.emit(value, signed)
