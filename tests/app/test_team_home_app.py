"""The app-layer pieces the home page adds to the team folder: the synced-library guard,
the standings from a scan read elsewhere, sharing again and taking a share back."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_folder import (
    Writer,
    publish,
    scan_team_folder,
    share_workshop,
    team_status,
)
from okr_workshop.app.team_folder_guard import engine_name, library_sync_engine
from okr_workshop.app.team_home import ShareNotTakenBack, standings, unshare
from okr_workshop.domain.model import Language
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository

CLAIRE = Writer("Claire", "LAPTOP-12")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_library(tmp_path / "claire.sqlite3"))


def fake_engine_module(monkeypatch, answer) -> list[Path]:
    asked: list[Path] = []

    def sync_engine_of(path: Path):
        asked.append(path)
        if isinstance(answer, Exception):
            raise answer
        return answer

    module = types.ModuleType("okr_workshop.storage.synced_folders")
    module.sync_engine_of = sync_engine_of  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "okr_workshop.storage.synced_folders", module)
    return asked


def test_the_library_guard_asks_where_the_library_file_is(monkeypatch, tmp_path):
    asked = fake_engine_module(monkeypatch, "nextcloud")
    assert library_sync_engine(tmp_path / "lib.sqlite3") == "nextcloud"
    assert asked == [tmp_path / "lib.sqlite3"]
    assert engine_name("nextcloud") == "Nextcloud"


def test_the_library_guard_says_nothing_when_it_cannot_look(monkeypatch, tmp_path):
    fake_engine_module(monkeypatch, PermissionError(13, "Permission denied"))
    assert library_sync_engine(tmp_path / "lib.sqlite3") is None
    fake_engine_module(monkeypatch, None)
    assert library_sync_engine(tmp_path / "lib.sqlite3") is None


def test_a_library_in_a_real_syncthing_folder(tmp_path):
    (tmp_path / "Sync" / ".stfolder").mkdir(parents=True)
    assert library_sync_engine(tmp_path / "Sync" / "okr" / "library.sqlite3") == "syncthing"
    assert library_sync_engine(tmp_path / "library.sqlite3") is None


def test_standings_from_a_scan_are_team_status(repository, folder):
    first, second = add_samples(repository)
    share_workshop(repository, folder, first.id, CLAIRE)
    (folder / "bad.okrw").write_text("not json", "utf-8")
    def said(found):
        return [(s.workshop_id, s.title, s.state, s.bad.path if s.bad else None) for s in found]

    mine = standings(repository, scan_team_folder(folder))
    assert said(mine) == said(team_status(repository, folder))
    assert [s.state for s in mine] == [SyncState.IN_SYNC, SyncState.BAD_FILE]


def test_a_share_is_taken_back_while_nobody_published_over_it(repository, folder):
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    share_workshop(repository, folder, workshop.id, CLAIRE)
    unshare(repository, folder, workshop.id)
    assert list(folder.iterdir()) == []
    assert repository.team.link(workshop.id) is None
    assert repository.load_workshop(workshop.id).title == workshop.title


def test_a_share_published_over_is_not_taken_back(repository, folder, tmp_path):
    from dataclasses import replace

    (workshop,) = add_samples(repository, (Language.FRENCH,))
    share_workshop(repository, folder, workshop.id, CLAIRE)
    repository.save_workshop_header(replace(workshop, title="Deuxième version"))
    publish(repository, folder, workshop.id, CLAIRE)
    with pytest.raises(ShareNotTakenBack) as raised:
        unshare(repository, folder, workshop.id)
    assert raised.value.code == "published_since"
    assert len(list(folder.iterdir())) == 1


def test_sharing_again_a_workshop_whose_file_was_deleted(repository, folder):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    share_workshop(repository, folder, workshop.id, CLAIRE)
    (path,) = folder.iterdir()
    path.unlink()  # a colleague deleted it
    assert team_status(repository, folder)[0].state is SyncState.REMOVED
    found = share_workshop(repository, folder, workshop.id, CLAIRE)
    assert found.state is SyncState.IN_SYNC and found.file is not None
    assert found.file.header.revision == 1


def test_the_cache_compares_again_only_what_changed(repository, folder, tmp_path, monkeypatch):
    from dataclasses import replace

    import okr_workshop.app.team_home as team_home

    first, second = add_samples(repository)
    for workshop in (first, second):
        share_workshop(repository, folder, workshop.id, CLAIRE)
    cache = team_home.StandingsCache()
    compared: list[str] = []
    real = team_home.standing

    def counting(repo, scan, wid):
        compared.append(wid)
        return real(repo, scan, wid)

    monkeypatch.setattr(team_home, "standing", counting)
    cache.standings(repository, scan_team_folder(folder))
    assert sorted(compared) == sorted([first.id, second.id])
    compared.clear()
    assert [s.state for s in cache.standings(repository, scan_team_folder(folder))] == [
        SyncState.IN_SYNC, SyncState.IN_SYNC]
    assert compared == []  # nothing changed: nothing loaded
    repository.save_workshop_header(replace(repository.load_workshop(first.id), title="Zèbre"))
    found = cache.standings(repository, scan_team_folder(folder))
    assert compared == [first.id]
    assert [(s.title, s.state) for s in found][-1] == ("Zèbre", SyncState.LOCAL_CHANGES)
    compared.clear()
    other = Repository(open_library(tmp_path / "malik.sqlite3"))
    from okr_workshop.app.team_folder import open_from_folder

    open_from_folder(other, folder, second.id)
    other.save_workshop_header(replace(other.load_workshop(second.id), title="Abeille"))
    publish(other, folder, second.id, Writer("Malik", "PORTABLE-7"))
    found = cache.standings(repository, scan_team_folder(folder))
    assert compared == [second.id]  # its file changed
    assert {s.workshop_id: s.state for s in found}[second.id] is SyncState.NEWER_IN_FOLDER
