"""The team folder on the home page: its workshops (whose, when, which revision, where each
stands against your library), the folder it reads, and its actions' buttons.

The folder is read by :class:`FolderWatch` off the window's thread; what comes back is
compared with the library here, on the window's thread. A folder that vanished, or was never
chosen, is said in the panel in place of the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.library_file import Repository
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.team.folder_model import STATE, TITLE, TeamFolderModel
from okr_workshop.ui.team.folder_watch import FolderWatch
from okr_workshop.ui.team.sharing_words import error_text
from okr_workshop.ui.team.team_actions import TeamActions
from okr_workshop.ui.widgets.elided_label import ElidedLabel
from okr_workshop.ui.widgets.list_table import list_table
from okr_workshop.ui.widgets.message_bar import MessageBar
from okr_workshop.ui.workshop_list_model import readable_time

if TYPE_CHECKING:
    from okr_workshop.app.team_folder import Standing, Writer
    from okr_workshop.app.team_home import StandingsCache

LIST, NOTICE = range(2)
MAX_HEIGHT = 16_777_215  # Qt's QWIDGETSIZE_MAX: no limit
# Rows with no local copy to share: a colleague's workshop, a file that cannot be read.
NOT_LOCAL = (SyncState.ONLY_IN_FOLDER, SyncState.BAD_FILE)


class TeamHost(Protocol):
    """What the panel needs of the home page."""

    repository: Repository
    prompts: Prompts
    message: MessageBar
    open_requested: Any  # a Signal(str) carrying a workshop id

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)
    def refresh(self, select_id: str | None = None) -> None: ...
    def selected_id_or_tell(self) -> str | None: ...


class TeamPanel(QWidget):
    def __init__(self, page: TeamHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.folder: Path | None = None
        self.writer: Writer | None = None
        self._started = False
        self._cache: StandingsCache | None = None  # made with the first read

        self.title_label = QLabel(self.tr("Team folder"))
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.where_label = ElidedLabel()
        self.state_label = QLabel()
        self.model = TeamFolderModel(self)
        self.table = list_table(self.model, self.tr("Workshops in the team folder"), TITLE)
        # The state shares the room with the title: a bad file's reason is shortened with
        # "…" there, and said whole in its tooltip.
        self.table.horizontalHeader().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.team_actions.open_action.trigger())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.notice)

        self.team_actions = TeamActions(self)
        self.settings_button = _button(self.team_actions.settings_action)
        self.share_button = _button(self.team_actions.share_action)
        self.open_button = _button(self.team_actions.open_action)
        self.pull_button = _button(self.team_actions.pull_action)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.where_label, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.settings_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.pull_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.watch = FolderWatch(self)
        self.watch.scanned.connect(self._scanned)
        self.watch.busy_changed.connect(self._busy)
        for button in (self.share_button, self.open_button, self.pull_button):
            button.hide()
        # The folder is first read once the window has appeared: the library shows at once.
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            if not self._started:
                QTimer.singleShot(0, self, self.follow_settings)
        return False

    def page_shown(self) -> None:
        """The library is back on screen: colleagues may have published meanwhile."""
        if self._started:
            self.follow_settings()

    # The folder ---------------------------------------------------------------------------

    def follow_settings(self) -> None:
        """Read the settings again (the dialog, the command line) and follow their folder."""
        from okr_workshop.app.team_folder import team_settings

        self._started = True
        folder, self.writer = team_settings(self.page.repository)
        changed = folder != self.folder
        self.folder = folder
        for button in (self.share_button, self.open_button, self.pull_button):
            button.setVisible(folder is not None)
        # No folder: a few lines under the library, which keeps the room; else half of it.
        self.pages.setMaximumHeight(self._notice_height() if folder is None else MAX_HEIGHT)
        self.setMaximumHeight(self.sizeHint().height() if folder is None else MAX_HEIGHT)
        if folder is None:
            self.where_label.set_full_text("")
            self.state_label.setText("")
            self.model.set_standings(())
            self._say(self.tr("No team folder yet. To prepare and follow workshops with other "
                              "coaches, choose a folder that Syncthing, Nextcloud, OneDrive, "
                              "Dropbox or a network share keeps in step (Team folder…)."))
        else:
            self.where_label.set_full_text(
                fill(self.tr("%1 — as %2"), folder, self.writer.coach))
        if changed:
            self.watch.watch(folder)
        else:
            self.rescan()

    def _notice_height(self) -> int:
        lines = self.notice.fontMetrics().lineSpacing()
        return lines * 4

    def rescan(self) -> None:
        self.watch.rescan()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.state_label.setText(self.tr("Reading…"))

    def _scanned(self, folder: Path, result: object) -> None:
        if folder != self.folder:
            return
        if not isinstance(result, Exception):
            if self._cache is None:
                from okr_workshop.app.team_home import StandingsCache

                self._cache = StandingsCache()
            self.show_standings(self._cache.standings(self.page.repository, result))
            return
        self.model.set_standings(())
        self.state_label.setText("")
        self._say(fill(self.tr("%1 Workshops will be listed again as soon as it is back."),
                       error_text(result)))  # type: ignore[arg-type]

    def show_standings(self, rows: Sequence[Standing]) -> None:
        keep = self._selected_row_id()
        self.model.set_standings(rows)
        time = readable_time(datetime.now().astimezone())
        self.state_label.setText(fill(self.tr("Read %1"), time[:1].lower() + time[1:]))
        if not rows:
            self._say(self.tr("No workshop in the team folder yet. Select one of yours above "
                              "and share it (Ctrl+Shift+S)."))
            return
        self.pages.setCurrentIndex(LIST)
        row = max(self.model.row_of(keep), 0) if keep else 0
        self.table.setCurrentIndex(self.model.index(row, TITLE))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.pages.setCurrentIndex(NOTICE)

    # The selection ----------------------------------------------------------------------

    def _selected_row_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, self.model.ID_ROLE) if index.isValid() else None

    def selected_standing(self) -> Standing | None:
        if self.pages.currentIndex() != LIST:
            return None
        index = self.table.currentIndex()
        return self.model.standing_at(index.row()) if index.isValid() else None

    def selected_local_id(self) -> str | None:
        """The workshop selected in the team list while it has the focus (Share then acts
        on it), else None: Share acts on the library's selection."""
        found = self.selected_standing()
        if found is None or not self.table.hasFocus():
            return None
        return None if found.state in NOT_LOCAL else found.workshop_id


def _button(action: QAction) -> QPushButton:
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    return button

