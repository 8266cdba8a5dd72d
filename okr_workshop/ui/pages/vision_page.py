"""Step 2, Vision: the vision statement and the strategic objectives with their why.

Mistake 1 of the source: OKRs imposed top-down on a vision nobody heard. The facilitator
writes the vision and the strategic objectives here, each with why it matters, then shows
them to the room on the audience view (F5) before the teams write their own contributions.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Step, StrategicObjective, Workshop
from okr_workshop.domain.rules.wording import short
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import scale_font
from okr_workshop.ui.models.strategic_model import StrategicObjectivesModel
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.tab_order import set_tab_chain
from okr_workshop.ui.widgets.field_lengths import LimitedDelegate, limited
from okr_workshop.ui.widgets.idle_text_edit import IdleTextEdit
from okr_workshop.ui.widgets.row_actions import RowActions


class VisionPage(StepPage):
    step = Step.VISION

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self._why_owner: str | None = None  # the strategic objective the why field shows
        self._loading = False
        self._build()
        bridge.room.pointer_changed.connect(self._follow_room)

    def title(self) -> str:
        return self.tr("Vision")

    def focus_first(self) -> None:
        self.vision_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.vision_edit = limited(IdleTextEdit(), "workshop", "vision")
        self.vision_edit.setObjectName("visionEdit")
        self.vision_edit.setPlaceholderText(
            self.tr("Where the organisation wants to be, in a few sentences the room remembers.")
        )
        self.vision_edit.setToolTip(
            self.tr(
                "The vision every team's objectives will serve. It is saved as soon as you "
                "pause typing; F5 shows it to the room on the audience view."
            )
        )
        self.vision_edit.committed.connect(self._save_vision)
        # The room reads the vision as it is typed (the audience view follows the draft).
        self.vision_edit.textChanged.connect(self._typed)
        # The words the whole room will read: a little larger (and at every zoom).
        scale_font(self.vision_edit, 1.2)
        vision_label = QLabel(self.tr("Vi&sion statement"))
        vision_label.setBuddy(self.vision_edit)

        self.present_button = QPushButton(self.tr("&Present (F5)"))
        self.present_button.setObjectName("presentButton")
        self.present_button.setToolTip(
            self.tr(
                "Show the vision, then each strategic objective with its why, on the audience "
                "view (the projector). Space goes on, Esc comes back here."
            )
        )
        self.present_button.clicked.connect(self.present)

        self.model = StrategicObjectivesModel(self.bridge, self)
        self.model.message.connect(self.bridge.save_failed.emit)  # a refused edit, said why
        self.table = QTableView()
        self.table.setItemDelegate(LimitedDelegate(self.table))
        self.table.setObjectName("strategicTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StrategicObjectivesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StrategicObjectivesModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        table_label = QLabel(self.tr("Strategic &objectives"))
        table_label.setBuddy(self.table)

        self.new_edit = limited(QLineEdit(), "strategic_objective", "title")
        self.new_edit.setObjectName("newStrategicEdit")
        mark_draft(self.new_edit)  # becomes data when Enter adds it
        self.new_edit.setPlaceholderText(
            self.tr("Type a strategic objective and press Enter to add it")
        )
        self.new_edit.setToolTip(
            self.tr("Enter adds it to the list and leaves you here for the next one (Insert).")
        )
        self.new_edit.returnPressed.connect(self.add_strategic_objective)
        new_label = QLabel(self.tr("&New:"))
        new_label.setBuddy(self.new_edit)

        self.why_edit = limited(IdleTextEdit(), "strategic_objective", "why")
        self.why_edit.setObjectName("strategicWhyEdit")
        self.why_edit.setPlaceholderText(
            self.tr("Why this matters now: the reason teams will want to contribute.")
        )
        self.why_edit.setToolTip(
            self.tr(
                "Every strategic objective needs its why: people commit to what they "
                "understand. Saved as soon as you pause typing."
            )
        )
        self.why_edit.committed.connect(self._save_why)
        self.why_label = QLabel(self.tr("&Why it matters"))
        self.why_label.setBuddy(self.why_edit)

        self._build_list_actions()
        self._lay_out(vision_label, table_label, new_label)

    def _build_list_actions(self) -> None:
        self.add_action = QAction(self.tr("Add"), self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(self.focus_new)
        self.addAction(self.add_action)
        self.rows = RowActions(
            self.table,
            self.delete_current,
            self.move_current,
            (
                self.tr(
                    "Delete the selected strategic objective (Del). Ctrl+Z brings it back, "
                    "with the team objectives linked to it."
                ),
                self.tr("Move the selected strategic objective up (Alt+Up)."),
                self.tr("Move the selected strategic objective down (Alt+Down)."),
            ),
        )

    def _lay_out(self, vision_label: QLabel, table_label: QLabel, new_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(vision_label)
        top.addStretch(1)
        top.addWidget(self.present_button)

        new_row = QHBoxLayout()
        new_row.addWidget(new_label)
        new_row.addWidget(self.new_edit, 1)
        buttons = self.rows.button_row()

        grid = QGridLayout()
        grid.addWidget(table_label, 0, 0)
        grid.addWidget(self.why_label, 0, 1)
        grid.addLayout(new_row, 1, 0)
        grid.addWidget(self.table, 2, 0)
        grid.addWidget(self.why_edit, 1, 1, 2, 1)
        grid.addLayout(buttons, 3, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.vision_edit, 2)
        layout.addLayout(grid, 3)
        # The table, then the why of its chosen row beside it, then the row's buttons.
        set_tab_chain([self.present_button, self.vision_edit, self.new_edit, self.table,
                       self.why_edit, *self.rows.buttons])

    # Showing --------------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._loading = True
        try:
            self.vision_edit.show_value(workshop.vision)
            wanted, row = self.current_id(), self.table.currentIndex().row()
            self.model.set_workshop(workshop)
            self._select(wanted, max(row, 0))  # the first one when none was chosen
            self._show_why()
        finally:
            self._loading = False
        self._update_actions()

    def reveal(self, touched: Touched) -> None:
        if touched.kind is StrategicObjective and not touched.gone:
            self._select(touched.id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.objective_at(index.row()).id if index.isValid() else None

    def current(self) -> StrategicObjective | None:
        index = self.table.currentIndex()
        return self.model.objective_at(index.row()) if index.isValid() else None

    def _select(self, strategic_id: str | None, fallback_row: int = -1) -> None:
        row = self.model.row_of(strategic_id)
        if row < 0 and fallback_row >= 0:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row < 0 or row == self.table.currentIndex().row():
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._loading:
            self._flush_why()  # what was typed belongs to the previous objective
        self._show_why()
        self._update_actions()
        room = self.bridge.room
        if not self._loading and room.pointer.step == self.step:
            # The room sees the strategic objective chosen here (the vision until one is).
            room.point(objective_id=self.current_id())

    def _show_why(self) -> None:
        item = self.current()
        self.why_edit.setEnabled(item is not None)
        if item is None:
            self.why_edit.discard()
            self._why_owner = None
            self.why_edit.show_value("")
            self.why_label.setText(self.tr("&Why it matters"))
            return
        if item.id != self._why_owner:
            self.why_edit.discard()
            self._why_owner = item.id
        self.why_edit.show_value(item.why)
        self.why_label.setText(fill(self.tr("&Why “%1” matters"), short(item.title, 40)))

    def _update_actions(self) -> None:
        self.rows.update()

    def draft(self, workshop: Workshop) -> Workshop:
        """The vision as typed, saved or not yet."""
        text = self.vision_edit.text()
        if text == workshop.vision or not self.vision_edit.isEnabled():
            return workshop
        return dataclasses.replace(workshop, vision=text)

    def _typed(self) -> None:
        if not self._loading:
            self.draft_changed.emit()

    # Editing --------------------------------------------------------------------------------

    def _save_vision(self, text: str) -> None:
        label = edit_label("edit_vision")
        if not self.bridge.edit(lambda s: s.update_workshop(label, vision=text)):
            self.vision_edit.show_value(self.bridge.workshop.vision)

    def _flush_why(self) -> None:
        if self._why_owner and self.bridge.workshop.strategic_objective(self._why_owner):
            self.why_edit.commit()
        else:
            self.why_edit.discard()

    def _save_why(self, text: str) -> None:
        item = self._why_owner and self.bridge.workshop.strategic_objective(self._why_owner)
        if not item:
            return
        if not self.bridge.edit(lambda s: s.update(edit_label("edit_why"), item, why=text)):
            stored = self.bridge.workshop.strategic_objective(item.id)
            self.why_edit.show_value(stored.why if stored else "")

    def focus_new(self) -> None:
        self.new_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_strategic_objective(self) -> None:
        title = self.new_edit.text().strip()
        if not title:
            return
        item = StrategicObjective(title=title)
        if self.bridge.edit(lambda s: s.add(edit_label("add_strategic"), item)):
            self.new_edit.clear()
            self.new_edit.setModified(False)  # Ctrl+Z here now undoes the addition
            self._select(item.id)

    def delete_current(self) -> None:
        item = self.current()
        if item is not None:
            self.why_edit.discard()
            self.bridge.edit(lambda s: s.delete(edit_label("delete_strategic"), item))

    def move_current(self, step: int) -> None:
        item, row = self.current(), self.table.currentIndex().row()
        if item is None or not 0 <= row + step < self.model.rowCount():
            return
        self.bridge.edit(lambda s: s.move(edit_label("move_strategic"), item, row + step))
        self._select(item.id)

    # Presenting -----------------------------------------------------------------------------

    def present(self) -> None:
        """The audience view (F5 on every step), from the vision: what is typed is saved
        first, so the room reads the words as they stand."""
        self.vision_edit.commit()
        self._flush_why()
        self.bridge.room.point(Step.VISION, objective_id=None)
        self.bridge.room.want_audience()

    def _follow_room(self, pointer: Pointer) -> None:
        """The audience view stepped through the slides (N, →): the table follows."""
        if pointer.step == Step.VISION and pointer.objective_id and not self.stale:
            self._select(pointer.objective_id)
