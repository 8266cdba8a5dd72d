"""The window's fields stop at the lengths a file may hold (domain/field_limits.py), so
what is typed here always exports, imports back and fits the deck; and what is pasted
loses its control characters and, in a one-line field, its line breaks (domain/entered.py),
so nothing a terminal would obey reaches the library."""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from okr_workshop.domain.entered import clean_text
from okr_workshop.domain.field_limits import length_limit


class _Limited(Protocol):
    def setMaxLength(self, length: int) -> None: ...  # noqa: N802


Field = TypeVar("Field", bound=_Limited)


def limited(edit: Field, kind: str, field: str) -> Field:
    """``edit`` (a QLineEdit or a ProgramTextEdit) stopping at the limit of ``kind.field``."""
    limit = length_limit(kind, field)
    if limit is None:
        raise KeyError(f"no length limit for {kind}.{field}")
    edit.setMaxLength(limit)
    if isinstance(edit, QLineEdit) and edit.validator() is None:
        edit.setValidator(OneLineText(edit))
    return edit


class OneLineText(QValidator):
    """Pasted or dropped text without control characters, line breaks and tabs as
    spaces (Qt's line edit keeps them all). Qt validates the program's ``setText`` too:
    only while the person is in the field is the text cleaned, so a value stored before
    these rules is shown whole, and loses its controls only when someone edits it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def validate(self, text: str, position: int) -> object:
        if not self._edit.hasFocus():
            return QValidator.State.Acceptable, text, position
        cleaned = clean_text(text, multiline=False)
        if cleaned != text:
            position = len(clean_text(text[:position], multiline=False))
        return QValidator.State.Acceptable, cleaned, position


def limit_cell_editor(editor: object, index: QModelIndex | QPersistentModelIndex) -> None:
    """A table cell's editor stops at the limit of its column: the model says which field a
    column edits with ``LENGTHS = {column: (kind, field)}``."""
    lengths = getattr(index.model(), "LENGTHS", {})
    if index.column() not in lengths:
        return
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    if isinstance(line, QLineEdit):
        limited(line, *lengths[index.column()])


class LimitedDelegate(QStyledItemDelegate):
    """The default cell editor, stopping at the column's limit (see limit_cell_editor)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        limit_cell_editor(editor, index)
        return editor
