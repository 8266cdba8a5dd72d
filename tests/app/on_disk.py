"""Reading a library file back, as a fresh process would."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.domain.model import Workshop
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository


def reopened(library: Path, workshop_id: str) -> Workshop:
    """The workshop as a fresh process would read it from disk."""
    return Repository(open_library(library)).load_workshop(workshop_id)
