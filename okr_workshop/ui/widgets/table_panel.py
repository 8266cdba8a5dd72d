"""A table of workshop entities with Add, Delete, Move up and Move down, all from the keyboard.

Subclasses say what a new row is and how to word the edits; this class does the rest: the
actions and their shortcuts (Insert, Delete, Alt+Up, Alt+Down while the table has focus),
saving through the bridge, and keeping the selection on the same entity across reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.tree import Entity
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.field_lengths import LimitedDelegate


class TablePanel(QWidget):
    message = Signal(str)  # a sentence for the page's notice (empty: clear it)

    def __init__(
        self, bridge: SessionBridge, model: QAbstractTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = model
        model.message.connect(self.message)  # type: ignore[attr-defined]

        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(LimitedDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Compact rows: the French sample's 24 people should not need a page of scrolling.
        follow_font(self.view, lambda: self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 10))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.add_action = self._action(self.add_text(), "Insert", self.add)
        # At run time self.tr() looks up the subclass's name: these belong to TablePanel.
        translate = QCoreApplication.translate
        self.delete_action = self._action(
            translate("TablePanel", "Delete"), "Delete", self.delete_selected
        )
        self.up_action = self._action(
            translate("TablePanel", "Move up"), "Alt+Up", lambda: self.move(-1)
        )
        self.down_action = self._action(
            translate("TablePanel", "Move down"), "Alt+Down", lambda: self.move(1)
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action):
            # Only Add has a mnemonic: both tables have Delete and Move, reached with Del
            # and Alt+arrows inside the table.
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)

    def _action(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(shortcut))
        # Only while this table has focus: Delete in a text field must still delete text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
        )
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # What subclasses say --------------------------------------------------------------------

    def add_text(self) -> str:
        raise NotImplementedError

    def entities(self, workshop: Workshop) -> tuple[Entity, ...]:
        raise NotImplementedError

    def new_entity(self) -> Entity:
        raise NotImplementedError

    def add_label(self) -> EditLabel:
        raise NotImplementedError

    def delete_label(self, entity: Entity) -> EditLabel:
        """Its ``done`` is what the status bar says after the deletion."""
        raise NotImplementedError

    def move_label(self) -> EditLabel:
        raise NotImplementedError

    def nothing_selected(self) -> str:
        raise NotImplementedError

    # Showing --------------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        current = self.view.currentIndex()
        kept_id = self.selected_id()
        row, column = current.row(), max(0, current.column())
        self.model.set_workshop(workshop)  # type: ignore[attr-defined]
        if kept_id is not None and self.selected_id() == kept_id:
            return
        found = self.model.row_of(kept_id) if kept_id else -1  # type: ignore[attr-defined]
        if found < 0 and row >= 0:
            found = min(row, self.model.rowCount() - 1)  # the neighbour of a deleted row
        if found >= 0:
            self.select_row(found, column)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(self.model.ID_ROLE)  # type: ignore[attr-defined]

    def select_row(self, row: int, column: int = 0) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def select_id(self, entity_id: str, column: int = 0) -> None:
        row = self.model.row_of(entity_id)  # type: ignore[attr-defined]
        if row >= 0:
            self.select_row(row, column)

    def _selected_entity(self) -> tuple[int, Entity] | None:
        entity_id = self.selected_id()
        entities = self.entities(self.bridge.workshop)
        row = next((i for i, e in enumerate(entities) if e.id == entity_id), -1)
        return (row, entities[row]) if row >= 0 else None

    # Editing --------------------------------------------------------------------------------

    def add(self) -> None:
        entity = self.new_entity()
        label = self.add_label()
        if self.bridge.edit(lambda s: s.add(label, entity)):
            self.message.emit("")
            self.select_id(entity.id)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.edit(self.view.currentIndex())

    def delete_selected(self) -> None:
        selected = self._selected_entity()
        if selected is None:
            self.message.emit(self.nothing_selected())
            return
        _, entity = selected
        label = self.delete_label(entity)
        if self.bridge.edit(lambda s: s.delete(label, entity)):
            self.message.emit("")

    def move(self, step: int) -> None:
        selected = self._selected_entity()
        if selected is None:
            self.message.emit(self.nothing_selected())
            return
        row, entity = selected
        target = row + step
        if not 0 <= target < len(self.entities(self.bridge.workshop)):
            return  # already first or last: nothing to save
        label = self.move_label()
        if self.bridge.edit(lambda s: s.move(label, entity, target)):
            self.message.emit("")
            self.select_id(entity.id, max(0, self.view.currentIndex().column()))
