"""One writer per library: a lock file beside it, ``library.sqlite3.lock``.

The file says who holds the library (process id, computer, since when) so the second window
can tell the person which one. Whether the holder is still alive is decided by the operating
system: the holder keeps an advisory lock on the file (``flock`` on Linux and macOS, a byte
range on Windows), which the system drops when the process ends, even after a crash or
``kill -9``. A lock file whose lock nobody holds is stale and taken over at once.

Where the file system has no such locks, the file alone decides: a holder whose process is
gone on this same computer is stale; one on another computer is assumed alive.

The lock file is never a way to write anywhere else: it is made by an exclusive create and
opened without following a link, only a regular file with a single name is accepted (a link,
a folder, a pipe or a second name of another file at the lock's name is refused and left as
it is), and a stale one is replaced by a new file rather than written over. The caller gives
the library's real path (:func:`okr_workshop.storage.paths.real_library_path`), so every link
to the library meets the same lock file.
"""

from __future__ import annotations

import errno
import json
import os
import platform
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.storage.errors import (
    LibraryError,
    LibraryLocked,
    LibraryUnavailable,
    unavailable,
)

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
# Never through a link (O_NOFOLLOW), never into a pipe that would wait for a reader
# (O_NONBLOCK); a new lock file only by exclusive create, an existing one only read.
_NOT_THROUGH = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOT_THROUGH | getattr(os, "O_BINARY", 0)
# An existing lock file is opened for writing only because NFS's flock needs it for an
# exclusive lock (and Windows writes the holder into a stale file itself): on POSIX nothing
# is ever written through this descriptor. Read-only when that is all we may.
_OPEN_EXISTING = os.O_RDWR | _NOT_THROUGH | getattr(os, "O_BINARY", 0)
_READ_EXISTING = os.O_RDONLY | _NOT_THROUGH | getattr(os, "O_BINARY", 0)


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
    """Who the lock file names (alive or not), or None without a readable lock file.

    Read without following a link, and only from a regular file (a pipe would never end)."""
    try:
        fd = os.open(lock_path(library_path), _READ_EXISTING)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return _read_fd(fd)
    finally:
        _close_quietly(fd)


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
        fd, made = _open_lock_file(library_path, path)
        try:
            locked = _os_lock(fd)
            if locked is False:
                if not _same_file(path, fd):  # a takeover just put a new file in place
                    os.close(fd)
                    continue
                raise _locked(library_path, _read_fd(fd))
            if not _same_file(path, fd):
                # Released (unlinked) between our open and our lock: try the new file.
                os.close(fd)
                continue
            previous = None if made else _read_fd(fd)
            if locked is None and previous is not None and _alive(previous):
                raise _locked(library_path, previous)
            me = LockHolder.me()
            if made:
                _write_fd(fd, me.to_text())
            else:
                # A stale file (its holder crashed): a new file takes its place, so bytes
                # we did not write are never written over.
                fd = _take_over(library_path, path, fd, me)
            _remove_leftover_temps(path)
            return LibraryLock(path, fd, me, previous)
        except BaseException:
            _close_quietly(fd)
            raise
    raise _locked(library_path, read_holder(library_path))


def _open_lock_file(library_path: Path, path: Path) -> tuple[int, bool]:
    """The lock file's descriptor and whether we just made it.

    Made with an exclusive create, else opened as it is (and on POSIX never written
    through): either way without following a link, and only a regular file with one name
    is accepted, so whatever else sits at the lock's name (a link to the library or to any
    file, a folder, a pipe, a second name of another file) is never written.
    """
    try:
        return os.open(path, _CREATE, 0o644), True
    except FileExistsError:
        pass
    except OSError as error:
        raise _not_a_lock_or_unavailable(library_path, path, error) from error
    try:
        try:
            fd = os.open(path, _OPEN_EXISTING)
        except PermissionError:  # a read-only stale file: reading is enough to lock it here
            fd = os.open(path, _READ_EXISTING)
    except FileNotFoundError:
        return _open_lock_file(library_path, path)  # released meanwhile: make it afresh
    except OSError as error:
        raise _not_a_lock_or_unavailable(library_path, path, error) from error
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode) or status.st_nlink != 1 or _is_link(path):
        _close_quietly(fd)
        raise LibraryUnavailable(library_path, "lock_not_file", filename=str(path))
    return fd, False


def _is_link(path: Path) -> bool:
    # Where open() cannot refuse to follow a link (no O_NOFOLLOW: Windows), ask after.
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def _take_over(library_path: Path, path: Path, stale_fd: int, me: LockHolder) -> int:
    """Put a new lock file, already locked and naming ``me``, in place of a stale one.

    The stale file stays locked until the new one is in place: a writer that opened it
    meanwhile finds it locked, or (once unlinked) not the file at ``path`` and tries again.
    """
    if os.name != "posix":  # pragma: no cover - Windows cannot rename over an open file
        _write_fd(stale_fd, me.to_text())
        return stale_fd
    temp = path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(4).hex()}.new")
    try:
        fd = os.open(temp, _CREATE, 0o644)
    except OSError as error:
        raise unavailable(library_path, error) from error
    try:
        if _os_lock(fd) is False:  # pragma: no cover - nobody else knows this name
            raise _locked(library_path, None)
        _write_fd(fd, me.to_text())
        os.replace(temp, path)
    except BaseException:
        _close_quietly(fd)
        temp.unlink(missing_ok=True)
        raise
    _close_quietly(stale_fd)
    return fd


def _remove_leftover_temps(path: Path) -> None:
    """Temporary lock files of a takeover cut short (a crash between making and renaming).

    Called while holding the lock: then nobody else is taking over, so every such file is
    a leftover. Only plain files with exactly our temporary names are removed."""
    pattern = re.compile(re.escape(path.name) + r"\.\d+-[0-9a-f]{8}\.new")
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if pattern.fullmatch(name):
            leftover = path.with_name(name)
            try:
                if stat.S_ISREG(os.lstat(leftover).st_mode):
                    leftover.unlink()
            except OSError:
                pass


def _not_a_lock_or_unavailable(library_path: Path, path: Path, error: OSError) -> LibraryError:
    # ELOOP: a symbolic link (O_NOFOLLOW); EISDIR: a folder; ENXIO: a pipe or socket.
    if error.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO, errno.EMLINK):
        return LibraryUnavailable(library_path, "lock_not_file", filename=str(path))
    if error.errno == errno.EACCES and path.is_dir():  # Windows says EACCES for a folder
        return LibraryUnavailable(library_path, "lock_not_file", filename=str(path))
    return unavailable(library_path, error)


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
        on_disk = os.lstat(path)  # the name itself: a link to our file is not our file
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
