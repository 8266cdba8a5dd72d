"""Issue 16, points 7 and 16 in the app layer: an edit the window saves may not bring a
control character, a line break in a one-line field, or a title that shows nothing; what a
library held before these rules still opens and its other fields can still be edited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from okr_workshop.app.session import WorkshopSession
from okr_workshop.app.workshops import new_workshop, rename_workshop
from okr_workshop.domain.model import Language, Team
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from tests.app.on_disk import reopened

INVISIBLE = ["\u200b", "\ufeff\u2060", "\u200e\u200f", "\u00a0\u202f", " \u200b "]


@pytest.mark.parametrize("title", INVISIBLE)
def test_a_title_that_shows_nothing_is_not_saved(session: WorkshopSession, library: Path,
                                                 title: str) -> None:
    before = session.workshop.title
    with pytest.raises(InvalidValue) as caught:
        session.update_workshop("edit title", title=title)
    assert (caught.value.field, caught.value.code) == ("title", "empty_text")
    assert reopened(library, session.workshop.id).title == before


@pytest.mark.parametrize("name", ["Ventes\x1b[2J", "Ventes\nabcd  forged", "A\x00B"])
def test_a_team_name_with_controls_is_not_saved(session: WorkshopSession, library: Path,
                                                name: str) -> None:
    team = session.workshop.teams[0]
    with pytest.raises(InvalidValue) as caught:
        session.update("rename team", team, name=name)
    assert caught.value.code in ("control_character", "line_break")
    with pytest.raises(InvalidValue):
        session.add("add team", Team(name=name))
    assert reopened(library, session.workshop.id).teams == session.workshop.teams


def test_a_paragraph_keeps_its_line_breaks(session: WorkshopSession, library: Path) -> None:
    session.update_workshop("edit vision", vision="Une vision\n\tsur deux lignes")
    assert reopened(library, session.workshop.id).vision == "Une vision\n\tsur deux lignes"


def test_text_stored_before_the_rules_stays_and_other_fields_still_save(
        tmp_path: Path) -> None:
    repository = Repository(open_library(tmp_path / "old.sqlite3"))
    # What an import let in before these rules: the model holds it, the library keeps it.
    old = new_workshop(repository, "Atelier", Language.FRENCH)
    repository.save_workshop_header(replace(old, title="Ancien\x1b[2J\u200b"))
    session = WorkshopSession(repository, old.id)
    assert session.workshop.title == "Ancien\x1b[2J\u200b"
    session.update_workshop("edit facilitator", facilitator="Noémie")
    stored = repository.load_workshop(old.id)
    assert (stored.title, stored.facilitator) == ("Ancien\x1b[2J\u200b", "Noémie")


def test_new_and_renamed_workshops_refuse_invisible_titles(tmp_path: Path) -> None:
    repository = Repository(open_library(tmp_path / "lib.sqlite3"))
    with pytest.raises(InvalidValue):
        new_workshop(repository, "\u200b\u200b", Language.FRENCH)
    assert repository.list_workshops() == []
    kept = new_workshop(repository, "Atelier", Language.FRENCH)
    with pytest.raises(InvalidValue):
        rename_workshop(repository, kept.id, "\ufeff")
    with pytest.raises(InvalidValue):
        rename_workshop(repository, kept.id, "Atelier\x1b]0;pwned\x07")
    assert [s.title for s in repository.list_workshops()] == ["Atelier"]
