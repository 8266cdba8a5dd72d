"""What the window's home page needs of the team folder beyond :mod:`team_folder`: the
standings from a scan read on another thread (a slow or vanished folder never freezes the
window), and taking back a share made by mistake."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.app.team_folder import (
    FolderScan,
    Standing,
    in_order,
    scan_team_folder,
    shared_ids,
    standing,
)
from okr_workshop.storage.exchange import ExchangeError
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.team_file import fingerprint, read_team_file


class ShareNotTakenBack(Exception):
    """A share that cannot be undone; ``code``: "not_shared", or "published_since" (a
    colleague published over it). The window says it in its own words."""

    def __init__(self, code: str, workshop_id: str) -> None:
        super().__init__(code)
        self.code = code
        self.workshop_id = workshop_id


def standings(repository: Repository, scan: FolderScan) -> list[Standing]:
    """As :func:`~okr_workshop.app.team_folder.team_status`, from a scan already read: every
    shared workshop (linked here, or in the folder), then every bad file not told yet."""
    return StandingsCache().standings(repository, scan)


class StandingsCache:
    """Standings computed again only for the workshops that changed since the last scan.

    Comparing a workshop means loading it and hashing it (about 10 ms each), on the
    window's thread since the library's connection lives there: a folder of a hundred
    workshops read every 30 s would stall the window each time. A workshop whose files
    (names and headers), link and local change stamp are what they were keeps its standing.
    """

    def __init__(self) -> None:
        self._known: dict[str, tuple[object, Standing]] = {}

    def standings(self, repository: Repository, scan: FolderScan) -> list[Standing]:
        stamps = {s.id: s.updated_at for s in repository.list_workshops()}
        links = {link.workshop_id: link for link in repository.team.links()}
        ids = shared_ids(repository, scan)
        bad_names = {b.path.name for b in scan.bad}
        known: dict[str, tuple[object, Standing]] = {}
        for wid in ids:
            link = links.get(wid)
            versions = scan.versions.get(wid, [])
            key = (tuple((v.path, v.header, v.engine) for v in versions), link,
                   stamps.get(wid))
            cached = self._known.get(wid)
            damaged = link is not None and link.file_name in bad_names  # its reason may change
            if cached is not None and cached[0] == key and not damaged:
                known[wid] = cached
            else:
                known[wid] = (key, standing(repository, scan, wid))
        self._known = known
        return in_order([s for _key, s in known.values()], scan)


def unshare(repository: Repository, folder: Path, workshop_id: str) -> None:
    """Undo a share: its file leaves the folder and the link is forgotten, the local copy
    untouched. Only while the file is still the first revision written from here: once a
    colleague published over it, it is theirs too (:class:`ShareNotTakenBack`)."""
    link = repository.team.link(workshop_id)
    if link is None:
        raise ShareNotTakenBack("not_shared", workshop_id)
    scan_team_folder(folder)  # says a missing or unreadable folder as such
    path = Path(folder) / link.file_name
    if not path.exists():
        repository.team.remove_link(workshop_id)  # gone already: nothing else to take back
        return
    try:
        team_file = read_team_file(path)
    except ExchangeError:
        raise ShareNotTakenBack("published_since", workshop_id) from None
    header = team_file.header
    if header.revision != 1 or link.revision != 1 or (
            fingerprint(team_file.workshop) != link.fingerprint):
        raise ShareNotTakenBack("published_since", workshop_id)
    path.unlink(missing_ok=True)
    repository.team.remove_link(workshop_id)
