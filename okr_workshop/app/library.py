"""Library use cases shared by the window and the command line.

Opening the library, importing and exporting exchange files, adding the samples: each is one
function here so the GUI and the CLI never re-implement them (DESIGN.md section 3).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from importlib import resources
from pathlib import Path

from okr_workshop.app.errors import AppError
from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.storage.repository import Repository, WorkshopSummary

SAMPLE_FILES = {Language.FRENCH: "sample-fr.json", Language.ENGLISH: "sample-en.json"}

# A prefix this long is enough to name a workshop on the command line without pasting a UUID.
MIN_ID_PREFIX = 4

# WorkshopSummary is named here: the window lists workshops without reaching into storage/.
__all__ = [
    "MIN_ID_PREFIX",
    "SAMPLE_FILES",
    "UnknownWorkshop",
    "WorkshopSummary",
    "add_samples",
    "export_workshop",
    "find_workshop",
    "import_workshop",
    "read_import_file",
    "sample_id",
    "sample_workshop",
]


class UnknownWorkshop(AppError, LookupError):
    """No workshop (or more than one) matches what the user typed: ``id_too_short``,
    ``no_match`` or ``ambiguous`` (app/errors.py says them)."""


def read_import_file(path: Path) -> Workshop:
    """The workshop in an exchange file, fully checked, with new ids, ready to add.

    Raises ExchangeError for a bad file. Nothing is opened but the file: the command line
    reads it before waiting for the library, so a typo is told at once, not after the lock.
    """
    # The exchange format (here and below) loads on first use: the window's first screen
    # lists the library without it.
    from okr_workshop.storage.exchange import read_workshop_file

    return renew_ids(read_workshop_file(path))


def import_workshop(repository: Repository, path: Path | Workshop) -> Workshop:
    """Import an exchange file (or what :func:`read_import_file` read) as a new workshop,
    in one transaction. A bad file raises ExchangeError; the library is left as it was.
    """
    workshop = path if isinstance(path, Workshop) else read_import_file(path)
    repository.add_workshop(workshop)
    return workshop


def export_workshop(repository: Repository, workshop_id: str, path: Path) -> Workshop:
    from okr_workshop.storage.exchange import write_workshop_file

    workshop = repository.load_workshop(workshop_id)
    write_workshop_file(workshop, path)
    return workshop


# Namespace of the library ids given to the samples (uuid5 of the id in the sample file).
_SAMPLE_NAMESPACE = uuid.UUID("6f1c2a5e-7d0b-4c8e-9a51-0b2f3c4d5e6f")


def _shipped_sample(language: Language) -> Workshop:
    from okr_workshop.storage.exchange import parse_workshop_bytes

    data = (
        resources.files("okr_workshop.resources")
        .joinpath("samples", SAMPLE_FILES[language])
        .read_bytes()
    )
    return parse_workshop_bytes(data)


def sample_workshop(language: Language) -> Workshop:
    """A sample as shipped, with fresh ids so it can be copied any number of times."""
    return renew_ids(_shipped_sample(language))


def sample_id(language: Language) -> str:
    """The id a sample added by :func:`add_samples` has in every library: derived from the
    id in the shipped file, so "is it already there?" survives renaming and editing."""
    return str(uuid.uuid5(_SAMPLE_NAMESPACE, _shipped_sample(language).id))


def add_samples(
    repository: Repository, languages: tuple[Language, ...] = tuple(Language)
) -> list[Workshop]:
    """Add the samples that are not in the library yet; returns those added (maybe none).

    A sample is there when a workshop has its stable id, or (libraries from before stable
    ids) the title and organisation it was shipped with.
    """
    summaries = repository.list_workshops()
    ids = {s.id for s in summaries}
    headers = {(s.title, s.organisation) for s in summaries}
    added = []
    for language in languages:
        shipped = _shipped_sample(language)
        stable_id = sample_id(language)
        if stable_id in ids or (shipped.title, shipped.organisation) in headers:
            continue
        workshop = replace(renew_ids(shipped), id=stable_id)
        repository.add_workshop(workshop)
        added.append(workshop)
    return added


def find_workshop(repository: Repository, text: str) -> WorkshopSummary:
    """The workshop whose id is ``text`` or starts with it (at least 4 characters)."""
    wanted = text.strip().lower()
    summaries = repository.list_workshops()
    exact = [s for s in summaries if s.id == wanted]
    if exact:
        return exact[0]
    if len(wanted) < MIN_ID_PREFIX:
        raise UnknownWorkshop("id_too_short", text=text, min=MIN_ID_PREFIX)
    matches = [s for s in summaries if s.id.startswith(wanted)]
    if not matches:
        raise UnknownWorkshop("no_match", text=text)
    if len(matches) > 1:
        raise UnknownWorkshop("ambiguous", count=len(matches), text=text)
    return matches[0]
