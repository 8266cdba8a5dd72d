"""A label's Alt+letter reaches the field it names, even when it names a group of fields.

Qt's QLabel gives the focus to its buddy only when the buddy itself takes focus; a row that
holds two fields ("Baseline" with "Target") or a check box with its date ("Starts on")
takes none and passes it on through a focus proxy, which the label does not follow: Alt+B,
Alt+I, Alt+S, Alt+N and Alt+U did nothing, and what was typed next went into whatever field
had the focus. The buddy is pointed at the field the group passes the focus to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def aim_buddies(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.focusPolicy() != Qt.FocusPolicy.NoFocus:
            continue
        target = buddy
        while target.focusPolicy() == Qt.FocusPolicy.NoFocus and target.focusProxy():
            target = target.focusProxy()
        if target is not buddy:
            label.setBuddy(target)
