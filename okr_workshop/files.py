"""Atomic file writing: a reader (or a power cut) sees the old file or the new one, never
half of one, and a failed or cancelled write leaves no temporary file behind.

Shared by the exchange files, backups and recovery (storage) and the deck and posters
(export); no Qt here.

A write only ever replaces a regular, writable file that is not a database: never a folder, a
device or a pipe (a rename would put a plain file in its place), never a read-only file,
never a SQLite database or its write-ahead log (a library or a backup, under any name). A
replaced file keeps its permissions, and a symbolic link is written through, not replaced.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import time
from contextlib import suppress
from pathlib import Path

# The first bytes of what SQLite writes: a database, a write-ahead log (either checksum byte
# order), and the shared-memory index (its version, 3007000, in either byte order).
_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGICS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"))
_SHM_VERSIONS = ((3007000).to_bytes(4, "little"), (3007000).to_bytes(4, "big"))
# The temporary folder of a set of files being written (write_set), and the age past which
# one found in the target folder is the leftover of an interrupted export (seconds).
_SET_PREFIX = ".okr-set-"
_INTERRUPTED_AFTER = 600


class TargetRefused(OSError):
    """A file an export must not write over. ``code``: ``is_a_folder``, ``not_a_file`` (a
    device, pipe, socket), ``not_a_folder`` (where a folder was asked for), ``read_only``,
    ``database`` (a SQLite database or one of its working files), or ``library`` (the
    library in use, its backups, its lock: said by the app layer, which knows them).

    An OSError (without errno but for a folder's EISDIR), so every caller that reports a
    file the disk refused reports this one too, with the path; the code is the reason's
    name in the catalogue (domain/error_messages.py).
    """

    def __init__(self, code: str, path: Path | str) -> None:
        # A folder is said as the system says it ("it is a folder").
        super().__init__(errno.EISDIR if code == "is_a_folder" else None, code, str(path))
        self.code = code
        self.path = Path(path)


def written_path(path: Path | str) -> Path:
    """Where a write to ``path`` lands: through symbolic links, so the link stays a link."""
    return Path(os.path.realpath(path))


def check_target(path: Path | str) -> None:
    """Raise :class:`TargetRefused` when the file at ``path`` (if any) must not be replaced."""
    target = Path(path)
    try:
        status = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing to replace: the write itself says what is wrong with the path
    if stat.S_ISDIR(status.st_mode):
        raise TargetRefused("is_a_folder", target)
    if not stat.S_ISREG(status.st_mode):
        raise TargetRefused("not_a_file", target)
    # The write bits, not only access(): root may write anything, and should not here.
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise TargetRefused("read_only", target)
    if _is_database(target):
        raise TargetRefused("database", target)


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            head = file.read(100)
    except OSError:
        return False
    if head.startswith(_SQLITE_HEADER) or head[:4] in _WAL_MAGICS:
        return True
    # -shm: two copies of one header, each starting with the index's version.
    return len(head) >= 52 and head[:4] in _SHM_VERSIONS and head[48:52] == head[:4]


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder (so the final
    rename never crosses file systems), flushed to disk, then renamed over the target.
    Raises :class:`TargetRefused` (nothing written) for a file that must not be replaced."""
    target = written_path(path)
    check_target(target)
    return commit(stage(target, data), target)


def write_set(folder: Path | str, files: list[tuple[str, bytes]]) -> list[Path]:
    """Write files named ``files`` into ``folder`` (created if needed) as one set: every
    one is written and flushed into a temporary folder beside them, then the set is swapped
    in, the files it replaces moved aside first; on any failure the swap is undone. Either
    every target holds its new content, or every one is as it was; nothing temporary stays.
    """
    folder = written_path(folder)
    if folder.exists() and not folder.is_dir():
        raise TargetRefused("not_a_folder", folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, _data in files:
        check_target(folder / name)
    _recover_interrupted(folder)
    work = folder / f"{_SET_PREFIX}{os.urandom(6).hex()}.tmp"
    try:
        work.mkdir()
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(folder)) from None
    (work / "new").mkdir()
    (work / "old").mkdir()
    removable = True
    try:
        for name, data in files:
            try:
                commit(stage(work / "new" / name, data, like=folder / name),
                       work / "new" / name)
            except OSError as error:  # "the disk is full: <the poster>", not our folder
                raise _named(error, folder / name) from None
        try:
            _swap(folder, work, [name for name, _data in files])
        except _HalfSwapped as half:
            removable = False  # some old files are only in ``work`` now: keep them
            raise half.error from None
    finally:
        if removable:
            shutil.rmtree(work, ignore_errors=True)
    sync_folder(folder)
    return [folder / name for name, _data in files]


def _recover_interrupted(folder: Path) -> None:
    """A set whose swap a crash interrupted left its temporary folder behind: each file it
    had moved aside and not replaced goes back, then the folder goes. One younger than
    :data:`_INTERRUPTED_AFTER` may be another export at work: left alone."""
    for work in folder.glob(f"{_SET_PREFIX}*.tmp"):
        try:
            if time.time() - work.lstat().st_mtime < _INTERRUPTED_AFTER or work.is_symlink():
                continue
            kept = [moved for moved in (work / "old").iterdir()
                    if not os.path.lexists(folder / moved.name)]
            for moved in kept:
                os.rename(moved, folder / moved.name)
        except FileNotFoundError:
            pass  # no "old" folder: the crash came before anything was moved
        except OSError:
            continue  # what could not go back stays where it is, never deleted
        shutil.rmtree(work, ignore_errors=True)


class _HalfSwapped(Exception):
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _swap(folder: Path, work: Path, names: list[str]) -> None:
    """Move each old file into ``work/old`` and each new one in its place; on failure,
    put everything back as it was, then raise."""
    moved: list[str] = []
    placed: list[str] = []
    try:
        for name in names:
            if os.path.lexists(folder / name):
                os.rename(folder / name, work / "old" / name)
                moved.append(name)
            os.rename(work / "new" / name, folder / name)
            placed.append(name)
    except BaseException as error:
        try:
            for name in reversed(placed):
                os.rename(folder / name, work / "new" / name)
            for name in reversed(moved):
                os.rename(work / "old" / name, folder / name)
        except OSError:
            raise _HalfSwapped(_named(error, folder)) from None
        finally:
            sync_folder(folder)
        raise _named(error, folder) from None


def _named(error: BaseException, folder: Path) -> BaseException:
    """An OSError naming the user's folder, not our temporary one."""
    if isinstance(error, OSError) and error.errno is not None:
        return OSError(error.errno, error.strerror, str(folder))
    return error


def stage(path: Path | str, data: bytes, like: Path | str | None = None) -> Path:
    """``data`` in a temporary file beside ``path``, flushed to disk; returns its path.
    It gets the permissions of the file it will replace (``like``, else ``path``): a
    private 0600 file stays private."""
    target = Path(path)
    # Random as ``secrets.token_hex`` makes it, without loading OpenSSL (3.5 MB) into
    # every program that imports this module: the window does at start.
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    # 0o666: the umask decides the permissions, as for any new file the user saves.
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
    except OSError as error:
        # Name the file the user asked for, not our temporary one.
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            _keep_mode(handle.fileno(), Path(like) if like is not None else target)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.errno is not None:
            # A full disk names the file being written, not "[Errno 28]" alone.
            raise OSError(error.errno, error.strerror, str(target)) from None
        raise
    return temporary


def _keep_mode(descriptor: int, replaced: Path) -> None:
    try:
        mode = os.stat(replaced).st_mode
    except OSError:
        return  # a new file: the umask decides
    if stat.S_ISREG(mode) and hasattr(os, "fchmod"):
        os.fchmod(descriptor, stat.S_IMODE(mode))


def commit(temporary: Path, path: Path | str) -> Path:
    """Rename a staged file over ``path``; on failure the temporary file is removed."""
    target = Path(path)
    try:
        os.replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.errno is not None:
            # Name the file the user asked for ("it is a folder: …"), not our temporary one.
            raise OSError(error.errno, error.strerror, str(target)) from None
        raise
    sync_folder(target.parent)
    return target


def sync_file(path: Path) -> None:
    """Flush a file already written (by SQLite's backup, say) to the disk."""
    with path.open("rb") as file:
        os.fsync(file.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable. POSIX only: Windows cannot open a folder, and
    needs no such step. Best effort: a file system that cannot sync a folder is no error."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
