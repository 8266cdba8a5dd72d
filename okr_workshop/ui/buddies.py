"""A label's Alt+letter reaches the field it names, even when it names a group of fields.

Qt's QLabel gives the focus to its buddy only when the buddy itself takes focus; a row that
holds two fields ("Baseline" with "Target") or a check box with its date ("Starts on")
takes none and passes it on through a focus proxy, which the label does not follow: Alt+B,
Alt+I, Alt+S, Alt+N and Alt+U did nothing, and what was typed next went into whatever field
had the focus. Such a label now gives the focus to the field the group passes it to.

The buddy itself is left alone: pointed straight at a check box, the label would *click* it
on Alt+letter (QLabel does that for buttons), and Alt+N would clear the cycle's end date.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


def _target(buddy: QWidget) -> QWidget:
    while buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and buddy.focusProxy():
        buddy = buddy.focusProxy()
    return buddy


class _FocusTheProxy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Shortcut or not isinstance(watched, QLabel):
            return False
        buddy = watched.buddy()
        if buddy is None or buddy.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return False  # QLabel does it
        _target(buddy).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


_FILTER = _FocusTheProxy()


def aim_buddies(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _target(buddy) is not buddy:
            label.installEventFilter(_FILTER)
