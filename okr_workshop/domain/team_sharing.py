"""A workshop shared through a team folder: the header its file carries, and the link the
local library keeps to that file (DESIGN.md section 7, docs/team-folder.md).

A sync engine (Syncthing, Nextcloud, OneDrive, Dropbox, a network share) moves closed files
between laptops; it never merges them. So each shared workshop is one file, and the file
says which revision it is and which revision it was written from: two coaches who both
wrote from revision 4 have a conflict, whichever file the engine kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class SharedHeader:
    """What a team file says about itself, besides the workshop."""

    workshop_id: str  # the same on every laptop (an import by hand gives new ids)
    revision: int  # 1 for the first file, one more for each publication
    base_revision: int  # the revision the writer's copy was made from (0: none)
    author: str  # the coach's name, as set on that laptop
    computer: str  # the computer's name
    written_at: datetime  # UTC


@dataclass(frozen=True)
class TeamLink:
    """A local workshop linked to its file in the team folder.

    ``revision`` is the last revision both sides had in common (published from here or
    brought in from the file); ``fingerprint`` is the local copy's content at that moment,
    so any local edit since is an unpublished change."""

    workshop_id: str
    file_name: str
    revision: int
    fingerprint: str


class SyncState(StrEnum):
    """Where a workshop stands between the local library and the team folder."""

    IN_SYNC = "in_sync"  # both say the same revision, nothing changed here
    LOCAL_CHANGES = "local_changes"  # edited here since, not yet published
    NEWER_IN_FOLDER = "newer_in_folder"  # a colleague published a newer revision
    CONFLICT = "conflict"  # both changed since the common revision, or an engine's copy
    ONLY_IN_FOLDER = "only_in_folder"  # a colleague's workshop, not in this library
    REMOVED = "removed"  # linked here, its file gone from the folder
    BAD_FILE = "bad_file"  # a file that fails the import's validation
