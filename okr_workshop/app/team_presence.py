"""Who has a shared workshop open: small marker files in the team folder's
``.okr-presence`` folder ("Open by Claire on LAPTOP-12 since 10:02").

A courtesy, not a lock: a sync engine cannot make a lock atomic across laptops (two coaches
offline both "take" it), so markers only inform, and the revisions of the team files are
what keeps data safe (:mod:`.team_folder`). A marker is ignored when it is stale: not
refreshed for a day (a laptop that crashed or went away), or left on this computer by a
process that is not this one (this computer crashed with the workshop open). An unreadable
or odd marker is ignored too: it is someone else's courtesy, never a reason to fail.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from okr_workshop.app.team_folder import PRESENCE_FOLDER, Writer
from okr_workshop.files import write_atomic

STALE_AFTER = timedelta(days=1)
# A marker is a few hundred bytes; anything bigger is not ours and is not read.
_MAX_MARKER_BYTES = 4096
_SUFFIX = ".presence.json"
# Letters and digits of a computer's name, for a file name every file system accepts.
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
# This process, as its markers say: a marker from this computer with another one is stale.
INSTANCE = os.urandom(8).hex()


@dataclass(frozen=True)
class Presence:
    workshop_id: str
    coach: str
    computer: str
    since: datetime  # UTC
    refreshed: datetime  # UTC
    instance: str


def marker_path(folder: Path, workshop_id: str, writer: Writer) -> Path:
    computer = _UNSAFE.sub("-", writer.computer)[:60] or "computer"
    return Path(folder) / PRESENCE_FOLDER / f"{workshop_id}.{computer}{_SUFFIX}"


def announce(folder: Path, workshop_id: str, writer: Writer,
             since: datetime | None = None, now: datetime | None = None) -> Path:
    """Write (or refresh) this laptop's marker for ``workshop_id``. The window calls it on
    opening a shared workshop and every few hours while it stays open."""
    now = now or datetime.now(UTC)
    path = marker_path(folder, workshop_id, writer)
    path.parent.mkdir(exist_ok=True)
    document = {
        "workshop_id": workshop_id, "coach": writer.coach, "computer": writer.computer,
        "since": (since or now).astimezone(UTC).isoformat(),
        "refreshed": now.astimezone(UTC).isoformat(), "instance": INSTANCE,
    }
    write_atomic(path, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    return path


def withdraw(folder: Path, workshop_id: str, writer: Writer) -> None:
    """Remove this laptop's marker (the workshop is closed); only if it is this process's."""
    path = marker_path(folder, workshop_id, writer)
    found = _read(path)
    if found is not None and found.instance == INSTANCE:
        path.unlink(missing_ok=True)


def present(folder: Path, writer: Writer, workshop_id: str | None = None,
            now: datetime | None = None) -> list[Presence]:
    """The other coaches who have a workshop open (all, or ``workshop_id``'s), oldest
    first; stale markers and this process's own are left out."""
    now = now or datetime.now(UTC)
    try:
        paths = sorted((Path(folder) / PRESENCE_FOLDER).glob(f"*{_SUFFIX}"))
    except OSError:
        return []
    found = []
    for path in paths:
        marker = _read(path)
        if marker is None or (workshop_id is not None and marker.workshop_id != workshop_id):
            continue
        if marker.instance == INSTANCE or is_stale(marker, writer, now):
            continue
        found.append(marker)
    return sorted(found, key=lambda m: m.since)


def is_stale(marker: Presence, writer: Writer, now: datetime) -> bool:
    if now - marker.refreshed > STALE_AFTER:
        return True
    # Left by this computer, but not by this process: this computer crashed (or was
    # switched off) with the workshop open.
    return marker.computer == writer.computer and marker.instance != INSTANCE


def _read(path: Path) -> Presence | None:
    try:
        document = json.loads(_marker_bytes(path).decode("utf-8"))
        return Presence(
            workshop_id=_text(document["workshop_id"]), coach=_text(document["coach"]),
            computer=_text(document["computer"]),
            since=_utc(document["since"]), refreshed=_utc(document["refreshed"]),
            instance=_text(document["instance"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _marker_bytes(path: Path) -> bytes:
    """A marker's bytes, from a regular file only: a synced folder may bring a link to a
    device or a pipe, which would never end or never answer (OSError otherwise)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError("not a regular file")
        data = os.read(descriptor, _MAX_MARKER_BYTES + 1)
    finally:
        os.close(descriptor)
    if len(data) > _MAX_MARKER_BYTES:
        raise OSError("too large for a marker")
    return data


def _text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("not a marker's text")
    # Someone else's words: no control characters reach a terminal or a label.
    # No-break spaces are text (French names and typography), not controls.
    return "".join(c for c in value if c.isprintable() or c in "\u00a0\u202f")


def _utc(value: object) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError("a marker's time says its zone")
    return moment.astimezone(UTC)
