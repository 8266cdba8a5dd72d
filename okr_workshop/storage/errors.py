"""Errors a person may see about the library, each one sentence in English and in French.

``str(error)`` is the English sentence (logs, command line); ``error.message("fr")`` is the
French one for the window. Every sentence names the library file, so "which file?" never
needs a second question.
"""

from __future__ import annotations

import errno
from pathlib import Path

from okr_workshop.domain.catalogue import section, words
from okr_workshop.domain.error_messages import Reason, place
from okr_workshop.domain.model import Language
from okr_workshop.storage.library_words import CERTIFICATE_PROBLEMS, DAMAGE_DETAILS


class LibraryError(Exception):
    """Base of the library errors a person may read: one sentence naming the file."""

    code = "cannot_open"

    def __init__(self, path: Path | str, code: str | None = None, **params: object) -> None:
        self.path = Path(path)
        self.code = code or self.code
        self.params = params
        super().__init__(self.message(Language.ENGLISH))

    def message(self, language: Language | str) -> str:
        lang = Language(language).value
        template = words("library", self.code, lang)
        # A parameter that is itself a reason with a code (an integrity problem, an OS
        # error's errno) is said in the same language as the sentence around it.
        shown = {name: _said(value, lang) for name, value in self.params.items()}
        return template.format(path=self.path, **shown)


def _said(value: object, lang: str) -> object:
    sentence = getattr(value, "sentence", None)
    return sentence(lang) if callable(sentence) else value


class Damage:
    """Why a workshop is damaged, said in the language of the sentence around it."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params

    def sentence(self, language: object) -> str:
        lang = "fr" if getattr(language, "value", language) == "fr" else "en"
        shown = {name: _said(value, lang) for name, value in self.params.items()}
        if "field" in shown:  # a column name: the same words as a file's fields
            shown["field"] = place(str(shown["field"]), lang)
        return DAMAGE_DETAILS[self.code][lang].format(**shown)

    def __str__(self) -> str:
        return self.sentence("en")


class WorkshopName:
    """A workshop in a sentence, as a person knows it: its title in the sentence's quotes,
    or its id when the title itself cannot be read."""

    def __init__(self, workshop_id: str, title: str | None) -> None:
        self.workshop_id = workshop_id
        self.title = title

    def sentence(self, language: object) -> str:
        if not self.title:
            return self.workshop_id
        lang = "fr" if getattr(language, "value", language) == "fr" else "en"
        return f"«\u00a0{self.title}\u00a0»" if lang == "fr" else f"“{self.title}”"

    def __str__(self) -> str:
        return self.sentence("en")


class Unsound:
    """Why a file is not a sound library or backup (a certificate's problem), in words."""

    def __init__(self, problem: str, damaged: tuple[WorkshopName, ...] = ()) -> None:
        self.problem = problem
        self.damaged = damaged

    def sentence(self, language: object) -> str:
        lang = "fr" if getattr(language, "value", language) == "fr" else "en"
        template = CERTIFICATE_PROBLEMS.get(self.problem, CERTIFICATE_PROBLEMS["unreadable"])
        return template[lang].format(ids=", ".join(name.sentence(lang) for name in self.damaged))

    def __str__(self) -> str:
        return self.sentence("en")


class NotALibrary(LibraryError):
    """The file exists but is not a readable OKR Workshop library; it was not written to.

    ``code`` says why: ``not_sqlite``, ``damaged``, ``other_application`` or ``too_new``.
    """

    code = "not_sqlite"


class LibraryUnavailable(LibraryError):
    """A library that cannot be opened or written right now (busy, read-only, disk full)."""

    code = "cannot_open"


class WorkshopNotFound(LibraryError):
    code = "workshop_not_found"

    def __init__(self, path: Path | str, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        super().__init__(path, id=workshop_id)


class EntityNotFound(LibraryError):
    code = "entity_not_found"

    def __init__(self, path: Path | str, entity_type: type, entity_id: str) -> None:
        self.entity_type = entity_type
        self.entity_id = entity_id
        name = entity_type.__name__
        words = section("entity_kinds").get(name, {"en": name, "fr": "Aucun élément"})
        kind, no_kind = words["en"], words["fr"]
        super().__init__(path, id=entity_id, kind=kind, no_kind=no_kind)


class EditRefused(LibraryError):
    """The library refused an edit (duplicate id, broken link, invalid tree); nothing changed."""

    code = "broken_reference"


class LibraryLocked(LibraryUnavailable):
    """Another OKR Workshop (window or command) holds the library's writer lock.

    ``pid``, ``host`` and ``since`` describe the holder, as far as its lock file tells.
    """

    code = "in_use"

    def __init__(self, path: Path | str, pid: str, host: str, since: str) -> None:
        super().__init__(path, pid=pid, host=host, since=since)


class LibraryMovedAside(LibraryError):
    """The library was damaged: it was renamed, unchanged, to ``aside`` (with its -wal/-shm).

    ``reason`` is the code of the refusal (``not_sqlite`` or ``damaged``). The caller offers
    to restore the newest good backup.
    """

    code = "moved_aside"

    def __init__(self, path: Path | str, aside: Path, reason: str) -> None:
        self.aside = Path(aside)
        self.reason = reason
        super().__init__(path, aside=str(aside))


class BackupError(LibraryError):
    """A backup could not be written, checked or restored; the library itself is unchanged."""

    code = "backup_failed"


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def unavailable(
    path: Path | str, error: BaseException, fallback: str = "cannot_open"
) -> LibraryError:
    """The sentence for a failure to open or write the library: busy, read-only, disk full.

    ``fallback`` (``cannot_open`` or ``save_failed``) carries SQLite's own words otherwise.
    """
    if isinstance(error, OSError):
        detail = Reason.of(error)
        if error.errno in _FULL_ERRNOS:
            return LibraryUnavailable(path, "disk_full")
        if error.errno in _READ_ONLY_ERRNOS:
            return LibraryUnavailable(path, "folder_read_only")
        if error.errno in (errno.EIO, errno.EFBIG):
            return LibraryUnavailable(path, "disk_error", detail=detail)
        return LibraryUnavailable(path, fallback, detail=detail)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return LibraryUnavailable(path, "locked")
    if "readonly" in text or "read-only" in text:
        return LibraryUnavailable(path, "read_only")
    if "disk is full" in text:
        return LibraryUnavailable(path, "disk_full")
    if "disk i/o error" in text:
        return LibraryUnavailable(path, "disk_error", detail=Reason.of(error))
    return LibraryUnavailable(path, fallback, detail=Reason.of(error))
