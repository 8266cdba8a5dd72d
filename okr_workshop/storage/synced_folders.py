"""Which sync engine's folder holds a path.

A sync engine moves closed files well and a live SQLite database badly: it copies the
database and its write-ahead log at different moments, or replaces one under the open
library, and the library comes out corrupted. The window warns when the library file sits in
a synced folder (issue 19, guard rails); the team folder, on the contrary, is meant to be one.

Each engine leaves a mark in the root of the folder it syncs, and the nearest root above a
path decides (a Syncthing folder inside a Dropbox is written by Syncthing):

* **Syncthing**: a ``.stfolder`` folder (an empty file before Syncthing 1.0).
* **Dropbox**: a ``.dropbox`` file and a ``.dropbox.cache`` folder in the root (the
  ``.dropbox`` *folder* in a home holds the app's settings: no mark), the roots listed in
  the app's ``info.json`` (``~/.dropbox/``, ``%APPDATA%\\Dropbox\\``,
  ``%LOCALAPPDATA%\\Dropbox\\``), and ``~/Library/CloudStorage/Dropbox…`` on macOS.
* **Nextcloud / ownCloud desktop client**: its sync journal ``.sync_<hex>.db`` (``._sync_…``
  before 2.5, ``.csync_journal.db`` before 2.0) or log ``.owncloudsync.log`` /
  ``.nextcloudsync.log`` in the root.
* **OneDrive**: a folder named ``OneDrive`` or ``OneDrive - <organisation>`` (Windows and
  the Linux client's default), ``~/Library/CloudStorage/OneDrive-…`` on macOS, and on
  Windows the folders the ``OneDrive``, ``OneDriveCommercial`` and ``OneDriveConsumer``
  environment variables name. SharePoint libraries synced outside those folders leave no
  mark a program can read without the registry: not recognised.

Links are followed (a link into a synced folder puts the data there), and a path that does
not exist yet is judged by the folders above it. A folder that cannot be listed is passed
over: this is advice, never a reason to fail.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# Windows sets these to the personal and work OneDrive folders.
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
_NEXTCLOUD_MARK = re.compile(
    r"\._?sync_[0-9A-Za-z]+\.db|\.csync_journal\.db|\.(?:owncloud|nextcloud)sync\.log")
# macOS File Provider folders: ~/Library/CloudStorage/<Engine>-<account>.
_CLOUD_STORAGE = (("onedrive", "onedrive"), ("dropbox", "dropbox"),
                  ("nextcloud", "nextcloud"), ("owncloud", "nextcloud"))


@dataclass(frozen=True)
class SyncedFolder:
    """The ``engine`` ("syncthing", "nextcloud", "dropbox", "onedrive") and the ``root`` of
    the folder it syncs."""

    engine: str
    root: Path


def sync_engine_of(path: Path | str, *, environ: Mapping[str, str] | None = None,
                   home: Path | None = None) -> str | None:
    """The engine whose synced folder holds ``path`` (or is it), or None. ``environ`` and
    ``home`` default to this process's: tests pass their own."""
    found = synced_folder_of(path, environ=environ, home=home)
    return found.engine if found is not None else None


def synced_folder_of(path: Path | str, *, environ: Mapping[str, str] | None = None,
                     home: Path | None = None) -> SyncedFolder | None:
    """The synced folder nearest above ``path`` (``path`` itself included), or None."""
    environ = os.environ if environ is None else environ
    roots = _named_roots(environ, Path.home() if home is None else home)
    seen: set[Path] = set()
    for folder in _folders_above(Path(path)):
        if folder in seen:
            continue
        seen.add(folder)
        engine = _engine_marking(folder) or roots.get(_key(folder))
        if engine is not None:
            return SyncedFolder(engine, folder)
    return None


def _folders_above(path: Path) -> Iterator[Path]:
    """Where the data really is (links followed), then the path as given: each folder from
    the nearest up to the file system's root."""
    for start in (Path(os.path.realpath(path)), Path(os.path.abspath(path))):
        yield start
        yield from start.parents


def _engine_marking(folder: Path) -> str | None:
    """The engine whose mark ``folder`` holds, or whose name it bears."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                engine = _mark(entry)
                if engine is not None:
                    return engine
    except OSError:
        pass  # not a folder, gone, or not ours to list: its name may still tell
    return _engine_named(folder)


def _mark(entry: os.DirEntry[str]) -> str | None:
    name = entry.name
    try:
        if name == ".stfolder":
            return "syncthing"
        if name == ".dropbox" and entry.is_file():
            return "dropbox"
        if name == ".dropbox.cache" and entry.is_dir():
            return "dropbox"
        if _NEXTCLOUD_MARK.fullmatch(name) and entry.is_file():
            return "nextcloud"
    except OSError:
        return None
    return None


def _engine_named(folder: Path) -> str | None:
    name = folder.name.casefold()
    if name == "onedrive" or name.startswith("onedrive - "):
        return "onedrive"
    if folder.parent.name == "CloudStorage" and folder.parent.parent.name == "Library":
        for prefix, engine in _CLOUD_STORAGE:
            if name.startswith(prefix):
                return engine
    return None


def _named_roots(environ: Mapping[str, str], home: Path) -> dict[str, str]:
    """Roots the system or an engine's settings name: normalised path → engine."""
    roots: dict[str, str] = {}
    for variable in ONEDRIVE_VARIABLES:
        if environ.get(variable):
            roots[_key(Path(environ[variable]))] = "onedrive"
    settings = [home / ".dropbox" / "info.json"]
    settings += [Path(environ[variable]) / "Dropbox" / "info.json"
                 for variable in ("APPDATA", "LOCALAPPDATA") if environ.get(variable)]
    for info in settings:
        for root in _dropbox_roots(info):
            roots[_key(root)] = "dropbox"
    return roots


def _dropbox_roots(info: Path) -> list[Path]:
    """The account folders in Dropbox's ``info.json``: {"personal": {"path": …}, …}."""
    try:
        accounts = json.loads(info.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(accounts, dict):
        return []
    return [Path(account["path"]) for account in accounts.values()
            if isinstance(account, dict) and isinstance(account.get("path"), str)]


def _key(folder: Path) -> str:
    """A folder as compared: links followed, case folded where the system ignores case."""
    return os.path.normcase(os.path.realpath(folder))
