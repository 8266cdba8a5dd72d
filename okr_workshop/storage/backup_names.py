"""Which backups in the ``backups`` folder belong to which library, and in what order.

A backup's name holds the library's full file name and the UTC time it was taken, e.g.
``library.sqlite3-20270104-091502-123456.sqlite3``: ``team.sqlite3`` and ``team.db`` in one
folder never share a backup. Backups made before this rule (``<stem>-<time>.sqlite3``) are
still found, and told apart by the library identity each file holds
(:mod:`~okr_workshop.storage.identity`); one without an identity goes by its name.

A time stamped after the clock's "now" (a wrong clock when it was taken) is suspect: such
backups are listed after the others and never take the newest places of the retention rule.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from okr_workshop.storage.identity import library_id

STAMP = "%Y%m%d-%H%M%S-%f"
TEMP_SUFFIX = ".tmp"
# A backup more than this ahead of the clock was stamped by a wrong clock (or is one now).
FUTURE_SLACK = timedelta(hours=1)
_STAMP_RE = r"(\d{8}-\d{6}-\d{6})"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class NamedBackup:
    path: Path
    taken_at: datetime  # UTC, as the name says
    legacy: bool  # named after the stem only (before full names)
    identity: str | None  # the library id inside, None when it has none (or is unreadable)


def backup_name(library_path: Path, taken_at: datetime) -> str:
    return f"{Path(library_path).name}-{taken_at.astimezone(UTC).strftime(STAMP)}.sqlite3"


def free_name(folder: Path, library_path: Path, taken_at: datetime) -> Path:
    moment = taken_at
    while True:
        path = folder / backup_name(library_path, moment)
        if not path.exists() and not (folder / ("." + path.name + TEMP_SUFFIX)).exists():
            return path
        moment += timedelta(microseconds=1)


def taken_from_name(path: Path) -> datetime | None:
    match = re.search(rf"-{_STAMP_RE}\.sqlite3$", Path(path).name)
    return None if match is None else _parse(match.group(1))


def is_future(taken_at: datetime, now: datetime) -> bool:
    return taken_at > now + FUTURE_SLACK


def named_backups(
    folder: Path, library_path: Path, *, live_identity: str | None = None, owned: bool = False
) -> list[NamedBackup]:
    """The backups of ``library_path`` in ``folder``: those named after its full name, and the
    older stem-only ones whose identity is the library's (or unknown on either side).

    ``owned=True`` keeps only those that are surely this library's own, the ones pruning may
    delete: never one holding another library's identity, and never an old stem-only backup
    without identity when another library in the same folder shares the stem.
    Newest first; suspect (future) times after the others.
    """
    library_path = Path(library_path)
    full = re.compile(re.escape(library_path.name) + rf"-{_STAMP_RE}\.sqlite3")
    legacy = re.compile(re.escape(library_path.stem) + rf"-{_STAMP_RE}\.sqlite3")
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    shared_stem: bool | None = None
    found = []
    for name in names:
        match = full.fullmatch(name)
        is_legacy = match is None
        if is_legacy and library_path.name != library_path.stem:
            match = legacy.fullmatch(name)
        if match is None:
            continue
        path = folder / name
        identity = file_identity(path)
        known = identity is not None and live_identity is not None
        if known and identity != live_identity:
            if is_legacy or owned:  # another library's (a new-style name: the one once here)
                continue
        if owned and is_legacy and identity is None:
            if shared_stem is None:
                shared_stem = _stem_shared(library_path)
            if shared_stem:
                continue
        found.append(NamedBackup(path, _parse(match.group(1)), is_legacy, identity))
    return newest_first(found)


def newest_first(found: list[NamedBackup], now: datetime | None = None) -> list[NamedBackup]:
    now = now or datetime.now(UTC)
    return sorted(found, key=lambda item: (not is_future(item.taken_at, now), item.taken_at),
                  reverse=True)


def stale_temp(name: str, library_path: Path) -> bool:
    """A temp file a killed backup of this library left behind (never a finished backup)."""
    library_path = Path(library_path)
    own = "." + library_path.name + "-"
    if name.startswith(own) and (name.endswith(TEMP_SUFFIX) or name.endswith(TEMP_SUFFIX
                                                                             + "-journal")):
        return True
    # Those of the stem-only names, precisely (``.team-x.db-…`` is another library's).
    return re.fullmatch(re.escape("." + library_path.stem) + rf"-{_STAMP_RE}\.sqlite3"
                        + re.escape(TEMP_SUFFIX) + "(-journal)?", name) is not None


def file_identity(path: Path) -> str | None:
    """The library id inside a closed file, read without writing anything beside it."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        if _has_log(path):
            uri = f"{path.resolve().as_uri()}?mode=ro"
        else:  # nothing but the file: read it as it is, creating no -wal/-shm
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return library_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _has_log(path: Path) -> bool:
    # Any -wal, even empty: a window may have the library open and be writing to it.
    return path.with_name(path.name + "-wal").exists()


def _stem_shared(library_path: Path) -> bool:
    """Another library beside this one with the same stem (``team.db`` by ``team.sqlite3``)."""
    try:
        names = os.listdir(library_path.parent)
    except OSError:
        return True  # cannot tell: never prune an old backup that may be another's
    for name in names:
        if name == library_path.name or name.endswith(_SIDE_SUFFIXES + (".lock",)):
            continue
        if Path(name).stem == library_path.stem and Path(name).suffix:
            if (library_path.parent / name).is_file():
                return True
    return False


def _parse(stamp: str) -> datetime:
    return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
