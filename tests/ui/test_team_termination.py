"""A shared workshop is published when the process is asked to end (shutdown, logout),
with what was typed just before: the real application in its own process, then the team
folder read back (issue 19, point 2)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from okr_workshop.app.library_file import open_library_file
from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_folder import scan_team_folder, set_team_settings, share_workshop
from okr_workshop.app.team_presence import PRESENCE_FOLDER
from okr_workshop.domain.model import Language
from tests.ui.team_laptops import CLAIRE
from tests.ui.test_typing_survives import SAVING, TEXT, Driver

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def test_asked_to_end_right_after_typing_the_workshop_is_published(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    library = tmp_path / "data" / "library.sqlite3"
    opened = open_library_file(library)
    (workshop,) = add_samples(opened.repository, (Language.ENGLISH,))
    set_team_settings(opened.repository, folder, "Malik")
    share_workshop(opened.repository, folder, workshop.id, CLAIRE)
    opened.close()

    driver = Driver(library, tmp_path, "sentence", "--no-pause")
    assert driver.wait_for("typed"), driver.seen
    assert driver.seen[-2] == SAVING  # nothing saved by a pause: only the signal saves it
    assert driver.end(signal.SIGTERM) == 0, driver.process.stderr.read()
    published = scan_team_folder(folder).main(workshop.id)
    assert published is not None and published.header.revision == 2
    assert published.header.author == "Malik"
    assert TEXT in [kr.text for kr in published.file.workshop.key_results()]
    assert list((folder / PRESENCE_FOLDER).iterdir()) == []  # its marker withdrawn
