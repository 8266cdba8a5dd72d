"""Reading the team folder off the window's thread, when it changes and every 30 s.

A network share that stalls or a drive unplugged must never freeze the window: the folder
is read on a background thread (:func:`scan_team_folder`, file reads only, no library), and
the result comes back to the window's thread as a signal. One read at a time: a folder that
hangs holds one thread, not one more every 30 s. The library is compared with the result on
the window's thread (its SQLite connection belongs there).

The file watcher says when the folder changed (an engine bringing a colleague's file); the
periodic read covers what watchers miss (network shares, folders that came back).
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

RESCAN_MS = 30_000
# Engines write a file in several steps (temporary, rename): read once they are done.
SETTLE_MS = 400


class _Courier(QObject):
    """Carries results from the background threads to the window's thread (a queued
    signal). One for the session, never deleted: a thread finishing after its window
    closed must not emit through a deleted object; a watch that is gone is skipped."""

    arrived = Signal(int, object, object)  # token, the folder read, FolderScan or exception

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, weakref.ref[FolderWatch]] = {}
        self.arrived.connect(self._deliver)

    def _deliver(self, token: int, folder: Path, result: object) -> None:
        ref = self.waiting.pop(token, None)
        watch = ref() if ref is not None else None
        if watch is not None and shiboken6.isValid(watch):
            watch._arrived(folder, result)


_courier: _Courier | None = None
_tokens = itertools.count(1)


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        _courier = _Courier()
    return _courier


class FolderWatch(QObject):
    scanned = Signal(object, object)  # folder, FolderScan | TeamFolderError | OSError
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.rescan)
        self._timer = QTimer(self, interval=RESCAN_MS)
        self._timer.timeout.connect(self.rescan)
        self._running = False
        self._again = False

    @property
    def busy(self) -> bool:
        return self._running

    def watch(self, folder: Path | None) -> None:
        """Follow ``folder`` (None: none), and read it now."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = folder
        if folder is None:
            self._timer.stop()
            return
        self._timer.start()
        self.rescan()

    def rescan(self) -> None:
        """Read the folder again (after the read under way, if one is)."""
        if self.folder is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        self.busy_changed.emit(True)
        folder = self.folder
        if str(folder) not in self._watcher.directories():
            # Watched before it is read: a file arriving during the read is not missed.
            self._watcher.addPath(str(folder))
        # Imported here, on the window's thread, once a folder is read: the team folder's
        # modules are not needed to show the library at start-up.
        from okr_workshop.app.team_folder import scan_team_folder

        courier, token = _the_courier(), next(_tokens)
        courier.waiting[token] = weakref.ref(self)
        threading.Thread(target=_read, args=(scan_team_folder, folder, courier, token),
                         daemon=True, name="team-folder-scan").start()

    def _arrived(self, folder: Path, result: object) -> None:
        self._running = False
        self.busy_changed.emit(False)
        if folder != self.folder:  # the folder was changed meanwhile: read the new one
            self.rescan()
            return
        self.scanned.emit(folder, result)
        if self._again:
            self.rescan()


def _read(scan: Callable[[Path], object], folder: Path, courier: _Courier,
          token: int) -> None:
    from okr_workshop.app.team_folder import TeamFolderError

    try:
        result: object = scan(folder)
    except (TeamFolderError, OSError) as error:
        result = error
    courier.arrived.emit(token, folder, result)
