"""What putting a backup back would drop from the library in place: the workshops it holds
that the backup has not, or has in an older state. Read only, from both closed files.

A restore over a sound library that holds such work is refused unless forced, and the
refusal says how many workshops and which last change (:mod:`~okr_workshop.storage.recovery`).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_QUERY = "SELECT id, title, updated_at FROM workshops"


@dataclass(frozen=True)
class Loss:
    workshops: int  # workshops missing from the backup or changed since it
    last_title: str  # the one changed last
    last_changed: str  # its updated_at (ISO-8601 UTC)


def loss_if_restored(library: Path, backup: Path) -> Loss | None:
    """What the library holds that ``backup`` lacks, or None (nothing, or the library is not
    readable: a damaged library has nothing sound to lose)."""
    live = _workshops(library)
    if not live:
        return None
    kept = _workshops(backup) or {}
    lost = [
        (_moment(changed), changed, title)
        for workshop_id, (title, changed) in live.items()
        if workshop_id not in kept or _moment(kept[workshop_id][1]) < _moment(changed)
    ]
    if not lost:
        return None
    _latest, changed, title = max(lost)
    return Loss(len(lost), _one_line(title), changed)


def _moment(stamp: str) -> datetime:
    """An ``updated_at`` as a moment (stamps may differ in precision or offset)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _one_line(text: str, limit: int = 80) -> str:
    """A title fit for a one-line message: control characters shown as escapes, cut short."""
    shown = "".join(
        f"\\x{ord(char):02x}" if unicodedata.category(char) == "Cc" else char for char in text
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _workshops(path: Path) -> dict[str, tuple[str, str]] | None:
    """id → (title, updated_at), or None when the file cannot be read as a library."""
    path = Path(path)
    if not path.is_file():
        return None
    log = path.with_name(path.name + "-wal")
    # No log: the file is all there is, read as it is (nothing created beside it).
    query = "mode=ro" if log.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)
    except (OSError, sqlite3.Error):
        return None
    # A title that is not valid UTF-8 (a damaged record) still counts, shown as best it can.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        if [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
            return None
        return {
            str(workshop_id): (str(title), str(changed))
            for workshop_id, title, changed in conn.execute(_QUERY)
        }
    except sqlite3.Error:
        return None
    finally:
        conn.close()
