"""Two laptops in one test: the window's library ("here", coach Malik) and a colleague's
(Claire's), and one team folder between them (what an engine would move is already shared:
both libraries see the same folder)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from okr_workshop.app import team_presence
from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_folder import (
    FolderVersion,
    Writer,
    open_from_folder,
    publish,
    pull,
    scan_team_folder,
    set_team_settings,
    share_workshop,
)
from okr_workshop.domain.model import Language
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository

CLAIRE = Writer("Claire", "LAPTOP-12")
HERE = "Malik Ben Saïd"


@dataclass
class Laptops:
    folder: Path
    here: Repository  # the window's library
    claire: Repository
    workshop_id: str

    def file(self) -> FolderVersion:
        found = scan_team_folder(self.folder).main(self.workshop_id)
        assert found is not None
        return found

    def claire_publishes(self, title: str) -> None:
        """Claire brings in what is new, retitles the workshop and publishes it."""
        pull(self.claire, self.folder, only=[self.workshop_id])
        workshop = self.claire.load_workshop(self.workshop_id)
        self.claire.save_workshop_header(replace(workshop, title=title))
        publish(self.claire, self.folder, self.workshop_id, CLAIRE)

    def claire_opens(self, monkeypatch) -> None:
        """Claire's window (another process) has the workshop open."""
        with monkeypatch.context() as patch:
            patch.setattr(team_presence, "INSTANCE", "claire-process")
            team_presence.announce(self.folder, self.workshop_id, CLAIRE)


def two_laptops(tmp_path: Path, here: Repository) -> Laptops:
    """Claire shares the French sample; this laptop chose the folder and opened it from
    there (the home page's part), so it is linked here with the same id."""
    folder = tmp_path / "team"
    folder.mkdir()
    claire = Repository(open_library(tmp_path / "claire.sqlite3"))
    (workshop,) = add_samples(claire, (Language.FRENCH,))
    share_workshop(claire, folder, workshop.id, CLAIRE)
    set_team_settings(here, folder, HERE)
    open_from_folder(here, folder, workshop.id)
    return Laptops(folder, here, claire, workshop.id)
