"""A fresh library file per test, closed properly afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.repository import Repository


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "library" / "library.sqlite3"


@pytest.fixture
def repository(library_file: Path) -> Iterator[Repository]:
    db = open_library(library_file)
    try:
        yield Repository(db)
    finally:
        close_library(db)
