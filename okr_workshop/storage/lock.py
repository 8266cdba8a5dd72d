"""One writer per library: a lock file beside it, ``library.sqlite3.lock``.

The file says who holds the library (process id, computer, since when) so the second window
can tell the person which one. Whether the holder is still alive is decided by the operating
system: the holder keeps an advisory lock on the file (``flock`` on Linux and macOS, a byte
range on Windows), which the system drops when the process ends, even after a crash or
``kill -9``. A lock file whose lock nobody holds is stale and taken over at once.

Where the file system has no such locks, the file alone decides: a holder whose process is
gone on this same computer is stale; one on another computer is assumed alive.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.storage.errors import LibraryLocked, unavailable

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
POLL_SECONDS = 0.1
# Windows locks a byte range; one far past the text keeps the text readable by others.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: datetime

    @staticmethod
    def me() -> LockHolder:
        return LockHolder(os.getpid(), _host(), datetime.now(UTC).replace(microsecond=0))

    def to_text(self) -> str:
        return json.dumps({"pid": self.pid, "host": self.host, "since": self.since.isoformat()})

    @staticmethod
    def from_text(text: str) -> LockHolder | None:
        try:
            data = json.loads(text)
            return LockHolder(int(data["pid"]), str(data["host"]),
                              datetime.fromisoformat(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None  # being written, or not ours


class LibraryLock:
    """The writer lock on one library, held until :meth:`release` (or the process ends)."""

    def __init__(self, path: Path, fd: int, holder: LockHolder,
                 recovered: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        # The previous holder when its lock was stale (it crashed), else None.
        self.recovered = recovered
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if os.name == "posix":
                # Unlink while still locked, so nobody can lock the old file in between.
                _unlink_if_same(self.path, fd)
                os.close(fd)
            else:  # pragma: no cover - Windows cannot unlink an open file
                os.close(fd)
                _unlink_if_ours(self.path, self.holder)
        except OSError:
            pass  # a lock file left behind is stale and recovered by the next opener

    def __enter__(self) -> LibraryLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def lock_path(library_path: Path) -> Path:
    library_path = Path(library_path)
    return library_path.with_name(library_path.name + LOCK_SUFFIX)


def read_holder(library_path: Path) -> LockHolder | None:
    """Who the lock file names (alive or not), or None without a readable lock file."""
    try:
        return LockHolder.from_text(lock_path(library_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def acquire_lock(
    library_path: Path,
    wait: float = 0.0,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> LibraryLock:
    """Take the writer lock, waiting up to ``wait`` seconds for another holder to let go.

    Raises :class:`LibraryLocked` naming the holder, or a :class:`LibraryUnavailable` when the
    lock file cannot be written (a read-only folder, a full disk).
    """
    library_path = Path(library_path)
    try:
        library_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise unavailable(library_path, error) from error
    deadline = clock() + wait
    while True:
        try:
            return _try_acquire(library_path)
        except LibraryLocked:
            if clock() >= deadline:
                raise
            sleep(POLL_SECONDS)


def _try_acquire(library_path: Path) -> LibraryLock:
    path = lock_path(library_path)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise unavailable(library_path, error) from error
        try:
            locked = _os_lock(fd)
            if locked is False:
                raise _locked(library_path, _read_fd(fd))
            if not _same_file(path, fd):
                # Released (unlinked) between our open and our lock: try the new file.
                os.close(fd)
                continue
            previous = _read_fd(fd)
            if locked is None and previous is not None and _alive(previous):
                raise _locked(library_path, previous)
            me = LockHolder.me()
            _write_fd(fd, me.to_text())
            return LibraryLock(path, fd, me, previous)
        except BaseException:
            _close_quietly(fd)
            raise
    raise _locked(library_path, read_holder(library_path))


def _os_lock(fd: int) -> bool | None:
    """True when locked, False when someone else holds it, None without OS locks here."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return None  # ENOLCK, EOPNOTSUPP: this file system has no locks
        return True
    if msvcrt is not None:  # pragma: no cover - Windows
        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    return None


def _alive(holder: LockHolder) -> bool:
    """Without OS locks: a holder on another computer cannot be checked, so it counts."""
    if holder.host != _host():
        return True
    return _pid_alive(holder.pid)


def _locked(library_path: Path, holder: LockHolder | None) -> LibraryLocked:
    if holder is None:
        return LibraryLocked(library_path, pid="?", host="?", since="?")
    since = holder.since.astimezone().strftime("%Y-%m-%d %H:%M")
    return LibraryLocked(library_path, pid=str(holder.pid), host=holder.host, since=since)


def _read_fd(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        return LockHolder.from_text(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _write_fd(fd: int, text: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, text.encode("utf-8"))


def _same_file(path: Path, fd: int) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def _unlink_if_same(path: Path, fd: int) -> None:
    if _same_file(path, fd):
        path.unlink(missing_ok=True)


def _unlink_if_ours(path: Path, holder: LockHolder) -> None:
    current = read_holder(path.with_name(path.name[: -len(LOCK_SUFFIX)]))
    if current == holder:
        path.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - os.kill would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


def _host() -> str:
    # platform.node() reads the name locally (uname), no name-service lookup.
    return platform.node() or "?"


def _close_quietly(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass
