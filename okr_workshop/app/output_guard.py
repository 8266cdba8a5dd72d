"""Where an export may write (issue 16, point 6): the one rule the command line's ``-o`` and
every save dialog of the window go through.

:func:`okr_workshop.files.check_target` already refuses, for every writer, a folder, device
or pipe, a read-only file and any SQLite database (a library or a backup under any name).
This adds what only the application knows: the library in use and everything that goes
with it (its ``-wal``, ``-shm`` and lock, its backups folder, the copies set aside beside it),
reached by any name: through a symbolic link or a hard link, it is the same file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from okr_workshop.files import TargetRefused, check_target, written_path
from okr_workshop.storage.backups import backup_folder
from okr_workshop.storage.lock import lock_path

__all__ = ["TargetRefused", "output_file", "output_folder"]

# What SQLite and the lock put beside a database: never an export's to replace, whichever
# database it is (the base file is then checked by its content).
_WORKING_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def output_file(path: Path | str, library: Path | str | None = None) -> Path:
    """The file an export to ``path`` writes (through links), once checked. Raises
    :class:`TargetRefused` when it is ``library`` or one of its files, a working file of
    any database, or a file :func:`~okr_workshop.files.check_target` refuses."""
    target = written_path(path)
    if library is not None and _belongs_to(target, written_path(library)):
        raise TargetRefused("library", target)
    if _working_file(target):
        raise TargetRefused("database", target)
    check_target(target)
    return target


def output_folder(folder: Path | str, library: Path | str | None = None) -> Path:
    """The folder a set of files (the posters) goes into, once checked: a folder or nothing
    yet, never the library's backups folder."""
    target = written_path(folder)
    if library is not None:
        backups = written_path(backup_folder(written_path(library)))
        if target == backups or target.is_relative_to(backups):
            raise TargetRefused("library", target)
    if target.exists() and not target.is_dir():
        raise TargetRefused("not_a_folder", target)
    return target


def _belongs_to(target: Path, library: Path) -> bool:
    named = {library, *(library.with_name(library.name + s) for s in _WORKING_SUFFIXES),
             lock_path(library)}
    if target in named:
        return True
    backups = written_path(backup_folder(library))
    if target.is_relative_to(backups):
        return True
    # The copies a restore or a damaged open sets aside: "<stem>-replaced-<time><suffix>",
    # "-damaged-", "-before-restore-".
    stem, suffix = re.escape(library.stem), re.escape(library.suffix)
    aside = re.compile(rf"{stem}-(replaced|damaged|before-restore)-.*{suffix}")
    if target.parent == library.parent and aside.fullmatch(target.name):
        return True
    return _same_file(target, library)


def _same_file(target: Path, library: Path) -> bool:
    """A hard link to the library is the library."""
    try:
        return os.path.samefile(target, library)
    except OSError:
        return False


def _working_file(target: Path) -> bool:
    for suffix in _WORKING_SUFFIXES:
        if target.name.endswith(suffix) and len(target.name) > len(suffix):
            if target.with_name(target.name[: -len(suffix)]).is_file():
                return True
    return False
