"""What the smoke test's steps share (``app/smoke_checks.py``, ``ui/smoke_window.py``): the
temporary folder, the library open in it, the workshops made, and how a step says a fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from okr_workshop.app.library_file import LibraryFile, open_library_file
from okr_workshop.domain.model import Workshop


class SmokeFailure(Exception):
    """A step found something wrong (the message says what)."""


@dataclass
class SmokeRun:
    """What the steps share: the temporary folder, the library open in it, the workshops."""

    folder: Path
    library: LibraryFile | None = None
    workshop_id: str = ""
    workshop_ids: list[str] = field(default_factory=list)

    @property
    def library_path(self) -> Path:
        return self.folder / "library.sqlite3"

    def workshop(self) -> Workshop:
        return self.open_library().repository.load_workshop(self.workshop_id)

    def open_library(self) -> LibraryFile:
        if self.library is None or self.library.closed:
            self.library = open_library_file(self.library_path)
        return self.library

    def close(self) -> None:
        if self.library is not None:
            self.library.close()


def count(number: int, noun: str) -> str:
    """"1 page", "18 pages": the step lines are English, read by developers."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)
