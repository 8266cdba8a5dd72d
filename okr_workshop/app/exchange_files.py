"""Exchange files (JSON, one workshop each) in and out of the library, for the window and
the command line alike (DESIGN.md section 3): reading checks the whole file and gives the
workshop new ids, so importing the same file twice makes two workshops.
"""

from __future__ import annotations

from pathlib import Path

from okr_workshop.domain.copying import renew_ids
from okr_workshop.domain.model import Workshop
from okr_workshop.storage.repository import Repository


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
