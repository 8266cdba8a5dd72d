"""What goes into the deck: its language, the main deck alone or with its appendix, and its
sections, one check box each.

The deck's language is the workshop's until the person picks another (independent of the
window's). The main deck is the story told at the all-hands; the appendix (the coach's
diagnostics) follows it only when asked for, and its sections' boxes are enabled only then.
A section the workshop has nothing for (progress without check-ins, feedback before any is
given) is unticked and disabled, and a sentence under the boxes says why. The choices stay
while the workshop stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.export_deck import APPENDIX, SECTIONS, available_sections
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
        "people": translate(
            "DeckOptions",
            "Who took part is left out: no participant is listed yet.",
        ),
    }
    return reasons.get(key, translate("DeckOptions", "This section has nothing to show yet."))


class DeckOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshop_id: str | None = None
        self._unticked: set[str] = set()  # what the person left out on purpose
        self._available: set[str] = set()

        self.language = QComboBox()
        self.language.setObjectName("deckLanguage")
        self.language.addItem(self.tr("French"), Language.FRENCH)
        self.language.addItem(self.tr("English"), Language.ENGLISH)
        self.language.setToolTip(
            self.tr("The deck's language, whatever the window's. At first, the workshop's.")
        )
        self.language.currentIndexChanged.connect(lambda _: self.changed.emit())

        self.main_only = QRadioButton(self.tr("Main &deck only"))
        self.main_only.setObjectName("mainDeckOnly")
        self.main_only.setToolTip(self.tr("The story told at the all-hands, without the "
                                          "coach's diagnostics."))
        self.with_appendix = QRadioButton(self.tr("With &appendix"))
        self.with_appendix.setObjectName("withAppendix")
        self.with_appendix.setToolTip(self.tr("After the story, behind a divider slide: "
                                              "key-result quality, health, parking lot and "
                                              "undecided objectives."))
        self.main_only.setChecked(True)
        self.with_appendix.toggled.connect(self._appendix_toggled)
        parts = QGroupBox(self.tr("Deck"))
        # Side by side, and the sections two a row: at 1366×768 the export buttons under
        # them stay above the fold.
        part_row = QHBoxLayout(parts)
        part_row.addWidget(self.main_only)
        part_row.addWidget(self.with_appendix)
        part_row.addStretch(1)

        names = ui_language()
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Sections"))
        boxes = QGridLayout(group)
        for index, section in enumerate(SECTIONS):
            box = QCheckBox(section.name(names))
            box.setObjectName(f"section_{section.key}")
            box.setChecked(True)
            box.setProperty("description", section.description(names))
            box.setToolTip(section.description(names))
            box.toggled.connect(lambda on, key=section.key: self._toggled(key, on))
            boxes.addWidget(box, index // 2, index % 2)
            self.boxes[section.key] = box
        self.note = QLabel()
        self.note.setObjectName("sectionsNote")
        self.note.setWordWrap(True)
        boxes.addWidget(self.note, (len(SECTIONS) + 1) // 2, 0, 1, 2)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Deck &language:"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(parts)
        layout.addWidget(group)

    def set_workshop(self, workshop: Workshop) -> None:
        """Offer what this workshop has; the person's choices stay while it stays open."""
        self.blockSignals(True)
        try:
            if workshop.id != self._workshop_id:
                self._workshop_id = workshop.id
                self._unticked.clear()
                self.language.setCurrentIndex(self.language.findData(Language(workshop.language)))
                self.main_only.setChecked(True)  # a new workshop starts with the story alone
            self._available = {section.key for section in available_sections(workshop)}
            self._refresh_boxes()
        finally:
            self.blockSignals(False)

    def _refresh_boxes(self) -> None:
        """Enable and tick what the workshop has, and the appendix's only when it is
        wanted; say why a section is left out."""
        reasons = []
        for section in SECTIONS:
            key, box = section.key, self.boxes[section.key]
            usable = key in self._available and (section.part != APPENDIX or self.appendix())
            box.blockSignals(True)
            box.setEnabled(usable)
            box.setChecked(usable and key not in self._unticked)
            box.blockSignals(False)
            reason = "" if key in self._available else unavailable_reason(key)
            box.setToolTip(reason or box.property("description"))
            if reason:
                reasons.append(reason)
        self.note.setText("\n".join(reasons))
        self.note.setVisible(bool(reasons))

    def appendix(self) -> bool:
        """True when the appendix follows the main deck."""
        return self.with_appendix.isChecked()

    def _appendix_toggled(self, _on: bool) -> None:
        self._refresh_boxes()
        self.changed.emit()

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
