"""Putting one damaged workshop back from the newest backup where it is sound, for the
window and the command line alike (issue 16, point 1).

The window already holds the library open (and its lock): it calls :func:`restore_workshop`
on its repository. The command line opens the library as a writer for the time of it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from okr_workshop.app.library_file import Repository, open_library_file
from okr_workshop.app.workshops import UnknownWorkshop, find_workshop
from okr_workshop.storage.backups import BackupInfo
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.workshop_restore import (
    WorkshopRestored,
    newest_sound_backup,
    restore_workshop,
)

__all__ = [
    "WorkshopRestored",
    "damaged_id",
    "is_damaged",
    "restore_workshop",
    "restore_workshop_in",
    "sound_backup_of",
]


def is_damaged(error: BaseException) -> bool:
    """Whether ``error`` says a workshop's records are damaged (so a restore may help)."""
    return isinstance(error, LibraryError) and error.code == "workshop_damaged"


def damaged_id(error: BaseException) -> str | None:
    """The id of the damaged workshop ``error`` names, if it names one."""
    return str(error.params.get("id")) if is_damaged(error) else None  # type: ignore[union-attr]


def sound_backup_of(library: Path, workshop_id: str) -> BackupInfo | None:
    """The newest backup holding a sound copy of the workshop (None: no restore possible)."""
    return newest_sound_backup(library, workshop_id)


def restore_workshop_in(
    library_option: str | Path | None, workshop_id: str, *, wait: float = 0.0,
    now: datetime | None = None,
) -> WorkshopRestored:
    """The command line's way: open the library as a writer, put the workshop back, close.

    ``workshop_id`` is an id from `list` or its first characters, as every command takes
    them."""
    with open_library_file(library_option, writer=True, wait=wait, create=False) as opened:
        return restore_workshop(opened.repository, _full_id(opened.repository, workshop_id),
                                now)


def _full_id(repository: Repository, text: str) -> str:
    """The workshop ``text`` names; an id the list no longer shows (its row may be what was
    damaged or lost) is taken whole, as typed."""
    try:
        return find_workshop(repository, text).id
    except UnknownWorkshop as error:
        if error.code == "ambiguous":
            raise
        return text.strip().lower()
