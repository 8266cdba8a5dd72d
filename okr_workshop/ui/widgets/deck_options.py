"""What goes into the deck: its language and its sections, one check box each.

The deck's language is the workshop's until the person picks another (independent of the
window's). A section the workshop has nothing for (progress without check-ins, feedback
before any is given) is unticked and disabled, and a sentence under the boxes says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.export_deck import SECTIONS, available_sections
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.ui.language import ui_language

translate = QCoreApplication.translate


def unavailable_reason(key: str) -> str:
    """Why a section cannot be in the deck yet, as one sentence."""
    reasons = {
        "progress": translate(
            "DeckOptions",
            "Progress is left out: no key result has a check-in yet.",
        ),
        "feedback": translate(
            "DeckOptions",
            "Your feedback is left out: no participant has given feedback yet.",
        ),
    }
    return reasons.get(key, translate("DeckOptions", "This section has nothing to show yet."))


class DeckOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshop_id: str | None = None
        self._unticked: set[str] = set()  # what the person left out on purpose

        self.language = QComboBox()
        self.language.setObjectName("deckLanguage")
        self.language.addItem(self.tr("French"), Language.FRENCH)
        self.language.addItem(self.tr("English"), Language.ENGLISH)
        self.language.setToolTip(
            self.tr("The deck's language, whatever the window's. At first, the workshop's.")
        )
        self.language.currentIndexChanged.connect(lambda _: self.changed.emit())

        names = ui_language()
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Sections"))
        boxes = QVBoxLayout(group)
        for section in SECTIONS:
            box = QCheckBox(section.name(names))
            box.setObjectName(f"section_{section.key}")
            box.setChecked(True)
            box.setProperty("description", section.description(names))
            box.setToolTip(section.description(names))
            box.toggled.connect(lambda on, key=section.key: self._toggled(key, on))
            boxes.addWidget(box)
            self.boxes[section.key] = box
        self.note = QLabel()
        self.note.setObjectName("sectionsNote")
        self.note.setWordWrap(True)
        boxes.addWidget(self.note)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Deck &language:"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(group)

    def set_workshop(self, workshop: Workshop) -> None:
        """Offer what this workshop has; the person's choices stay while it stays open."""
        self.blockSignals(True)
        try:
            if workshop.id != self._workshop_id:
                self._workshop_id = workshop.id
                self._unticked.clear()
                self.language.setCurrentIndex(self.language.findData(Language(workshop.language)))
            available = {section.key for section in available_sections(workshop)}
            reasons = []
            for key, box in self.boxes.items():
                box.blockSignals(True)
                box.setEnabled(key in available)
                box.setChecked(key in available and key not in self._unticked)
                box.blockSignals(False)
                reason = "" if key in available else unavailable_reason(key)
                box.setToolTip(reason or box.property("description"))
                if reason:
                    reasons.append(reason)
            self.note.setText("\n".join(reasons))
            self.note.setVisible(bool(reasons))
        finally:
            self.blockSignals(False)

    def deck_language(self) -> Language:
        return Language(self.language.currentData())

    def sections(self) -> tuple[str, ...]:
        """The keys of the ticked sections, in the deck's order."""
        return tuple(
            key for key, box in self.boxes.items() if box.isEnabled() and box.isChecked()
        )

    def _toggled(self, key: str, on: bool) -> None:
        if on:
            self._unticked.discard(key)
        else:
            self._unticked.add(key)
        self.changed.emit()
