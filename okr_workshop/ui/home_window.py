"""The home screen: the library of workshops, with search and the samples one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop import APP_NAME
from okr_workshop.app.library import add_samples
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.workshop_list_model import WorkshopListModel


class HomeWindow(QMainWindow):
    def __init__(self, repository: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 640)

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

        top = QHBoxLayout()
        top.addWidget(self.search)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

        find = QAction(self.tr("Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        self.refresh()

    def refresh(self) -> None:
        rows = self._repository.list_workshops(self.search.text())
        self.model.set_workshops(rows)
        library_empty = not rows and not self.search.text()
        self.pages.setCurrentIndex(1 if library_empty else 0)
        count = len(rows)
        self.statusBar().showMessage(
            self.tr("1 workshop")
            if count == 1
            else self.tr("%1 workshops").replace("%1", str(count))
        )

    def add_samples(self) -> None:
        add_samples(self._repository)
        self.refresh()
