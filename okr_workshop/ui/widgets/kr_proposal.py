"""What the typed sentence says, offered as field values to accept in one click.

"Porter le taux de conversion de 1,8 % à 3 %" proposes metric, baseline 1,8, target 3, unit %
and direction "increase". Only values the sentence states and the fields do not already hold
are proposed; accepting fills them all as one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from okr_workshop.domain.field_limits import number_beyond
from okr_workshop.domain.model import KeyResult, Language
from okr_workshop.domain.relative_change import change_text
from okr_workshop.domain.rules.kr_sentence import ParsedKeyResult
from okr_workshop.ui.models.key_results_model import direction_text, number_text
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.widgets.number_edit import show_number


def proposal_fields(parsed: ParsedKeyResult, kr: KeyResult) -> dict[str, Any]:
    """The fields the sentence would change; empty when it adds nothing."""
    fields: dict[str, Any] = {}
    metric = parsed.metric.strip()
    if metric and metric.casefold() != kr.metric.strip().casefold():
        fields["metric"] = metric[0].upper() + metric[1:]
    for name in ("baseline", "target"):
        value = getattr(parsed, name)
        if value is not None and number_beyond(float(value)):
            continue  # the fields would not take it (domain/field_limits.py MAGNITUDE)
        if value is not None and float(value) != getattr(kr, name):
            fields[name] = float(value)
    if parsed.unit.strip() and parsed.unit.strip() != kr.unit.strip():
        fields["unit"] = parsed.unit.strip()
    if parsed.direction is not None and parsed.direction != kr.direction:
        fields["direction"] = parsed.direction
    if parsed.change is not None:
        # A relative change ("de 20 %") is no target: it waits for the baseline. It replaces
        # an older change, and a target stored before, which would hide it (the target
        # wins over a change) or only repeated it (what older versions stored).
        if parsed.change != kr.change:
            fields["change"] = float(parsed.change)
        if parsed.change_percent != kr.change_percent:
            fields["change_percent"] = parsed.change_percent
        if kr.target is not None:
            fields["target"] = None
    elif parsed.target is not None and kr.change is not None:
        # The sentence now says the number to reach: the old change goes with it.
        fields["change"] = None
        fields["change_percent"] = True
    # A metric alone is only the sentence repeated: a proposal needs something measurable.
    return fields if set(fields) - {"metric"} else {}


class ProposalBar(QFrame):
    accept_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("proposalLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.accept_button = QPushButton(self.tr("A&ccept"))
        self.accept_button.setObjectName("acceptProposalButton")
        self.accept_button.setToolTip(
            self.tr("Fill the fields with these values (Ctrl+Enter). One undo puts them all "
                    "back.")
        )
        self.accept_button.clicked.connect(self.accept_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.accept_button)
        self.hide()

    def show_proposal(self, parsed: ParsedKeyResult | None, language: Language,
                      kr: KeyResult | None = None) -> None:
        if parsed is None:
            self.hide()
            self.label.clear()
            return
        replaced = self._replaced(parsed, kr, language) if kr is not None else ""
        if parsed.change is not None:
            self.label.setText(
                fill(
                    self.tr("Proposed from the sentence: metric “%1”, a change of %2 (not a "
                            "target: the target follows from the baseline), unit “%3”, "
                            "direction: %4."),
                    parsed.metric.strip() or "—",
                    change_text(KeyResult(text="·", change=parsed.change,
                                          change_percent=parsed.change_percent,
                                          direction=parsed.direction, unit=parsed.unit),
                                language),
                    parsed.unit.strip() or "—",
                    direction_text(parsed.direction),
                ) + replaced
            )
            self.show()
            return
        self.label.setText(
            fill(
                self.tr("Proposed from the sentence: metric “%1”, baseline %2, target %3, "
                        "unit “%4”, direction: %5."),
                parsed.metric.strip() or "—",
                # The digits as the fields will show them, cents of money included.
                show_number(parsed.baseline, language, parsed.unit) or "—",
                show_number(parsed.target, language, parsed.unit) or "—",
                parsed.unit.strip() or "—",
                direction_text(parsed.direction),
            ) + replaced
        )
        self.show()

    def _replaced(self, parsed: ParsedKeyResult, kr: KeyResult, language: Language) -> str:
        """What accepting takes away, said before it is accepted: " It replaces …"."""
        fields = proposal_fields(parsed, kr)
        if "change" in fields and fields["change"] is None:
            return " " + fill(self.tr("It replaces the change of %1."),
                              change_text(kr, language))
        if "target" in fields and fields["target"] is None and kr.target is not None:
            return " " + fill(self.tr("It replaces the target %1."),
                              number_text(kr.target, language, kr.unit))
        return ""
