"""Guard rail of the team folder (issue 19, point 6): the library itself must never sit in a
folder a sync engine moves.

A sync engine copies closed files well, but a live SQLite database (its ``-wal`` and
``-shm`` beside it) copied half-way, or replaced by a colleague's copy while open, is how
libraries get corrupted. The window warns when it finds the library inside a synced folder;
workshops travel through the team folder instead, one closed file each.
"""

from __future__ import annotations

from pathlib import Path

# How each engine is written in a sentence (a brand name, the same in every language).
ENGINE_NAMES = {
    "syncthing": "Syncthing",
    "nextcloud": "Nextcloud",
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
}


def library_sync_engine(library_path: Path) -> str | None:
    """The sync engine ("syncthing", "nextcloud", "dropbox", "onedrive") whose synced
    folder holds the library file, or None when it is in no synced folder we know of (or
    its folder cannot be read: a warning needs a reason, not a guess)."""
    from okr_workshop.storage.synced_folders import sync_engine_of

    try:
        return sync_engine_of(Path(library_path))
    except OSError:
        return None


def engine_name(engine: str) -> str:
    """"Syncthing" for "syncthing"; an engine we do not know by name, as given."""
    return ENGINE_NAMES.get(engine, engine)


def holds_library(folder: Path, library_path: Path) -> bool:
    """Whether the team folder (or a folder under it) holds the library file: the engine
    moving the team folder would then move the live database too."""
    try:
        library = Path(library_path).resolve()
        team = Path(folder).expanduser().resolve()
    except OSError:
        return False
    return team == library.parent or team in library.parents
