"""The team folder: sharing workshops between laptops through a folder a sync engine moves
(Syncthing, Nextcloud, OneDrive/SharePoint, Dropbox, a network share). See
docs/team-folder.md for what is guaranteed.

The local library stays the working copy. A shared workshop is also one closed file in the
folder (:mod:`okr_workshop.storage.team_file`), linked to the local copy by its id, which
is the same on every laptop. Whether each side changed is decided by content: the link
keeps the fingerprint both sides had in common, so a file the engine replaced by a
colleague's version with the *same* revision number (two coaches published revision 5
offline) is still seen as changed. Nothing is overwritten when both sides changed: that is
a conflict, and a person chooses (:func:`resolve`).
"""

from __future__ import annotations

import platform
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.app.errors import AppError
from okr_workshop.app.workshops import export_file_name
from okr_workshop.domain.catalogue import say
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.sync_conflicts import ConflictCopy, conflict_copy, is_engine_temporary
from okr_workshop.domain.team_sharing import SharedHeader, SyncState, TeamLink
from okr_workshop.storage.exchange import ExchangeError
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.team_file import (
    MAX_REVISION,
    TEAM_SUFFIX,
    TeamFile,
    fingerprint,
    read_team_file,
    write_team_file,
)

# Where presence markers live (app/team_presence.py): never read as workshops.
PRESENCE_FOLDER = ".okr-presence"


@dataclass(frozen=True)
class Writer:
    """Who writes to the team folder from this laptop."""

    coach: str
    computer: str = field(default_factory=platform.node)


@dataclass(frozen=True)
class FolderVersion:
    """One readable version of a shared workshop found in the folder: its file, or a
    conflict copy an engine left beside it."""

    path: Path
    file: TeamFile
    engine: str = ""  # the engine that left it, for a conflict copy

    @property
    def header(self) -> SharedHeader:
        return self.file.header

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.file.workshop)


@dataclass(frozen=True)
class BadFile:
    """A file of the folder that fails the import's validation: never read into the
    library, reported with its name and the reason."""

    path: Path
    error: ExchangeError


@dataclass(frozen=True)
class FolderScan:
    """What the team folder holds: each shared workshop's versions (its file first, then
    the engines' conflict copies), and the files that could not be read."""

    versions: dict[str, list[FolderVersion]]
    bad: list[BadFile]

    def main(self, workshop_id: str) -> FolderVersion | None:
        found = self.versions.get(workshop_id)
        return found[0] if found else None


class TeamFolderError(AppError):
    """A team-folder action that cannot be done: ``code`` (without its ``team_`` prefix in
    the catalogue of :mod:`.errors`) names why, for the window and the command line."""

    def message(self, language: object) -> str:
        return say("app", f"team_{self.code}", language, self.params)


def scan_team_folder(folder: Path) -> FolderScan:
    """Read every team file of ``folder`` (not its subfolders). Files the engines are still
    writing, their temporaries and hidden files are skipped; a half-copied file that does
    not parse is a bad file for now and is read again at the next scan."""
    try:
        names = sorted(entry.name for entry in Path(folder).iterdir() if entry.is_file())
    except FileNotFoundError:
        raise TeamFolderError("folder_missing", folder=str(folder)) from None
    except OSError as error:
        raise TeamFolderError("folder_unreadable", folder=str(folder),
                              reason=error.strerror or "") from None
    siblings = frozenset(names)
    read: list[tuple[Path, TeamFile, ConflictCopy | None]] = []
    bad: list[BadFile] = []
    for name in names:
        if name.startswith(".") or is_engine_temporary(name) or not name.endswith(TEAM_SUFFIX):
            continue
        path = Path(folder) / name
        try:
            read.append((path, read_team_file(path), conflict_copy(name, siblings)))
        except ExchangeError as error:
            bad.append(BadFile(path, error))
    plain = {path.name: found for path, found, copy in read if copy is None}
    versions: dict[str, list[FolderVersion]] = {}
    copies: list[FolderVersion] = []
    for path, found, copy in read:
        workshop_id = found.header.workshop_id
        if copy is not None and copy.engine == "onedrive":
            # "plan-v2.okrw" beside "plan.okrw" is OneDrive's copy only if "plan.okrw" is
            # this very workshop's file: the name alone cannot tell a computer from a word.
            original = plain.get(copy.original)
            if original is None or original.header.workshop_id != workshop_id:
                copy = None
        if copy is not None:
            copies.append(FolderVersion(path, found, copy.engine))
        else:
            versions.setdefault(workshop_id, []).append(FolderVersion(path, found))
    for version in versions.values():
        # Two plain files for one workshop (a copy made by hand): the newest first.
        version.sort(key=lambda v: (v.header.revision, v.header.written_at), reverse=True)
    for copy in copies:
        # A copy whose file is gone (deleted, or renamed by the engine) stands in for it.
        versions.setdefault(copy.header.workshop_id, []).append(copy)
    return FolderScan(versions, bad)


@dataclass(frozen=True)
class Standing:
    """Where one workshop stands between the library and the folder."""

    workshop_id: str
    title: str
    state: SyncState
    link: TeamLink | None = None
    file: FolderVersion | None = None  # the folder's version (its file, or a stand-in copy)
    others: tuple[FolderVersion, ...] = ()  # conflict copies that differ from the file
    bad: BadFile | None = None


def standing(repository: Repository, scan: FolderScan, workshop_id: str) -> Standing:
    """Compare one workshop's local copy (if any) with the folder's versions (if any)."""
    link = repository.team.link(workshop_id)
    versions = scan.versions.get(workshop_id, [])
    main = versions[0] if versions else None
    # Other versions (an engine's conflict copies, a second file) that hold something new:
    # not the file's content, nor the state both sides had in common (an older revision).
    common = {main.fingerprint if main else "", link.fingerprint if link else ""}
    others = tuple(v for v in versions[1:] if v.fingerprint not in common)
    local = local_copy(repository, workshop_id)
    title = local.title if local is not None else (main.file.workshop.title if main else "")
    if local is None:
        state = SyncState.ONLY_IN_FOLDER if main is not None else SyncState.REMOVED
        return Standing(workshop_id, title, state, link, main, others)
    if main is None:
        # A file being copied in by the engine, or damaged, is not a file deleted.
        bad = next((b for b in scan.bad if link is not None and b.path.name == link.file_name),
                   None)
        return Standing(workshop_id, title, SyncState.BAD_FILE if bad else SyncState.REMOVED,
                        link, bad=bad)
    mine = fingerprint(local)
    theirs = main.fingerprint
    if others:
        # An engine kept two versions that both hold something new: a person chooses.
        state = SyncState.CONFLICT
    elif link is None:
        # A workshop of this library and a file with the same id, never linked here (the
        # link was lost, or the same workshop came by another way): same content or not.
        state = SyncState.IN_SYNC if mine == theirs else SyncState.CONFLICT
    else:
        changed_here = mine != link.fingerprint
        changed_there = theirs != link.fingerprint
        # A file written without the revision we share (its writer's copy was older)
        # drops what that revision holds, even when nothing changed here: a network share
        # or an engine that keeps the last writer's file does that silently.
        skipped_ours = changed_there and main.header.base_revision < link.revision
        if mine == theirs:
            state = SyncState.IN_SYNC
        elif (changed_here and changed_there) or skipped_ours:
            state = SyncState.CONFLICT
        elif changed_here:
            state = SyncState.LOCAL_CHANGES
        else:
            state = SyncState.NEWER_IN_FOLDER
    return Standing(workshop_id, title, state, link, main, others)


def team_status(repository: Repository, folder: Path,
                scan: FolderScan | None = None) -> list[Standing]:
    """Every shared workshop (linked here, or in the folder) and every bad file (from
    ``scan`` when the folder was read already)."""
    scan = scan or scan_team_folder(folder)
    return in_order([standing(repository, scan, wid) for wid in shared_ids(repository, scan)],
                    scan)


def shared_ids(repository: Repository, scan: FolderScan) -> list[str]:
    """The workshops linked here, then the other workshops of the folder."""
    ids = [link.workshop_id for link in repository.team.links()]
    return ids + [wid for wid in scan.versions if wid not in ids]


def in_order(found: list[Standing], scan: FolderScan) -> list[Standing]:
    """The standings by title, then each bad file not told with its workshop already."""
    found = sorted(found, key=lambda s: (s.title.casefold(), s.workshop_id))
    told = {s.bad.path for s in found if s.bad is not None}
    return found + [Standing("", b.path.name, SyncState.BAD_FILE, bad=b) for b in scan.bad
                    if b.path not in told]


def share_workshop(repository: Repository, folder: Path, workshop_id: str,
                   writer: Writer) -> Standing:
    """Put a local workshop in the team folder (its first revision), or publish it if it
    is shared already. Returns where it stands afterwards."""
    scan = scan_team_folder(folder)
    link = repository.team.link(workshop_id)
    if link is not None and scan.main(workshop_id) is None and not (
            Path(folder) / link.file_name).exists():
        # Its file left the folder (a colleague deleted it, or this is another folder): the
        # person asks for it to be shared, so it is, as a new first revision.
        repository.team.remove_link(workshop_id)
        link = None
    if link is not None or workshop_id in scan.versions:
        return publish(repository, folder, workshop_id, writer, scan)
    workshop = repository.load_workshop(workshop_id)
    name = free_name(folder, workshop)
    header = SharedHeader(workshop_id, 1, 0, writer.coach, writer.computer, _now())
    write_team_file(Path(folder) / name, header, workshop)
    repository.team.set_link(TeamLink(workshop_id, name, 1, fingerprint(workshop)))
    return standing(repository, scan_team_folder(folder), workshop_id)


def publish(repository: Repository, folder: Path, workshop_id: str, writer: Writer,
            scan: FolderScan | None = None) -> Standing:
    """Write the local copy's changes to its file, only when it changed here and nowhere
    else; otherwise leave everything as it is and say why (newer there, a conflict)."""
    scan = scan or scan_team_folder(folder)
    found = standing(repository, scan, workshop_id)
    if found.state is SyncState.LOCAL_CHANGES:
        assert found.file is not None and found.link is not None
        workshop = repository.load_workshop(workshop_id)
        # The file holds what both sides share (nothing changed there): it is the base,
        # whatever revision number a colleague's "keep theirs" gave it.
        write_version(repository, found.file.path, workshop, writer,
                      revision=found.file.header.revision + 1,
                      base=found.file.header.revision)
        # Copies left beside it hold that shared state or an older one: nothing new.
        for version in scan.versions.get(workshop_id, [])[1:]:
            version.path.unlink(missing_ok=True)
        return standing(repository, scan_team_folder(folder), workshop_id)
    _catch_up(repository, found)
    return found


def _catch_up(repository: Repository, found: Standing) -> None:
    """In step with the file: the link names its revision (and exists), so the next
    publication says the right base."""
    if found.state is not SyncState.IN_SYNC or found.file is None:
        return
    header = found.file.header
    if found.link is None or found.link.revision != header.revision or (
            found.link.file_name != found.file.path.name and found.file.engine == ""):
        repository.team.set_link(TeamLink(found.workshop_id, found.file.path.name,
                                          header.revision, found.file.fingerprint))


def pull(repository: Repository, folder: Path, *, bring_new: bool = True,
         only: Iterable[str] | None = None) -> list[Standing]:
    """Bring newer revisions into the library where nothing changed here, and (with
    ``bring_new``) the colleagues' workshops this library does not have yet, linked to
    their files. Conflicts, bad files and local changes are left as they are and returned
    with everything else, as it stands afterwards."""
    wanted = set(only) if only is not None else None
    for found in team_status(repository, folder):
        if wanted is not None and found.workshop_id not in wanted:
            continue
        if found.state is SyncState.NEWER_IN_FOLDER or (
                bring_new and found.state is SyncState.ONLY_IN_FOLDER):
            assert found.file is not None
            take_version(repository, found.file)
        _catch_up(repository, found)
    statuses = team_status(repository, folder)
    return statuses if wanted is None else [s for s in statuses if s.workshop_id in wanted]


def open_from_folder(repository: Repository, folder: Path, workshop_id: str) -> Workshop:
    """A colleague's workshop brought into the library, linked to its file (or the local
    copy brought up to date, when nothing changed here)."""
    found = standing(repository, scan_team_folder(folder), workshop_id)
    if found.state in (SyncState.ONLY_IN_FOLDER, SyncState.NEWER_IN_FOLDER):
        assert found.file is not None
        take_version(repository, found.file)
    elif found.state is SyncState.REMOVED and found.file is None and local_copy(
            repository, workshop_id) is None:
        raise TeamFolderError("file_gone", workshop_id=workshop_id)
    return repository.load_workshop(workshop_id)


def write_version(repository: Repository, path: Path, workshop: Workshop, writer: Writer,
                  *, revision: int, base: int) -> None:
    """Write ``workshop`` as ``revision`` of the file at ``path`` and link the local copy
    to it (the state both sides now share)."""
    if revision > MAX_REVISION:
        # Only a file written by hand gets there; a file past the cap would be refused
        # everywhere, this laptop included.
        raise TeamFolderError("too_many_revisions", revision=base)
    header = SharedHeader(workshop.id, revision, base, writer.coach, writer.computer, _now())
    write_team_file(path, header, workshop)
    repository.team.set_link(TeamLink(workshop.id, path.name, revision, fingerprint(workshop)))


def take_version(repository: Repository, version: FolderVersion, target_name: str = "") -> None:
    """The folder's version replaces the local copy (or becomes it), in one transaction
    with the link: a crash leaves the old copy and the old link, or both new."""
    workshop = version.file.workshop
    with repository.transaction():
        if local_copy(repository, workshop.id) is not None:
            repository.delete_workshop(workshop.id)
        repository.add_workshop(workshop)
        stored = repository.load_workshop(workshop.id)
        repository.team.set_link(TeamLink(workshop.id, target_name or version.path.name,
                                          version.header.revision, fingerprint(stored)))


def local_copy(repository: Repository, workshop_id: str) -> Workshop | None:
    from okr_workshop.storage.errors import WorkshopNotFound

    try:
        return repository.load_workshop(workshop_id)
    except WorkshopNotFound:
        return None


def free_name(folder: Path, workshop: Workshop) -> str:
    """A file name for a newly shared workshop: its title, and part of its id, so two
    workshops with the same title never take each other's file."""
    stem = export_file_name(workshop.title).removesuffix(TEAM_SUFFIX)
    name = f"{stem}-{workshop.id[:8]}{TEAM_SUFFIX}"
    n = 2
    while (Path(folder) / name).exists():
        name = f"{stem}-{workshop.id[:8]}-{n}{TEAM_SUFFIX}"
        n += 1
    return name


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# --- Settings (kept in the library, shared by the window and the command line) ---


def team_settings(repository: Repository) -> tuple[Path | None, Writer]:
    """The team folder (None when none is chosen) and who writes from this laptop (the
    coach's name as set, else the system's user name)."""
    import getpass

    folder = repository.team.setting("team_folder")
    coach = repository.team.setting("team_coach")
    if not coach:
        try:
            coach = getpass.getuser()
        except (OSError, KeyError):  # no user name in this environment
            coach = ""
    return (Path(folder) if folder else None), Writer(coach)


def set_team_settings(repository: Repository, folder: Path | None, coach: str) -> None:
    """Choose (or forget, with None) the team folder, and the name colleagues see."""
    if folder is not None and not Path(folder).is_dir():
        raise TeamFolderError("folder_missing", folder=str(folder))
    from okr_workshop.app.team_folder_guard import holds_library

    if folder is not None and holds_library(folder, Path(repository.path)):
        raise TeamFolderError("holds_library", folder=str(folder))
    with repository.transaction():
        repository.team.set_setting("team_folder", str(folder) if folder else "")
        repository.team.set_setting("team_coach", " ".join(coach.split())[:200])
