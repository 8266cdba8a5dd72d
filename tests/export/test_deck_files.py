"""Writing the deck: byte-identical for the same input, atomic, with progress and cancel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from okr_workshop.domain.model import Language
from okr_workshop.export import Cancelled, build_deck, write_deck
from tests.export.builders import big_workshop, hostile_workshop

ROOT = Path(__file__).resolve().parents[2]


def test_the_same_input_gives_the_same_bytes(sample_fr, deck_fr):
    assert build_deck(sample_fr, Language.FRENCH) == deck_fr
    hostile = hostile_workshop()
    assert build_deck(hostile, "en") == build_deck(hostile, "en")


def test_the_same_bytes_in_another_process():
    # Each process has its own random ids and hash seed: neither may reach the file.
    script = (
        "import hashlib\n"
        "from tests.export.builders import big_workshop\n"
        "from okr_workshop.export import build_deck\n"
        "print(hashlib.sha256(build_deck(big_workshop(teams=3), 'fr')).hexdigest())\n"
    )
    digests = {
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                       text=True, check=True, timeout=120).stdout.strip()
        for _ in range(2)
    }
    assert len(digests) == 1 and len(next(iter(digests))) == 64


def test_a_different_workshop_gives_different_bytes(sample_fr, deck_fr):
    assert build_deck(sample_fr, Language.ENGLISH) != deck_fr


def test_write_deck_writes_the_file_and_nothing_else(tmp_path, sample_fr, deck_fr):
    target = tmp_path / "restitution.pdf"
    assert write_deck(sample_fr, target, "fr") == target
    assert target.read_bytes() == deck_fr
    assert os.listdir(tmp_path) == ["restitution.pdf"]


def test_progress_goes_from_zero_to_total():
    calls = []
    build_deck(big_workshop(teams=5), "fr", progress=lambda done, total: calls.append(
        (done, total)))
    totals = {total for _, total in calls}
    assert len(totals) == 1
    done = [d for d, _ in calls]
    assert done[0] == 0 and done[-1] == totals.pop() and done == sorted(done)
    assert len(calls) > 10


@pytest.mark.parametrize("stop_at", [0, 3, 20])
def test_cancel_leaves_the_old_file_and_no_temporary(tmp_path, stop_at):
    target = tmp_path / "deck.pdf"
    target.write_bytes(b"the previous deck")
    with pytest.raises(Cancelled):
        write_deck(big_workshop(teams=6), target, "fr",
                   progress=lambda done, total: done < stop_at)
    assert target.read_bytes() == b"the previous deck"
    assert os.listdir(tmp_path) == ["deck.pdf"]


def test_a_progress_returning_none_does_not_cancel(tmp_path):
    path = write_deck(big_workshop(teams=1), tmp_path / "d.pdf", "fr",
                      progress=lambda done, total: None)
    assert path.read_bytes().startswith(b"%PDF")


def test_a_failed_write_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "deck.pdf"

    def refuse(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_deck(big_workshop(teams=1), target, "fr")
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_is_reported_with_the_target_name(tmp_path):
    target = tmp_path / "missing" / "deck.pdf"
    with pytest.raises(FileNotFoundError) as raised:
        write_deck(big_workshop(teams=1), target, "fr")
    assert raised.value.filename == str(target)

