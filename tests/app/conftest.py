"""The app layer's tests work on a real library file: the French sample, opened as a session."""

from __future__ import annotations

from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import Language
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def session(library: Path) -> WorkshopSession:
    repository = Repository(open_library(library))
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    return WorkshopSession(repository, workshop.id)

