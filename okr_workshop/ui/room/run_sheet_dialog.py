"""The run sheet editor (Room › Run sheet…): the session's date and start time, one row per
step or break with its planned clock times, minutes (editable) and the real time spent;
breaks added, removed, renamed, moved. Every change is an undoable edit of the workshop
(Ctrl+Z works here as in the main window); the time the step timer records is not.

A workshop with no run sheet of its own shows the default one; the first change stores it
(``WorkshopSession.keep_run_sheet``), so undoing that change leaves the default sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.agenda import clock_from_text, duration_text, run_sheet_items
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.room import AgendaItem
from okr_workshop.ui.room.run_sheet_model import PLANNED, WHAT, RunSheetModel, clock_text
from okr_workshop.ui.room.run_sheet_texts import run_sheet_label
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.optional_date import OptionalDateEdit

BREAK_MINUTES = 15  # what a new break starts with: a coffee


class RunSheetDialog(QDialog):
    def __init__(self, bridge: SessionBridge, print_sheet: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Run sheet"))
        self.setObjectName("runSheetDialog")
        self.model = RunSheetModel(bridge.workshop, self)
        self.model.edited.connect(self._edited)

        self.session_on = OptionalDateEdit(self.tr("S&et"))
        self.session_on.committed.connect(self._date_committed)
        self.starts_at = QLineEdit()
        self.starts_at.setObjectName("sessionStartsAt")
        self.starts_at.setPlaceholderText(self.tr("e.g. 09:30"))
        self.starts_at.setToolTip(self.tr("When the session starts (HH:MM); empty: times are "
                                          "counted from the start"))
        self.starts_at.editingFinished.connect(self._time_committed)
        self.problem = QLabel()
        self.problem.setObjectName("startsAtProblem")
        form = QFormLayout()
        form.addRow(self.tr("Session &date:"), self.session_on)
        form.addRow(self.tr("&Start time:"), self.starts_at)
        form.addRow("", self.problem)

        self.table = QTableView()
        self.table.setObjectName("runSheetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.totals = QLabel()
        self.totals.setObjectName("runSheetTotals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, keys, slot in (
            ("add", self.tr("Add a &break"), "Ins", self.add_break),
            ("remove", self.tr("&Remove the break"), "Del", self.remove_break),
            ("up", self.tr("Move &up"), "Alt+Up", lambda: self.move(-1)),
            ("down", self.tr("Move do&wn"), "Alt+Down", lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"runSheet_{name}")
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text().replace('&', '')} ({native})")
            row.addWidget(button)
            self.buttons[name] = button
            action = QAction(self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        row.addStretch(1)
        print_button = QPushButton(self.tr("&Print run sheet…"))
        print_button.setObjectName("runSheet_print")
        print_button.setAutoDefault(False)
        print_button.clicked.connect(print_sheet)
        row.addWidget(print_button)
        self.buttons["print"] = print_button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter finishes a field or a cell here; it never closes the editor.
        for button in close.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)

        for keys, slot in (("Ctrl+Z", bridge.undo), ("Ctrl+Shift+Z", bridge.redo),
                           ("Ctrl+Y", bridge.redo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 560)
        bridge.changed.connect(self.reload)
        self.reload(bridge.workshop)
        self.table.setCurrentIndex(self.model.index(0, WHAT))

    # Showing -------------------------------------------------------------------------

    def reload(self, workshop: Workshop | None = None) -> None:
        workshop = workshop or self.bridge.workshop
        row = self.table.currentIndex().row()
        self.model.set_workshop(workshop)
        if row >= 0 and self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, WHAT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.session_on.set_value(workshop.session_on, suggestion=date.today())
        if not self.starts_at.hasFocus():
            self.starts_at.setText(workshop.session_starts_at)
        sheet = self.model.sheet
        if sheet.break_minutes:
            text = self.tr("Planned: %1 min, breaks included (%2 min)").replace(
                "%1", str(sheet.planned_minutes)).replace("%2", str(sheet.break_minutes))
        else:
            text = self.tr("Planned: %1 min").replace("%1", str(sheet.planned_minutes))
        if sheet.ends is not None:
            text += " · " + self.tr("ends at %1").replace("%1", clock_text(sheet.ends))
        if sheet.has_spent:
            text += " · " + self.tr("spent: %1").replace("%1", duration_text(sheet.spent_seconds))
        self.totals.setText(text)
        self._enable()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _enable(self) -> None:
        row = self.current_row()
        lines = self.model.sheet.lines
        is_break = 0 <= row < len(lines) and lines[row].is_break
        self.buttons["remove"].setEnabled(is_break)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < len(lines) - 1)

    # Edits ---------------------------------------------------------------------------

    def _edit(self, key: str, change: Callable[[WorkshopSession, tuple[AgendaItem, ...]], None]
              ) -> bool:
        """One undoable edit of the stored sheet (the default one stored first)."""
        label = run_sheet_label(key)

        def action(session: WorkshopSession) -> None:
            session.keep_run_sheet()
            change(session, run_sheet_items(session.workshop))

        return self.bridge.edit(action, label.done)

    def _edited(self, row: int, field: str, value: object) -> None:
        key = "planned" if field == "planned_minutes" else "title"
        self._edit(key, lambda s, items: s.update(run_sheet_label(key), items[row],
                                                  **{field: value}))

    def add_break(self) -> None:
        row = self.current_row()
        at = row + 1 if row >= 0 else self.model.rowCount()
        item = AgendaItem(title=self.tr("Break"), planned_minutes=BREAK_MINUTES)
        if self._edit("add_break", lambda s, _items: s.add(run_sheet_label("add_break"), item,
                                                           index=at)):
            self._select(at, WHAT)

    def remove_break(self) -> None:
        row = self.current_row()
        if not (0 <= row < self.model.rowCount()) or not self.model.line(row).is_break:
            return
        self._edit("remove_break",
                   lambda s, items: s.delete(run_sheet_label("remove_break"), items[row]))

    def move(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if not (0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount()):
            return
        if self._edit("move", lambda s, items: s.move(run_sheet_label("move"), items[row],
                                                      target)):
            self._select(target, self.table.currentIndex().column())

    def _select(self, row: int, column: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, max(column, 0)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._enable()

    def _date_committed(self, value: date | None) -> None:
        if value != self.bridge.workshop.session_on:
            self.bridge.edit(lambda s: s.update_workshop(run_sheet_label("session"),
                                                         session_on=value),
                             run_sheet_label("session").done)

    def _time_committed(self) -> None:
        read = clock_from_text(self.starts_at.text())
        if read is None:
            self.problem.setText(self.tr("Not a time of day: write it as 09:30"))
            return
        self.problem.setText("")
        self.starts_at.setText(read)
        if read != self.bridge.workshop.session_starts_at:
            self.bridge.edit(lambda s: s.update_workshop(run_sheet_label("session"),
                                                         session_starts_at=read),
                             run_sheet_label("session").done)

    def focus_planned(self) -> None:
        """Put the cursor on the current line's minutes (for the keyboard)."""
        self._select(max(self.current_row(), 0), PLANNED)
