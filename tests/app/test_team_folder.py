"""Two laptops, one team folder: two real libraries in tmp_path and one folder between them
(what a sync engine would move is moved here by the test itself, file by file)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_conflicts import Choice, resolve
from okr_workshop.app.team_folder import (
    TeamFolderError,
    Writer,
    open_from_folder,
    publish,
    pull,
    scan_team_folder,
    share_workshop,
    team_status,
)
from okr_workshop.domain.model import Language
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.storage.team_file import fingerprint, read_team_file

CLAIRE = Writer("Claire", "LAPTOP-12")
MALIK = Writer("Malik Ben Saïd", "PORTABLE-7")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


def laptop(tmp_path: Path, name: str) -> Repository:
    return Repository(open_library(tmp_path / f"{name}.sqlite3"))


@pytest.fixture
def shared(tmp_path: Path, folder: Path) -> tuple[Repository, Repository, str]:
    """Claire shares the French sample; Malik opens it from the folder."""
    a, b = laptop(tmp_path, "claire"), laptop(tmp_path, "malik")
    (workshop,) = add_samples(a, (Language.FRENCH,))
    share_workshop(a, folder, workshop.id, CLAIRE)
    open_from_folder(b, folder, workshop.id)
    return a, b, workshop.id


def state(repository: Repository, folder: Path, workshop_id: str) -> SyncState:
    return next(s.state for s in team_status(repository, folder) if s.workshop_id == workshop_id)


def retitle(repository: Repository, workshop_id: str, title: str) -> None:
    workshop = repository.load_workshop(workshop_id)
    repository.save_workshop_header(replace(workshop, title=title))


def test_sharing_writes_one_file_with_the_stable_id_and_its_header(
        tmp_path: Path, folder: Path) -> None:
    a = laptop(tmp_path, "claire")
    (workshop,) = add_samples(a, (Language.FRENCH,))
    share_workshop(a, folder, workshop.id, CLAIRE)
    (path,) = folder.iterdir()
    assert path.suffix == ".okrw"
    team_file = read_team_file(path)
    assert team_file.workshop.id == workshop.id
    header = team_file.header
    assert (header.revision, header.base_revision) == (1, 0)
    assert (header.author, header.computer) == ("Claire", "LAPTOP-12")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "okr-workshop" and document["shared"]["revision"] == 1
    assert state(a, folder, workshop.id) is SyncState.IN_SYNC


def test_a_colleague_opens_it_with_the_same_ids(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    assert b.load_workshop(workshop_id).title == a.load_workshop(workshop_id).title
    assert fingerprint(b.load_workshop(workshop_id)) == fingerprint(a.load_workshop(workshop_id))
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC


def test_edits_publish_once_and_update_the_other_laptop(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(a, workshop_id, "Séminaire 2027 — équipe élargie 🚀")
    assert state(a, folder, workshop_id) is SyncState.LOCAL_CHANGES
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC  # nothing published yet
    publish(a, folder, workshop_id, CLAIRE)
    (path,) = folder.iterdir()
    header = read_team_file(path).header
    assert (header.revision, header.base_revision) == (2, 1)
    before = path.stat().st_mtime_ns
    publish(a, folder, workshop_id, CLAIRE)  # nothing changed since: nothing written
    assert path.stat().st_mtime_ns == before
    assert read_team_file(path).header.revision == 2
    assert state(b, folder, workshop_id) is SyncState.NEWER_IN_FOLDER
    pull(b, folder)
    assert b.load_workshop(workshop_id).title == "Séminaire 2027 — équipe élargie 🚀"
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC


def test_a_newer_file_never_overwrites_unpublished_local_edits(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(a, workshop_id, "Version de Claire")
    publish(a, folder, workshop_id, CLAIRE)
    retitle(b, workshop_id, "Version de Malik")
    assert state(b, folder, workshop_id) is SyncState.CONFLICT
    pull(b, folder)
    assert b.load_workshop(workshop_id).title == "Version de Malik"
    publish(b, folder, workshop_id, MALIK)  # refused: it would overwrite Claire's
    (path,) = folder.iterdir()
    assert read_team_file(path).workshop.title == "Version de Claire"


def test_same_revision_from_two_laptops_is_a_conflict_by_content(shared, folder: Path,
                                                                 tmp_path: Path) -> None:
    # Both publish revision 2 offline; the engine keeps one of them as the file.
    a, b, workshop_id = shared
    other = tmp_path / "malik-copy"
    shutil.copytree(folder, other)
    retitle(a, workshop_id, "Version de Claire")
    publish(a, folder, workshop_id, CLAIRE)
    retitle(b, workshop_id, "Version de Malik")
    publish(b, other, workshop_id, MALIK)
    # The engine lets Malik's file win on both sides: Claire's copy must see a conflict.
    (mine,) = folder.iterdir()
    (theirs,) = other.iterdir()
    shutil.copyfile(theirs, mine)
    assert read_team_file(mine).header.revision == 2
    assert state(a, folder, workshop_id) is SyncState.CONFLICT


def test_an_engine_conflict_copy_is_a_conflict_and_keep_mine_resolves_it(
        shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(a, workshop_id, "Version de Claire")
    publish(a, folder, workshop_id, CLAIRE)
    (path,) = folder.iterdir()
    copy = path.with_name(path.stem + ".sync-conflict-20261207-101500-ABCDEF7" + path.suffix)
    shutil.copyfile(path, copy)
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "Version de Malik"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert state(a, folder, workshop_id) is SyncState.CONFLICT
    resolve(a, folder, workshop_id, Choice.MINE, CLAIRE)
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert read_team_file(path).workshop.title == "Version de Claire"
    assert read_team_file(path).header.revision == 3
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC


def test_keep_theirs_and_keep_both(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(a, workshop_id, "Version de Claire")
    publish(a, folder, workshop_id, CLAIRE)
    retitle(b, workshop_id, "Version de Malik")
    kept = resolve(b, folder, workshop_id, Choice.BOTH, MALIK)
    assert kept is not None and kept.id != workshop_id
    assert b.load_workshop(workshop_id).title == "Version de Claire"
    assert b.load_workshop(kept.id).title == "Version de Malik (ma version)"
    assert b.team.link(kept.id) is None
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC
    retitle(a, workshop_id, "Encore Claire")
    publish(a, folder, workshop_id, CLAIRE)
    retitle(b, workshop_id, "Encore Malik")
    assert resolve(b, folder, workshop_id, Choice.THEIRS, MALIK) is None
    assert b.load_workshop(workshop_id).title == "Encore Claire"
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC


def test_a_bad_file_never_changes_the_library_and_is_named(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])  # the engine is still copying it
    status = team_status(b, folder)
    (found,) = [s for s in status if s.state is SyncState.BAD_FILE]
    assert found.bad is not None and found.bad.path.name == path.name
    assert found.bad.error.sentence("fr")
    before = fingerprint(b.load_workshop(workshop_id))
    pull(b, folder)
    publish(b, folder, workshop_id, MALIK)
    assert path.read_bytes() == good[: len(good) // 2]  # not overwritten while half there
    assert fingerprint(b.load_workshop(workshop_id)) == before
    path.write_bytes(good)
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC


def test_a_file_deleted_by_a_colleague_keeps_the_local_copy(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    for path in folder.iterdir():
        path.unlink()
    assert state(b, folder, workshop_id) is SyncState.REMOVED
    pull(b, folder)
    assert b.load_workshop(workshop_id)
    publish(b, folder, workshop_id, MALIK)  # never brought back without a person asking
    assert list(folder.iterdir()) == []


def test_a_colleague_workshop_is_listed_then_brought_in_by_pull(tmp_path: Path,
                                                                folder: Path) -> None:
    a, b = laptop(tmp_path, "claire"), laptop(tmp_path, "malik")
    workshops = add_samples(a, (Language.FRENCH, Language.ENGLISH))
    for workshop in workshops:
        share_workshop(a, folder, workshop.id, CLAIRE)
    assert {s.state for s in team_status(b, folder)} == {SyncState.ONLY_IN_FOLDER}
    assert b.list_workshops() == []
    pull(b, folder)
    assert {w.id for w in b.list_workshops()} == {w.id for w in workshops}
    assert {s.state for s in team_status(b, folder)} == {SyncState.IN_SYNC}


def test_scan_skips_temporaries_and_a_missing_folder_is_said(tmp_path: Path,
                                                             folder: Path) -> None:
    (folder / ".syncthing.atelier.okrw.tmp").write_text("{")
    (folder / "notes.txt").write_text("hello")
    scan = scan_team_folder(folder)
    assert scan.versions == {} and scan.bad == []
    with pytest.raises(TeamFolderError) as raised:
        scan_team_folder(tmp_path / "nowhere")
    assert raised.value.code == "folder_missing"


def test_settings_are_kept_in_the_library(tmp_path: Path, folder: Path) -> None:
    from okr_workshop.app.team_folder import set_team_settings, team_settings

    a = laptop(tmp_path, "claire")
    assert team_settings(a)[0] is None
    set_team_settings(a, folder, "  Claire   Dupont ")
    again = Repository(open_library(tmp_path / "claire.sqlite3"))
    path, writer = team_settings(again)
    assert path == folder and writer.coach == "Claire Dupont" and writer.computer
    with pytest.raises(TeamFolderError):
        set_team_settings(a, tmp_path / "nowhere", "Claire")
    set_team_settings(a, None, "Claire")
    assert team_settings(a)[0] is None


@pytest.mark.parametrize("copy_name", [
    "{stem}.sync-conflict-20261207-101500-ABCDEF7.okrw",  # Syncthing
    "{stem} (conflicted copy 2026-12-07 101500).okrw",  # Nextcloud
    "{stem} (Malik's conflicted copy 2026-12-07).okrw",  # Dropbox
    "{stem} (copie en conflit de Malik 2026-12-07).okrw",  # Dropbox, in French
    "{stem}-PORTABLE-7.okrw",  # OneDrive: the computer's name added
])
def test_each_engines_conflict_copy_is_a_conflict_and_nothing_is_lost(
        shared, folder: Path, copy_name: str) -> None:
    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    copy = folder / copy_name.format(stem=path.stem)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "Version de Malik"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (found,) = [s for s in team_status(a, folder) if s.workshop_id == workshop_id]
    assert found.state is SyncState.CONFLICT
    assert [v.path.name for v in found.others] == [copy.name]
    assert found.others[0].engine
    kept = resolve(a, folder, workshop_id, Choice.BOTH, CLAIRE, theirs=copy)
    assert a.load_workshop(workshop_id).title == "Version de Malik"
    assert kept is not None and a.load_workshop(kept.id).title.startswith("Atelier")
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_copy_left_alone_stands_in_for_its_file_and_resolving_restores_the_name(
        shared, folder: Path) -> None:
    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    copy = path.with_name(path.stem + ".sync-conflict-20261207-101500-ABCDEF7" + path.suffix)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "Version de Malik"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path.unlink()
    assert state(a, folder, workshop_id) is SyncState.CONFLICT
    resolve(a, folder, workshop_id, Choice.THEIRS, CLAIRE)
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert a.load_workshop(workshop_id).title == "Version de Malik"
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC


# --- What a review found (each test fails on the code before its fix) -------------------


def two_offline_publications(a: Repository, b: Repository, folder: Path, workshop_id: str,
                             tmp_path: Path) -> Path:
    """Claire and Malik both publish revision 2 offline; the engine keeps Claire's as the
    file and Malik's as a Syncthing conflict copy. Returns the copy."""
    other = tmp_path / "malik-side"
    shutil.copytree(folder, other)
    retitle(a, workshop_id, "A publié")
    publish(a, folder, workshop_id, CLAIRE)
    retitle(b, workshop_id, "B publié")
    publish(b, other, workshop_id, MALIK)
    (path,) = folder.iterdir()
    (theirs,) = other.iterdir()
    copy = folder / f"{path.stem}.sync-conflict-20261207-101500-ABCDEF7{path.suffix}"
    shutil.copyfile(theirs, copy)
    return copy


def test_a_coach_is_never_offered_their_own_publication_as_theirs(shared, folder: Path,
                                                                  tmp_path: Path) -> None:
    from okr_workshop.app.team_conflicts import their_version

    a, b, workshop_id = shared
    copy = two_offline_publications(a, b, folder, workshop_id, tmp_path)
    retitle(a, workshop_id, "A local")  # Claire edits again: three versions now
    (found,) = [s for s in team_status(a, folder) if s.workshop_id == workshop_id]
    assert found.state is SyncState.CONFLICT
    versions = [v for v in (found.file, *found.others) if v is not None]
    chosen = their_version(versions, fingerprint(a.load_workshop(workshop_id)),
                           found.link.fingerprint)
    assert chosen.path == copy  # Malik's, not Claire's own revision 2
    kept = resolve(a, folder, workshop_id, Choice.BOTH, CLAIRE)
    assert a.load_workshop(workshop_id).title == "B publié"
    assert kept is not None and kept.title == "A local (ma version)"


def test_a_version_nobody_compared_is_never_deleted(shared, folder: Path,
                                                    tmp_path: Path) -> None:
    a, b, workshop_id = shared
    copy = two_offline_publications(a, b, folder, workshop_id, tmp_path)
    # A third coach's version arrives as a second copy, after Claire compared with Malik's.
    third = folder / copy.name.replace("ABCDEF7", "ZZZZZZ9")
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "C publié"
    third.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resolve(a, folder, workshop_id, Choice.THEIRS, CLAIRE, theirs=copy)
    assert third.exists()  # not compared: still there, and still a conflict
    assert state(a, folder, workshop_id) is SyncState.CONFLICT


def test_choosing_after_the_folder_changed_does_nothing(shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(b, workshop_id, "B révision 2")
    publish(b, folder, workshop_id, MALIK)
    retitle(a, workshop_id, "A local")
    (found,) = [s for s in team_status(a, folder) if s.workshop_id == workshop_id]
    seen = found.file.fingerprint  # what Claire's dialog shows
    pull(b, folder)
    retitle(b, workshop_id, "B révision 3")  # Malik publishes while Claire compares
    publish(b, folder, workshop_id, MALIK)
    with pytest.raises(TeamFolderError) as raised:
        resolve(a, folder, workshop_id, Choice.MINE, CLAIRE, theirs=found.file.path,
                seen=seen)
    assert raised.value.code == "folder_changed"
    assert "Comparez de nouveau" in raised.value.message("fr")
    (path,) = folder.iterdir()
    assert read_team_file(path).workshop.title == "B révision 3"


def test_an_export_named_like_the_workshop_never_makes_its_file_a_onedrive_copy(
        shared, folder: Path) -> None:
    from okr_workshop.app.exchange_files import export_workshop

    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    export = folder / (path.stem.rsplit("-", 1)[0] + ".okrw")  # "atelier-okr-t1-2027.okrw"
    export_workshop(a, workshop_id, export)  # a hand export, the old way: no header
    scan = scan_team_folder(folder)
    (version,) = scan.versions[workshop_id]
    assert version.path == path and version.engine == ""
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC


def test_after_keeping_theirs_the_colleague_publishes_without_a_false_conflict(
        shared, folder: Path) -> None:
    a, b, workshop_id = shared
    retitle(b, workshop_id, "B révision 2")
    publish(b, folder, workshop_id, MALIK)
    retitle(a, workshop_id, "A local")
    resolve(a, folder, workshop_id, Choice.THEIRS, CLAIRE)  # writes revision 3, B's content
    assert state(b, folder, workshop_id) is SyncState.IN_SYNC
    retitle(b, workshop_id, "B révision 4")
    publish(b, folder, workshop_id, MALIK)
    assert state(a, folder, workshop_id) is SyncState.NEWER_IN_FOLDER


def test_a_stale_copy_of_the_shared_state_is_no_conflict_and_goes_at_publication(
        shared, folder: Path) -> None:
    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    copy = folder / f"{path.stem} (conflicted copy 2026-12-07 101500){path.suffix}"
    shutil.copyfile(path, copy)  # the same content as the file
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC
    retitle(a, workshop_id, "A révision 2")
    publish(a, folder, workshop_id, CLAIRE)
    assert not copy.exists()
    assert state(a, folder, workshop_id) is SyncState.IN_SYNC
    assert state(b, folder, workshop_id) is SyncState.NEWER_IN_FOLDER


def test_a_file_at_the_last_revision_is_never_published_past_it(shared, folder: Path) -> None:
    from okr_workshop.storage.team_file import MAX_REVISION

    a, b, workshop_id = shared
    (path,) = folder.iterdir()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["shared"]["revision"], data["shared"]["base_revision"] = MAX_REVISION, 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pull(a, folder)
    retitle(a, workshop_id, "Encore")
    with pytest.raises(TeamFolderError) as raised:
        publish(a, folder, workshop_id, CLAIRE)
    assert raised.value.code == "too_many_revisions"
    assert read_team_file(path).header.revision == MAX_REVISION
