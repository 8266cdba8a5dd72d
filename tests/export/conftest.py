"""Shared fixtures for the deck and poster tests: decks are built once per module."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export import build_deck
from tests.export.builders import FIXED


def fixed_sample(language: Language) -> Workshop:
    """A shipped sample, with its timestamps fixed (the cover prints the last change)."""
    return replace(sample_workshop(language), created_at=FIXED, updated_at=FIXED)


@pytest.fixture(scope="module")
def sample_fr() -> Workshop:
    return fixed_sample(Language.FRENCH)


@pytest.fixture(scope="module")
def sample_en() -> Workshop:
    return fixed_sample(Language.ENGLISH)


@pytest.fixture(scope="module")
def deck_fr(sample_fr) -> bytes:
    return build_deck(sample_fr, Language.FRENCH)


@pytest.fixture(scope="module")
def deck_en(sample_en) -> bytes:
    return build_deck(sample_en, Language.ENGLISH)
