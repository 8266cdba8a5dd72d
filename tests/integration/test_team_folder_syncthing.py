"""Two coaches, two libraries, two copies of the team folder moved by two real Syncthing
instances on 127.0.0.1 (issue 19, "Tested on a real engine"): Claire shares and edits, Malik
sees the edits; both edit while the connection is paused, the conflict Syncthing leaves is
seen on both laptops, and resolving it loses nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from okr_workshop.app import team_presence
from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_conflicts import Choice, resolve
from okr_workshop.app.team_folder import (
    Writer,
    open_from_folder,
    publish,
    pull,
    share_workshop,
    team_status,
)
from okr_workshop.domain.model import Language
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from tests.integration.syncthing_pair import SyncthingPair

pytestmark = [pytest.mark.syncthing, pytest.mark.xdist_group("syncthing")]

CLAIRE = Writer("Claire", "LAPTOP-12")
MALIK = Writer("Malik Ben Saïd", "PORTABLE-7")


def laptop(tmp_path: Path, name: str) -> Repository:
    return Repository(open_library(tmp_path / f"{name}.sqlite3"))


def state(repository: Repository, folder: Path, workshop_id: str) -> SyncState | None:
    return next((s.state for s in team_status(repository, folder)
                 if s.workshop_id == workshop_id), None)


def retitle(repository: Repository, workshop_id: str, title: str) -> None:
    workshop = repository.load_workshop(workshop_id)
    repository.save_workshop_header(replace(workshop, title=title))


def titles(repository: Repository) -> set[str]:
    return {summary.title for summary in repository.list_workshops()}


def conflict_copies(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".sync-conflict-" in path.name)


def test_claire_shares_and_edits_malik_sees_the_edits(
    syncthing_pair: SyncthingPair, tmp_path: Path,
):
    pair = syncthing_pair
    claire, malik = laptop(tmp_path, "claire"), laptop(tmp_path, "malik")
    (workshop,) = add_samples(claire, (Language.FRENCH,))
    share_workshop(claire, pair.folder_a, workshop.id, CLAIRE)
    pair.scan()
    pair.wait_until(lambda: state(malik, pair.folder_b, workshop.id) is SyncState.ONLY_IN_FOLDER,
                    what="Claire's workshop in Malik's team folder")
    opened = open_from_folder(malik, pair.folder_b, workshop.id)
    assert opened.id == workshop.id and opened.title == workshop.title

    retitle(claire, workshop.id, "Atelier d’Émilie 🎯 <b>équipe</b> & co")
    assert publish(claire, pair.folder_a, workshop.id, CLAIRE).state is SyncState.IN_SYNC
    pair.scan()
    pair.wait_until(
        lambda: state(malik, pair.folder_b, workshop.id) is SyncState.NEWER_IN_FOLDER,
        what="Claire's edit in Malik's team folder",
    )
    (found,) = pull(malik, pair.folder_b, only=[workshop.id])
    assert found.state is SyncState.IN_SYNC
    assert malik.load_workshop(workshop.id).title == "Atelier d’Émilie 🎯 <b>équipe</b> & co"


def test_both_edit_offline_the_conflict_is_seen_on_both_laptops_and_resolved_without_loss(
    syncthing_pair: SyncthingPair, tmp_path: Path,
):
    pair = syncthing_pair
    claire, malik = laptop(tmp_path, "claire"), laptop(tmp_path, "malik")
    (workshop,) = add_samples(claire, (Language.FRENCH,))
    share_workshop(claire, pair.folder_a, workshop.id, CLAIRE)
    pair.scan()
    pair.wait_until(lambda: state(malik, pair.folder_b, workshop.id) is SyncState.ONLY_IN_FOLDER,
                    what="Claire's workshop in Malik's team folder")
    open_from_folder(malik, pair.folder_b, workshop.id)
    pair.wait_in_sync()

    pair.pause()
    retitle(claire, workshop.id, "Version de Claire — hors ligne")
    retitle(malik, workshop.id, "Version de Malik 🎯 <i>hors ligne</i>")
    publish(claire, pair.folder_a, workshop.id, CLAIRE)
    publish(malik, pair.folder_b, workshop.id, MALIK)
    pair.scan()
    pair.resume()
    pair.wait_until(lambda: conflict_copies(pair.folder_a) and conflict_copies(pair.folder_b),
                    what="Syncthing's conflict copy on both laptops")
    pair.wait_in_sync()
    assert state(claire, pair.folder_a, workshop.id) is SyncState.CONFLICT
    assert state(malik, pair.folder_b, workshop.id) is SyncState.CONFLICT

    # Malik keeps both: Claire's version becomes the shared one, his stays beside it.
    kept = resolve(malik, pair.folder_b, workshop.id, Choice.BOTH, MALIK)
    assert kept is not None and kept.id != workshop.id
    assert malik.load_workshop(workshop.id).title == "Version de Claire — hors ligne"
    assert "Version de Malik 🎯 <i>hors ligne</i>" in kept.title
    pair.scan()
    pair.wait_until(lambda: not conflict_copies(pair.folder_a), what="the copy gone for Claire")
    pair.wait_in_sync()

    assert conflict_copies(pair.folder_b) == []
    (found,) = pull(claire, pair.folder_a, bring_new=False, only=[workshop.id])
    assert found.state is SyncState.IN_SYNC
    assert claire.load_workshop(workshop.id).title == "Version de Claire — hors ligne"
    assert state(malik, pair.folder_b, workshop.id) is SyncState.IN_SYNC
    # Nothing lost: both titles are in Malik's library, Claire's in hers.
    assert {"Version de Claire — hors ligne", kept.title} <= titles(malik)


def test_claire_s_presence_reaches_malik_and_goes_when_she_closes(
    syncthing_pair: SyncthingPair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
):
    pair = syncthing_pair
    claire = laptop(tmp_path, "claire")
    (workshop,) = add_samples(claire, (Language.FRENCH,))
    share_workshop(claire, pair.folder_a, workshop.id, CLAIRE)
    # Two laptops are two processes: each marker says which one wrote it.
    monkeypatch.setattr(team_presence, "INSTANCE", "claire's window")
    team_presence.announce(pair.folder_a, workshop.id, CLAIRE)
    pair.scan()

    def seen_by_malik() -> list[team_presence.Presence]:
        monkeypatch.setattr(team_presence, "INSTANCE", "malik's window")
        return team_presence.present(pair.folder_b, MALIK, workshop.id)

    (marker,) = pair.wait_until(seen_by_malik, what="Claire's presence marker for Malik")
    assert (marker.coach, marker.computer) == ("Claire", "LAPTOP-12")

    monkeypatch.setattr(team_presence, "INSTANCE", "claire's window")
    team_presence.withdraw(pair.folder_a, workshop.id, CLAIRE)
    pair.scan()
    pair.wait_until(lambda: not seen_by_malik(), what="Claire's marker gone for Malik")
