"""The write-ahead log found beside a library at its first open, checked before SQLite uses it.

A ``-wal`` left by a crash may be the only copy of the last committed edits. SQLite reads its
frames up to the first one whose checksum fails and silently drops the rest, and its next
checkpoint empties the file: one flipped bit lost an acknowledged import without a word. A
``-wal`` from another library placed beside the file would be merged just as silently.

So, before the first connection: the log is copied aside into the backups folder, its frames
are read here (sqlite.org/fileformat2.html, "WAL File Format": header, salts, cumulative
checksums) to count the transactions it promises, and a private copy of the library with the
log is opened to see what SQLite will make of it. A log that breaks the library (integrity
fails with it and passes without it, another identity, another page size) is set aside and
never merged; one that loses transactions is reported. In both cases the copy is kept and
the caller is warned; otherwise the copy is dropped once the library is open.

For the identity to be in the log at all, a writer's every edit rewrites the page holding it
(:func:`sign_the_log`): without that, a log from a library made the same way could apply
cleanly and nothing would tell the two apart.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from okr_workshop.storage.backups import copy_mode, make_folder
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.identity import META_TABLE, application_id, library_id
from okr_workshop.storage.snapshot import PrivateCopy, holds_data, side_file
from okr_workshop.storage.tables import WORKSHOP_TABLE

WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC_LITTLE, _MAGIC_BIG = 0x377F0682, 0x377F0683
_WAL_VERSION = 3007000
_MASK = 0xFFFFFFFF
_STAMP = "%Y%m%d-%H%M%S-%f"
# The library_meta row every edit bumps (sign_the_log).
LOG_SIGNATURE_KEY = "log_signature"


def sign_the_log(conn: sqlite3.Connection) -> None:
    """Make every edit write the page that holds the library's identity, so a -wal found
    beside a library says whose it is (:func:`judge_wal` compares the two identities).

    Every edit touches its workshop's row; these triggers (this connection's own, in
    ``temp``: nothing in the file's schema) then bump a counter beside ``library_id``. A
    write of the same value would not do: SQLite skips a page whose bytes do not change.
    """
    if library_id(conn) is None:  # a library from before m005 is migrated first
        return
    for event in ("INSERT", "UPDATE", "DELETE"):
        conn.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS sign_log_on_{event.lower()} AFTER {event} "
            f"ON main.{WORKSHOP_TABLE} BEGIN INSERT INTO {META_TABLE} (key, value) "
            f"VALUES ('{LOG_SIGNATURE_KEY}', '1') ON CONFLICT (key) DO UPDATE "
            "SET value = CAST(value AS INTEGER) + 1; END"
        )


@dataclass(frozen=True)
class WalScan:
    """What a ``-wal`` file holds, read frame by frame as SQLite's recovery reads it."""

    header_ok: bool
    page_size: int
    frames: int  # whole frames in the file (any generation)
    promised: int  # commit frames of the current generation (the header's salts)
    readable: int  # commit frames SQLite will apply: those before the first bad frame
    readable_frames: int  # frames up to and including the last readable commit
    checksum_stop: bool  # a frame of this generation fails its checksum


def scan_wal(wal: Path) -> WalScan:
    data = wal.read_bytes()
    empty = WalScan(False, 0, 0, 0, 0, 0, False)
    if len(data) < WAL_HEADER_SIZE:
        return empty
    magic, version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:WAL_HEADER_SIZE]
    )
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or page_size < 512 or page_size > 65536 or (
        page_size & (page_size - 1)
    ):
        return empty
    order = ">" if magic == _MAGIC_BIG else "<"
    frame_size = FRAME_HEADER_SIZE + page_size
    frames = (len(data) - WAL_HEADER_SIZE) // frame_size
    if version != _WAL_VERSION or _checksum(order, data[:24], 0, 0) != (sum1, sum2):
        promised = _count_commits(data, frames, frame_size, salt1, salt2)
        return WalScan(False, page_size, frames, promised, 0, 0, promised > 0)
    s1, s2 = sum1, sum2
    promised = readable = readable_frames = 0
    intact, checksum_stop = True, False
    for index in range(frames):
        start = WAL_HEADER_SIZE + index * frame_size
        page, size_after, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(
            ">6I", data[start:start + FRAME_HEADER_SIZE]
        )
        if (f_salt1, f_salt2) != (salt1, salt2):
            intact = False  # an older generation's frame: SQLite stops here, as it should
            continue
        if size_after:
            promised += 1
        if not intact:
            continue
        s1, s2 = _checksum(order, data[start:start + 8], s1, s2)
        s1, s2 = _checksum(order, data[start + FRAME_HEADER_SIZE:start + frame_size], s1, s2)
        if page == 0 or (s1, s2) != (f_sum1, f_sum2):
            intact = False
            checksum_stop = True
            continue
        if size_after:
            readable += 1
            readable_frames = index + 1
    return WalScan(True, page_size, frames, promised, readable, readable_frames, checksum_stop)


def _count_commits(data: bytes, frames: int, frame_size: int, salt1: int, salt2: int) -> int:
    count = 0
    for index in range(frames):
        start = WAL_HEADER_SIZE + index * frame_size
        _page, size_after, f_salt1, f_salt2 = struct.unpack(">4I", data[start:start + 16])
        count += bool(size_after) and (f_salt1, f_salt2) == (salt1, salt2)
    return count


def _checksum(order: str, chunk: bytes, s1: int, s2: int) -> tuple[int, int]:
    """SQLite's WAL checksum: over 32-bit words in the log's byte order, two at a time."""
    words = struct.unpack(f"{order}{len(chunk) // 4}I", chunk)
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & _MASK
        s2 = (s2 + words[index + 1] + s1) & _MASK
    return s1, s2


@dataclass(frozen=True)
class _Opened:
    """A private copy as SQLite opened it: its integrity, identity and log frames used."""

    sound: bool
    app_id: int | None
    lib_id: str | None
    frames_used: int


def _open_copy(path: Path, with_wal: bool) -> _Opened:
    copy = PrivateCopy(path, with_wal=with_wal)
    try:
        conn = sqlite3.connect(copy.path, isolation_level=None)
        try:
            sound = [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
            app_id, lib_id = application_id(conn), library_id(conn)
            # (busy, frames in the log, frames checkpointed): how much of it SQLite took.
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            frames_used = max(int(row[1]), 0) if row else 0
        finally:
            conn.close()
    except sqlite3.Error:
        return _Opened(False, None, None, 0)
    finally:
        copy.remove()
    return _Opened(sound, app_id, lib_id, frames_used)


@dataclass
class WalVerdict:
    """What the first open should do with the log, and what to tell the person."""

    path: Path
    scan: WalScan
    foreign: bool
    lost: bool
    kept: Path | None = None  # the copy aside (None in a folder that cannot be written)
    warnings: list[LibraryError] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.foreign or self.lost)


def judge_wal(path: Path) -> WalVerdict | None:
    """Read the ``-wal`` beside ``path`` and a trial opening of a private copy; writes nothing.

    None when there is no log holding data (the usual case after a tidy close).
    """
    wal = side_file(path, "-wal")
    if not holds_data(wal):
        return None
    scan = scan_wal(wal)
    if not path.exists():
        # A log whose file is gone: SQLite would read its frames as the start of a new,
        # broken library. It is nobody's now; kept aside, and the new library starts empty.
        return WalVerdict(path, scan, foreign=True, lost=False)
    if not path.is_file():
        return None
    with_log = _open_copy(path, with_wal=True)
    without = _open_copy(path, with_wal=False) if holds_data(path) else None
    # Not the -shm's salts: the index is never synced, so after a power cut it may well
    # describe an older generation of the library's own log, synced with every commit.
    foreign = False
    if without is not None:
        foreign = (
            (scan.header_ok and scan.page_size != _page_size(path))
            or _differs(with_log.app_id, without.app_id, empty=0)
            or _differs(with_log.lib_id, without.lib_id, empty=None)
            or (without.sound and not with_log.sound)
        )
    # A checksum stop with no commit after it is the torn tail of a transaction a crash cut
    # short (never acknowledged): not a loss. A commit past the stop is.
    lost = not foreign and (
        scan.readable < scan.promised
        or (scan.header_ok and with_log.frames_used < scan.readable_frames)
    )
    return WalVerdict(path, scan, foreign, lost)


def _differs(first: object, second: object, *, empty: object) -> bool:
    return first != empty and second != empty and first != second


def _page_size(path: Path) -> int:
    with path.open("rb") as file:
        header = file.read(18)
    if len(header) < 18:
        return 0
    (size,) = struct.unpack(">H", header[16:18])
    return 65536 if size == 1 else size


def keep_aside(verdict: WalVerdict, folder: Path, now: datetime | None = None) -> None:
    """Copy the log into ``folder`` (the backups); a foreign log then leaves the library's
    side, so SQLite opens the file without it. Raises OSError when that cannot be done."""
    wal = side_file(verdict.path, "-wal")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    kind = "wal-foreign" if verdict.foreign else "wal"
    # The log holds the library's data: as private as the library, like its backups.
    make_folder(folder, verdict.path)
    target = folder / f"{verdict.path.name}-{kind}-{stamp}"
    temp = target.with_name("." + target.name + ".tmp")
    temp.touch(mode=0o600)  # owner-only while it fills; copyfile keeps the mode
    shutil.copyfile(wal, temp)
    copy_mode(verdict.path if verdict.path.exists() else wal, temp)
    os.replace(temp, target)
    verdict.kept = target
    if verdict.foreign:
        # Nobody has the library open (the caller made sure); the index goes with the log.
        wal.unlink()
        side_file(verdict.path, "-shm").unlink(missing_ok=True)


def settle(verdict: WalVerdict) -> list[LibraryError]:
    """After the library opened: the copy of a sound log is dropped, otherwise it is kept
    and the person told, in one sentence naming the library and the copy."""
    shown = verdict.kept or side_file(verdict.path, "-wal")
    if verdict.foreign:
        return [LibraryError(verdict.path, "wal_foreign", aside=str(shown))]
    if verdict.lost:
        scan = verdict.scan
        code = {0: "wal_lost_all", 1: "wal_lost_but_first"}.get(scan.readable,
                                                                 "wal_lost_changes")
        return [
            LibraryError(
                verdict.path,
                code,
                aside=str(shown),
                readable=scan.readable,
                promised=max(scan.promised, scan.readable + 1),
            )
        ]
    if verdict.kept is not None:
        verdict.kept.unlink(missing_ok=True)
        verdict.kept = None
    return []
