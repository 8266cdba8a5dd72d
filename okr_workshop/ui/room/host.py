"""What the room kit's installers use of the workshop view, named here so the kit's modules
never import the view (which imports their installers)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge


class RoomHost(Protocol):
    """The ``WorkshopView`` as the room kit sees it."""

    bridge: SessionBridge
    prompts: Prompts
    room_bar: QHBoxLayout
    room_actions: list[QAction]
    step_changed: SignalInstance

    def window(self) -> QWidget: ...

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt's name

    def installEventFilter(self, watcher: QObject) -> None: ...  # noqa: N802 - Qt's name
