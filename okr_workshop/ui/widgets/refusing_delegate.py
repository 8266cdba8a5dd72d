"""Table editors that refuse an impossible value where it is typed, and the small editors
the check-in tables share.

Tab and Enter ask :meth:`RefusingDelegate.problem` first: when the editor holds something
refused, it stays open, framed in red, and ``refused`` carries the reason for the page to
show beside the table; otherwise Tab moves on as usual and Enter commits, closes and says
``entered(row)``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.base import members_first
from okr_workshop.ui.models.choices import SEPARATOR

translate = QCoreApplication.translate
REFUSED = "border: 2px solid #B83232;"
_KEYS_DONE = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYS_MOVE = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ConfidenceSpin(QSpinBox):
    """0 to 10, with Up and Down; "11" can be typed so that it is refused with its reason
    (a plain spin box swallows the second digit without a word)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10)
        self.setAccessibleName(translate("CheckInEditors", "Confidence, 0 to 10"))

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if stripped.lstrip("-").isdigit() and len(stripped) <= 4:
            state = (QValidator.State.Acceptable if 0 <= int(stripped) <= 10
                     else QValidator.State.Intermediate)
            return state, text, pos
        if stripped in ("", "-"):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


def author_combo(parent: QWidget, workshop: Workshop, team_id: str | None) -> QComboBox:
    """Nobody, then the team's members, then everyone else."""
    combo = QComboBox(parent)
    combo.addItem(translate("CheckInEditors", "(nobody)"), None)
    for name, person_id in members_first(workshop.participants, team_id):
        if person_id == SEPARATOR:
            combo.insertSeparator(combo.count())
        else:
            combo.addItem(name, person_id)
    return combo


def milestone_combo(parent: QWidget, done_text: str, not_yet_text: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(not_yet_text, 0.0)
    combo.addItem(done_text, 1.0)
    return combo


class RefusingDelegate(QStyledItemDelegate):
    refused = Signal(str)  # why what is typed is refused; "" once it is accepted
    entered = Signal(int)  # Enter in an editor of this row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._indexes: dict[int, QPersistentModelIndex] = {}

    def problem(self, editor: QWidget, index: QModelIndex) -> str:
        """Why what ``editor`` holds is refused; empty when it is fine."""
        return ""

    def remember(self, editor: QWidget, index: QModelIndex) -> QWidget:
        """``editor`` edits ``index`` (createEditor calls this before returning it)."""
        key = id(editor)
        self._indexes[key] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _=None: self._indexes.pop(key, None))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(editor, QWidget):
            key = event.key()
            index = self._indexes.get(id(editor))
            if key == Qt.Key.Key_Escape:
                self.refused.emit("")  # the value typed is given up, and its reason with it
            if key in _KEYS_DONE + _KEYS_MOVE and index is not None and index.isValid():
                reason = self.problem(editor, QModelIndex(index))
                self.mark(editor, reason)
                if reason:
                    return True  # stays open, with the reason beside it
                if key in _KEYS_DONE:
                    row = index.row()
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                    self.entered.emit(row)
                    return True
        return super().eventFilter(editor, event)

    def mark(self, editor: QWidget, reason: str) -> None:
        editor.setStyleSheet(REFUSED if reason else "")
        editor.setToolTip(reason)
        editor.setAccessibleDescription(reason)
        self.refused.emit(reason)
