"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns
nothing; after a few thousand calls the interpreter aborts ("none_dealloc"). A long
workshop makes millions of such calls, so a binding with this bug must never be installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    owner = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Nous allons …")
        owner.setObjectName("x")
        QModelIndex().data()
    # A little slack for the interpreter's own bookkeeping; the bug loses 6,000 here.
    assert sys.getrefcount(None) >= before - 50
