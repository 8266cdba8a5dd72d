"""Tab in reading order: one chain per page, set once its widgets are all in place.

Qt's default chain is the order the widgets were made in, and piecemeal ``setTabOrder``
calls from a page and from its widgets move one another's pieces: Tab from "New candidate"
went straight to the step list. A page names its fields in the order a person reads them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (hidden or disabled ones are skipped by
    Qt as usual); after the last one it goes on to what followed it before."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def label_letters_reach_fields(form: QFormLayout) -> None:
    """Point each label of ``form`` at the field that takes the keys.

    A label's Alt+letter moves the focus to its buddy only if the buddy accepts focus itself;
    a row made of several widgets (a check box and a date, a value and its neighbour) takes
    none, so Alt+letter of "Starts on:" did nothing. Its focus proxy is the field meant."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel) or label.buddy() is None:
            continue
        buddy = label.buddy()
        while buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and buddy.focusProxy() is not None:
            buddy = buddy.focusProxy()
        label.setBuddy(buddy)
