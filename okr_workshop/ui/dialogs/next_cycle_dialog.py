"""Duplicate for the next cycle: the new title, cycle and dates, and what carries over.

Prefilled from the workshop ("T1 2027" → "T2 2027", the dates of the following cycle); the
tree ticks the kept objectives and their key results. The dialog only gathers the choice
(:meth:`choice`); the home page makes the copy through the application layer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.workshops import suggest_next_cycle_dates, suggest_next_cycle_title
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.next_cycle import NextCycle, suggest_next_cycle_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.carry_over_model import DETAIL, NAME, CarryOverModel
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit


class NextCycleDialog(QDialog):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.setWindowTitle(self.tr("Duplicate for the next cycle"))

        next_label = suggest_next_cycle_label(workshop.cycle_label)
        start, end = suggest_next_cycle_dates(workshop.cycle_start, workshop.cycle_end)
        self.title_edit = QLineEdit(
            suggest_next_cycle_title(workshop.title, workshop.cycle_label, next_label)
        )
        self.cycle_edit = QLineEdit(next_label)
        self.cycle_edit.setPlaceholderText(self.tr("For example: Q2 2027"))
        self.start_date = OptionalDateEdit(self.tr("Set"))
        self.start_date.check.setToolTip(self.tr("Untick when the start is not known yet."))
        self.start_date.set_value(start)
        self.end_date = OptionalDateEdit(self.tr("Set"))
        self.end_date.check.setToolTip(self.tr("Untick when the end is not known yet."))
        self.end_date.set_value(end)

        self.model = CarryOverModel(workshop, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("What carries over"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setToolTip(
            self.tr(
                "Tick what the next cycle starts from. Space ticks or unticks the line "
                "under the cursor."
            )
        )
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.ResizeToContents)
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, NAME))

        note = QLabel(
            self.tr(
                "Teams, participants, the vision and the common rule carry over. Check-ins are "
                "not carried over: each carried key result starts from its last measured value. "
                "Carried objectives come back as candidates, so the room decides again what to "
                "keep."
            )
        )
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("C&ycle:"), self.cycle_edit)
        form.addRow(self.tr("&Starts on:"), self.start_date)
        form.addRow(self.tr("&Ends on:"), self.end_date)
        carry_label = QLabel(self.tr("&What carries over:"))
        carry_label.setBuddy(self.tree)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Duplicate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(carry_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        follow_font(self, self._fit_to_screen)  # again in the console's zoom, as it shows

    def _fit_to_screen(self) -> None:
        """Wide enough for objective titles, never taller than a 1366×768 projector."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 130, metrics.height() * 40
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() * 9 // 10)
            height = min(height, screen.height() * 9 // 10)
        self.resize(width, height)

    def choice(self) -> NextCycle:
        objective_ids, key_result_ids = self.model.chosen_ids()
        return NextCycle(
            title=self.title_edit.text().strip(),
            cycle_label=self.cycle_edit.text().strip(),
            cycle_start=self.start_date.value(),
            cycle_end=self.end_date.value(),
            objective_ids=objective_ids,
            key_result_ids=key_result_ids,
        )

    def accept(self) -> None:
        choice = self.choice()
        if not choice.title:
            self.show_error(self.tr("Give the new workshop a title."))
            self.title_edit.setFocus()
            return
        if choice.cycle_start and choice.cycle_end and choice.cycle_end < choice.cycle_start:
            self.show_error(self.tr("The cycle cannot end before it starts."))
            self.end_date.setFocus()
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
