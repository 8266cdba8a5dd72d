"""Library use cases shared by the window and the command line.

Opening the library, importing and exporting exchange files, adding the samples: each is one
function here so the GUI and the CLI never re-implement them (DESIGN.md section 3).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.storage.exchange import (
    parse_workshop_bytes,
    read_workshop_file,
    write_workshop_file,
)
from okr_workshop.storage.repository import Repository, WorkshopSummary

SAMPLE_FILES = {Language.FRENCH: "sample-fr.json", Language.ENGLISH: "sample-en.json"}

# A prefix this long is enough to name a workshop on the command line without pasting a UUID.
MIN_ID_PREFIX = 4


class UnknownWorkshop(LookupError):
    """No workshop (or more than one) matches what the user typed."""


def import_workshop(repository: Repository, path: Path) -> Workshop:
    """Import an exchange file as a new workshop with new ids, in one transaction.

    The file is fully validated first; a bad file raises ExchangeError and the library is
    left exactly as it was.
    """
    workshop = renew_ids(read_workshop_file(path))
    repository.add_workshop(workshop)
    return workshop


def export_workshop(repository: Repository, workshop_id: str, path: Path) -> Workshop:
    workshop = repository.load_workshop(workshop_id)
    write_workshop_file(workshop, path)
    return workshop


def sample_workshop(language: Language) -> Workshop:
    """A sample as shipped, with fresh ids so it can be added any number of times."""
    data = (
        resources.files("okr_workshop.resources")
        .joinpath("samples", SAMPLE_FILES[language])
        .read_bytes()
    )
    return renew_ids(parse_workshop_bytes(data))


def add_samples(
    repository: Repository, languages: tuple[Language, ...] = tuple(Language)
) -> list[Workshop]:
    added = []
    for language in languages:
        workshop = sample_workshop(language)
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
        raise UnknownWorkshop(
            f"No workshop has the id {text!r} (give the whole id or at least its first "
            f"{MIN_ID_PREFIX} characters; `okr-workshop list` shows them)."
        )
    matches = [s for s in summaries if s.id.startswith(wanted)]
    if not matches:
        raise UnknownWorkshop(
            f"No workshop has an id starting with {text!r} (`okr-workshop list` shows them)."
        )
    if len(matches) > 1:
        raise UnknownWorkshop(
            f"{len(matches)} workshops have an id starting with {text!r}; give more characters."
        )
    return matches[0]
