"""A wide table shares its extra room among the columns that need it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from okr_workshop.ui.widgets.column_shares import ColumnShares

TITLE, SERVES, REASON, STATUS = range(4)


def make_table(qtbot) -> tuple[QTableView, ColumnShares]:
    view = QTableView()
    view.setModel(QStandardItemModel(3, 4, view))
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for column in (SERVES, REASON, STATUS):
        view.setColumnWidth(column, 100)
    shares = ColumnShares(view, {SERVES: 0.25, REASON: 0.25}, stretched_minimum=200)
    qtbot.addWidget(view)
    return view, shares


def test_a_narrow_table_keeps_the_columns_own_widths(qtbot):
    view, _ = make_table(qtbot)
    view.resize(QSize(400, 300))
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(SERVES) == view.columnWidth(REASON) == 100


def test_a_wide_table_gives_them_their_share_of_the_extra_room(qtbot):
    view, _ = make_table(qtbot)
    view.resize(QSize(1500, 300))
    view.show()
    qtbot.waitExposed(view)
    extra = view.viewport().width() - (100 + 200 + 100 + 100)
    assert extra > 0
    assert view.columnWidth(SERVES) == view.columnWidth(REASON) == 100 + int(extra / 4)
    assert view.columnWidth(STATUS) == 100  # not listed: untouched
    # The stretched column keeps the rest: its minimum and half the extra room.
    assert abs(view.columnWidth(TITLE) - (200 + extra / 2)) <= 2
