"""The sample workshops shipped with the application (one per language): copied with fresh
ids for a new workshop, or added once to a library under a stable id.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from importlib import resources

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.storage.repository import Repository

SAMPLE_FILES = {Language.FRENCH: "sample-fr.json", Language.ENGLISH: "sample-en.json"}


# Namespace of the library ids given to the samples (uuid5 of the id in the sample file).
_SAMPLE_NAMESPACE = uuid.UUID("6f1c2a5e-7d0b-4c8e-9a51-0b2f3c4d5e6f")


def _shipped_sample(language: Language) -> Workshop:
    # The exchange format loads on first use: the window's first screen lists the library
    # without it.
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
