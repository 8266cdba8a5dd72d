"""Atomic file writing: a reader (or a power cut) sees the old file or the new one, never
half of one, and a failed or cancelled write leaves no temporary file behind.

Shared by the exchange files, backups and recovery (storage) and the deck and posters
(export); no Qt here.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder (so the final
    rename never crosses file systems), flushed to disk, then renamed over the target."""
    return commit(stage(path, data), path)


def write_all_or_nothing(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Several files at once: every one is staged before any target is replaced, so a
    failure while writing leaves every existing file as it was."""
    staged: list[Path] = []
    try:
        for path, data in files:
            staged.append(stage(path, data))
    except BaseException:
        for temporary in staged:
            with suppress(OSError):
                os.unlink(temporary)
        raise
    return [commit(temporary, path) for temporary, (path, _data) in zip(staged, files, strict=True)]


def stage(path: Path | str, data: bytes) -> Path:
    """``data`` in a temporary file beside ``path``, flushed to disk; returns its path."""
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
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


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
