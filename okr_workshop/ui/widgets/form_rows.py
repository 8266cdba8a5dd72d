"""Small pieces of the forms: named fields, labels that reach their field, two fields on
one row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from okr_workshop.ui.widgets.wrap_line_edit import WrapLineEdit


def line_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setClearButtonEnabled(False)
    return edit


def wrapped_edit(name: str, lines: int, max_lines: int) -> WrapLineEdit:
    edit = WrapLineEdit(lines, max_lines)
    edit.setObjectName(name)
    return edit


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter focuses ``buddy``. The buddy must take the focus itself: a
    row holding the field does not, and its Alt+letter did nothing (Alt+B, Alt+I)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def pair_row(first: QWidget, label_text: str, second: QWidget) -> QWidget:
    """``first``, then ``second`` with its label, on one row (short values share a row, so
    the form fits a 1366×768 screen)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1)
    layout.addWidget(buddy_label(label_text, second))
    layout.addWidget(second, 1)
    row.setFocusProxy(first)
    return row
