"""The Rituals tab of Steering: what is due today, the cycle's rituals (the usual ones
proposed from the cycle dates, all editable), and their calendar file (.ics)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app import clock
from okr_workshop.app.calendar_file import export_rituals
from okr_workshop.app.errors import AppError, error_sentence
from okr_workshop.app.export_deck import suggested_deck_name
from okr_workshop.domain.enums import Cadence, RitualKind
from okr_workshop.domain.model import Ritual, Workshop
from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import is_singular, ui_language
from okr_workshop.ui.models.rituals_model import KIND, PLACE, RitualsModel
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.save_folders import documents_folder
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.cycle_words import ritual_kind_label
from okr_workshop.ui.steering.due_panel import DuePanel
from okr_workshop.ui.steering.ritual_form import RitualForm, laptop_zone
from okr_workshop.ui.steering.tab import SteeringTab
from okr_workshop.ui.widgets.form_rows import buddy_label


class RitualsTab(SteeringTab):
    def __init__(self, bridge: SessionBridge, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(bridge, prompts, parent)
        self._folder = documents_folder()
        self.due = DuePanel()
        self.model = RitualsModel(self)
        self.table = QTableView()
        self.table.setObjectName("ritualsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        # The place (whole in the form) keeps to its heading's width: stretched as well, it
        # took half the room, and at scale 1.5 the names read « Revue mens… », « Prép… du ».
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PLACE, header.sectionSizeFromContents(PLACE).width())
        self.form = RitualForm(bridge)
        self.add_button = QPushButton(self.tr("Add a ritua&l"))
        self.delete_button = QPushButton(self.tr("&Delete ritual"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected ritual (Ctrl+Z brings it back)."))
        self.propose_button = QPushButton(self.tr("Propose the &usual rituals"))
        self.propose_button.setToolTip(self.tr(
            "Adds the weekly check-in, the monthly review, grading and retrospective, and "
            "next-cycle planning, dated from the cycle; a kind already there is not added "
            "again."))
        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"))
        self.export_button.setToolTip(self.tr(
            "One recurring event per ritual, for Outlook, Google Calendar or Apple Calendar; "
            "exporting again updates the same events."))
        self.message = QLabel()
        self.message.setObjectName("ritualsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self.add_button.clicked.connect(self.add_ritual)
        self.delete_button.clicked.connect(self.delete_ritual)
        self.propose_button.clicked.connect(self.propose_rituals)
        self.export_button.clicked.connect(self.export_calendar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.due.ritual_chosen.connect(self.show_ritual)
        # Enter on a ritual goes to its form; Delete deletes it (Ctrl+Z brings it back).
        self.table.activated.connect(
            lambda _index: self.form.kind.setFocus(Qt.FocusReason.OtherFocusReason))
        delete = QAction(self.tr("Delete ritual"), self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_ritual)
        self.table.addAction(delete)
        self.due.key_result_chosen.connect(self._show_key_result)

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(buddy_label(self.tr("Rituals of the c&ycle:"), self.table), 1)
        heading.addWidget(self.propose_button)
        column.addLayout(heading)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 500])  # the table's five columns first, the form beside
        splitter.setChildrenCollapsible(False)
        # The table's five columns need more than the form's fields, which stay wide enough
        # at 1280 pixels: an even split cut "Retrospective" and "Grading and …".
        splitter.setSizes([560, 440])
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        chain = [self.due.view, self.due.jump, self.propose_button, self.table, self.add_button,
                 self.delete_button, *self.form.focus_chain(), self.export_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_title(self) -> str:
        return self.tr("&Rituals")

    def load(self, workshop: Workshop) -> None:
        self.due.can_show_key_results = self._check_in_tab() is not None
        self.due.load(workshop)
        chosen = self._selected_id()
        self.model.load(workshop)
        row = self.model.row_of(chosen)
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)
        self._show_selected()

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.propose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # Selection ---------------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        ritual = self.model.ritual(self.table.currentIndex().row())
        return ritual.id if ritual is not None else None

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.setCurrentIndex(self.model.index(-1, 0))
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _show_selected(self) -> None:
        ritual = self.model.ritual(self.table.currentIndex().row())
        self.form.show_ritual(self.bridge.workshop, ritual)
        self.delete_button.setEnabled(ritual is not None)
        self.export_button.setEnabled(bool(self.bridge.workshop.rituals))

    def show_ritual(self, ritual_id: str) -> None:
        """Select the ritual and put the keys in its form."""
        self._select_row(self.model.row_of(ritual_id))
        self.form.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_in_tab(self) -> QWidget | None:
        """The sibling tab that takes a key result to check in, when the page has one."""
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if not isinstance(tabs, QTabWidget):
            return None
        return next((tabs.widget(i) for i in range(tabs.count())
                     if hasattr(tabs.widget(i), "show_key_result")), None)

    def _show_key_result(self, key_result_id: str) -> None:
        tab = self._check_in_tab()
        if tab is not None:
            tab.parentWidget().parentWidget().setCurrentWidget(tab)
            tab.show_key_result(key_result_id)

    # Edits -------------------------------------------------------------------------------

    def _next_position(self, workshop: Workshop) -> int:
        return max((r.position for r in workshop.rituals), default=-1) + 1

    def add_ritual(self) -> None:
        workshop = self.bridge.workshop
        ritual = Ritual(kind=RitualKind.OTHER, cadence=Cadence.WEEKLY,
                        starts_on=workshop.cycle_start, time_zone=laptop_zone(),
                        position=self._next_position(workshop))
        if self.bridge.edit(lambda s: s.add(edit_label("add_ritual"), ritual)):
            self.show_ritual(ritual.id)

    def delete_ritual(self) -> None:
        ritual = self.model.ritual(self.table.currentIndex().row())
        if ritual is None:
            return
        row = self.table.currentIndex().row()
        label = edit_label("delete_ritual", ritual_kind_label(ritual.kind))
        if self.bridge.edit(lambda s: s.delete(label, ritual)):
            self._select_row(min(row, self.model.rowCount() - 1))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def propose_rituals(self) -> None:
        """The usual rituals from the cycle dates, in one undoable edit; a kind already
        there is left as the room set it."""
        workshop = self.bridge.workshop
        there = {r.kind for r in workshop.rituals}
        zone, position = laptop_zone(), self._next_position(workshop)
        new = [dataclasses.replace(r, time_zone=zone, position=position + i)
               for i, r in enumerate(r for r in default_rituals(workshop, clock.today())
                                     if r.kind not in there)]
        if not new:
            self.message.setText(self.tr("The usual rituals are all there already; change "
                                         "them in the form."))
            return
        if self.bridge.edit(lambda s: s.add_many(edit_label("propose_rituals"),
                                                 [(r, None) for r in new])):
            text = (self.tr("%1 usual ritual added, dated from the cycle: adjust it in the "
                            "form.") if is_singular(len(new)) else
                    self.tr("%1 usual rituals added, dated from the cycle: adjust them in the "
                            "form."))
            self.message.setText(text.replace("%1", str(len(new))))
            self.show_ritual(new[0].id)

    def export_calendar(self) -> None:
        workshop = self.bridge.workshop
        if not workshop.rituals:
            return
        self.bridge.pending.flush()  # the agenda being typed goes in the file
        suggested = Path(suggested_deck_name(workshop)).with_suffix(".ics").name
        path = self.prompts.save_file(self.tr("Export the rituals to a calendar file"),
                                      str(self._folder / suggested),
                                      self.tr("iCalendar files (*.ics)"))
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(f"{path.name}.ics")
        path = self.prompts.writable(path, self.tr("Export the rituals to a calendar file"))
        if path is None:
            return
        self._folder = path.parent
        try:
            written = export_rituals(self.bridge.workshop, path, clock.today())
        except (AppError, OSError) as error:
            self.message.setText(self.tr("Calendar not saved: %1").replace(
                "%1", error_sentence(error, ui_language())))
            return
        self.message.setText(self.tr(
            "Calendar saved as “%1”: import it in Outlook, Google Calendar or Apple Calendar. "
            "Exporting again updates the same events.").replace("%1", str(written)))
