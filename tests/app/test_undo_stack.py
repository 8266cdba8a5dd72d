"""One undo model: the workshop and the library keep the same stack, and a failed step is
handled the same way in both."""

from __future__ import annotations

from pathlib import Path

import pytest

from okr_workshop.app.samples import add_samples
from okr_workshop.app.session import WorkshopSession
from okr_workshop.app.undo_stack import UndoStack
from okr_workshop.app.workshops import LibraryHistory, new_workshop
from okr_workshop.domain.model import Language
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.errors import EntityNotFound, LibraryUnavailable, WorkshopNotFound
from okr_workshop.storage.repository import Repository


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_library(tmp_path / "library.sqlite3"))


@pytest.fixture
def session(repository) -> WorkshopSession:
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    return WorkshopSession(repository, workshop.id)


def test_both_documents_keep_one_undo_stack(session, repository):
    assert isinstance(session.history, UndoStack)
    assert isinstance(LibraryHistory(repository).history, UndoStack)


def busy(repository):
    raise LibraryUnavailable(repository.path, "locked")


def test_a_step_refused_for_now_stays_to_be_tried_again_in_both(session, repository, monkeypatch):
    session.update("Renommer", session.workshop.teams[0], name="Équipe « 1 »")
    library = LibraryHistory(repository)
    other = new_workshop(repository, "Autre", Language.FRENCH)
    library.rename("Renommer l’atelier", other.id, "Autre 🌷")

    monkeypatch.setattr(repository, "update", lambda *_: busy(repository))
    monkeypatch.setattr(repository, "save_workshop_header", lambda *_: busy(repository))
    for document in (session, library):
        with pytest.raises(LibraryUnavailable):
            document.undo()
        assert document.undo_label is not None and document.redo_label is None
    monkeypatch.undo()
    assert session.undo() == "Renommer" and library.undo() == other.id


def test_a_step_that_can_never_run_again_is_dropped_in_both(session, repository):
    team = session.workshop.teams[0]
    session.update("Renommer", team, name="Équipe « 1 »")
    repository.delete(type(team), team.id)  # deleted elsewhere (the command line)
    with pytest.raises(EntityNotFound):
        session.undo()
    assert session.undo_label is None and session.redo_label is None

    library = LibraryHistory(repository)
    other = new_workshop(repository, "Autre", Language.FRENCH)
    library.rename("Renommer l’atelier", other.id, "Autre 🌷")
    repository.delete_workshop(other.id)
    with pytest.raises(WorkshopNotFound):
        library.undo()
    assert library.undo_label is None and library.redo_label is None
