"""The home page: the library of workshops, with search and the samples one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.library import add_samples
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.workshop_list_model import WorkshopListModel


class HomePage(QWidget):
    open_requested = Signal(str)  # a workshop id
    undo_state_changed = Signal()

    def __init__(self, repository: Repository, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._repository = repository
        self.prompts = prompts

        self.search = QLineEdit(placeholderText=self.tr("Search by title, organisation or cycle"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)

        self.model = WorkshopListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.empty_label = QLabel(
            self.tr(
                "<h2>Welcome to OKR Workshop</h2><p>Your library is empty. Start from a sample "
                "workshop to see a whole session, from the vision to measurable key results.</p>"
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.samples_button = QPushButton(self.tr("Add the sample workshops"))
        self.samples_button.clicked.connect(self.add_samples)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.samples_button, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(empty)
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)

        find = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self.refresh()

    # The main window's File menu and Edit menu ---------------------------------------------

    def file_actions(self) -> list[QAction]:
        return []

    def undo_label(self) -> str | None:
        return None

    def redo_label(self) -> str | None:
        return None

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass

    # Listing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self._repository.list_workshops(self.search.text())
        self.model.set_workshops(rows)
        library_empty = not rows and not self.search.text()
        self.pages.setCurrentIndex(1 if library_empty else 0)
        count = len(rows)
        self.count_label.setText(
            self.tr("1 workshop")
            if count == 1
            else self.tr("%1 workshops").replace("%1", str(count))
        )
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.workshop_at(row).id)

    def add_samples(self) -> None:
        add_samples(self._repository)
        self.refresh()
