"""Which sync engine's folder holds a path (issue 19, point 6: a library inside a synced
folder is how databases get corrupted), on real folders in tmp_path."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from okr_workshop.storage.synced_folders import SyncedFolder, sync_engine_of, synced_folder_of

NO_ENV: dict[str, str] = {}


def engine(path: Path, tmp_path: Path, environ: dict[str, str] | None = None) -> str | None:
    """The engine, with neither this machine's environment nor its home folder looked at."""
    return sync_engine_of(path, environ=NO_ENV if environ is None else environ,
                          home=tmp_path / "home")


def test_a_plain_folder_is_in_no_synced_folder(tmp_path: Path):
    library = tmp_path / "Documents" / "okr" / "library.sqlite3"
    library.parent.mkdir(parents=True)
    library.write_bytes(b"")
    assert engine(library, tmp_path) is None
    assert engine(tmp_path / "not there" / "library.sqlite3", tmp_path) is None


@pytest.mark.parametrize("as_file", [False, True])
def test_syncthing_folder_marker(tmp_path: Path, as_file: bool):
    team = tmp_path / "Sync" / "OKR"
    team.mkdir(parents=True)
    # .stfolder is a folder today; Syncthing before 1.0 wrote an empty file.
    if as_file:
        (team / ".stfolder").write_bytes(b"")
    else:
        (team / ".stfolder").mkdir()
    assert engine(team / "coaches" / "library.sqlite3", tmp_path) == "syncthing"
    assert engine(team, tmp_path) == "syncthing"  # the folder itself
    assert engine(tmp_path / "Sync", tmp_path) is None  # above it


def test_dropbox_root_markers(tmp_path: Path):
    root = tmp_path / "Dropbox"
    (root / "Clients").mkdir(parents=True)
    (root / ".dropbox").write_text('{"tag": "dropbox"}', encoding="utf-8")
    assert engine(root / "Clients" / "library.sqlite3", tmp_path) == "dropbox"
    cache_only = tmp_path / "Dropbox (Équipe)"
    (cache_only / ".dropbox.cache").mkdir(parents=True)
    assert engine(cache_only / "library.sqlite3", tmp_path) == "dropbox"


def test_dropbox_settings_folder_in_a_home_is_no_synced_folder(tmp_path: Path):
    # ~/.dropbox is where the app keeps its settings: the home folder is not synced.
    home = tmp_path / "claire"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".local" / "share").mkdir(parents=True)
    assert engine(home / ".local" / "share" / "library.sqlite3", tmp_path) is None


def test_dropbox_roots_listed_by_the_app(tmp_path: Path):
    home = tmp_path / "home"
    business = tmp_path / "Work files"
    (business / "OKR").mkdir(parents=True)
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(tmp_path / "Dropbox")}, "business": {"path": str(business)}}),
        encoding="utf-8")
    assert engine(business / "OKR" / "library.sqlite3", tmp_path) == "dropbox"
    (home / ".dropbox" / "info.json").write_text("{not json", encoding="utf-8")
    assert engine(business / "OKR" / "library.sqlite3", tmp_path) is None


@pytest.mark.parametrize(
    "marker",
    [".sync_8f2ab31c09d4.db", "._sync_8f2ab31c09d4.db", ".owncloudsync.log",
     ".nextcloudsync.log", ".csync_journal.db"],
)
def test_nextcloud_and_owncloud_markers(tmp_path: Path, marker: str):
    root = tmp_path / "Nextcloud"
    (root / "OKR").mkdir(parents=True)
    (root / marker).write_bytes(b"")
    assert engine(root / "OKR" / "library.sqlite3", tmp_path) == "nextcloud"


@pytest.mark.parametrize(
    "parts",
    [("OneDrive",), ("OneDrive - Contoso SAS",), ("Library", "CloudStorage", "OneDrive-Personal")],
)
def test_onedrive_folders_by_name(tmp_path: Path, parts: tuple[str, ...]):
    root = tmp_path.joinpath(*parts)
    (root / "Documents").mkdir(parents=True)
    assert engine(root / "Documents" / "library.sqlite3", tmp_path) == "onedrive"


def test_a_folder_only_named_like_onedrive_is_not_synced(tmp_path: Path):
    (tmp_path / "OneDrive-old copy").mkdir()
    assert engine(tmp_path / "OneDrive-old copy" / "library.sqlite3", tmp_path) is None


def test_macos_cloud_storage_folders(tmp_path: Path):
    storage = tmp_path / "Library" / "CloudStorage"
    (storage / "Dropbox").mkdir(parents=True)
    assert engine(storage / "Dropbox" / "library.sqlite3", tmp_path) == "dropbox"


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_onedrive_folders_named_by_the_windows_environment(tmp_path: Path, variable: str):
    work = tmp_path / "Travail Contoso"
    (work / "OKR").mkdir(parents=True)
    environ = {variable: str(work)}
    assert engine(work / "OKR" / "library.sqlite3", tmp_path, environ) == "onedrive"
    assert engine(tmp_path / "library.sqlite3", tmp_path, environ) is None


def test_the_nearest_synced_folder_decides(tmp_path: Path):
    # A Syncthing folder inside a Dropbox: Syncthing writes the files there.
    dropbox = tmp_path / "Dropbox"
    inner = dropbox / "Team"
    (inner / ".stfolder").mkdir(parents=True)
    (dropbox / ".dropbox.cache").mkdir()
    assert synced_folder_of(inner / "library.sqlite3", environ=NO_ENV,
                            home=tmp_path / "home") == SyncedFolder("syncthing", inner)
    assert engine(dropbox / "library.sqlite3", tmp_path) == "dropbox"


def test_a_link_into_a_synced_folder_is_followed(tmp_path: Path):
    root = tmp_path / "Nextcloud"
    (root / "OKR").mkdir(parents=True)
    (root / ".sync_0a1b2c.db").write_bytes(b"")
    link = tmp_path / "okr"
    link.symlink_to(root / "OKR", target_is_directory=True)
    assert engine(link / "library.sqlite3", tmp_path) == "nextcloud"


def test_an_unlistable_folder_is_passed_over(tmp_path: Path, monkeypatch):
    # A folder one may cross but not list (mode 0311), whoever runs the tests.
    root = tmp_path / "Dropbox"
    (root / "locked" / "inside").mkdir(parents=True)
    (root / ".dropbox").write_bytes(b"")
    real_scandir = os.scandir

    def scandir(folder):
        if Path(folder).name == "locked":
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder)

    monkeypatch.setattr(os, "scandir", scandir)
    assert engine(root / "locked" / "inside" / "library.sqlite3", tmp_path) == "dropbox"
    (root / ".dropbox").unlink()
    assert engine(root / "locked" / "inside" / "library.sqlite3", tmp_path) is None


def test_the_root_folder_found_is_the_synced_folder(tmp_path: Path):
    root = tmp_path / "Dropbox"
    (root / "a" / "b").mkdir(parents=True)
    (root / ".dropbox").write_bytes(b"")
    found = synced_folder_of(root / "a" / "b" / "library.sqlite3", environ=NO_ENV,
                             home=tmp_path / "home")
    assert found == SyncedFolder("dropbox", root)
