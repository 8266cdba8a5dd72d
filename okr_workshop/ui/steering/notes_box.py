"""Retrospective notes of one occasion: pick the kind, type the note, optionally the author
(empty is anonymous), Enter adds it. In the table the kind, the text and the author are
edited in place (F2 or a double click); Delete removes the selected note; "Make it an
action" turns the selected note into an action decided, linked to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
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

from okr_workshop.domain.model import Feedback, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.feedback_models import NotesModel
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.feedback_words import KINDS, Moment, kind_name
from okr_workshop.ui.widgets.choice_combo import show_choices
from okr_workshop.ui.widgets.choice_delegate import ChoiceDelegate
from okr_workshop.ui.widgets.field_lengths import limited

EDIT_KEYS = (QAbstractItemView.EditTrigger.DoubleClicked
             | QAbstractItemView.EditTrigger.EditKeyPressed)


class NotesBox(QGroupBox):
    make_action = Signal(object)  # the Feedback note to turn into an action

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notes"), parent)
        self.bridge = bridge
        self.moment = Moment()
        self.kind = QComboBox()
        self.kind.setObjectName("noteKind")
        self.text = limited(QLineEdit(), "feedback", "text")
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(self.tr("One idea per note; Enter adds it"))
        self.author = QComboBox()
        self.author.setObjectName("noteAuthor")
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        limited(self.author.lineEdit(), "feedback", "author")
        self.author.lineEdit().setPlaceholderText(self.tr("Anonymous"))
        self.author.setToolTip(self.tr("Leave empty for an anonymous note."))
        # Never narrower than the word saying it may stay empty ("Anony…" at scale 1.5).
        self.author.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.author.setMinimumContentsLength(len(self.author.lineEdit().placeholderText()) + 2)
        self.add_button = QPushButton(self.tr("Add note"))
        # What is typed here is a note to come, saved by Enter or Add, not before.
        for field in (self.text, self.author):
            mark_draft(field)
        self.add_button.setObjectName("addNote")
        form = QGridLayout()
        for column, (label_text, field) in enumerate(
                ((self.tr("&Type:"), self.kind), (self.tr("&Note:"), self.text),
                 (self.tr("&Author:"), self.author))):
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addWidget(label, 0, column)
            form.addWidget(field, 1, column)
        form.addWidget(self.add_button, 1, 3)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(2, 1)

        self.model = NotesModel(bridge, self)
        self.table = QTableView()
        self.table.setObjectName("feedbackNotes")
        self.table.setModel(self.model)
        # The kind from the occasion's list only; the author picked or typed (empty: anonymous).
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setItemDelegateForColumn(NotesModel.AUTHOR,
                                            ChoiceDelegate(self.table, editable=True))
        self.table.setEditTriggers(EDIT_KEYS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # As tall as the words: a note cut after two lines was readable only in a tooltip.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NotesModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NotesModel.AUTHOR, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)

        self.to_action = QPushButton(self.tr("Ma&ke it an action"))
        self.to_action.setObjectName("noteToAction")
        self.to_action.setToolTip(self.tr("Add an action decided from the selected note."))
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.setObjectName("deleteNote")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.to_action)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.text.returnPressed.connect(self.add_note)
        self.author.lineEdit().returnPressed.connect(self.add_note)
        self.add_button.clicked.connect(self.add_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.to_action.clicked.connect(self._make_action)
        self.model.message.connect(lambda text: self.bridge.save_failed.emit(text))
        self.table.selectionModel().selectionChanged.connect(self._enable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete and self.table.state()
                != QAbstractItemView.State.EditingState):
            self.delete_note()
            return True
        return super().eventFilter(watched, event)

    def load(self, workshop: Workshop, moment: Moment) -> None:
        self.moment = moment
        show_choices(self.kind, [(kind_name(k), k.value) for k in KINDS[moment.occasion]])
        typed = self.author.currentText()
        show_choices(self.author, [("", ""), *((p.name, p.name) for p in workshop.participants)])
        self.author.setEditText(typed)
        chosen = self.selected()
        self.model.load(workshop, moment)
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def selected(self) -> Feedback | None:
        return self.model.note_at(self.table.currentIndex().row())

    def select(self, note_id: str) -> None:
        if self.table.currentIndex().data(self.model.ID_ROLE) == note_id:
            return  # already there: an editor open on the row stays open
        row = self.model.row_of(note_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, NotesModel.TEXT))

    def _enable(self) -> None:
        has = self.selected() is not None
        self.to_action.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_note(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        workshop = self.bridge.workshop
        note = Feedback(kind=self.kind.currentData(), text=text,
                        author=self.author.currentText().strip(),
                        occasion=self.moment.occasion, on=self.moment.on,
                        position=len(workshop.feedback))
        if self.bridge.edit(lambda s: s.add(edit_label("add_feedback"), note)):
            # setText, not clear(): clear() keeps the field's own undo, and Ctrl+Z then put the
            # words back in the field instead of taking back what they added.
            self.text.setText("")
            self.select(note.id)
            self.text.setFocus()

    def delete_note(self) -> None:
        note = self.selected()
        if note is not None:
            self.bridge.edit(lambda s: s.delete(edit_label("delete_feedback"), note))

    def _make_action(self) -> None:
        note = self.selected()
        if note is not None:
            self.make_action.emit(note)
