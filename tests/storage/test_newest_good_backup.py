"""Finding the backup to restore reads as few backups as it can: certifying one reads the
whole file, and a library with many large backups took seconds per restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop.storage import backups
from okr_workshop.storage.backups import take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.recovery import newest_good_backup
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop

NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_the_newest_good_backup_is_found_without_certifying_the_older_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    library = tmp_path / "library.sqlite3"
    db = open_library(library)
    taken = []
    try:
        repository = Repository(db)
        workshop = rich_workshop("Atelier « sauvegardé » 🌱", teams=1)
        repository.add_workshop(workshop)
        for hour in range(5):
            repository.save_workshop_header(replace(workshop, title=f"Version {hour}"))
            taken.append(take_backup(db, now=NOON + timedelta(hours=hour), keep=False))
    finally:
        close_library(db)
    checked = []
    real = backups.check_backup

    def counted(path, *args, **kwargs):
        checked.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(backups, "check_backup", counted)
    found = newest_good_backup(library, now=NOON + timedelta(days=1))
    assert found is not None and found.path == taken[-1]
    assert checked == [taken[-1]]
