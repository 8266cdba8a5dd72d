"""Reading a library that cannot be written where it is: a private copy, read instead.

A WAL library cannot be opened in place without SQLite making its ``-shm`` (and ``-wal``)
beside it, so a read-only folder made every reading command say "damaged". SQLite's
``immutable=1`` would read the file without them, but it ignores a ``-wal`` and cannot
migrate an older library, so what a reader saw could silently lack the latest changes.
A byte copy of the file and its ``-wal`` into a private temporary folder has neither gap:
SQLite folds the copied log in there, nothing is written beside the library, and the copy
is deleted when the reader closes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def side_file(path: Path, suffix: str) -> Path:
    """SQLite's ``-wal``/``-shm``/``-journal`` beside ``path``."""
    return path.with_name(path.name + suffix)


def holds_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def folder_writable(path: Path) -> bool:
    """Whether files can be made beside ``path``. ``os.access`` asks the kernel, so the
    answer holds for root too (an immutable folder, a read-only mount)."""
    return os.access(path.parent, os.W_OK | os.X_OK)


def cannot_write(path: Path) -> bool:
    """True when the library's folder (where SQLite makes its side files) or the file itself
    cannot be written by this process."""
    if not folder_writable(path):
        return True
    return path.exists() and not os.access(path, os.W_OK)


class PrivateCopy:
    """The library (and, unless told not to, its ``-wal``) copied into a temporary folder."""

    def __init__(self, path: Path, *, with_wal: bool = True) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="okr-workshop-")
        self.path = Path(self._folder.name) / path.name
        try:
            shutil.copyfile(path, self.path)
            wal = side_file(path, "-wal")
            if with_wal and holds_data(wal):
                shutil.copyfile(wal, side_file(self.path, "-wal"))
        except BaseException:
            self.remove()
            raise

    def remove(self) -> None:
        self._folder.cleanup()
