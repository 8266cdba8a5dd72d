"""The names sync engines give the files they leave beside ours in a team folder.

When two laptops change one file before hearing from each other, no engine merges: each
keeps both versions, one under the original name and one renamed, and the renaming is all
that tells a reader the second file is a conflict copy rather than another workshop. While
an engine copies a file in, it writes a temporary file first; a reader must pass over it,
not report it as a broken workshop. This module recognises both from the name alone (no I/O:
the caller lists the folder and passes the names in).

The patterns, as each engine writes them:

* **Syncthing** (``lib/model/folder_sendrecv.go``, ``conflictName``): the stem, then
  ``.sync-conflict-YYYYMMDD-HHMMSS-<device>`` before the *last* extension, ``<device>``
  being the first seven characters of the losing device's ID (upper-case base32), empty when
  the version's author is unknown (``ShortID.String`` of 0). Copies made before Syncthing
  added the device end at the time. Temporaries (``lib/fs/tempname.go``)
  start with ``.syncthing.`` (``~syncthing~`` on Windows) and end with ``.tmp``.
* **Nextcloud / ownCloud desktop client** (``Utility::makeConflictFileName``):
  `` (conflicted copy [<user> ]YYYY-MM-DD HHMMSS)`` before the last extension; a name that
  two server files share but for its case gets `` (case clash from YYYY-MM-DD HHMMSS)``;
  clients before 2.5 wrote ``_conflict-YYYYMMDD-HHMMSS`` (``_conflict_<user>-…`` with a
  user). Downloads land in ``.<name>.~<hex>`` first; WebDAV uploads in ``….part``.
* **Dropbox**: `` (<who>'s conflicted copy YYYY-MM-DD)`` before the extension, ``<who>``
  the account's or the computer's name, in the language of the app that made it (French
  ``Copie en conflit de <who> …``, German ``<who>s in Konflikt stehende Kopie …`` and the
  older ``In Konflikt stehende Kopie von <who> …``, Spanish ``Copia en conflicto de <who> …``,
  Italian, Portuguese), a second copy the same day numbered `` (1)``; names that clash but
  for case or Unicode form get ``(Case Conflict)`` / ``(Unicode Encoding Conflict)``.
* **OneDrive** (Windows and macOS): keeps both by appending ``-<COMPUTER>`` to the stem. Such
  a name is also an ordinary name ("offsite-2027"), so it is taken for a copy only when the
  original sits beside it (``siblings``), and a part without a letter (a year, a counter) is
  never a computer. The Linux client (abraunegg/onedrive) writes
  ``<stem>-<host>-safeBackup-NNNN<ext>`` and downloads into ``….partial``.

Every engine keeps the extension, so a reader that only looks at ``*.okrw`` sees the copies.
A name is matched after Unicode normalisation to NFC (macOS lists names decomposed), and only
by its last part, so a path may be passed. Times are the writing computer's wall clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

ENGINES = ("syncthing", "nextcloud", "dropbox", "onedrive")


@dataclass(frozen=True)
class ConflictCopy:
    """A conflict copy an engine left: which ``engine`` wrote it, the name of the file it is
    a copy of (``original``, in the same folder; for a copy of a copy, the first original),
    and what the name says of where it came from: the device or person it names (Syncthing
    short device ID, Nextcloud user, Dropbox account or computer, OneDrive computer), else
    its date and time ("2026-12-07 10:02:03"), else "". ``when``: that date (and time) in
    ISO 8601 without a zone, or "" when the name has none."""

    engine: str
    original: str
    device_or_date: str
    when: str = ""


def conflict_copy(name: str, siblings: Collection[str] | None = None) -> ConflictCopy | None:
    """The conflict copy ``name`` is, or None for any other name (a temporary file too: the
    engine has not finished writing it). ``siblings``: the other names in its folder, which
    a OneDrive copy needs (its original must be among them)."""
    base = _nfc(name.rsplit("/", 1)[-1])
    if not base or is_engine_temporary(base):
        return None
    known = {_nfc(sibling) for sibling in siblings or ()}
    found = _marked_copy(base, known)
    if found is None:
        return _onedrive_copy(base, known)
    # A copy of a copy carries two marks: the newest clash names the device, the innermost
    # name is the workshop's file. Bounded: each step removes one mark.
    original = found.original
    while (inner := _marked_copy(original, known)) is not None:
        original = inner.original
    return ConflictCopy(found.engine, original, found.device_or_date, found.when)


def is_engine_temporary(name: str) -> bool:
    """Whether ``name`` is a file an engine (or our own atomic write,
    :func:`okr_workshop.files.stage` and ``write_set``: ``.<name>.<hex>.tmp``,
    ``.okr-set-<hex>.tmp``) is still writing, or an application's lock that engines leave
    alone: never a finished workshop file."""
    base = _nfc(name.rsplit("/", 1)[-1])
    lowered = base.lower()
    return (
        lowered.startswith(_TEMPORARY_PREFIXES)
        or lowered.endswith(_TEMPORARY_SUFFIXES)
        or _NEXTCLOUD_DOWNLOAD.fullmatch(base) is not None
    )


def is_engine_file(name: str) -> bool:
    """Whether ``name`` belongs to the engine rather than to the folder's content: a
    temporary (:func:`is_engine_temporary`), a folder marker, a sync journal or log, an
    ignore list or versions folder. A folder watcher passes over changes to these (a
    Nextcloud journal changes at every sync)."""
    base = _nfc(name.rsplit("/", 1)[-1])
    return (
        is_engine_temporary(base)
        or base.lower() in _BOOKKEEPING_NAMES
        or _BOOKKEEPING.fullmatch(base) is not None
    )


# ---- Temporaries and bookkeeping ------------------------------------------------------------

_TEMPORARY_PREFIXES = (
    ".syncthing.", "~syncthing~",  # Syncthing, Unix and Windows
    ".~",  # office locks (".~lock.<name>#") that Nextcloud and Dropbox leave unsynced
    "~$",  # Office owner files, which OneDrive skips
    ".dropbox",  # Dropbox's marker, attributes and download cache
)
_TEMPORARY_SUFFIXES = (
    ".tmp",  # Syncthing, OneDrive, ours
    ".part", ".filepart",  # WebDAV uploads (Nextcloud, ownCloud)
    ".partial",  # the Linux OneDrive client's downloads
)
# Nextcloud / ownCloud download: the name, ".~", up to eight hex digits of a random number.
_NEXTCLOUD_DOWNLOAD = re.compile(r".+\.~[0-9a-fA-F]{1,8}", re.DOTALL)
_BOOKKEEPING_NAMES = frozenset({
    ".stfolder", ".stignore", ".stversions", ".stkeep",  # Syncthing
    ".owncloudsync.log", ".nextcloudsync.log",  # Nextcloud / ownCloud logs
    ".dropbox", ".dropbox.attr", ".dropbox.cache",  # Dropbox
    "desktop.ini",  # the folder icon OneDrive and Nextcloud set on Windows
})
# Nextcloud / ownCloud sync journals (SQLite, with their -wal / -shm) and rotated logs.
_BOOKKEEPING = re.compile(
    r"\._?sync_[0-9A-Za-z]+\.db(?:-wal|-shm|-journal)?"
    r"|\.csync_journal\.db(?:-wal|-shm|-journal)?"
    r"|\.(?:owncloud|nextcloud)sync\.log.*",
    re.DOTALL,
)


# ---- Conflict copies named by a mark --------------------------------------------------------

_DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
_EXT = r"(?P<ext>\.[^.]*)?"  # the last extension, where every engine puts its mark before

_SYNCTHING = re.compile(
    r"(?P<stem>.*)\.sync-conflict-(?P<day>\d{8})-(?P<time>\d{6})(?:-(?P<who>[A-Z0-9]{7})?)?"
    + _EXT, re.DOTALL)
_NEXTCLOUD = re.compile(
    r"(?P<stem>.*) \((?:conflicted copy (?:(?P<who>[^()]*?) )?|case clash from )"
    + _DATE + r" (?P<time>\d{6})\)" + _EXT, re.DOTALL | re.IGNORECASE)
_OWNCLOUD_OLD = re.compile(
    r"(?P<stem>.*)_conflict(?:_(?P<who>.+?))?-(?P<day>\d{8})-(?P<time>\d{6})" + _EXT,
    re.DOTALL)
# Dropbox: " (<phrase>)" before the extension, a number inside or after it. The stem is
# the shortest that fits, so " (2)" after the phrase is read as its number.
_DROPBOX = re.compile(
    r"(?P<stem>.*?) \((?P<inner>[^()]*?)(?: \(\d+\))?\)(?: \(\d+\))?" + _EXT, re.DOTALL)
_DROPBOX_PHRASES = [re.compile(phrase, re.DOTALL | re.IGNORECASE) for phrase in (
    r"(?:(?P<who>.+)['’]s? )?conflicted copy " + _DATE,  # English
    r"copie en conflit de (?P<who>.+) " + _DATE,  # French
    r"(?P<who>.+?)(?:s|['’])? in Konflikt stehende Kopie " + _DATE,  # German
    r"in Konflikt stehende Kopie von (?P<who>.+) " + _DATE,  # German, older
    r"Konfliktkopie von (?P<who>.+) " + _DATE,  # German, other wording
    r"copia en conflicto de (?P<who>.+) " + _DATE,  # Spanish
    r"copia conflictiva de (?P<who>.+) " + _DATE,  # Spanish, older
    r"copia in conflitto di (?P<who>.+) " + _DATE,  # Italian
    r"cópia em conflito de (?P<who>.+) " + _DATE,  # Portuguese
    r"case conflict|unicode encoding conflict|conflicto de mayúsculas y minúsculas",
)]
# The Linux OneDrive client: "<stem>-<host>-safeBackup-0001<ext>".
_SAFE_BACKUP = re.compile(r"(?P<stem>.+?)-(?P<who>[^-].*)-safeBackup-\d{4}" + _EXT, re.DOTALL)


def _marked_copy(base: str, siblings: set[str]) -> ConflictCopy | None:
    """The copy ``base`` is by a mark no person writes: any engine's but OneDrive's own."""
    for read in _READERS:
        found = read(base, siblings)
        if found is not None:
            return found
    return None


def _syncthing(base: str, _siblings: set[str]) -> ConflictCopy | None:
    match = _SYNCTHING.fullmatch(base)
    if match is None:
        return None
    return _copy("syncthing", match, _moment(match["day"], match["time"], "%Y%m%d"))


def _nextcloud(base: str, _siblings: set[str]) -> ConflictCopy | None:
    match = _NEXTCLOUD.fullmatch(base) or _OWNCLOUD_OLD.fullmatch(base)
    if match is None:
        return None
    day = match.groupdict().get("date") or match["day"]
    pattern = "%Y-%m-%d" if "-" in day else "%Y%m%d"
    return _copy("nextcloud", match, _moment(day, match["time"], pattern))


def _dropbox(base: str, _siblings: set[str]) -> ConflictCopy | None:
    match = _DROPBOX.fullmatch(base)
    if match is None:
        return None
    for phrase in _DROPBOX_PHRASES:
        said = phrase.fullmatch(match["inner"])
        if said is None:
            continue
        day = said.groupdict().get("date")
        when = _moment(day, None, "%Y-%m-%d") if day else ""
        if when is None:
            return None
        who = (said.groupdict().get("who") or "").strip()
        return _named("dropbox", match, who or (day or ""), when)
    return None


def _safe_backup(base: str, siblings: set[str]) -> ConflictCopy | None:
    match = _SAFE_BACKUP.fullmatch(base)
    if match is None:
        return None
    # Host and stem may both hold hyphens: the split whose original is beside the copy wins,
    # else the first hyphen (host names hold them more often than file names).
    tagged, ext = match["stem"] + "-" + match["who"], match["ext"] or ""
    for hyphen in [at for at, char in enumerate(tagged) if char == "-"]:
        if tagged[:hyphen] + ext in siblings:
            return ConflictCopy("onedrive", tagged[:hyphen] + ext, tagged[hyphen + 1:])
    return _named("onedrive", match, match["who"], "")


_READERS: list[Callable[[str, set[str]], ConflictCopy | None]] = [
    _syncthing, _nextcloud, _dropbox, _safe_backup
]


def _copy(engine: str, match: re.Match[str], when: str | None) -> ConflictCopy | None:
    """A copy whose name has a date and time: ``when`` None if they are no real moment."""
    if when is None:
        return None
    who = (match.groupdict().get("who") or "").strip()
    return _named(engine, match, who or when.replace("T", " "), when)


def _named(engine: str, match: re.Match[str], said: str, when: str) -> ConflictCopy | None:
    original = match["stem"] + (match["ext"] or "")
    if not original:
        return None
    return ConflictCopy(engine, original, said, when)


def _moment(day: str, time: str | None, day_pattern: str) -> str | None:
    """ISO 8601 for a date (and time) as a name writes them, None for no such moment
    ("2026-13-45" is a name a person typed, not one an engine wrote)."""
    try:
        if time is None:
            return datetime.strptime(day, day_pattern).date().isoformat()
        return datetime.strptime(day + time, day_pattern + "%H%M%S").isoformat()
    except ValueError:
        return None


# ---- OneDrive: "-<COMPUTER>" appended, known only by the original beside it ----------------

# A NetBIOS or host name: letters, digits, hyphens (underscores seen too), not at the ends.
_COMPUTER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?")


def _onedrive_copy(base: str, siblings: set[str]) -> ConflictCopy | None:
    if not siblings:
        return None
    dot = base.rfind(".")
    stem, ext = (base[:dot], base[dot:]) if dot > 0 else (base, "")
    # The longest original first: "offsite-2027-LAPTOP" beside "offsite-2027" is LAPTOP's.
    for hyphen in [at for at, char in enumerate(stem) if char == "-"][::-1]:
        head, computer = stem[:hyphen], stem[hyphen + 1:]
        if not head or not _COMPUTER.fullmatch(computer):
            continue
        if not any(char.isalpha() for char in computer):
            continue  # a year or a counter ("plan-2"), never a computer's name
        if head + ext in siblings:
            return ConflictCopy("onedrive", head + ext, computer)
    return None


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)
