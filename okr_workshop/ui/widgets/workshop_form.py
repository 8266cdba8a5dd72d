"""The workshop's own fields: title, organisation, cycle and dates, facilitator, language.

Each field is saved when the person finishes editing it (Enter or leaving the field). A value
the model refuses is put back and a sentence says why, so nothing is lost silently.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.domain.values import MAX_TITLE_LENGTH
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit


class WorkshopForm(QWidget):
    message = Signal(str)  # a sentence to show the person (empty: clear it)

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge

        self.title_edit = limited(self._line(
            "titleEdit", self.tr("The name of this workshop, shown in the library and on the deck.")
        ), "workshop", "title")
        self.organisation_edit = limited(self._line(
            "organisationEdit", self.tr("The company or department that sets these OKRs.")
        ), "workshop", "organisation")
        self.cycle_edit = limited(self._line(
            "cycleEdit", self.tr("A short name for the cycle, such as “Q1 2027”.")
        ), "workshop", "cycle_label")
        self.start_date = OptionalDateEdit(self.tr("Set"))
        self.start_date.setObjectName("startDate")
        self.start_date.check.setToolTip(
            self.tr("Untick when the start of the cycle is not known yet.")
        )
        self.end_date = OptionalDateEdit(self.tr("Set"))
        self.end_date.setObjectName("endDate")
        self.end_date.check.setToolTip(
            self.tr("Untick when the end of the cycle is not known yet.")
        )
        self.facilitator_edit = limited(
            self._line("facilitatorEdit", self.tr("Who runs the workshop.")),
            "workshop", "facilitator")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("French"), Language.FRENCH)
        self.language_combo.addItem(self.tr("English"), Language.ENGLISH)
        self.language_combo.setToolTip(
            self.tr(
                "The language of the workshop: the rules speak it and the deck is written in it."
            )
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("C&ycle:"), self.cycle_edit)
        form.addRow(self.tr("&Starts on:"), self.start_date)
        form.addRow(self.tr("E&nds on:"), self.end_date)
        form.addRow(self.tr("Fac&ilitator:"), self.facilitator_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)

        self.title_edit.editingFinished.connect(self._commit_title)
        self._connect_text(self.organisation_edit, "organisation", edit_label("edit_organisation"))
        self._connect_text(self.cycle_edit, "cycle_label", edit_label("edit_cycle"))
        self._connect_text(self.facilitator_edit, "facilitator", edit_label("edit_facilitator"))
        self.start_date.committed.connect(self._commit_start)
        self.end_date.committed.connect(self._commit_end)
        self.language_combo.activated.connect(self._commit_language)

    def _line(self, name: str, tip: str, max_length: int = MAX_TITLE_LENGTH) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)  # the model's limits: a longer text could not be saved
        edit.setObjectName(name)
        edit.setToolTip(tip)
        return edit

    # Showing ----------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._show_text(self.title_edit, workshop.title)
        self._show_text(self.organisation_edit, workshop.organisation)
        self._show_text(self.cycle_edit, workshop.cycle_label)
        self._show_text(self.facilitator_edit, workshop.facilitator)
        start, end = workshop.cycle_start, workshop.cycle_end
        # With a date missing, ticking its box proposes one that fits the other date.
        if not self.start_date.is_being_edited():
            self.start_date.set_value(start, _start_suggestion(end))
        if not self.end_date.is_being_edited():
            self.end_date.set_value(end, _end_suggestion(start))
        self.language_combo.setCurrentIndex(self.language_combo.findData(workshop.language))

    @staticmethod
    def _show_text(edit: QLineEdit, value: str) -> None:
        # Someone typing in this field keeps what they typed until they finish.
        if edit.hasFocus() and edit.isModified():
            return
        cursor = edit.cursorPosition() if edit.text() == value else 0
        # setText also forgets the field's own typing history, so Ctrl+Z now undoes the
        # saved edit rather than retyping letters.
        edit.setText(value)
        edit.setCursorPosition(cursor)

    # Saving -----------------------------------------------------------------------------

    def _save(self, label: EditLabel, **changes: object) -> bool:
        saved = self.bridge.edit(lambda s: s.update_workshop(label, **changes))
        if saved:
            self.message.emit("")
        else:
            self._restore()
        return saved

    def _restore(self) -> None:
        edits = (self.title_edit, self.organisation_edit, self.cycle_edit, self.facilitator_edit)
        for edit in edits:
            edit.setModified(False)
        self.load(self.bridge.workshop)

    def _connect_text(self, edit: QLineEdit, field: str, label: EditLabel) -> None:
        def commit() -> None:
            text = edit.text().strip()
            edit.setModified(False)
            if text != getattr(self.bridge.workshop, field):
                self._save(label, **{field: text})

        edit.editingFinished.connect(commit)

    def _commit_title(self) -> None:
        text = self.title_edit.text().strip()
        self.title_edit.setModified(False)
        if not text:
            self.message.emit(
                self.tr("A workshop needs a title: the previous title is back.")
            )
            self._restore()
            return
        if text != self.bridge.workshop.title:
            self._save(edit_label("edit_title"), title=text)

    def _commit_start(self, value: date | None) -> None:
        self._commit_date("cycle_start", value, self.bridge.workshop.cycle_end, is_start=True)

    def _commit_end(self, value: date | None) -> None:
        self._commit_date("cycle_end", value, self.bridge.workshop.cycle_start, is_start=False)

    def _commit_date(
        self, field: str, value: date | None, other: date | None, *, is_start: bool
    ) -> None:
        if value == getattr(self.bridge.workshop, field):
            return
        if value is not None and other is not None:
            start, end = (value, other) if is_start else (other, value)
            if end < start:
                self.message.emit(
                    self.tr("The cycle cannot end before it starts: the previous date is back.")
                )
                self._restore()
                return
        label = edit_label("edit_start_date" if is_start else "edit_end_date")
        self._save(label, **{field: value})

    def _commit_language(self, index: int) -> None:
        language = Language(self.language_combo.itemData(index))
        if language != self.bridge.workshop.language:
            self._save(edit_label("change_language"), language=language)



# A quarter is the usual OKR cycle.
CYCLE_DAYS = 90


def _start_suggestion(end: date | None) -> date:
    today = date.today()
    return min(today, end) if end is not None else today


def _end_suggestion(start: date | None) -> date:
    return (start or date.today()) + timedelta(days=CYCLE_DAYS)
