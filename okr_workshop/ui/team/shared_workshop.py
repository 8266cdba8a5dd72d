"""A shared workshop while it is open in the window (issue 19, points 2 to 5): published
after edits settle and on close, brought up to date when a colleague publishes, a conflict
shown with a way to end it, and who else has it open.

The library stays the working copy: every edit is saved there first, as always, and the
team folder only ever gets what the library holds. So a folder that cannot be reached (a
share disconnected, a drive unplugged) costs nothing but a sentence; the next settle or
check publishes. Nothing here runs while typing waits to be saved, and a colleague's version
never replaces the one on screen while something here is unpublished (that is a conflict,
decided by a person in :mod:`.conflict_dialog`).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QApplication

from okr_workshop.app.errors import LibraryError
from okr_workshop.app.team_folder import (
    PRESENCE_FOLDER,
    Standing,
    Writer,
    publish,
    pull,
    standing,
    team_settings,
)
from okr_workshop.app.team_presence import announce, present, withdraw
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.team import sync_words as words
from okr_workshop.ui.team.conflict_dialog import ConflictDialog, their_version
from okr_workshop.ui.team.folder_reader import FolderReader
from okr_workshop.ui.team.sync_words import FOLDER_ERRORS
from okr_workshop.ui.team.team_bar import SAID_MS, TeamBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QStatusBar

    from okr_workshop.app.library_file import Repository
    from okr_workshop.ui.prompts import Prompts
    from okr_workshop.ui.session_bridge import SessionBridge
    from okr_workshop.ui.workshop_view import WorkshopView

    class MainWindow(QMainWindow):
        """What this module needs of the main window (which imports it: no import back)."""

        repository: Repository
        prompts: Prompts
        bridge: SessionBridge | None
        workshop_view: WorkshopView | None

        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

# Edits settle when none came for this long: then the workshop is published.
SETTLE_MS = 3000
# The folder is read again this often, whatever the file watcher says (network shares and
# some engines change files without the system telling).
CHECK_MS = 30_000
# After the folder changes: the engine may still be renaming its files into place.
WATCH_DELAY_MS = 1000
# Presence markers count as stale after a day: refreshed well before.
ANNOUNCE_MS = 3 * 60 * 60 * 1000


def attach_shared(window: MainWindow) -> SharedWorkshop | None:
    """The team side of the workshop just opened in ``window``, when it is shared (linked
    to a file, with a team folder chosen); else None."""
    bridge = window.bridge
    if bridge is None:
        return None
    folder, writer = team_settings(window.repository)
    if folder is None or window.repository.team.link(bridge.workshop.id) is None:
        return None
    shared = SharedWorkshop(window, folder, writer)
    shared.start()
    return shared


class SharedWorkshop(QObject):
    def __init__(self, window: MainWindow, folder: Path, writer: Writer) -> None:
        super().__init__(window)
        self.window = window
        self.repository = window.repository
        self.folder = folder
        self.writer = writer
        assert window.bridge is not None
        self.workshop_id = window.bridge.workshop.id
        self.since = datetime.now(UTC)
        self.bar = TeamBar(window)
        self.bar.compare_requested.connect(self.compare)
        self.dialog = None  # the conflict dialog on screen, for tests to drive
        self.last: Standing | None = None  # where it stood at the last check
        self._seen: tuple | None = None  # the folder as last read, to skip a useless read
        self._edited = False  # an edit since the folder was last read
        self._closed = False

        self.settle = self._timer(SETTLE_MS, self._settled, single=True)
        self.soon = self._timer(WATCH_DELAY_MS, self.check, single=True)
        self.periodic = self._timer(CHECK_MS, self.check)
        self.presence_timer = self._timer(ANNOUNCE_MS, self._announce)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.soon.start())
        self.reader = FolderReader(folder, self)
        self.reader.done.connect(self._read)
        window.bridge.applied.connect(self._edited_now)

    def _timer(self, interval: int, slot, single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        self._announce()
        self.periodic.start()
        self.presence_timer.start()
        # Once the window has shown the workshop: a revision left unpublished last time goes
        # out, a colleague's newer one comes in.
        QTimer.singleShot(0, self.check)

    # When things happen ---------------------------------------------------------------------

    def _edited_now(self, _changes: object) -> None:
        self._edited = True
        self.settle.start()  # restarted by each change: published once they settle

    def _settled(self) -> None:
        if self._typing():
            self.settle.start()  # published with what is being typed, once it is saved
            return
        self.sync()

    def check(self) -> None:
        """The folder changed, or it is time to look: who is here, and what is new."""
        if self._closed:
            return
        self._watch()
        self._show_presence()
        if self.settle.isActive() or self._typing():
            return  # edits are settling: the settle will look
        if self._seen is not None and not self._edited and self._signature() == self._seen:
            return  # nothing changed on either side since the last look
        self.sync()

    # Publishing and bringing in -------------------------------------------------------------

    def sync(self) -> None:
        """Read the folder (away from the window's thread), then publish what changed
        here, or bring in what changed there, or say why not."""
        if self._closed:
            return
        self._seen = self._signature()
        self._edited = False
        self.reader.read()

    def _read(self, scan: object) -> None:
        if self._closed:
            return
        if isinstance(scan, Exception) and not isinstance(scan, FOLDER_ERRORS):
            raise scan  # a fault of ours: to the crash reporter, never swallowed
        if not isinstance(scan, Exception) and self._signature() != self._seen:
            self.sync()  # the folder changed while it was read: what was read is old
            return
        try:
            if isinstance(scan, Exception):
                raise scan
            link = self.repository.team.link(self.workshop_id)
            before = link.revision if link is not None else 0
            found = standing(self.repository, scan, self.workshop_id)
            if found.state is SyncState.LOCAL_CHANGES:
                if self._typing():
                    self.settle.start()  # published with the typing, once it is saved
                    return
                found = publish(self.repository, self.folder, self.workshop_id, self.writer,
                                scan)
            elif found.state is SyncState.NEWER_IN_FOLDER and self._can_replace():
                assert found.file is not None
                version = found.file
                (found,) = pull(self.repository, self.folder, bring_new=False,
                                only=[self.workshop_id])
                if found.state is SyncState.IN_SYNC:
                    self.reload()
                    self.last = found
                    self.bar.say(words.updated(version), SAID_MS)
                    return
        except FOLDER_ERRORS as error:
            self._seen = None  # read again at the next check
            self.last = None
            self.bar.trouble(words.unreachable(error))
            return
        self.last = found
        if found.state is SyncState.NEWER_IN_FOLDER:
            self._seen = None  # held back for now: the next check brings it in
        theirs = (their_version(self.repository, found)
                  if found.state is SyncState.CONFLICT else None)
        self.bar.show_standing(found, before, theirs)

    def _can_replace(self) -> bool:
        """A colleague's version may replace the one on screen: nothing typed waits, and no
        dialog is open over the window (it may be editing what would be replaced)."""
        return not self._typing() and QApplication.activeModalWidget() is None

    def reload(self) -> None:
        """The window shows the workshop as the library now holds it; no undo across it."""
        window = self.window
        if window.bridge is None or window.workshop_view is None:
            return
        window.bridge.session.reload()
        window.workshop_view.reload()
        window.bridge.undo_state_changed.emit()

    def _typing(self) -> bool:
        bridge = self.window.bridge
        return bridge is not None and bridge.pending.is_pending()

    # Conflicts ----------------------------------------------------------------------------

    def compare(self) -> None:
        """Both versions side by side, and keep mine / theirs / both."""
        found = self.last
        if (self.dialog is not None or found is None or found.file is None
                or found.state is not SyncState.CONFLICT or self.window.bridge is None):
            return
        self.window.bridge.pending.flush()
        try:
            mine = self.repository.load_workshop(self.workshop_id)
        except LibraryError as error:
            self.bar.trouble(words.unreachable(error))
            return
        dialog = ConflictDialog(self, mine, their_version(self.repository, found))
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.sync()  # resolved or not: the bar says where it stands now

    # Presence -------------------------------------------------------------------------------

    def _announce(self) -> None:
        try:
            announce(self.folder, self.workshop_id, self.writer, since=self.since)
        except OSError:
            pass  # a courtesy: the folder being away is said by the publishing
        self._watch()

    def _show_presence(self) -> None:
        self.bar.show_presence(present(self.folder, self.writer, self.workshop_id))

    def _watch(self) -> None:
        """Watch the folder and its presence markers (again, after the folder came back)."""
        wanted = [str(self.folder), str(self.folder / PRESENCE_FOLDER)]
        missing = [p for p in wanted if p not in self.watcher.directories() and os.path.isdir(p)]
        if missing:
            self.watcher.addPaths(missing)

    def _signature(self) -> tuple:
        """The folder's names, sizes and times: cheap to read, and any write changes it."""
        try:
            with os.scandir(self.folder) as entries:
                return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns)
                                    for e in entries if e.is_file()))
        except OSError:
            return ()

    # Closing --------------------------------------------------------------------------------

    def close(self) -> None:
        """The workshop closes (typing already saved): publish what changed, say goodbye."""
        if self._closed:
            return
        self._closed = True  # a check or a dialog closing from here on does nothing
        for timer in (self.settle, self.soon, self.periodic, self.presence_timer):
            timer.stop()
        if self.dialog is not None:
            self.dialog.reject()
        try:
            publish(self.repository, self.folder, self.workshop_id, self.writer)
        except FOLDER_ERRORS:
            pass  # kept in the library: published at the next opening
        try:
            withdraw(self.folder, self.workshop_id, self.writer)
        except OSError:
            pass
        self.bar.remove()
        self.deleteLater()
