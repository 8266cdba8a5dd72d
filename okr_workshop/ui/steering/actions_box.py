"""The actions decided: type one and press Enter, or make one from a note; the selected
action's text, owner (a participant), due date and done box are edited below the list.
Space in the list ticks the selected action done."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app import clock
from okr_workshop.domain.model import Action, Feedback, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.feedback_models import ActionsModel
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_combo import show_choices
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit


class ActionsBox(QGroupBox):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions decided"), parent)
        self.bridge = bridge
        self._loading = False
        self.new = limited(QLineEdit(), "action", "text")
        self.new.setObjectName("newAction")
        self.new.setPlaceholderText(self.tr("What will be done; Enter adds it"))
        mark_draft(self.new)  # an action to come, saved by Enter
        new_label = QLabel(self.tr("New a&ction:"))
        new_label.setBuddy(self.new)
        top = QHBoxLayout()
        top.addWidget(new_label)
        top.addWidget(self.new, 1)

        self.model = ActionsModel(bridge, self)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # As tall as the words: a note cut after two lines was readable only in a tooltip.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActionsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (ActionsModel.DONE, ActionsModel.OWNER, ActionsModel.DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)

        self.text = limited(QLineEdit(), "action", "text")
        self.text.setObjectName("actionText")
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.due = OptionalDateEdit(self.tr("D&ue"))
        self.due.setObjectName("actionDue")
        self.done = QCheckBox(self.tr("&Done"))
        self.done.setObjectName("actionDone")
        self.delete_button = QPushButton(self.tr("Delete action"))
        self.delete_button.setObjectName("deleteAction")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel(self.tr("Action te&xt:"))
        text_label.setBuddy(self.text)
        owner_label = QLabel(self.tr("O&wner:"))
        owner_label.setBuddy(self.owner)
        form.addRow(text_label, self.text)
        form.addRow(owner_label, self.owner)
        row = QHBoxLayout()
        row.addWidget(self.due, 1)
        row.addWidget(self.done)
        row.addWidget(self.delete_button)
        form.addRow(row)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)

        self.new.returnPressed.connect(self.add_action)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.text.editingFinished.connect(self._save_text)
        self.owner.activated.connect(lambda _row: self._save(owner_id=self.owner.currentData()
                                                             or None))
        self.due.committed.connect(lambda value: self._save(due=value))
        self.done.toggled.connect(lambda on: None if self._loading else self._save(done=on))
        self.delete_button.clicked.connect(self.delete_action)
        self._show_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self.selected()
            if event.key() == Qt.Key.Key_Space and action is not None:
                self._save(done=not action.done)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_action()
                return True
        return super().eventFilter(watched, event)

    def load(self, workshop: Workshop) -> None:
        chosen = self.selected()
        show_choices(self.owner, [(self.tr("No owner yet"), ""),
                                  *((p.name, p.id) for p in workshop.participants)])
        self.model.load(workshop)
        if chosen is not None:
            self.select(chosen.id)
        self._show_selected()

    def selected(self) -> Action | None:
        return self.model.action_at(self.table.currentIndex().row())

    def select(self, action_id: str) -> None:
        if self.table.currentIndex().data(self.model.ID_ROLE) == action_id:
            return  # already there: an editor open on the row stays open
        row = self.model.row_of(action_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, ActionsModel.TEXT))

    def _show_selected(self) -> None:
        action = self.selected()
        self._loading = True
        try:
            self.form.setEnabled(action is not None)
            self.text.setText(action.text if action else "")
            row = self.owner.findData(action.owner_id or "") if action else 0
            self.owner.setCurrentIndex(max(row, 0))
            self.due.set_value(action.due if action else None, clock.today())
            self.done.setChecked(bool(action and action.done))
        finally:
            self._loading = False

    def add_action(self, text: str = "", note: Feedback | None = None) -> None:
        text = (text or self.new.text()).strip()
        if not text:
            return
        action = Action(text=text, feedback_id=note.id if note else None,
                        position=len(self.bridge.workshop.actions))
        if self.bridge.edit(lambda s: s.add(edit_label("add_action"), action)):
            if note is None:
                # setText, not clear(): clear() keeps the field's own undo, and Ctrl+Z then put the
                # words back in the field instead of taking back what they added.
                self.new.setText("")
            self.select(action.id)

    def from_note(self, note: Feedback) -> None:
        """An action made from ``note``: its text to start with, then the owner to pick."""
        self.add_action(note.text, note)
        self.owner.setFocus()

    def _save_text(self) -> None:
        action = self.selected()
        text = self.text.text().strip()
        if action is None or self._loading or text == action.text:
            return
        if not text:
            self.text.setText(action.text)
            self.bridge.save_failed.emit(
                self.tr("An action needs some text: delete it instead."))
            return
        self._save(text=text)

    def _save(self, **changes: object) -> None:
        action = self.selected()
        if action is not None and not self._loading:
            self.bridge.edit(lambda s: s.update(edit_label("edit_action"), action, **changes))

    def delete_action(self) -> None:
        action = self.selected()
        if action is not None:
            self.bridge.edit(lambda s: s.delete(edit_label("delete_action"), action))
