"""Issue 16, point 1 on the command line: a damaged record is one line naming its workshop,
the other workshops keep working, and `restore --workshop` puts that one back. Then the
seeded bit-flip campaign: every flip in a closed library is harmless or reported, never a
traceback, never silent; a restore after a write session always gives back sound data."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from okr_workshop import cli
from okr_workshop.app.library_file import open_library_file
from okr_workshop.storage.backups import take_backup
from okr_workshop.storage.connection import close_library, open_library
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.repository import Repository
from tests.storage.library_builders import rich_workshop

FLIPS = 36
SEED = 16


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(args))
    except BaseException as error:  # noqa: BLE001 - a traceback is what the test catches
        captured = capsys.readouterr()
        raise AssertionError(f"{args} raised {error!r}; stderr: {captured.err}") from error
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _library(path: Path) -> list[str]:
    db = open_library(path)
    try:
        repository = Repository(db)
        ids = []
        for title in ("Atelier « <b>gras</b> » — École 🚀", "Second atelier", "Troisième"):
            workshop = rich_workshop(title)
            repository.add_workshop(workshop)
            ids.append(workshop.id)
    finally:
        close_library(db)
    take_backup(path, now=datetime.now(UTC) - timedelta(days=1))
    return ids


def _exports(capsys, library: Path, ids: list[str], folder: Path) -> dict[str, bytes | str]:
    """Each workshop's JSON export, or the one line that refused it."""
    folder.mkdir(exist_ok=True)
    found: dict[str, bytes | str] = {}
    for workshop_id in ids:
        target = folder / f"{workshop_id}.json"
        status, _out, err = main(capsys, "--library", str(library), "export", workshop_id,
                                 "--format", "json", "-o", str(target))
        if status == 0:
            found[workshop_id] = target.read_bytes()
        else:
            assert status == 1 and len(err.strip().splitlines()) == 1, err
            found[workshop_id] = err.strip()
    return found


def test_a_damaged_title_is_one_line_and_the_others_keep_working(tmp_path: Path, capsys):
    library = tmp_path / "lib.sqlite3"
    first, second, third = _library(library)
    reference = _exports(capsys, library, [first, second, third], tmp_path / "before")
    conn = sqlite3.connect(library)
    conn.execute("UPDATE workshops SET title = CAST(x'41ff42' AS TEXT) WHERE id = ?", [first])
    conn.commit()
    conn.close()

    status, out, err = main(capsys, "--library", str(library), "list")
    assert status == 0 and all(workshop_id in out for workshop_id in (first, second, third))
    assert "[damaged]" in out and "Second atelier" in out
    assert err.strip().splitlines() == [
        f"okr-workshop: the workshop {first} is damaged; `okr-workshop restore --workshop "
        f"{first}` puts back its newest sound copy"
    ]
    after = _exports(capsys, library, [first, second, third], tmp_path / "after")
    assert after[second] == reference[second] and after[third] == reference[third]
    said = after[first]
    assert isinstance(said, str) and first in said and "restore --workshop" in said

    # Its first characters are enough, as for every command that takes an id.
    status, out, err = main(capsys, "--library", str(library), "restore", "--workshop",
                            first[:8])
    assert status == 0, err
    assert "Restored the workshop" in out and "kept as" in out
    again = _exports(capsys, library, [first, second, third], tmp_path / "again")
    assert again == reference


def _flip(path: Path, rng: random.Random) -> int:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # The data area: past the first page (the header and the schema), on a byte in use
    # (free space is zeros there: a flip in it is harmless by construction).
    offset = rng.randrange(page_size, len(data))
    while data[offset] == 0:
        offset = rng.randrange(page_size, len(data))
    data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return offset


def test_bit_flip_campaign(tmp_path: Path, capsys):
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    ids = _library(pristine / "lib.sqlite3")
    reference = _exports(capsys, pristine / "lib.sqlite3", ids, tmp_path / "reference")
    rng = random.Random(SEED)
    outcomes = {"harmless": 0, "reported": 0}
    for trial in range(FLIPS):
        folder = tmp_path / f"trial-{trial}"
        shutil.copytree(pristine, folder)
        library = folder / "lib.sqlite3"
        offset = _flip(library, rng)
        where = f"flip {trial} at byte {offset}"

        status, _out, err = main(capsys, "--library", str(library), "list")
        assert status in (0, 1), where
        found = _exports(capsys, library, ids, folder / "exports") if library.exists() else {}
        for workshop_id, exported in found.items():
            # Never silent: the same bytes as before, or a one-line refusal.
            assert isinstance(exported, str) or exported == reference[workshop_id], where
        harmless = status == 0 and not err and found == reference
        outcomes["harmless" if harmless else "reported"] += 1

        # A write session on the flipped file (its backups at open and close), then the
        # newest good backup back: sound data every time. (A file already set aside as
        # damaged gets no session: the window offers the restore before anything else.)
        if library.exists():
            try:
                with open_library_file(library, writer=True, create=False) as opened:
                    opened.repository.add_workshop(rich_workshop("Écrit après le bit"))
            except LibraryError:
                pass  # refused at open (and set aside): reported, nothing written
        # --force: the session's own workshop is knowingly dropped (kept aside).
        status, _out, err = main(capsys, "--library", str(library), "restore", "--force")
        assert status == 0, f"{where}: {err}"
        restored = _exports(capsys, library, ids, folder / "restored")
        assert restored == reference, where
    # Seed 16 lands 25 of the 36 flips on data that matters (11 harmless): the campaign
    # exercises detection, not only padding.
    assert outcomes["reported"] >= FLIPS // 2, outcomes


def test_a_workshop_and_a_backup_name_together_are_one_usage_line(tmp_path: Path, capsys):
    library = tmp_path / "lib.sqlite3"
    first, _second, _third = _library(library)
    status, out, err = main(capsys, "--library", str(library), "restore", "--workshop", first,
                            "lib.sqlite3-20270104-091502-000000.sqlite3")
    assert status == 1 and out == ""
    assert err.strip().splitlines() == ["okr-workshop: --workshop goes without a backup name"]
