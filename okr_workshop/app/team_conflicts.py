"""Ending a conflict of the team folder as a person chose (issue 19, point 4): keep mine,
keep theirs, or keep both, between the local copy and one folder version they compared.

Only what the person saw goes; a version nobody compared stays in the folder and is offered
next (:func:`resolve`). Reading, publishing and pulling are :mod:`.team_folder`'s.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from okr_workshop.app.team_folder import (
    FolderVersion,
    TeamFolderError,
    Writer,
    free_name,
    local_copy,
    scan_team_folder,
    take_version,
    write_version,
)
from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.sync_conflicts import conflict_copy
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.team_file import fingerprint


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


def resolve(repository: Repository, folder: Path, workshop_id: str, choice: Choice,
            writer: Writer, theirs: Path | None = None, seen: str | None = None,
            ) -> Workshop | None:
    """End a conflict as a person chose, between the local copy and one folder version
    (``theirs``: its path; by default :func:`their_version`).

    - ``MINE``: the local copy becomes the next revision of the file;
    - ``THEIRS``: that version replaces the local copy;
    - ``BOTH``: that version becomes the shared one here, and the local copy stays beside
      it as another workshop with new ids (returned), not shared.

    Only what the person saw goes: the versions holding the local copy, the chosen one or
    the state both sides last shared. A version nobody compared (a third coach's copy) stays
    in the folder, so the conflict is offered again with it. ``seen`` is the fingerprint of
    the version the person compared with; if the folder changed since (that version, or the
    file, now holds something else), nothing is done (``folder_changed``).
    """
    versions = scan_team_folder(folder).versions.get(workshop_id, [])
    if not versions:
        raise TeamFolderError("file_gone", workshop_id=workshop_id)
    mine = local_copy(repository, workshop_id)
    link = repository.team.link(workshop_id)
    mine_print = fingerprint(mine) if mine is not None else ""
    shared = link.fingerprint if link is not None else ""
    if theirs is not None:
        chosen = next((v for v in versions if v.path == Path(theirs)), None)
    else:
        chosen = their_version(versions, mine_print, shared)
    if chosen is None or (seen is not None and chosen.fingerprint != seen):
        raise TeamFolderError("folder_changed", workshop_id=workshop_id)
    covered = {chosen.fingerprint, mine_print, shared}
    main = versions[0]
    if main.fingerprint not in covered:
        raise TeamFolderError("folder_changed", workshop_id=workshop_id)
    target = main.path if main.engine == "" else _plain_path(folder, main, versions)
    top = max(v.header.revision for v in versions)
    kept: Workshop | None = None
    if choice is Choice.MINE:
        if mine is None:
            raise TeamFolderError("not_in_library", workshop_id=workshop_id)
        write_version(repository, target, mine, writer, revision=top + 1, base=top)
    else:
        if choice is Choice.BOTH and mine is not None:
            kept = _kept_aside(mine)
        with repository.transaction():
            take_version(repository, chosen, target_name=target.name)
            if kept is not None:
                repository.add_workshop(kept)
        # The file says the chosen version, as the newest revision, so every laptop ends
        # on it whatever the engine kept where.
        write_version(repository, target, repository.load_workshop(workshop_id), writer,
                      revision=top + 1, base=top)
    for version in versions:
        if version.path != target and version.fingerprint in covered:
            version.path.unlink(missing_ok=True)
    return kept


def their_version(versions: list[FolderVersion], mine: str, shared: str) -> FolderVersion:
    """The folder's version a person compares with the local copy: the file when it holds
    something new, else the first copy that does (not the local copy, not the state both
    sides last shared: a coach's own last publication is not "theirs")."""
    return next((v for v in versions if v.fingerprint not in (mine, shared)),
                next((v for v in versions if v.fingerprint != mine), versions[0]))


def _kept_aside(mine: Workshop) -> Workshop:
    from okr_workshop.domain.team_words import my_version_title

    renewed = renew_ids(mine)
    return replace(renewed, title=my_version_title(mine.title, mine.language))


def _plain_path(folder: Path, version: FolderVersion, versions: list[FolderVersion]) -> Path:
    """The file's own name when only an engine's copy of it is left, unless another file
    took that name meanwhile (never written over: it is not a version of this workshop)."""
    siblings = frozenset(entry.name for entry in Path(folder).iterdir())
    copy = conflict_copy(version.path.name, siblings)
    if copy is None:
        return version.path
    path = Path(folder) / copy.original
    if path.exists() and path not in {v.path for v in versions}:
        return Path(folder) / free_name(folder, version.file.workshop)
    return path
