"""What the window shows of a shared workshop: a short state in the status bar ("Team
folder: revision 4"), who else has it open, the sentences of what happened, and, on a
conflict, a bar over the page that stays until a person decides (never a modal dialog
popping up in the middle of a workshop)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from okr_workshop.app.team_folder import FolderVersion, Standing
from okr_workshop.app.team_presence import Presence
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.team import sync_words as words
from okr_workshop.ui.team.tips import plain_tip
from okr_workshop.ui.widgets.message_bar import MessageBar

# How long a "Published…" or "Updated…" sentence stays in the status bar.
SAID_MS = 8000


class TeamBar(QObject):
    compare_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presence = QLabel()
        self.presence.setTextFormat(Qt.TextFormat.PlainText)  # colleagues' names, as written
        self.presence.setObjectName("teamPresence")
        self.presence.hide()
        self.state = QLabel()
        self.state.setObjectName("teamState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.presence, self.state):
            label.setContentsMargins(0, 0, 12, 0)  # apart from the next one, as words are
        status_bar = window.statusBar()
        status_bar.insertPermanentWidget(0, self.state)
        status_bar.insertPermanentWidget(0, self.presence)

        self.conflict_bar = MessageBar()
        self.conflict_bar.setObjectName("teamConflictBar")
        # One line: a tool bar gives a wrapped label the height of its narrowest layout,
        # three lines taken from the page on a 768-pixel screen. A narrow window cuts the
        # sentence; the status bar and the tooltip say it whole.
        self.conflict_bar.label.setWordWrap(False)
        self.conflict_bar.label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                              QSizePolicy.Policy.Preferred)
        self.toolbar = QToolBar(self.tr("Team folder"))
        self.toolbar.setObjectName("teamToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setVisible(False)  # not one to switch off by mistake
        # A widget in a tool bar is shown and hidden through its action.
        self._bar_action = self.toolbar.addWidget(self.conflict_bar)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        # The ✕ hides this conflict's bar; another conflict shows it again.
        self.conflict_bar.close_button.clicked.connect(self._dismissed)
        self._conflict_key: object = None
        self._dismissed_key: object = None
        self._trouble = ""  # the sentence of a problem now in the status bar

    # Sentences ------------------------------------------------------------------------------

    def say(self, text: str, timeout_ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def trouble(self, text: str) -> None:
        """Something keeps the workshop from being published: said until it is over."""
        self._hide_conflict()
        self._set_state(self.tr("Team folder: not published"), text)
        self._trouble = text
        self.say(text)

    def in_sync(self, revision: int) -> None:
        self._hide_conflict()
        self._set_state(fill(self.tr("Team folder: revision %1"), revision),
                        self.tr("This workshop is the same here and in the team folder."))
        if self._trouble and self.window.statusBar().currentMessage() == self._trouble:
            self.window.statusBar().clearMessage()
        self._trouble = ""

    def conflict(self, text: str, key: object) -> None:
        self._set_state(self.tr("Team folder: conflict"), text)
        self._trouble = text
        self.say(text)
        self._conflict_key = key
        self.conflict_bar.show_message(text, self.tr("Compare and choose…"), self._compare)
        self.conflict_bar.label.setToolTip(plain_tip(text))
        self._bar_action.setVisible(True)
        self.toolbar.setVisible(key != self._dismissed_key)

    def show_standing(self, found: Standing, before: int,
                      theirs: FolderVersion | None) -> None:
        """Say where the workshop stands after a look at the folder (``before``: the
        revision it had in common before; ``theirs``: the version a conflict is with)."""
        state = found.state
        if state is SyncState.IN_SYNC:
            revision = found.link.revision if found.link is not None else 0
            self.in_sync(revision)
            if revision > before:
                self.say(words.published(revision), SAID_MS)
        elif state is SyncState.CONFLICT and theirs is not None:
            self.conflict(words.conflict(theirs), key=(str(theirs.path), theirs.fingerprint))
        elif state is SyncState.NEWER_IN_FOLDER and found.file is not None:
            self.trouble(words.newer_waiting(found.file))
        elif state is SyncState.REMOVED:
            self.trouble(words.removed())
        elif state is SyncState.BAD_FILE and found.bad is not None:
            self.trouble(words.bad_file(found.bad.path.name,
                                        found.bad.error.sentence(ui_language().value)))

    def text(self) -> str:
        """What the conflict bar says ("" when hidden)."""
        return self.conflict_bar.text() if self.toolbar.isVisible() else ""

    def _set_state(self, text: str, tooltip: str) -> None:
        self.state.setText(text)
        self.state.setToolTip(plain_tip(tooltip))

    def _hide_conflict(self) -> None:
        self._conflict_key = self._dismissed_key = None
        self.toolbar.hide()

    def _compare(self) -> None:
        self.toolbar.hide()  # shown again if the person decides later
        self.compare_requested.emit()

    def _dismissed(self) -> None:
        self._dismissed_key = self._conflict_key
        self.toolbar.hide()

    # Presence -------------------------------------------------------------------------------

    def show_presence(self, found: list[Presence]) -> None:
        self.presence.setText(words.presence_text(found))
        self.presence.setToolTip(plain_tip("\n".join(words.presence_line(p) for p in found)))
        self.presence.setVisible(bool(found))

    # Closing --------------------------------------------------------------------------------

    def remove(self) -> None:
        status_bar = self.window.statusBar()
        for label in (self.presence, self.state):
            status_bar.removeWidget(label)
            label.deleteLater()
        if self._trouble and status_bar.currentMessage() == self._trouble:
            status_bar.clearMessage()
        self.window.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.deleteLater()
