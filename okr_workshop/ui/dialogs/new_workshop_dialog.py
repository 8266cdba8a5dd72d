"""New workshop: a title, a language, the organisation and the cycle, blank or from a sample.

The dialog only gathers the answers (:meth:`request`); the home page creates the workshop
through the application layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.widgets.field_lengths import limited


@dataclass(frozen=True)
class NewWorkshopRequest:
    title: str
    language: Language
    organisation: str = ""
    cycle_label: str = ""
    sample: Language | None = None  # start from this sample rather than a blank workshop


class NewWorkshopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self._samples: dict[Language, Workshop] = {
            language: sample_workshop(language) for language in Language
        }

        self.start_combo = QComboBox()
        self.start_combo.addItem(self.tr("A blank workshop"), None)
        self.start_combo.addItem(
            self.tr("The French sample: %1").replace(
                "%1", self._samples[Language.FRENCH].organisation
            ),
            Language.FRENCH,
        )
        self.start_combo.addItem(
            self.tr("The English sample: %1").replace(
                "%1", self._samples[Language.ENGLISH].organisation
            ),
            Language.ENGLISH,
        )
        self.start_combo.setToolTip(
            self.tr(
                "A sample is a whole workshop, from the vision to measured key results: "
                "a good way to rehearse or to show how the day goes."
            )
        )
        self.title_edit = limited(QLineEdit(), "workshop", "title")
        self.title_edit.setPlaceholderText(self.tr("For example: OKR workshop Q1 2027"))
        self.title_edit.setToolTip(self.tr("Shown in the library and on the results deck."))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("French"), Language.FRENCH)
        self.language_combo.addItem(self.tr("English"), Language.ENGLISH)
        # A coach working in English most likely runs English workshops, and vice versa.
        self.language_combo.setCurrentIndex(self.language_combo.findData(ui_language()))
        self.language_combo.setToolTip(
            self.tr("The rules speak this language and the deck is written in it.")
        )
        self.organisation_edit = limited(QLineEdit(), "workshop", "organisation")
        self.organisation_edit.setToolTip(
            self.tr("The company or department that sets these OKRs.")
        )
        self.cycle_edit = limited(QLineEdit(), "workshop", "cycle_label")
        self.cycle_edit.setPlaceholderText(self.tr("For example: Q1 2027"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Start from:"), self.start_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("C&ycle:"), self.cycle_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.start_combo.currentIndexChanged.connect(self._start_changed)
        self.title_edit.setFocus()
        # In characters of the console's zoom, which the dialog gets as it shows.
        follow_font(self, lambda: self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80))

    def _start_changed(self) -> None:
        sample_language = self.start_combo.currentData()
        previous = {*self._samples.values()}
        # A field still showing another sample's value follows the choice; typed text stays.
        for edit, name in (
            (self.title_edit, "title"),
            (self.organisation_edit, "organisation"),
            (self.cycle_edit, "cycle_label"),
        ):
            if not edit.text() or edit.text() in {getattr(w, name) for w in previous}:
                sample = self._samples.get(sample_language)
                edit.setText(getattr(sample, name) if sample else "")
        if sample_language is not None:
            self.language_combo.setCurrentIndex(self.language_combo.findData(sample_language))
        self.language_combo.setEnabled(sample_language is None)
        self.language_combo.setToolTip(
            self.tr("A sample comes in its own language.")
            if sample_language is not None
            else self.tr("The rules speak this language and the deck is written in it.")
        )

    def request(self) -> NewWorkshopRequest:
        return NewWorkshopRequest(
            title=self.title_edit.text().strip(),
            language=self.language_combo.currentData(),
            organisation=self.organisation_edit.text().strip(),
            cycle_label=self.cycle_edit.text().strip(),
            sample=self.start_combo.currentData(),
        )

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.show_error(self.tr("Give the workshop a title."))
            self.title_edit.setFocus()
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
