"""Tab in reading order: one chain per page, set once its widgets are all in place.

Qt's default chain is the order the widgets were made in, and piecemeal ``setTabOrder``
calls from a page and from its widgets move one another's pieces: Tab from "New candidate"
went straight to the step list. A page names its fields in the order a person reads them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (hidden or disabled ones are skipped by
    Qt as usual); after the last one it goes on to what followed it before."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
