"""Pruning the copies set aside beside the library: ``<stem>-replaced-<time><suffix>`` (the
file a restore replaced), ``<stem>-damaged-<time><suffix>`` (a library that could not be
opened) and ``<stem>-before-restore-<time><suffix>`` (the library before one workshop was
restored), so sixty restores do not leave sixty full copies.

Kept: the newest :data:`KEEP_ASIDE` of each kind, anything from the last
:data:`~okr_workshop.storage.backups.KEEP_DAYS` days, anything stamped in the future, and any
copy whose data exists nowhere else. A copy goes only when the same content (every table,
row for row) is in one of the library's backups or in a newer copy that stays; one that
cannot be read (a damaged one), or with a log beside it, is never proven a duplicate and
stays.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from okr_workshop.storage.backup_names import named_backups
from okr_workshop.storage.backups import backup_folder

KEEP_ASIDE = 3
KEEP_DAYS = 14
_KINDS = ("replaced", "damaged", "before-restore")
_STAMP = "%Y%m%d-%H%M%S"
_SIDES = ("-wal", "-shm")


def aside_copies(library_path: Path) -> list[tuple[Path, str, datetime]]:
    """(path, kind, time set aside) of the copies beside ``library_path``, newest first."""
    library_path = Path(library_path)
    pattern = re.compile(
        re.escape(library_path.stem) + r"-(replaced|damaged|before-restore)-(\d{8}-\d{6})(?:-\d+)?"
        + re.escape(library_path.suffix)
    )
    found = []
    try:
        names = list(library_path.parent.iterdir())
    except OSError:
        return []
    for path in names:
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            # Stamped in local time by aside_name (the person's own clock).
            moment = datetime.strptime(match.group(2), _STAMP).astimezone()
            found.append((path, match.group(1), moment))
    return sorted(found, key=lambda item: (item[2], item[0].name), reverse=True)


def prune_aside_copies(library_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the set-aside copies the rule lets go; returns what was deleted. Never fails:
    a copy that cannot be read or removed simply stays."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    copies = aside_copies(library_path)
    candidates = _beyond_retention(copies, now)
    if not candidates:
        return []
    kept_digests: set[bytes] = set()
    for path in _backups_of(library_path):
        kept_digests.update(_digests(path))
    for path, _kind, _moment in copies:
        if path not in candidates:
            kept_digests.update(_digests(path))
    removed = []
    for path in (path for path, _kind, _moment in copies if path in candidates):
        digest = _digest(path)
        if digest is None or digest not in kept_digests:
            if digest is not None:
                kept_digests.add(digest)  # the newest such copy stays: older twins may go
            continue
        if _remove(path):
            removed.append(path)
    return removed


def _beyond_retention(copies: list[tuple[Path, str, datetime]], now: datetime) -> set[Path]:
    newest = {kind: [p for p, k, _m in copies if k == kind][:KEEP_ASIDE] for kind in _KINDS}
    recent = now - timedelta(days=KEEP_DAYS)
    return {
        path
        for path, kind, moment in copies
        if path not in newest[kind] and recent > moment
    }


def _backups_of(library_path: Path) -> Iterator[Path]:
    for item in named_backups(backup_folder(library_path), library_path):
        yield item.path


def _digests(path: Path) -> set[bytes]:
    digest = _digest(path)
    return set() if digest is None else {digest}


def _digest(path: Path) -> bytes | None:
    """A digest of every table's rows (not the bytes: a backup and the library it copied
    differ in their headers), or None when the file cannot be read whole by itself."""
    import hashlib  # OpenSSL: only when there is something to prune

    log = path.with_name(path.name + "-wal")
    if log.exists() and log.stat().st_size > 0:
        return None  # edits may wait in the log: not provably anywhere else
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error):
        return None
    conn.text_factory = bytes
    digest = hashlib.sha256()
    try:
        if [row[0] for row in conn.execute("PRAGMA integrity_check")] != [b"ok"]:
            return None
        tables = [row[0].decode() for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        for table in tables:
            digest.update(b"\x00table\x00" + table.encode())
            quoted = '"' + table.replace('"', '""') + '"'
            for row in conn.execute(f"SELECT * FROM {quoted}"):
                digest.update(repr(row).encode())
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return digest.digest()


def _remove(path: Path) -> bool:
    try:
        for side in _SIDES:
            path.with_name(path.name + side).unlink(missing_ok=True)
        path.unlink()
    except OSError:
        return False
    return True
